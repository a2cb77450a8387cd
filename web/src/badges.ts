// A therapist's dry-needling standing in one state, as the credentialing administrator sees it,
// derived from the eligibility decision, the credentials and the expiry report.

// 'not-allowed': the state's law or the practice's policy bars dry needling there;
// 'not-eligible': the state allows it, but the therapist's credentials fall short (no license
// there, too few training hours, a missing endorsement): the detail says which.
export type Badge = 'eligible' | 'expiring' | 'expired' | 'pending' | 'not-allowed' | 'not-eligible';

export const BADGE_LABELS: Record<Badge, string> = {
  eligible: 'Eligible',
  expiring: 'Expiring soon',
  expired: 'Expired',
  pending: 'Pending verification',
  'not-allowed': 'Not allowed in state',
  'not-eligible': 'Not eligible',
};

export interface Decision {
  eligible: boolean;
  // a reason from a state condition names it (in the message too) with the rule version and source
  reasons: { code: string; message?: string; citation?: { ruleVersion: string; condition: string; source: string | null } | null }[];
}

export interface Credential {
  id: string;
  kind: string;
  state: string | null;
  expiresOn: string | null;
  status: string;
  verification: { status: string };
  version: number;
}

export interface Standing {
  state: string;
  badge: Badge;
  detail: string;
  /** "… verify with the state board" where the state's rule in force is of low confidence or knows no fixed minimum. */
  verify?: string | null;
}

const STATE_BARS = ['STATE_PROHIBITS_DRY_NEEDLING', 'STATE_UNSETTLED_POLICY_DENIES', 'STATE_RULE_NOT_IN_FORCE'];
const EXPIRIES = ['LICENSE_EXPIRES_BEFORE_APPOINTMENT', 'CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT'];

/** States a therapist has a state-bound credential in, sorted. */
export function statesOf(credentials: Credential[]): string[] {
  return [...new Set(credentials.map((c) => c.state).filter((s): s is string => !!s))].sort();
}

function appliesIn(credential: Credential, state: string): boolean {
  return credential.state === null || credential.state === state;
}

/**
 * The badge for one state. {@code lapsesOn} is the day the expiry report says the therapist
 * stops being eligible there (within its window), if any; {@code today} is "YYYY-MM-DD".
 */
export function standingIn(state: string, decision: Decision, credentials: Credential[], lapsesOn: string | null, today: string): Standing {
  const codes = decision.reasons.map((r) => r.code);
  const words = decision.reasons.map((r) => r.message || r.code).join(' ');
  if (decision.eligible) {
    return lapsesOn
      ? { state, badge: 'expiring', detail: `Eligible until ${lapsesOn}, then a credential expires.` }
      : { state, badge: 'eligible', detail: 'May dry-needle here now.' };
  }
  if (codes.some((c) => STATE_BARS.includes(c))) {
    return { state, badge: 'not-allowed', detail: words };
  }
  const relevant = credentials.filter((c) => appliesIn(c, state) && c.status === 'ACTIVE');
  if (relevant.some((c) => c.verification.status === 'PENDING')) {
    return { state, badge: 'pending', detail: words || 'A credential awaits verification.' };
  }
  const expired = relevant.some((c) => c.expiresOn !== null && c.expiresOn < today);
  if (expired || codes.some((c) => EXPIRIES.includes(c))) {
    return { state, badge: 'expired', detail: words };
  }
  return { state, badge: 'not-eligible', detail: words };
}
