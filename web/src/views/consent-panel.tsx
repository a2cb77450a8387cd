// Dry-needling consent on a patient's card: its status for everyone who may see it; the front
// desk records a signed form (version, date signed, signer, witness) and revokes one.
import { useEffect, useRef, useState } from 'preact/hooks';
import { call } from '../api';
import { isoDate } from '../time';
import { ErrorBox, Loading, useAsync, useSubmit } from '../ui';

export interface ConsentRecord {
  id: string;
  formVersion: string;
  signedAt: string;
  signer: 'PATIENT' | 'LEGAL_GUARDIAN';
  guardianName?: string | null;
  witnessName?: string | null;
  documentReference?: string | null;
  revoked: boolean;
  revokedAt?: string | null;
  revocationReason?: string | null;
}

const CURRENT_FORM = 'DN-2026-01';

function day(instant: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }).format(new Date(instant));
}

/** When a form signed on a calendar day was signed: now for today, midday (local) for an earlier day. */
export function signedAtFor(dayText: string, now = new Date()): string {
  if (dayText === isoDate(0, now)) return new Date(now.getTime() - 60_000).toISOString();
  return new Date(`${dayText}T12:00:00`).toISOString();
}

export function ConsentPanel({ patientId, mayRecord, witness, changes, onChanged, openForm, onFormShown }: {
  patientId: string;
  mayRecord: boolean;
  /** the signed-in user's name, the witness unless someone else witnessed */
  witness: string;
  changes: number;
  onChanged: () => void;
  /** incremented to open the form from a readiness reason */
  openForm?: number;
  onFormShown?: () => void;
}) {
  const list = useAsync(() => call<ConsentRecord[]>(`/api/patients/${patientId}/consents`), [patientId, changes]);
  const [recording, setRecording] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);
  useEffect(() => {
    if (openForm && mayRecord) setRecording(true);
  }, [openForm]);
  const current = (list.data ?? []).filter((c) => !c.revoked).sort((a, b) => Date.parse(b.signedAt) - Date.parse(a.signedAt))[0];
  const lastRevoked = (list.data ?? []).filter((c) => c.revoked).sort((a, b) => Date.parse(b.revokedAt!) - Date.parse(a.revokedAt!))[0];
  return (
    <div class="consent" data-testid="consent">
      <h3>Dry-needling consent</h3>
      {list.loading && !list.data && <Loading label="Loading consent" />}
      {list.error !== undefined && <ErrorBox error={list.error} onRetry={list.reload} quiet />}
      {list.data && (
        <p data-testid="consent-status">
          {current ? (
            <>
              <b>Signed</b> {day(current.signedAt)} (form {current.formVersion}
              {current.signer === 'LEGAL_GUARDIAN' ? `, by guardian ${current.guardianName}` : ''}
              {current.witnessName ? `, witnessed by ${current.witnessName}` : ''})
            </>
          ) : lastRevoked ? (
            <>
              <b>Revoked</b> {day(lastRevoked.revokedAt!)}: {lastRevoked.revocationReason}
            </>
          ) : (
            <b>No consent on file</b>
          )}
        </p>
      )}
      {mayRecord && current && revoking !== current.id && (
        <button type="button" onClick={() => setRevoking(current.id)}>
          Revoke consent…
        </button>
      )}
      {mayRecord && current && revoking === current.id && (
        <Revoke patientId={patientId} consent={current} onDone={(ok) => { setRevoking(null); if (ok) onChanged(); }} />
      )}
      {mayRecord && !current && !recording && (
        <button type="button" onClick={() => setRecording(true)}>
          Record signed consent…
        </button>
      )}
      {mayRecord && recording && (
        <RecordConsent
          patientId={patientId}
          witness={witness}
          onShown={onFormShown}
          onDone={(ok) => {
            setRecording(false);
            if (ok) onChanged();
          }}
        />
      )}
    </div>
  );
}

function RecordConsent({ patientId, witness, onDone, onShown }: { patientId: string; witness: string; onDone: (ok: boolean) => void; onShown?: () => void }) {
  const [form, setForm] = useState({ formVersion: CURRENT_FORM, signedOn: isoDate(0), signer: 'PATIENT', guardianName: '', witnessName: witness, documentReference: '' });
  const [state, send] = useSubmit(onDone);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.scrollIntoView?.({ block: 'nearest' });
    first.current?.focus();
    onShown?.();
  }, []);
  const set = (key: keyof typeof form) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const submit = (e: Event) =>
    send(e, () =>
      call(`/api/patients/${patientId}/consents`, {
        method: 'POST',
        action: 'Recording the consent',
        body: {
          formVersion: form.formVersion,
          signedAt: signedAtFor(form.signedOn),
          signer: form.signer,
          guardianName: form.signer === 'LEGAL_GUARDIAN' ? form.guardianName : null,
          witnessName: form.witnessName || null,
          documentReference: form.documentReference || null,
        },
      }),
    );
  return (
    <form class="stack" onSubmit={submit} aria-label="Record signed consent">
      <label>
        Form version
        <input ref={first} required maxLength={50} value={form.formVersion} onInput={set('formVersion')} />
      </label>
      <label>
        Date signed
        <input type="date" required max={isoDate(0)} value={form.signedOn} onInput={set('signedOn')} />
      </label>
      <label>
        Signed by
        <select value={form.signer} onChange={set('signer')}>
          <option value="PATIENT">The patient</option>
          <option value="LEGAL_GUARDIAN">A legal guardian</option>
        </select>
      </label>
      {form.signer === 'LEGAL_GUARDIAN' && (
        <label>
          Guardian's name
          <input required maxLength={200} value={form.guardianName} onInput={set('guardianName')} />
        </label>
      )}
      <label>
        Witness
        <input required maxLength={200} value={form.witnessName} onInput={set('witnessName')} />
      </label>
      <label>
        Where the scanned form is kept (optional)
        <input maxLength={500} value={form.documentReference} onInput={set('documentReference')} />
      </label>
      {state.error !== undefined && <ErrorBox error={state.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={state.busy}>
          {state.busy ? 'Recording…' : 'Record consent'}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Revoke({ patientId, consent, onDone }: { patientId: string; consent: ConsentRecord; onDone: (ok: boolean) => void }) {
  const [reason, setReason] = useState('');
  const [state, send] = useSubmit(onDone);
  const submit = (e: Event) =>
    send(e, () => call(`/api/patients/${patientId}/consents/${consent.id}/revocation`, { method: 'POST', body: { reason }, action: 'Revoking the consent' }));
  return (
    <form class="stack" onSubmit={submit} aria-label="Revoke consent">
      <label>
        Why is the consent revoked?
        <input required maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} ref={(i) => i?.focus()} />
      </label>
      {state.error !== undefined && <ErrorBox error={state.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={state.busy}>
          Revoke consent
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Keep it
        </button>
      </div>
    </form>
  );
}
