import { describe, expect, it } from 'vitest';
import { KNOWN_REASON_CODES } from './problems';
import { fixFor, PATIENT_REASON_CODES } from './readiness';

describe('fixFor', () => {
  it('offers the front desk the consent form and names the therapist for a flag', () => {
    expect(fixFor('CONSENT_MISSING', ['FRONT_DESK']).action).toEqual({ kind: 'record-consent', label: 'Record the signed consent' });
    const flag = fixFor('CONTRAINDICATION_NOT_CLEARED', ['FRONT_DESK']);
    expect(flag.action).toBeUndefined();
    expect(flag.who).toMatch(/^A therapist reviews/);
  });

  it('offers the therapist the clearance and screening and names the front desk for consent', () => {
    expect(fixFor('CONTRAINDICATION_NOT_CLEARED', ['THERAPIST']).action?.kind).toBe('record-clearance');
    expect(fixFor('SCREENING_OUTDATED', ['THERAPIST']).action?.kind).toBe('record-screening');
    expect(fixFor('CONSENT_REVOKED', ['THERAPIST']).who).toBe('The front desk records a new signed consent form.');
    expect(fixFor('NO_PRIOR_EVALUATION', ['THERAPIST']).who).toMatch(/front desk books an initial evaluation/);
  });

  it('names the credentialing administrator for reasons about the therapist', () => {
    const fix = fixFor('LICENSE_EXPIRES_BEFORE_APPOINTMENT', ['FRONT_DESK', 'THERAPIST']);
    expect(fix.action).toBeUndefined();
    expect(fix.who).toMatch(/credentialing administrator/);
  });

  it('knows every patient reason code the problems know', () => {
    for (const code of PATIENT_REASON_CODES) expect(KNOWN_REASON_CODES).toContain(code);
    for (const code of ['CONSENT_MISSING', 'CONSENT_REVOKED', 'SCREENING_MISSING', 'SCREENING_OUTDATED', 'CONTRAINDICATION_NOT_CLEARED', 'NO_PRIOR_EVALUATION']) {
      expect(PATIENT_REASON_CODES).toContain(code);
    }
  });

  it('gives every known reason code either an action or someone to ask, for every role', () => {
    for (const code of KNOWN_REASON_CODES) {
      for (const role of ['FRONT_DESK', 'THERAPIST', 'PRACTICE_ADMIN', 'CREDENTIALING_ADMIN', 'PATIENT'] as const) {
        const fix = fixFor(code, [role]);
        expect(!!fix.action !== !!fix.who, `${code} for ${role}`).toBe(true);
      }
    }
  });
});
