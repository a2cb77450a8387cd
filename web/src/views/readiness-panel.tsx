// A patient's dry-needling readiness before any slot is chosen: consent, screening, flags and
// the initial evaluation, every reason in words, and for each the fix this role may make or
// who else must act.
import { call, query } from '../api';
import { explainReason, type Reason } from '../problems';
import { type FixAction, fixFor } from '../readiness';
import type { Role } from '../session';
import { ErrorBox, Loading, useAsync } from '../ui';

interface Decision {
  eligible: boolean;
  reasons: Reason[];
  evaluatedAt: string;
}

type Evaluation = 'done' | 'booked' | 'none' | 'unknown';

interface Readiness {
  decision: Decision;
  evaluation: Evaluation;
}

async function evaluationOf(patientId: string, now: Date): Promise<Evaluation> {
  const asked = async (before: Date) =>
    (await call<{ evaluated: boolean }>(`/api/scheduling/patients/${patientId}/prior-evaluation${query({ before: before.toISOString() })}`)).evaluated;
  try {
    if (await asked(now)) return 'done';
    return (await asked(new Date(now.getTime() + 365 * 86_400_000))) ? 'booked' : 'none';
  } catch {
    return 'unknown';
  }
}

async function loadReadiness(patientId: string): Promise<Readiness> {
  const now = new Date();
  const [decision, evaluation] = await Promise.all([
    call<Decision>(`/api/patients/${patientId}/dry-needling-readiness${query({ at: now.toISOString() })}`, { action: 'The readiness check' }),
    evaluationOf(patientId, now),
  ]);
  return { decision, evaluation };
}

const ROWS: { label: string; codes: string[]; ok: string }[] = [
  { label: 'Consent', codes: ['CONSENT_MISSING', 'CONSENT_REVOKED'], ok: 'Signed, not revoked' },
  { label: 'Screening', codes: ['SCREENING_MISSING', 'SCREENING_OUTDATED'], ok: 'Within the last 90 days' },
  { label: 'Flags', codes: ['CONTRAINDICATION_NOT_CLEARED'], ok: 'None open' },
];

/** A row's short words for what failed; the reason's own sentence follows in the list below. */
const SHORT: Record<string, string> = {
  CONSENT_MISSING: 'None on file',
  CONSENT_REVOKED: 'Revoked',
  SCREENING_MISSING: 'None on file',
  SCREENING_OUTDATED: 'Older than 90 days',
  CONTRAINDICATION_NOT_CLEARED: 'Flagged, not cleared',
};

const EVALUATION_WORDS: Record<Evaluation, { ok: boolean; text: string }> = {
  done: { ok: true, text: 'Had an initial evaluation' },
  booked: { ok: true, text: 'Initial evaluation booked: needling only after it' },
  none: { ok: false, text: 'No initial evaluation booked' },
  unknown: { ok: false, text: 'Could not be checked just now' },
};

export function ReadinessPanel({ patientId, roles, changes, onFix }: {
  patientId: string;
  roles: Role[];
  changes: number;
  onFix: (action: FixAction) => void;
}) {
  const state = useAsync(() => loadReadiness(patientId), [patientId, changes]);
  if (!state.data) {
    return state.loading ? <Loading label="Checking readiness for dry needling" /> : <ErrorBox error={state.error} onRetry={state.reload} quiet />;
  }
  const { decision, evaluation } = state.data;
  const reasons = [...decision.reasons];
  if (evaluation === 'none' && !reasons.some((r) => r.code === 'NO_PRIOR_EVALUATION')) reasons.push({ code: 'NO_PRIOR_EVALUATION' });
  const ready = decision.eligible && EVALUATION_WORDS[evaluation].ok;
  return (
    <div class="readiness" data-testid="readiness" aria-live="polite">
      <h3>Ready for dry needling?</h3>
      <p class={ready ? 'verdict ok' : 'verdict bad'} data-testid="readiness-verdict">
        {ready ? 'Ready for dry needling' : `Not ready: ${reasons.length} thing${reasons.length === 1 ? '' : 's'} to do`}
      </p>
      <dl class="checks">
        {ROWS.map((row) => {
          const failed = reasons.find((r) => row.codes.includes(r.code));
          return (
            <div key={row.label} class={failed ? 'bad' : 'ok'}>
              <dt>{row.label}</dt>
              <dd>{failed ? SHORT[failed.code] : row.ok}</dd>
            </div>
          );
        })}
        <div class={EVALUATION_WORDS[evaluation].ok ? 'ok' : 'bad'}>
          <dt>Evaluation</dt>
          <dd>{EVALUATION_WORDS[evaluation].text}</dd>
        </div>
      </dl>
      {reasons.length > 0 && (
        <ol class="reasons" aria-label="What to do">
          {reasons.map((reason) => {
            const explained = explainReason(reason);
            const fix = fixFor(reason.code, roles);
            return (
              <li key={reason.code} data-code={reason.code}>
                <span class="reason-what">{explained.what}</span>
                {fix.action ? (
                  <button type="button" class="primary" onClick={() => onFix(fix.action!.kind)}>
                    {fix.action.label}
                  </button>
                ) : (
                  <span class="reason-todo">Who acts: {fix.who}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p class="hint">As of now; every dry-needling visit is decided again at its own time when it is booked.</p>
    </div>
  );
}
