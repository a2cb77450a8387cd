// Adding a version of a state's dry-needling rule, with a preview (computed by the
// credentialing service from the same decision as eligibility) of whose standing it changes
// and on which day; and the practice's policy for states whose law is unsettled.
import { useEffect, useRef, useState } from 'preact/hooks';
import { call } from '../api';
import { practiceZone, addDays, formatInZone, todayInZone } from '../time';
import { ErrorBox, Loading, STATES, humanize, useAsync, useSubmit } from '../ui';

interface Reason {
  code: string;
  message: string;
}

interface Preview {
  state: string;
  version: string;
  status: string;
  effectiveFrom: string;
  days: string[];
  therapistsChecked: number;
  changes: { therapistId: string; firstName: string; lastName: string; npi: string; on: string; before: { eligible: boolean; reasons: Reason[] }; after: { eligible: boolean; reasons: Reason[] } }[];
}

const STATUSES = ['PERMITTED', 'PERMITTED_WITH_ENDORSEMENT', 'PROHIBITED', 'UNSETTLED'];

export function AddRuleVersion({ initialState, onDone }: { initialState: string; onDone: (state: string | null) => void }) {
  const [state, setState] = useState(initialState);
  const [form, setForm] = useState({
    status: 'PERMITTED',
    effectiveFrom: addDays(todayInZone(practiceZone()), 30),
    effectiveUntil: '',
    minYearsLicensed: '',
    minTrainingHours: '',
    minSupervisedSessions: '',
    registrationRequired: false,
    writtenConsentRequired: false,
    source: '',
    note: '',
    confidence: '',
    researchedOn: todayInZone(practiceZone()),
    lawEffectiveFrom: '',
  });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const [submission, send] = useSubmit(() => onDone(state));
  const set = (key: keyof typeof form, value: string | boolean) => {
    setForm({ ...form, [key]: value });
    setPreview(null);
  };
  const text = (key: keyof typeof form) => ({ value: String(form[key]), onInput: (e: Event) => set(key, (e.currentTarget as HTMLInputElement).value) });
  const number = (v: string) => (v === '' ? null : Number(v));
  const body = () => ({
    ...form,
    effectiveUntil: form.effectiveUntil || null,
    minYearsLicensed: number(form.minYearsLicensed),
    minTrainingHours: number(form.minTrainingHours),
    minSupervisedSessions: number(form.minSupervisedSessions),
    note: form.note || null,
    confidence: form.confidence || null,
    researchedOn: form.researchedOn || null,
    lawEffectiveFrom: form.lawEffectiveFrom || null,
  });
  const askPreview = async () => {
    setPreviewing({ busy: true });
    try {
      setPreview(await call<Preview>(`/api/credentialing/state-rules/${state}/preview`, { method: 'POST', body: body(), action: 'Previewing the version' }));
      setPreviewing({ busy: false });
    } catch (error) {
      setPreviewing({ busy: false, error });
    }
  };
  const submit = (e: Event) => send(e, () => call(`/api/credentialing/state-rules/${state}`, { method: 'POST', body: body(), action: 'Adding the version' }));
  return (
    <form class="panel stack" aria-labelledby="add-rule-h" onSubmit={submit}>
      <h2 id="add-rule-h">Add a rule version</h2>
      <p class="hint">A version never replaces history: it takes effect after the newest one, today or later. Preview it first to see whose standing it changes.</p>
      <div class="grid">
        <label>
          State
          <select
            value={state}
            onChange={(e) => {
              setState(e.currentTarget.value);
              setPreview(null);
            }}
          >
            {STATES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select {...text('status')} onChange={text('status').onInput}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          In force from
          <input type="date" required {...text('effectiveFrom')} />
        </label>
        <label>
          Until (optional; first day no longer in force)
          <input type="date" {...text('effectiveUntil')} />
        </label>
        <label>
          Years licensed (optional)
          <input type="number" min={0} max={50} {...text('minYearsLicensed')} />
        </label>
        <label>
          Training hours (optional)
          <input type="number" min={0} max={10000} {...text('minTrainingHours')} />
        </label>
        <label>
          Supervised sessions (optional)
          <input type="number" min={0} max={10000} {...text('minSupervisedSessions')} />
        </label>
      </div>
      <fieldset class="choice">
        <legend>Conditions</legend>
        <label>
          <input type="checkbox" checked={form.registrationRequired} onChange={(e) => set('registrationRequired', e.currentTarget.checked)} /> Endorsement or registration with the state
        </label>
        <label>
          <input type="checkbox" checked={form.writtenConsentRequired} onChange={(e) => set('writtenConsentRequired', e.currentTarget.checked)} /> Patient's written consent
        </label>
      </fieldset>
      <div class="grid">
        <label>
          Source (statute, rule or board page)
          <input required maxLength={1000} {...text('source')} />
        </label>
        <label>
          Researched on
          <input type="date" {...text('researchedOn')} />
        </label>
        <label>
          In force in law since (optional)
          <input type="date" {...text('lawEffectiveFrom')} />
        </label>
        <label>
          Confidence
          <select {...text('confidence')} onChange={text('confidence').onInput}>
            <option value="">Not rated</option>
            <option value="HIGH">High: the rule itself</option>
            <option value="MEDIUM">Medium: a secondary source</option>
            <option value="LOW">Low: rule text not found</option>
          </select>
        </label>
        <label>
          Note (optional)
          <input maxLength={2000} {...text('note')} />
        </label>
      </div>
      {previewing.error !== undefined && <ErrorBox error={previewing.error} />}
      {preview && <PreviewResult preview={preview} />}
      {submission.error !== undefined && <ErrorBox error={submission.error} />}
      <div class="actions">
        <button type="button" onClick={askPreview} disabled={previewing.busy}>
          Preview whose standing changes
        </button>
        <button class="primary" type="submit" disabled={submission.busy || !preview}>
          Add version {preview ? preview.version : ''}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
      {!preview && <small class="hint">Preview first; adding is enabled once the preview is shown.</small>}
    </form>
  );
}

function PreviewResult({ preview }: { preview: Preview }) {
  const flips = new Set(preview.changes.filter((c) => c.before.eligible !== c.after.eligible).map((c) => c.therapistId));
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
    box.current?.focus();
  }, [preview]);
  return (
    <div class="banner info" role="status" data-testid="rule-preview" ref={box} tabIndex={-1}>
      <b>
        {flips.size === 0
          ? `No therapist holding ${preview.state} credentials gains or loses eligibility`
          : `${flips.size} of ${preview.therapistsChecked} therapists holding ${preview.state} credentials gain or lose eligibility`}
      </b>{' '}
      (compared on {preview.days.join(' and ')}
      {preview.changes.length > flips.size ? '; others below stay as they are but for different reasons' : ''}).
      {preview.changes.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Therapist</th>
              <th scope="col">On</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((c) => (
              <tr key={`${c.therapistId}${c.on}`} data-testid="preview-change">
                <td>
                  {c.lastName}, {c.firstName} <small>NPI {c.npi}</small>
                </td>
                <td class="nowrap">{c.on}</td>
                <td>
                  {c.before.eligible ? 'Eligible' : 'Not eligible'} → <b>{c.after.eligible ? 'Eligible' : 'Not eligible'}</b>
                  {c.before.eligible === c.after.eligible && ' (different reasons)'}
                  {!c.after.eligible && (
                    <>
                      <br />
                      <small>{c.after.reasons.map((r) => r.message).join(' ')}</small>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

interface Policy {
  allowed: boolean;
  updatedBy: string;
  updatedByName: string | null;
  updatedAt: string;
  version: number;
}

/** Whether the practice lets therapists dry-needle in states whose law is unsettled. */
export function UnsettledPolicy({ canWrite }: { canWrite: boolean }) {
  const [changes, setChanges] = useState(0);
  const policy = useAsync(() => call<Policy>('/api/credentialing/policies/unsettled-states'), [changes]);
  const [submission, send] = useSubmit((ok) => ok && setChanges((n) => n + 1));
  return (
    <section class="panel" aria-labelledby="policy-h" data-testid="unsettled-policy">
      <h2 id="policy-h">States whose law is unsettled</h2>
      {policy.loading && <Loading label="Loading the policy" />}
      {policy.error !== undefined && <ErrorBox error={policy.error} onRetry={policy.reload} />}
      {policy.data && (
        <>
          <p>
            The practice <b>{policy.data.allowed ? 'allows' : 'does not allow'}</b> dry needling where a state's rule is unsettled.{' '}
            <small>
              Last set by <span title={`Login id: ${policy.data.updatedBy}`}>{policy.data.updatedByName ?? policy.data.updatedBy}</span> on {formatInZone(policy.data.updatedAt, practiceZone())}.
            </small>
          </p>
          {canWrite && (
            <button
              type="button"
              disabled={submission.busy}
              onClick={(e) =>
                send(e, () =>
                  call('/api/credentialing/policies/unsettled-states', {
                    method: 'PUT',
                    body: { allowed: !policy.data!.allowed, version: policy.data!.version },
                    action: 'Changing the policy',
                  }),
                )
              }
            >
              {policy.data.allowed ? 'Stop allowing it' : 'Allow it'}
            </button>
          )}
        </>
      )}
      {submission.error !== undefined && <ErrorBox error={submission.error} />}
    </section>
  );
}
