import { useState } from 'preact/hooks';
import { ApiError, call, query } from '../api';
import { formatInZone, zoneLabel } from '../time';
import { ErrorBox, Loading, STATES, humanize, useAsync, useSubmit } from '../ui';
import type { FixAction } from '../readiness';
import type { User } from '../session';
import { ConsentPanel } from './consent-panel';
import { withClinics } from './clinic-lookup';
import { withTherapists } from './therapist-lookup';
import { type Appointment, clinicName, type PatientSummary, type Reference, therapistName, typeName } from './desk-types';
import { ReadinessPanel } from './readiness-panel';

export function PatientPanel({ reference, patient, onSelect, onReschedule, changes, onChanged, user, onBookType }: {
  reference: Reference;
  patient: PatientSummary | null;
  onSelect: (p: PatientSummary | null) => void;
  onReschedule: (a: Appointment) => void;
  changes: number;
  onChanged: () => void;
  /** the signed-in user: their roles decide which fixes the card offers */
  user?: User;
  /** asks the slot search for a visit type (the fix for a missing initial evaluation) */
  onBookType?: (type: string) => void;
}) {
  const [registering, setRegistering] = useState(false);
  const [consentForm, setConsentForm] = useState(0);
  function fix(action: FixAction) {
    if (action === 'record-consent') setConsentForm((n) => n + 1);
    if (action === 'book-evaluation') onBookType?.('INITIAL_EVALUATION');
  }
  if (patient) {
    return (
      <section class="panel" aria-labelledby="patient-h">
        <h2 id="patient-h" tabIndex={-1}>
          Patient
        </h2>
        <p class="patient" data-testid="selected-patient">
          <b>
            {patient.firstName} {patient.lastName}
          </b>
          <br />
          Born {patient.birthDate} · Record {patient.mrn}
        </p>
        <button type="button" onClick={() => onSelect(null)}>
          Another patient
        </button>
        {user && (
          <>
            <ReadinessPanel patientId={patient.id} roles={user.roles} changes={changes} onFix={fix} />
            <ConsentPanel
              patientId={patient.id}
              mayRecord={user.roles.includes('FRONT_DESK')}
              witness={user.name || user.username}
              changes={changes}
              onChanged={onChanged}
              openForm={consentForm}
            />
          </>
        )}
        <Appointments reference={reference} patient={patient} onReschedule={onReschedule} changes={changes} onChanged={onChanged} />
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="patient-h">
      <h2 id="patient-h">Patient</h2>
      {registering ? (
        <Register onDone={(p) => { setRegistering(false); if (p) onSelect(p); }} onOpenExisting={(p) => { setRegistering(false); onSelect(p); }} />
      ) : (
        <>
          <Search onSelect={onSelect} />
          <button type="button" class="link" onClick={() => setRegistering(true)}>
            Register a new patient
          </button>
        </>
      )}
    </section>
  );
}

function Search({ onSelect }: { onSelect: (p: PatientSummary) => void }) {
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [phone, setPhone] = useState('');
  const [found, setFound] = useState<{ page?: PatientPage; error?: unknown; loading: boolean; params?: Record<string, string> } | null>(null);

  async function load(params: Record<string, string>, page: number) {
    setFound({ loading: true, params });
    try {
      const answer = await call<PatientPage>(`/api/patients${query({ ...params, page, size: PATIENT_PAGE })}`, { action: 'The search' });
      setFound({ page: answer, loading: false, params });
    } catch (error) {
      setFound({ error, loading: false, params });
    }
  }

  async function search(e: Event) {
    e.preventDefault();
    if (!name.trim() && !phone.trim()) {
      setFound({ error: new Error('Enter a last name (with the birth date if you know it) or a phone number.'), loading: false });
      return;
    }
    await load(phone.trim() ? { phone: phone.trim() } : { name: name.trim(), birthDate }, 0);
  }

  const page = found?.page;
  const pages = page ? Math.max(1, Math.ceil(page.totalElements / page.size)) : 0;
  return (
    <>
      <form onSubmit={search} class="stack" aria-label="Find a patient">
        <label>
          Name
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} autoComplete="off" />
        </label>
        <label>
          Birth date
          <input type="date" value={birthDate} onInput={(e) => setBirthDate(e.currentTarget.value)} />
        </label>
        <label>
          or phone
          <input type="tel" value={phone} onInput={(e) => setPhone(e.currentTarget.value)} autoComplete="off" />
        </label>
        <button class="primary" type="submit">
          Find patient
        </button>
      </form>
      {found?.loading && <Loading label="Searching patients" />}
      {found?.error !== undefined && <ErrorBox error={found.error} />}
      {page && page.items.length === 0 && <p class="empty" role="status">No patient matches. Check the spelling, or register them.</p>}
      {page && page.items.length > 0 && (
        <>
          <p class="hint" role="status" data-testid="patient-count">
            Showing {page.page * page.size + 1}–{page.page * page.size + page.items.length} of {page.totalElements} matching patients
          </p>
          <ul class="choices" aria-label="Matching patients">
            {page.items.map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => onSelect(p)}>
                  {p.firstName} {p.lastName} <small>born {p.birthDate} · {p.mrn}</small>
                </button>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <div class="actions" role="group" aria-label="Pages of patients">
              <button type="button" disabled={page.page === 0} onClick={() => load(found!.params!, page.page - 1)}>
                Previous page
              </button>
              <span class="hint">
                Page {page.page + 1} of {pages}
              </span>
              <button type="button" disabled={page.page + 1 >= pages} onClick={() => load(found!.params!, page.page + 1)}>
                Next page
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}

const PATIENT_PAGE = 20;

interface PatientPage {
  items: PatientSummary[];
  page: number;
  size: number;
  totalElements: number;
}

const EMPTY = { firstName: '', lastName: '', birthDate: '', sex: 'UNKNOWN', phone: '', email: '', line1: '', city: '', state: 'UT', postalCode: '' };

/** The registered patient a duplicate warning names, found by name and birth date and its record number. */
async function existingRecord(lastName: string, birthDate: string, mrn: unknown): Promise<PatientSummary | null> {
  const page = await call<{ items: PatientSummary[] }>(`/api/patients${query({ name: lastName, birthDate })}`, { action: 'Opening the existing record' });
  return page.items.find((p) => p.mrn === mrn) ?? (page.items.length === 1 ? page.items[0] : null);
}

function Register({ onDone, onOpenExisting }: { onDone: (p: PatientSummary | null) => void; onOpenExisting: (p: PatientSummary) => void }) {
  const [form, setForm] = useState(EMPTY);
  const [state, setState] = useState<{ busy: boolean; error?: unknown; duplicate?: boolean }>({ busy: false });

  async function openExisting() {
    setState({ ...state, busy: true });
    try {
      const found = await existingRecord(form.lastName, form.birthDate, state.error instanceof ApiError ? state.error.problem?.existingMrn : undefined);
      if (found) onOpenExisting(found);
      else setState({ busy: false, duplicate: true, error: new Error('The existing record could not be found by name and birth date. Search for it under "Find a patient".') });
    } catch (error) {
      setState({ busy: false, duplicate: true, error });
    }
  }
  const field = (key: keyof typeof EMPTY) => ({
    value: form[key],
    onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }),
  });

  async function submit(e: Event, confirmedDifferentPerson = false) {
    e.preventDefault();
    setState({ busy: true });
    const { line1, city, state: st, postalCode, email, ...person } = form;
    try {
      const made = await call<PatientSummary>('/api/patients', {
        method: 'POST',
        body: { ...person, email: email || null, address: { line1, city, state: st, postalCode }, confirmedDifferentPerson },
        action: 'Registering',
      });
      onDone(made);
    } catch (error) {
      setState({ busy: false, error, duplicate: error instanceof ApiError && error.status === 409 });
    }
  }

  return (
    <form class="stack" onSubmit={(e) => submit(e)} aria-label="Register a patient">
      <label>First name<input required {...field('firstName')} /></label>
      <label>Last name<input required {...field('lastName')} /></label>
      <label>Birth date<input type="date" required {...field('birthDate')} /></label>
      <label>
        Sex
        <select {...field('sex')} onChange={field('sex').onInput}>
          {['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'].map((s) => (
            <option key={s} value={s}>{humanize(s)}</option>
          ))}
        </select>
      </label>
      <label>Phone<input type="tel" required {...field('phone')} /></label>
      <label>Email (optional)<input type="email" {...field('email')} /></label>
      <label>Street address<input required {...field('line1')} /></label>
      <label>City<input required {...field('city')} /></label>
      <label>
        State
        <select {...field('state')} onChange={field('state').onInput}>
          {STATES.map((s) => (<option key={s}>{s}</option>))}
        </select>
      </label>
      <label>ZIP code<input required inputMode="numeric" {...field('postalCode')} /></label>
      {/* the duplicate warning leaves the focus to its main action, just below it */}
      {state.error !== undefined && <ErrorBox error={state.error} quiet={state.duplicate} />}
      <div class="actions">
        {state.duplicate ? (
          <>
            <button class="primary" type="button" onClick={openExisting} disabled={state.busy} ref={(b) => b?.focus()}>
              Open the existing record
            </button>
            <button type="button" onClick={(e) => submit(e, true)} disabled={state.busy}>
              Register anyway: a different person
            </button>
          </>
        ) : (
          <button class="primary" type="submit" disabled={state.busy}>
            {state.busy ? 'Registering…' : 'Register'}
          </button>
        )}
        <button type="button" onClick={() => onDone(null)}>Cancel</button>
      </div>
    </form>
  );
}

function Appointments({ reference, patient, onReschedule, changes, onChanged }: {
  reference: Reference;
  patient: PatientSummary;
  onReschedule: (a: Appointment) => void;
  changes: number;
  onChanged: () => void;
}) {
  const list = useAsync(() => call<Appointment[]>(`/api/scheduling/appointments?patientId=${patient.id}`), [patient.id, changes]);
  const named = useAsync(
    () => withTherapists(reference, (list.data ?? []).map((a) => a.therapistId)).then((r) => withClinics(r, (list.data ?? []).map((a) => a.clinicId))),
    [list.data],
  );
  const [cancelling, setCancelling] = useState<string | null>(null);
  const now = Date.now();
  const upcoming = (list.data ?? [])
    .filter((a) => Date.parse(a.endsAt) >= now || a.status === 'BOOKED')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return (
    <div class="appointments">
      <h3>Upcoming visits</h3>
      {list.loading && <Loading label="Loading visits" />}
      {list.error !== undefined && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.data && upcoming.length === 0 && <p class="empty">None booked.</p>}
      <ul class="visits">
        {upcoming.map((a) => (
          <li key={a.id} data-testid="visit">
            <b>{typeName(reference, a.type)}</b> · {humanize(a.status)}
            <br />
            {formatInZone(a.startsAt, a.zoneId)} <small>{zoneLabel(a.zoneId)}</small>
            <br />
            {therapistName(named.data ?? reference, a.therapistId)}, {clinicName(named.data ?? reference, a.clinicId)}
            {a.status === 'BOOKED' && (
              <div class="actions">
                <button type="button" onClick={() => onReschedule(a)}>Reschedule</button>
                <button type="button" onClick={() => setCancelling(a.id)}>Cancel…</button>
              </div>
            )}
            {cancelling === a.id && <Cancel appointment={a} onDone={(ok) => { setCancelling(null); if (ok) onChanged(); }} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Cancel({ appointment, onDone }: { appointment: Appointment; onDone: (ok: boolean) => void }) {
  const [reason, setReason] = useState('');
  const [state, send] = useSubmit(onDone);
  const submit = (e: Event) =>
    send(e, () => call(`/api/scheduling/appointments/${appointment.id}/cancel`, { method: 'POST', body: { reason }, action: 'Cancelling' }));
  return (
    <form class="stack" onSubmit={submit} aria-label="Cancel the visit">
      <label>
        Why is it cancelled?
        <input required maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} ref={(i) => i?.focus()} />
      </label>
      {state.error !== undefined && <ErrorBox error={state.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={state.busy}>Cancel the visit</button>
        <button type="button" onClick={() => onDone(false)}>Keep it</button>
      </div>
    </form>
  );
}
