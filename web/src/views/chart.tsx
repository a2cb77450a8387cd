// A therapist's view of one patient: readiness with every reason, consent status, the latest
// contraindication screening with its open flags, a clearance with a note, a new screening.
import { useRef, useState } from 'preact/hooks';
import { call } from '../api';
import { CONTRAINDICATIONS, flagLabel, latestScreening, openFlags, screeningAnswers, type ScreeningRecord } from '../contraindications';
import type { FixAction } from '../readiness';
import type { User } from '../session';
import { ErrorBox, Loading, useAsync, useSubmit } from '../ui';
import { ConsentPanel } from './consent-panel';
import type { PatientSummary } from './desk-types';
import { ReadinessPanel } from './readiness-panel';

function day(instant: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }).format(new Date(instant));
}

export function PatientChart({ patientId, user, onClose }: { patientId: string; user: User; onClose: () => void }) {
  const patient = useAsync(() => call<PatientSummary>(`/api/patients/${patientId}`), [patientId]);
  const [changes, setChanges] = useState(0);
  const [screening, setScreening] = useState(false);
  const clearance = useRef<HTMLFormElement>(null);
  const changed = () => setChanges((n) => n + 1);

  function fix(action: FixAction) {
    if (action === 'record-screening') setScreening(true);
    if (action === 'record-clearance') {
      const form = clearance.current;
      form?.scrollIntoView?.({ block: 'nearest' });
      form?.querySelector<HTMLElement>('textarea')?.focus();
    }
  }

  return (
    <section class="panel chart" aria-labelledby="chart-h" data-testid="chart">
      <div class="chart-head">
        <h2 id="chart-h">{patient.data ? `${patient.data.firstName} ${patient.data.lastName}` : 'Patient'}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {patient.data && (
        <p class="hint">
          Born {patient.data.birthDate} · Record {patient.data.mrn}
        </p>
      )}
      {patient.error !== undefined && <ErrorBox error={patient.error} quiet />}
      <ReadinessPanel patientId={patientId} roles={user.roles} changes={changes} onFix={fix} />
      <ConsentPanel patientId={patientId} mayRecord={false} witness="" changes={changes} onChanged={changed} />
      <Screenings patientId={patientId} changes={changes} onChanged={changed} clearanceRef={clearance} screening={screening} setScreening={setScreening} />
    </section>
  );
}

function Screenings({ patientId, changes, onChanged, clearanceRef, screening, setScreening }: {
  patientId: string;
  changes: number;
  onChanged: () => void;
  clearanceRef: { current: HTMLFormElement | null };
  screening: boolean;
  setScreening: (on: boolean) => void;
}) {
  const history = useAsync(() => call<ScreeningRecord[]>(`/api/patients/${patientId}/screenings`), [patientId, changes]);
  const latest = latestScreening(history.data ?? []);
  const open = openFlags(latest);
  const flags = useRef<HTMLParagraphElement>(null);
  const [correcting, setCorrecting] = useState(false);
  const [correctingClearance, setCorrectingClearance] = useState<string | null>(null);
  return (
    <div class="screening" data-testid="screening">
      <h3>Contraindication screening</h3>
      {history.loading && !history.data && <Loading label="Loading screenings" />}
      {history.error !== undefined && <ErrorBox error={history.error} onRetry={history.reload} quiet />}
      {history.data && !latest && <p>No screening on file.</p>}
      {latest && (
        <>
          <p>
            Latest screening {day(latest.recordedAt)}:{' '}
            {latest.flagged.length === 0 ? 'nothing flagged.' : `flagged ${latest.flagged.map(flagLabel).join(', ')}.`}
          </p>
          {latest.clearances.length > 0 && (
            <ul class="clearances" aria-label="Clearances">
              {latest.clearances.map((c) => (
                <li key={c.id}>
                  Cleared {c.contraindications.map(flagLabel).join(', ')} on {day(c.clearedAt)}: “{c.note}”{' '}
                  {correctingClearance === c.id ? (
                    <CorrectClearance
                      patientId={patientId}
                      screeningId={latest.id}
                      clearance={c}
                      flagged={latest.flagged}
                      onDone={(ok) => {
                        setCorrectingClearance(null);
                        if (ok) onChanged();
                      }}
                    />
                  ) : (
                    <button type="button" class="link" onClick={() => setCorrectingClearance(c.id)}>
                      Correct this clearance…
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p data-testid="open-flags" tabIndex={-1} ref={flags}>
            <b>Open flags:</b> {open.length === 0 ? 'none' : open.map(flagLabel).join(', ')}
          </p>
          {open.length > 0 && <Clearance key={latest.id + open.join()} patientId={patientId} screeningId={latest.id} open={open} formRef={clearanceRef} onDone={() => {
            onChanged();
            // the form is gone with the flags it cleared: the focus moves to what is open now
            flags.current?.focus();
          }} />}
        </>
      )}
      {screening && <RecordScreening patientId={patientId} onDone={(ok) => { setScreening(false); if (ok) onChanged(); }} />}
      {correcting && latest && <RecordScreening patientId={patientId} correcting={latest} onDone={(ok) => { setCorrecting(false); if (ok) onChanged(); }} />}
      {!screening && !correcting && (
        <div class="actions">
          <button type="button" onClick={() => setScreening(true)}>
            {latest ? 'Screen again…' : 'Record a screening…'}
          </button>
          {latest && (
            <button type="button" onClick={() => setCorrecting(true)}>
              Correct this screening…
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function Clearance({ patientId, screeningId, open, formRef, onDone }: {
  patientId: string;
  screeningId: string;
  open: string[];
  formRef: { current: HTMLFormElement | null };
  onDone: () => void;
}) {
  const [chosen, setChosen] = useState<string[]>(open);
  const [note, setNote] = useState('');
  const [state, send] = useSubmit((ok) => ok && onDone());
  const submit = (e: Event) =>
    send(e, () =>
      call(`/api/patients/${patientId}/screenings/${screeningId}/clearances`, {
        method: 'POST',
        action: 'Recording the clearance',
        body: { contraindications: chosen, note },
      }),
    );
  return (
    <form class="stack" ref={formRef} onSubmit={submit} aria-label="Record a clinical clearance">
      <fieldset class="flags">
        <legend>Clear these flags</legend>
        {open.map((code) => (
          <label key={code} class="check">
            <input
              type="checkbox"
              checked={chosen.includes(code)}
              onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, code] : chosen.filter((c) => c !== code))}
            />
            {flagLabel(code)}
          </label>
        ))}
      </fieldset>
      <label>
        Clinical note (why needling is safe for this patient)
        <textarea required maxLength={2000} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {state.error !== undefined && <ErrorBox error={state.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={state.busy || chosen.length === 0}>
          {state.busy ? 'Recording…' : 'Record clearance'}
        </button>
      </div>
    </form>
  );
}

/**
 * A new screening, or (correcting) a correction of the latest one: all the right answers and
 * why, recorded as a new screening that replaces it and keeps when the patient was screened.
 */
function RecordScreening({ patientId, correcting, onDone }: { patientId: string; correcting?: ScreeningRecord; onDone: (ok: boolean) => void }) {
  const [answers, setAnswers] = useState<Record<string, boolean | undefined>>(
    correcting ? Object.fromEntries(correcting.answers.map((a) => [a.contraindication, a.present])) : {},
  );
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [state, send] = useSubmit(onDone);
  const form = useRef<HTMLFormElement>(null);

  function submit(e: Event) {
    const checked = screeningAnswers(answers);
    if (checked.missing) {
      e.preventDefault();
      setMissing(checked.missing);
      const first = form.current?.querySelector<HTMLInputElement>(`input[name="${checked.missing}"]`);
      first?.scrollIntoView?.({ block: 'center' });
      first?.focus();
      return;
    }
    setMissing(null);
    void send(e, () =>
      correcting
        ? call(`/api/patients/${patientId}/screenings/${correcting.id}/corrections`, { method: 'POST', body: { answers: checked.answers, reason }, action: 'Correcting the screening' })
        : call(`/api/patients/${patientId}/screenings`, { method: 'POST', body: { answers: checked.answers }, action: 'Recording the screening' }),
    );
  }

  return (
    <form class="stack" ref={form} onSubmit={submit} aria-label={correcting ? 'Correct the latest screening' : 'Record a contraindication screening'}>
      <p class="hint">
        {correcting
          ? `Correcting the screening of ${day(correcting.recordedAt)}: change the answers that were recorded wrongly and say why. The correction replaces it (the patient still counts as screened on that day); its clearances do not carry over.`
          : 'Ask each question; answer every one.'}
      </p>
      {CONTRAINDICATIONS.map((c) => (
        <fieldset key={c.code} class={`choice question${missing === c.code ? ' invalid' : ''}`} aria-describedby={missing === c.code ? 'screening-missing' : undefined}>
          <legend>{c.question}</legend>
          <label>
            <input type="radio" name={c.code} checked={answers[c.code] === true} onChange={() => setAnswers({ ...answers, [c.code]: true })} /> Yes
          </label>
          <label>
            <input type="radio" name={c.code} checked={answers[c.code] === false} onChange={() => setAnswers({ ...answers, [c.code]: false })} /> No
          </label>
        </fieldset>
      ))}
      {missing && (
        <p class="error" id="screening-missing" role="alert">
          Answer every question: “{CONTRAINDICATIONS.find((c) => c.code === missing)?.question}” has no answer yet.
        </p>
      )}
      {correcting && (
        <label>
          Why the screening was wrong
          <textarea required maxLength={500} rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
      )}
      {state.error !== undefined && <ErrorBox error={state.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={state.busy}>
          {state.busy ? 'Recording…' : correcting ? 'Record the correction' : 'Record screening'}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A clearance corrected: what it should have cleared (nothing withdraws it) and a note. */
function CorrectClearance({ patientId, screeningId, clearance, flagged, onDone }: {
  patientId: string;
  screeningId: string;
  clearance: ScreeningRecord['clearances'][number];
  flagged: string[];
  onDone: (ok: boolean) => void;
}) {
  const [chosen, setChosen] = useState<string[]>(clearance.contraindications);
  const [note, setNote] = useState('');
  const [state, send] = useSubmit((ok) => ok && onDone(true));
  const submit = (e: Event) =>
    send(e, () =>
      call(`/api/patients/${patientId}/screenings/${screeningId}/clearances/${clearance.id}/corrections`, {
        method: 'POST',
        action: 'Correcting the clearance',
        body: { contraindications: chosen, note },
      }),
    );
  return (
    <form class="stack" onSubmit={submit} aria-label="Correct the clearance">
      <fieldset class="flags">
        <legend>What this clearance should have cleared (none withdraws it)</legend>
        {flagged.map((code) => (
          <label key={code} class="check">
            <input
              type="checkbox"
              checked={chosen.includes(code)}
              onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, code] : chosen.filter((c) => c !== code))}
            />
            {flagLabel(code)}
          </label>
        ))}
      </fieldset>
      <label>
        Clinical note (why it is corrected)
        <textarea required maxLength={2000} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {state.error !== undefined && <ErrorBox error={state.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={state.busy}>
          {state.busy ? 'Recording…' : chosen.length === 0 ? 'Withdraw the clearance' : 'Record the correction'}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
