// Turns RFC 9457 problem responses into words a front desk can act on. Pure: no DOM, no fetch.

export interface Reason {
  code: string;
  message?: string;
}

export interface FieldError {
  field?: string;
  pointer?: string;
  name?: string;
  message?: string;
  detail?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
  reasons?: Reason[];
  [key: string]: unknown;
}

/** One reason a needling visit may not be booked, in plain words, with what to do about it. */
export interface ExplainedReason {
  code: string;
  what: string;
  todo: string;
}

export interface Explained {
  title: string;
  message: string;
  fields: { field: string; message: string }[];
  reasons: ExplainedReason[];
  /** the request may be sent again as it is (with the same idempotency key) */
  retryable: boolean;
  /** the session is gone: offer sign-in */
  signIn: boolean;
}

const ADVICE: Record<string, { what: string; todo: string }> = {
  // the credentialing service (the therapist)
  THERAPIST_UNKNOWN: { what: 'The therapist is not registered with credentialing.', todo: 'Pick another therapist, or ask the credentialing administrator to register this one.' },
  THERAPIST_INACTIVE: { what: 'The therapist is marked inactive at the practice.', todo: 'Book with another therapist.' },
  STATE_RULE_NOT_IN_FORCE: { what: 'No dry-needling rule for this state is in force on that day.', todo: 'Pick a day when a rule is in force, or ask the credentialing administrator about the state rules.' },
  STATE_PROHIBITS_DRY_NEEDLING: { what: 'This state does not allow physical therapists to dry-needle.', todo: 'Offer another treatment here, or a clinic in a state that allows dry needling.' },
  STATE_UNSETTLED_POLICY_DENIES: { what: "The state's law is unsettled and the practice does not offer dry needling there.", todo: 'Offer another treatment, or a clinic in another state.' },
  NO_LICENSE_IN_STATE: { what: 'The therapist has no license in this state for that day.', todo: 'Book with a therapist licensed in the state.' },
  LICENSE_NOT_VERIFIED: { what: "The therapist's license has not been verified yet.", todo: 'Ask the credentialing administrator to verify it, or book with another therapist.' },
  LICENSE_NOT_ACTIVE: { what: "The therapist's license is suspended or revoked.", todo: 'Book with another therapist.' },
  LICENSE_EXPIRES_BEFORE_APPOINTMENT: { what: "The therapist's license expires before the appointment.", todo: 'Pick an earlier day, or another therapist; the credentialing administrator can record a renewal.' },
  TOO_FEW_YEARS_LICENSED: { what: 'The therapist has not been licensed long enough for this state.', todo: 'Book with a more experienced therapist.' },
  NO_VERIFIED_CERTIFICATION: { what: 'The therapist has no verified dry-needling certification that counts here.', todo: 'Ask the credentialing administrator to verify it, or book with another therapist.' },
  CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT: { what: "The therapist's dry-needling certification expires before the appointment.", todo: 'Pick an earlier day, or another therapist; the credentialing administrator can record a renewal.' },
  TOO_FEW_TRAINING_HOURS: { what: 'The therapist has fewer training hours than this state requires.', todo: 'Book with another therapist.' },
  TOO_FEW_SUPERVISED_SESSIONS: { what: 'The therapist has fewer supervised sessions than this state requires.', todo: 'Book with another therapist.' },
  ENDORSEMENT_REQUIRED: { what: 'This state requires a dry-needling endorsement or registration the therapist lacks.', todo: 'Book with an endorsed therapist, or ask the credentialing administrator to record the endorsement.' },
  // the patient service (the patient)
  PATIENT_UNKNOWN: { what: 'The patient is not registered at the practice.', todo: 'Find the patient again or register them first.' },
  CONSENT_MISSING: { what: 'The patient has not signed the dry-needling consent.', todo: 'Have the patient sign the consent form, record it, then book again.' },
  CONSENT_REVOKED: { what: 'The patient revoked their dry-needling consent.', todo: 'Ask the patient whether they want to consent again; record a new consent before booking.' },
  SCREENING_MISSING: { what: 'The patient has no contraindication screening.', todo: 'Book an initial evaluation first; the therapist records the screening there.' },
  SCREENING_OUTDATED: { what: "The patient's screening is more than 90 days old at the appointment.", todo: 'Ask a therapist to screen the patient again before the visit.' },
  CONTRAINDICATION_NOT_CLEARED: { what: 'The screening flagged a contraindication no therapist has cleared.', todo: 'A therapist must review and clear it, or offer a treatment without needles.' },
  // the scheduling service
  NO_PRIOR_EVALUATION: { what: 'The patient has had no initial evaluation before this visit.', todo: 'Book an initial evaluation before the dry-needling visit.' },
};

/** Every reason code a service may send; unknown codes still get their own message. */
export const KNOWN_REASON_CODES = Object.keys(ADVICE);

export function explainReason(reason: Reason): ExplainedReason {
  const advice = ADVICE[reason.code];
  if (advice) {
    // the service's own sentence names dates and states; prefer it for "what"
    return { code: reason.code, what: reason.message || advice.what, todo: advice.todo };
  }
  return { code: reason.code, what: reason.message || 'A condition for dry needling is not met.', todo: 'Ask the credentialing administrator or a therapist what is missing.' };
}

const SERVICE_NAMES: [RegExp, string][] = [
  [/credential/i, 'the credentialing service'],
  [/patient/i, 'the patient service'],
  [/schedul/i, 'the scheduling service'],
];

function serviceNamed(problem: Problem | null): string {
  // the gateway names the service in `service`; the services name it in their detail
  for (const text of [String(problem?.service ?? ''), `${problem?.detail ?? ''} ${problem?.title ?? ''}`]) {
    for (const [pattern, name] of SERVICE_NAMES) {
      if (pattern.test(text)) return name;
    }
  }
  return 'a service the practice relies on';
}

/** The words a form uses for a request field, where splitting the JSON name would not do. */
const FIELD_WORDS: Record<string, string> = {
  'address.line1': 'street address',
  'address.line2': 'apartment or suite',
  'address.city': 'city',
  'address.state': 'state',
  'address.postalCode': 'ZIP code',
  postalCode: 'ZIP code',
  addressLine1: 'street address',
  addressLine2: 'apartment or suite',
  birthDate: 'birth date',
  confirmedDifferentPerson: 'confirmation that this is a different person',
  formVersion: 'consent form version',
  signedAt: 'date signed',
  guardianName: "guardian's name",
  witnessName: "witness's name",
  witnessedBy: 'witness',
  documentReference: 'where the scanned form is kept',
  contraindications: 'flags to clear',
  note: 'clinical note',
  startsAt: 'start time',
  therapistId: 'therapist',
  clinicId: 'clinic',
  patientId: 'patient',
  zoneId: 'time zone',
  npi: 'NPI',
};

export function fieldName(error: FieldError): string {
  const raw = error.field ?? error.name ?? error.pointer?.replace(/^#?\//, '').replace(/\//g, '.') ?? '';
  const known = FIELD_WORDS[raw] ?? FIELD_WORDS[raw.replace(/\[\d+\]/g, '')];
  if (known) return known;
  return raw.replace(/\[(\d+)\]/g, ' $1').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/\./g, ' ').toLowerCase();
}

/**
 * Words for the lifecycle problems (409 and 403) by the last part of their `type`: a title and what to
 * do. The service's detail, which names counts and times, comes first when it has one.
 */
const LIFECYCLE_WORDS: Record<string, { title: string; todo: string }> = {
  'evaluation-still-needed': { title: 'Evaluation still needed', todo: 'A later dry-needling visit depends on this initial evaluation. Move or cancel that visit first, or book another evaluation before it.' },
  'clinic-inactive': { title: 'Clinic closed for booking', todo: 'This clinic is inactive. Book at another clinic, or ask a practice administrator to reactivate it.' },
  'clinic-changed': { title: 'Clinic changed', todo: "The clinic's state or time zone changed meanwhile. Reload and book again." },
  'clinic-has-future-visits': { title: 'Clinic has visits ahead', todo: "Its state or time zone cannot change while visits are booked there. Move or cancel them first, or open a new clinic." },
  'visit-not-started': { title: 'Visit has not started', todo: 'Check in from 15 minutes before the start; complete from the start; mark a no-show only after it.' },
  'not-your-visit': { title: 'Not your visit', todo: 'Therapists complete or mark no-shows only for their own visits. Ask the front desk.' },
  'therapist-login-not-linked': { title: 'Login not linked', todo: 'Your login is not linked to a therapist. Ask a credentialing administrator to link it.' },
  'offer-not-held': { title: 'Offer no longer holds the slot', todo: 'It was confirmed, declined or withdrawn, or its hold lapsed. Refresh the open offers.' },
  'already-waiting': { title: 'Already on the waitlist', todo: 'This patient already waits for this visit type. Remove that entry first to change it.' },
  'entry-booked': { title: 'Already booked', todo: "This entry's offer was confirmed: the visit is booked. Cancel the visit instead." },
  'correction-not-possible': { title: 'Nothing to correct', todo: 'Only booked, checked-in, completed and no-show visits are corrected, once they have started. Book a cancelled visit again instead.' },
};

/** Words for other problems whose service detail names API fields. */
function ownWords(problem: Problem | null): { title: string; message: string } | null {
  const slug = (problem?.type ?? '').split('/').pop() ?? '';
  if (slug === 'possible-duplicate-patient') {
    const mrn = typeof problem?.existingMrn === 'string' ? ` as ${problem.existingMrn}` : '';
    return {
      title: 'This patient may already be registered',
      message: `A patient with this name and birth date is already registered${mrn}. Open that record; register a new one only if this is a different person.`,
    };
  }
  return null;
}

/** The lifecycle problem types that have their own words (for tests). */
export const LIFECYCLE_PROBLEM_TYPES = Object.keys(LIFECYCLE_WORDS);

function lifecycleWords(problem: Problem | null): { title: string; message: string } | null {
  const slug = (problem?.type ?? '').split('/').pop() ?? '';
  const words = LIFECYCLE_WORDS[slug];
  if (!words) return null;
  const dependent = problem?.dependentVisits;
  const visits = Array.isArray(dependent) ? dependent.length : 0;
  const affectedVisits = problem?.affectedVisits;
  const affected = typeof affectedVisits === 'number' ? affectedVisits : 0;
  const count = visits ? ` (${visits} dependent visit${visits === 1 ? '' : 's'})` : affected ? ` (${affected} visit${affected === 1 ? '' : 's'} affected)` : '';
  return { title: words.title, message: `${problem?.detail || words.todo}${count}` };
}

/** The words to show for a failed call: status 0 means the request got no answer at all. */
export function explainProblem(status: number, problem: Problem | null, action = 'The request'): Explained {
  const base: Explained = { title: problem?.title || 'Something went wrong', message: '', fields: [], reasons: [], retryable: false, signIn: false };
  switch (status) {
    case 0:
      return { ...base, title: 'No answer', message: `${action} got no answer (the network or the server is down). It is safe to try again: a booking is never made twice.`, retryable: true };
    case 400:
      return {
        ...base,
        title: 'Please check the form',
        message: problem?.errors?.length ? 'Some fields are missing or not valid:' : problem?.detail || 'Some of what was entered is not valid.',
        fields: (problem?.errors ?? []).map((e) => ({ field: fieldName(e), message: e.message ?? e.detail ?? 'is not valid' })),
      };
    case 401:
      return { ...base, title: 'Signed out', message: 'Your session has ended. Sign in again to continue; nothing was changed.', signIn: true };
    case 403:
      return { ...base, title: 'Not allowed', message: 'Your role may not do this. Ask a colleague with the right role.', ...lifecycleWords(problem) };
    case 404:
      return { ...base, title: 'Not found', message: 'It no longer exists, or you may not see it. Reload and try again.' };
    case 409:
      return { ...base, title: problem?.title || 'Someone was faster', message: problem?.detail || 'Someone else changed or booked this at the same time. Reload and pick again.', ...lifecycleWords(problem), ...ownWords(problem) };
    case 413:
      return { ...base, title: 'Too large', message: 'The request is too large.' };
    case 422: {
      const reasons = (problem?.reasons ?? []).map(explainReason);
      return {
        ...base,
        title: reasons.length ? 'Dry needling cannot be booked' : base.title,
        message: reasons.length ? `Nothing was booked. ${reasons.length === 1 ? 'One condition is' : `${reasons.length} conditions are`} not met:` : problem?.detail || 'The request cannot be carried out.',
        reasons,
      };
    }
    case 429:
      return { ...base, title: 'Too many requests', message: 'Please wait a few seconds and try again.', retryable: true };
    case 502:
    case 503:
    case 504:
      return {
        ...base,
        title: 'Try again shortly',
        message: `${capitalise(serviceNamed(problem))} did not answer, so nothing was booked or changed. Try again in a minute; if it persists, call IT.`,
        retryable: true,
      };
    default:
      return { ...base, title: 'Something went wrong', message: `${action} failed on the server (status ${status}). Nothing you entered is lost; try again, and call IT if it persists.`, retryable: status >= 500 };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Words for why one visit of a series was not booked, beyond the dry-needling reasons (which keep
 * their words above): the scheduling service's codes for a visit's place and time.
 */
const OCCURRENCE_WORDS: Record<string, { what: string; todo: string }> = {
  SLOT_TAKEN: { what: 'Another visit of this therapist or patient overlaps this time.', todo: 'Take the alternative shown, or book this visit at another time.' },
  OUTSIDE_WORKING_HOURS: { what: 'The therapist does not work at this clinic for the whole visit.', todo: 'Take the alternative shown, or pick days and a time within their hours.' },
  TIME_OFF: { what: 'The therapist has time off then.', todo: 'Take the alternative shown, or book with another therapist.' },
  NO_FREE_THERAPIST: { what: 'No therapist who may see this visit is free at this clinic then.', todo: 'Take the alternative shown, or pick another time.' },
  LOCAL_TIME_DOES_NOT_EXIST: { what: 'The clocks skip this time on this date (daylight saving time begins).', todo: 'Book this visit an hour later, or take the alternative shown.' },
  OUTSIDE_BOOKING_WINDOW: { what: 'The visit is outside the booking window (before today or more than two years ahead).', todo: 'Pick dates within the booking window.' },
  IN_THE_PAST: { what: 'The visit would start in the past.', todo: 'Start the series later.' },
  NOT_ON_QUARTER_HOUR: { what: 'Visits start on the quarter hour.', todo: 'Pick a start time such as 07:30 or 07:45.' },
};

/** The series codes that have their own words (for tests). */
export const OCCURRENCE_REASON_CODES = Object.keys(OCCURRENCE_WORDS);

/** Why a visit of a series was refused: its own words, or the dry-needling words for a needling reason. */
export function explainOccurrenceReason(reason: Reason): ExplainedReason {
  const words = OCCURRENCE_WORDS[reason.code];
  return words ? { code: reason.code, what: words.what, todo: words.todo } : explainReason(reason);
}
