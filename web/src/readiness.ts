// Who fixes each reason a patient is not ready for dry needling: the action itself where the
// signed-in role may take it, otherwise who must act. Pure: no DOM, no fetch.
import type { Role } from './session';

/** What the screen can do itself about a reason. */
export type FixAction = 'record-consent' | 'record-screening' | 'record-clearance' | 'book-evaluation' | 'register-patient';

export interface Fix {
  code: string;
  /** the action this role may take, with its button label */
  action?: { kind: FixAction; label: string };
  /** who else must act, when this role may not */
  who?: string;
}

interface Owner {
  roles: Role[];
  action: FixAction;
  label: string;
  who: string;
}

const OWNERS: Record<string, Owner> = {
  CONSENT_MISSING: { roles: ['FRONT_DESK'], action: 'record-consent', label: 'Record the signed consent', who: 'The front desk records the signed consent form.' },
  CONSENT_REVOKED: { roles: ['FRONT_DESK'], action: 'record-consent', label: 'Record a new signed consent', who: 'The front desk records a new signed consent form.' },
  SCREENING_MISSING: { roles: ['THERAPIST'], action: 'record-screening', label: 'Record a screening', who: 'A therapist records the contraindication screening (at the initial evaluation).' },
  SCREENING_OUTDATED: { roles: ['THERAPIST'], action: 'record-screening', label: 'Screen again', who: 'A therapist screens the patient again.' },
  CONTRAINDICATION_NOT_CLEARED: { roles: ['THERAPIST'], action: 'record-clearance', label: 'Review and clear the flag', who: 'A therapist reviews the flagged contraindication and records a clearance, or offers a treatment without needles.' },
  NO_PRIOR_EVALUATION: { roles: ['FRONT_DESK', 'PRACTICE_ADMIN'], action: 'book-evaluation', label: 'Book an initial evaluation', who: 'The front desk books an initial evaluation before the dry-needling visit.' },
  PATIENT_UNKNOWN: { roles: ['FRONT_DESK'], action: 'register-patient', label: 'Register the patient', who: 'The front desk registers the patient.' },
};

const CREDENTIALING = 'The credentialing administrator keeps the therapist\'s credentials; or book with another therapist.';

/** The fix for one reason code, for a user with these roles. */
export function fixFor(code: string, roles: Role[]): Fix {
  const owner = OWNERS[code];
  if (!owner) return { code, who: CREDENTIALING };
  if (owner.roles.some((r) => roles.includes(r))) return { code, action: { kind: owner.action, label: owner.label } };
  return { code, who: owner.who };
}

/** The reason codes that are about the patient (the rest are about the therapist or the state). */
export const PATIENT_REASON_CODES = Object.keys(OWNERS);
