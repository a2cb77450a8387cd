// A state's dry-needling rule version as the credentialing service serves it, with its
// provenance, and the words the screens show for it.

export type Confidence = 'HIGH' | 'MEDIUM' | 'LOW';

export interface Rule {
  version: string;
  state: string;
  stateName: string;
  status: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  minYearsLicensed: number | null;
  minTrainingHours: number | null;
  minSupervisedSessions: number | null;
  registrationRequired: boolean;
  writtenConsentRequired: boolean;
  source: string;
  note: string | null;
  /** Whether the version states a fixed minimum (years licensed, training hours or supervised sessions). */
  fixedMinimumsKnown: boolean;
  /** Null where the version was recorded without a rating (the January 2026 edition). */
  confidence: Confidence | null;
  researchedOn: string | null;
  /** The day the law itself took effect, where the source gives it. */
  lawEffectiveFrom: string | null;
  /** The service's judgement: permitted, but of low confidence or without a fixed minimum. */
  verifyWithStateBoard: boolean;
  recordedBy: string;
  /** the recorder's name as their sign-in gave it; null for the seed and older versions */
  recordedByName: string | null;
}

export const VERIFY_WITH_STATE_BOARD = 'verify with the state board';

const CONFIDENCE_WORDS: Record<Confidence, string> = {
  HIGH: 'High confidence: the rule itself or the board’s own page',
  MEDIUM: 'Medium confidence: a reputable secondary source quoting the rule',
  LOW: 'Low confidence: the rule exists but its text was not found',
};

const PERMITS = ['PERMITTED', 'PERMITTED_WITH_ENDORSEMENT'];

/** The version's conditions in words; "no fixed minimum known" where a permitting version states none. */
export function conditions(r: Rule): string {
  const parts = [
    PERMITS.includes(r.status) && !r.fixedMinimumsKnown && 'no fixed minimum known',
    r.minYearsLicensed !== null && `${r.minYearsLicensed} ${r.minYearsLicensed === 1 ? 'year' : 'years'} licensed`,
    r.minTrainingHours !== null && `${r.minTrainingHours} training hours`,
    r.minSupervisedSessions !== null && `${r.minSupervisedSessions} supervised sessions`,
    r.registrationRequired && 'endorsement or registration',
    r.writtenConsentRequired && 'written consent',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : '—';
}

/** How sure the source is, in words. */
export function confidenceWords(confidence: Confidence | null): string {
  return confidence ? CONFIDENCE_WORDS[confidence] : 'Confidence not rated';
}

/** Where the version comes from and how sure it is: one line each. */
export function provenance(r: Rule): string[] {
  return [
    `Source: ${r.source}`,
    r.note && `Note: ${r.note}`,
    confidenceWords(r.confidence),
    r.researchedOn && `Researched on ${r.researchedOn}`,
    r.lawEffectiveFrom && `In force in law since ${r.lawEffectiveFrom}`,
    `Recorded by ${r.recordedByName ?? r.recordedBy}`,
  ].filter((line): line is string => !!line);
}

/**
 * Why staff should verify the version with the state board before relying on it, ending in
 * "verify with the state board"; null when the service does not ask for it.
 */
export function verifyWords(r: Pick<Rule, 'verifyWithStateBoard' | 'confidence' | 'fixedMinimumsKnown'>): string | null {
  if (!r.verifyWithStateBoard) return null;
  if (r.confidence === 'LOW') return `Low confidence: ${VERIFY_WITH_STATE_BOARD}`;
  if (!r.fixedMinimumsKnown) return `No fixed minimum known: ${VERIFY_WITH_STATE_BOARD}`;
  return `Verify with the state board`;
}
