import { describe, expect, it } from 'vitest';
import { LIFECYCLE_PROBLEM_TYPES, OCCURRENCE_REASON_CODES, explainOccurrenceReason, explainProblem, explainReason, KNOWN_REASON_CODES } from './problems';

describe('explainProblem', () => {
  it('lists every needling reason with what to do about each', () => {
    const explained = explainProblem(422, {
      title: 'Dry needling not allowed',
      reasons: [
        { code: 'CONTRAINDICATION_NOT_CLEARED', message: 'Bleeding disorder flagged, not cleared.' },
        { code: 'CONSENT_MISSING', message: 'No consent signed.' },
      ],
    });
    expect(explained.title).toBe('Dry needling cannot be booked');
    expect(explained.message).toContain('Nothing was booked. 2 conditions are not met');
    expect(explained.reasons.map((r) => r.code)).toEqual(['CONTRAINDICATION_NOT_CLEARED', 'CONSENT_MISSING']);
    expect(explained.reasons[0].what).toBe('Bleeding disorder flagged, not cleared.');
    expect(explained.reasons[1].todo).toMatch(/consent/i);
    expect(explained.retryable).toBe(false);
  });

  it('explains a 503 as a service that did not answer and nothing booked, and allows a retry', () => {
    const explained = explainProblem(503, { title: 'Service unavailable', detail: 'The credentialing service did not answer in time.' });
    expect(explained.message).toBe('The credentialing service did not answer, so nothing was booked or changed. Try again in a minute; if it persists, call IT.');
    expect(explained.retryable).toBe(true);
  });

  it('takes the service the gateway names over words in the detail', () => {
    const explained = explainProblem(503, { service: 'patients', detail: 'The dry-needling booking could not be checked because the patients service did not answer.' });
    expect(explained.message).toMatch(/^The patient service did not answer, so nothing was booked/);
    expect(explainProblem(503, null).message).toMatch(/^A service the practice relies on did not answer/);
  });

  it('names the fields of a 400 in words, never the raw JSON', () => {
    const explained = explainProblem(400, { detail: 'Some fields are missing or invalid; see errors.', errors: [{ field: 'birthDate', message: 'must not be in the future' }] });
    expect(explained.fields).toEqual([{ field: 'birth date', message: 'must not be in the future' }]);
    expect(explained.message).not.toContain('see errors');
  });

  it('offers sign-in on 401 and a retry when there was no answer at all', () => {
    expect(explainProblem(401, null).signIn).toBe(true);
    const none = explainProblem(0, null, 'The booking');
    expect(none.message).toMatch(/^The booking got no answer/);
    expect(none.retryable).toBe(true);
  });

  it('keeps the service\'s own words for a lost race', () => {
    expect(explainProblem(409, { title: 'Slot taken', detail: 'Someone else booked it.' }).message).toBe('Someone else booked it.');
  });

  it('says why an evaluation cannot be cancelled and how many visits depend on it', () => {
    const explained = explainProblem(409, {
      type: 'https://ptpractice.example/problems/evaluation-still-needed',
      title: 'Evaluation still needed',
      dependentVisits: ['a', 'b'],
    });
    expect(explained.title).toBe('Evaluation still needed');
    expect(explained.message).toContain('Move or cancel that visit first');
    expect(explained.message).toContain('(2 dependent visits)');
  });

  it('has words for every lifecycle problem, and a therapist refused another\'s visit is not told about roles', () => {
    for (const type of LIFECYCLE_PROBLEM_TYPES) {
      const explained = explainProblem(409, { type: `https://ptpractice.example/problems/${type}` });
      expect(explained.message.length).toBeGreaterThan(20);
    }
    const mine = explainProblem(403, { type: 'https://ptpractice.example/problems/not-your-visit' });
    expect(mine.title).toBe('Not your visit');
    expect(mine.message).not.toContain('role');
  });

  it('falls back to words for an unexpected status', () => {
    const explained = explainProblem(500, { detail: 'java.lang.NullPointerException at ...' });
    expect(explained.message).not.toContain('java.lang');
  });
});

describe('explainReason', () => {
  it('has advice for every code the services emit', () => {
    const emitted = [
      'THERAPIST_UNKNOWN', 'THERAPIST_INACTIVE', 'STATE_RULE_NOT_IN_FORCE', 'STATE_PROHIBITS_DRY_NEEDLING', 'STATE_UNSETTLED_POLICY_DENIES',
      'NO_LICENSE_IN_STATE', 'LICENSE_NOT_VERIFIED', 'LICENSE_NOT_ACTIVE', 'LICENSE_EXPIRES_BEFORE_APPOINTMENT', 'TOO_FEW_YEARS_LICENSED',
      'NO_VERIFIED_CERTIFICATION', 'CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT', 'TOO_FEW_TRAINING_HOURS', 'TOO_FEW_SUPERVISED_SESSIONS',
      'ENDORSEMENT_REQUIRED', 'CONSENT_MISSING', 'CONSENT_REVOKED', 'SCREENING_MISSING', 'SCREENING_OUTDATED',
      'CONTRAINDICATION_NOT_CLEARED', 'PATIENT_UNKNOWN', 'NO_PRIOR_EVALUATION',
    ];
    expect([...KNOWN_REASON_CODES].sort()).toEqual([...emitted].sort());
  });

  it('uses its own words when a code has no message, and a general hint for an unknown code', () => {
    expect(explainReason({ code: 'NO_PRIOR_EVALUATION' }).what).toMatch(/initial evaluation/);
    const unknown = explainReason({ code: 'SOMETHING_NEW', message: 'A new rule.' });
    expect(unknown.what).toBe('A new rule.');
    expect(unknown.todo).toBeTruthy();
  });
});

describe('words for fields and problems that name API fields', () => {
  it('names request fields the way the forms label them', () => {
    const explained = explainProblem(400, { errors: [{ field: 'address.postalCode', message: 'must be 5 digits' }, { field: 'witnessName', message: 'is too long' }, { pointer: '/answers/0/detail', message: 'is too long' }] });
    expect(explained.fields.map((f) => f.field)).toEqual(['ZIP code', "witness's name", 'answers 0 detail']);
  });

  it('never shows the duplicate warning\'s JSON field, and names the existing record', () => {
    const explained = explainProblem(409, {
      type: 'https://ptpractice.example/problems/possible-duplicate-patient',
      title: 'Patient may already be registered',
      detail: 'A patient with this name and birth date is already registered as P0100001-7. Open that record, or register again with confirmedDifferentPerson true if this is someone else.',
      existingMrn: 'P0100001-7',
    });
    expect(explained.title).toBe('This patient may already be registered');
    expect(explained.message).toContain('registered as P0100001-7. Open that record');
    expect(explained.message).not.toMatch(/confirmedDifferentPerson|true/);
  });
});

describe('explainOccurrenceReason', () => {
  it('has words for each reason the scheduling service gives a refused visit of a series', () => {
    for (const code of ['SLOT_TAKEN', 'OUTSIDE_WORKING_HOURS', 'TIME_OFF', 'NO_FREE_THERAPIST', 'LOCAL_TIME_DOES_NOT_EXIST', 'OUTSIDE_BOOKING_WINDOW', 'IN_THE_PAST', 'NOT_ON_QUARTER_HOUR']) {
      expect(OCCURRENCE_REASON_CODES).toContain(code);
    }
    expect(explainOccurrenceReason({ code: 'TIME_OFF', message: 'The therapist has time off during this visit.' }).what).toBe('The therapist has time off then.');
  });

  it('keeps the dry-needling words for a needling reason', () => {
    const explained = explainOccurrenceReason({ code: 'CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT', message: 'The certification expires on 2026-01-31.' });
    expect(explained.what).toBe('The certification expires on 2026-01-31.');
    expect(explained.todo).toMatch(/earlier day, or another therapist/);
  });
});
