import { describe, expect, it } from 'vitest';
import { CONTRAINDICATIONS, flagLabel, latestScreening, openFlags, screeningAnswers, type ScreeningRecord } from './contraindications';

// the seven flags of shared/DESIGN.md, written out independently of the module
const DESIGN_FLAGS = ['FIRST_TRIMESTER_PREGNANCY', 'BLEEDING_DISORDER_OR_ANTICOAGULANTS', 'ACTIVE_CANCER_TREATMENT', 'INFECTION_AT_SITE', 'COMPROMISED_IMMUNITY', 'SEVERE_NEEDLE_FEAR', 'VASCULAR_CONCERNS'];

const screening = (recordedAt: string, flagged: string[], cleared: string[][]): ScreeningRecord => ({
  id: recordedAt, recordedAt, recordedBy: 't', answers: [], flagged,
  clearances: cleared.map((c, i) => ({ id: `${i}`, contraindications: c, note: 'n', clearedBy: 't', clearedAt: recordedAt })),
});

describe('contraindications', () => {
  it('asks about every flag of the design in words, without codes', () => {
    expect(CONTRAINDICATIONS.map((c) => c.code)).toEqual(DESIGN_FLAGS);
    for (const c of CONTRAINDICATIONS) {
      expect(c.question).toMatch(/\?$/);
      expect(c.question).not.toMatch(/_/);
    }
    expect(flagLabel('BLEEDING_DISORDER_OR_ANTICOAGULANTS')).toBe('Bleeding disorder or blood thinners');
  });

  it('leaves open only the latest screening\'s flags that no clearance covers', () => {
    const old = screening('2026-01-01T10:00:00Z', ['SEVERE_NEEDLE_FEAR'], []);
    const latest = screening('2026-03-01T10:00:00Z', ['VASCULAR_CONCERNS', 'INFECTION_AT_SITE'], [['INFECTION_AT_SITE']]);
    expect(latestScreening([latest, old])).toBe(latest);
    expect(latestScreening([old, latest])).toBe(latest);
    expect(openFlags(latest)).toEqual(['VASCULAR_CONCERNS']);
    expect(openFlags(undefined)).toEqual([]);
  });

  it('names the first question left unanswered, and sends one answer per question otherwise', () => {
    expect(screeningAnswers({ FIRST_TRIMESTER_PREGNANCY: false }).missing).toBe('BLEEDING_DISORDER_OR_ANTICOAGULANTS');
    const all = Object.fromEntries(DESIGN_FLAGS.map((f) => [f, f === 'SEVERE_NEEDLE_FEAR']));
    const sent = screeningAnswers(all).answers!;
    expect(sent).toHaveLength(7);
    expect(sent.filter((a) => a.present).map((a) => a.contraindication)).toEqual(['SEVERE_NEEDLE_FEAR']);
  });
});
