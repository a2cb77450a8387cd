import { describe, expect, it } from 'vitest';
import { type Rule, conditions, provenance, verifyWords } from './rules';

// Nevada's version of the December 2026 survey, as the API serves it
const nevada: Rule = {
  version: 'NV-2026-12-02',
  state: 'NV',
  stateName: 'Nevada',
  status: 'PERMITTED',
  effectiveFrom: '2026-12-02',
  effectiveUntil: null,
  minYearsLicensed: null,
  minTrainingHours: 150,
  minSupervisedSessions: null,
  registrationRequired: true,
  writtenConsentRequired: false,
  source: 'ptboard.nv.gov/Licensure/Dry_Needling',
  note: '>=150 h didactic education and training in DN',
  fixedMinimumsKnown: true,
  confidence: 'HIGH',
  researchedOn: '2026-12-02',
  lawEffectiveFrom: null,
  verifyWithStateBoard: false,
  recordedBy: 'migration',
  recordedByName: null,
};

const wyoming: Rule = {
  ...nevada,
  version: 'WY-2026-12-02',
  state: 'WY',
  stateName: 'Wyoming',
  minTrainingHours: null,
  registrationRequired: false,
  fixedMinimumsKnown: false,
  confidence: 'LOW',
  verifyWithStateBoard: true,
};

describe('conditions', () => {
  it('lists the minimums and requirements in words', () => {
    expect(conditions(nevada)).toBe('150 training hours, endorsement or registration');
    expect(conditions({ ...nevada, minYearsLicensed: 1, minTrainingHours: 24, registrationRequired: false })).toBe('1 year licensed, 24 training hours');
  });

  it('says when no fixed minimum is known, but not for a state that bars needling', () => {
    expect(conditions(wyoming)).toBe('no fixed minimum known');
    expect(conditions({ ...wyoming, status: 'PROHIBITED', verifyWithStateBoard: false })).toBe('—');
  });
});

describe('provenance', () => {
  it('shows source, note, confidence, research date and the law’s own date', () => {
    const maryland = { ...nevada, confidence: 'MEDIUM' as const, lawEffectiveFrom: '2018-10-01' };
    expect(provenance(maryland)).toEqual([
      'Source: ptboard.nv.gov/Licensure/Dry_Needling',
      'Note: >=150 h didactic education and training in DN',
      'Medium confidence: a reputable secondary source quoting the rule',
      'Researched on 2026-12-02',
      'In force in law since 2018-10-01',
      'Recorded by migration',
    ]);
  });

  it('names who recorded a version by their name where it is known, else by their login id', () => {
    const byName = { ...nevada, recordedBy: 'a1b2c3d4-0000-4000-8000-000000000003', recordedByName: 'Ruth Adeyemi' };
    expect(provenance(byName).at(-1)).toBe('Recorded by Ruth Adeyemi');
    expect(provenance({ ...byName, recordedByName: null }).at(-1)).toBe('Recorded by a1b2c3d4-0000-4000-8000-000000000003');
  });

  it('says a first-edition version was not rated', () => {
    expect(provenance({ ...nevada, confidence: null, researchedOn: null, note: null })).toEqual([
      'Source: ptboard.nv.gov/Licensure/Dry_Needling',
      'Confidence not rated',
      'Recorded by migration',
    ]);
  });
});

describe('verifyWords', () => {
  it('asks to verify with the state board, saying why, where the service asks for it', () => {
    expect(verifyWords(wyoming)).toBe('Low confidence: verify with the state board');
    expect(verifyWords({ ...wyoming, confidence: 'HIGH' })).toBe('No fixed minimum known: verify with the state board');
    expect(verifyWords({ ...wyoming, confidence: null })).toBe('No fixed minimum known: verify with the state board');
  });

  it('says nothing for a sourced version with its minimums', () => {
    expect(verifyWords(nevada)).toBeNull();
  });
});
