import { useState } from 'preact/hooks';
import { call } from '../api';
import { formatInZone, isoDate, zoneLabel } from '../time';
import { ErrorBox, Loading, STATES, byStateName, stateName, useAsync } from '../ui';
import { ClinicPicker, withClinics } from './clinic-lookup';
import { type Clinic, clinicName, type PatientSummary, type Reference, type Therapist, therapistName, typeName } from './desk-types';
import { TherapistPicker, withTherapists } from './therapist-lookup';
import { patientNames } from './patient-names';

/** A waitlist entry as the scheduling service answers it. */
export interface WaitlistEntry {
  id: string;
  patientId: string;
  type: string;
  fromDate: string;
  toDate: string;
  weekdays: string[];
  earliestTime: string;
  latestTime: string;
  clinicIds: string[];
  state: string | null;
  therapistId: string | null;
  status: 'WAITING' | 'OFFERED' | 'BOOKED' | 'REMOVED';
  requestedAt: string;
}

/** A freed slot held for a waiting patient. */
export interface WaitlistOffer {
  id: string;
  entryId: string;
  patientId: string;
  therapistId: string;
  clinicId: string;
  type: string;
  startsAt: string;
  endsAt: string;
  zoneId: string;
  heldUntil: string;
  status: 'HELD' | 'CONFIRMED' | 'DECLINED' | 'EXPIRED' | 'WITHDRAWN';
  appointmentId: string | null;
}

const WEEKDAYS: [string, string][] = [
  ['MONDAY', 'Mon'],
  ['TUESDAY', 'Tue'],
  ['WEDNESDAY', 'Wed'],
  ['THURSDAY', 'Thu'],
  ['FRIDAY', 'Fri'],
  ['SATURDAY', 'Sat'],
  ['SUNDAY', 'Sun'],
];

interface Board {
  offers: WaitlistOffer[];
  entries: WaitlistEntry[];
  names: Map<string, string>;
  /** the desk's reference with every clinic and therapist the board names, however many the practice has */
  reference: Reference;
}

async function loadBoard(reference: Reference): Promise<Board> {
  const [offers, waiting, offered] = await Promise.all([
    call<{ content: WaitlistOffer[] }>('/api/scheduling/waitlist/offers?size=50'),
    call<{ content: WaitlistEntry[] }>('/api/scheduling/waitlist/entries?status=WAITING&size=50'),
    call<{ content: WaitlistEntry[] }>('/api/scheduling/waitlist/entries?status=OFFERED&size=50'),
  ]);
  const entries = [...offered.content, ...waiting.content].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  const therapistIds = [...offers.content.map((o) => o.therapistId), ...entries.flatMap((e) => (e.therapistId ? [e.therapistId] : []))];
  const clinicIds = [...offers.content.map((o) => o.clinicId), ...entries.flatMap((e) => e.clinicIds)];
  const [names, named] = await Promise.all([
    patientNames([...offers.content.map((o) => o.patientId), ...entries.map((e) => e.patientId)]),
    withTherapists(reference, therapistIds).then((r) => withClinics(r, clinicIds)),
  ]);
  return { offers: offers.content, entries, names, reference: named };
}

/**
 * The front desk's waitlist: the offers holding a freed slot now (confirm books it, decline
 * passes it to the next patient), the patients waiting in the order they asked, and a form to
 * add the selected patient.
 */
export function Waitlist({ reference, patient, changes, onChanged }: {
  reference: Reference;
  patient: PatientSummary | null;
  changes: number;
  onChanged: () => void;
}) {
  const board = useAsync(() => loadBoard(reference), [changes, reference]);
  const named = board.data?.reference ?? reference;
  return (
    <div>
      <OpenOffers reference={named} board={board.data} loading={board.loading} error={board.error} onReload={board.reload} onChanged={onChanged} />
      <AddEntry reference={reference} patient={patient} onAdded={onChanged} />
      {board.data && <Waiting reference={named} board={board.data} onChanged={onChanged} />}
    </div>
  );
}

function OpenOffers({ reference, board, loading, error, onReload, onChanged }: {
  reference: Reference;
  board: Board | undefined;
  loading: boolean;
  error: unknown;
  onReload: () => void;
  onChanged: () => void;
}) {
  const [acting, setActing] = useState<{ id: string; busy: boolean; error?: unknown; done?: string } | null>(null);

  async function act(offer: WaitlistOffer, action: 'confirm' | 'decline') {
    setActing({ id: offer.id, busy: true });
    try {
      const answer = await call<WaitlistOffer>(`/api/scheduling/waitlist/offers/${offer.id}/${action}`, {
        method: 'POST',
        action: action === 'confirm' ? 'The confirmation' : 'Declining',
      });
      const who = board?.names.get(offer.patientId) ?? 'the patient';
      setActing({
        id: offer.id,
        busy: false,
        done: action === 'confirm' && answer.status === 'CONFIRMED'
          ? `Booked: ${typeName(reference, offer.type)} for ${who} on ${formatInZone(offer.startsAt, offer.zoneId)}`
          : `Declined for ${who}; the slot goes to the next waiting patient.`,
      });
      onChanged();
    } catch (error) {
      setActing({ id: offer.id, busy: false, error });
    }
  }

  return (
    <section class="panel" aria-labelledby="offers-h">
      <h2 id="offers-h">Open waitlist offers</h2>
      <p class="hint">
        A cancelled or moved visit is offered to the first waiting patient it suits and held for them for a short time. Call the
        patient, then confirm (books it) or decline (offers it to the next).{' '}
        <button type="button" onClick={onReload}>
          Refresh
        </button>
      </p>
      {acting?.done && (
        <p class="success" role="status" data-testid="offer-done">
          {acting.done}
        </p>
      )}
      {acting?.error !== undefined && <ErrorBox error={acting.error} />}
      {loading && !board && <Loading label="Loading the waitlist" />}
      {error !== undefined && !board && <ErrorBox error={error} onRetry={onReload} />}
      {board && board.offers.length === 0 && <p class="empty">No slot is held for a waiting patient right now.</p>}
      {board && board.offers.length > 0 && (
        <table class="table">
          <caption>Held slots, the first to lapse first, each in its clinic's local time</caption>
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Visit</th>
              <th scope="col">When (clinic time)</th>
              <th scope="col">Held until</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {board.offers.map((o) => (
              <tr key={o.id} data-testid="offer">
                <td>{board.names.get(o.patientId) ?? 'Unknown patient'}</td>
                <td>
                  {typeName(reference, o.type)} with {therapistName(reference, o.therapistId)} at {clinicName(reference, o.clinicId)}
                </td>
                <td>
                  {formatInZone(o.startsAt, o.zoneId)} <small>{zoneLabel(o.zoneId)}</small>
                </td>
                <td>{formatInZone(o.heldUntil, o.zoneId)}</td>
                <td>
                  <button type="button" class="primary" disabled={acting?.busy} onClick={() => act(o, 'confirm')}>
                    Confirm
                  </button>{' '}
                  <button type="button" disabled={acting?.busy} onClick={() => act(o, 'decline')}>
                    Decline
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface Form {
  type: string;
  fromDate: string;
  toDate: string;
  weekdays: string[];
  earliestTime: string;
  latestTime: string;
  state: string;
}

function AddEntry({ reference, patient, onAdded }: { reference: Reference; patient: PatientSummary | null; onAdded: () => void }) {
  // clinics and therapists are found by the server as one types; states are listed by name
  const states = byStateName(STATES, (s) => s);
  const [clinic, setClinic] = useState<Clinic | null>(null);
  const [therapist, setTherapist] = useState<Therapist | null>(null);
  const [form, setForm] = useState<Form>({
    type: reference.types.find((t) => t.code === 'FOLLOW_UP')?.code ?? reference.types[0]?.code ?? '',
    fromDate: isoDate(1),
    toDate: isoDate(14),
    weekdays: [],
    earliestTime: '07:00',
    latestTime: '18:00',
    state: '',
  });
  const [state, setState] = useState<{ busy: boolean; error?: unknown; added?: string }>({ busy: false });
  const set = (key: keyof Form) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const toggle = (day: string) => setForm({ ...form, weekdays: form.weekdays.includes(day) ? form.weekdays.filter((d) => d !== day) : [...form.weekdays, day] });

  async function submit(e: Event) {
    e.preventDefault();
    if (!patient) return;
    setState({ busy: true });
    try {
      await call('/api/scheduling/waitlist/entries', {
        method: 'POST',
        action: 'Adding to the waitlist',
        body: {
          patientId: patient.id,
          type: form.type,
          fromDate: form.fromDate,
          toDate: form.toDate,
          weekdays: form.weekdays,
          earliestTime: form.earliestTime,
          latestTime: form.latestTime,
          ...(clinic ? { clinicIds: [clinic.id] } : { state: form.state }),
          ...(therapist ? { therapistId: therapist.id } : {}),
        },
      });
      setState({ busy: false, added: `${patient.firstName} ${patient.lastName} waits for a ${typeName(reference, form.type)}.` });
      onAdded();
    } catch (error) {
      setState({ busy: false, error });
    }
  }

  return (
    <section class="panel" aria-labelledby="add-wait-h">
      <h2 id="add-wait-h">Add to the waitlist</h2>
      {!patient && <p class="hint">Find or register the patient on the left first.</p>}
      <form class="grid" onSubmit={submit} aria-label="Add to the waitlist">
        <label>
          Waits for
          <select value={form.type} onChange={set('type')}>
            {reference.types.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name} ({t.durationMinutes} min)
              </option>
            ))}
          </select>
        </label>
        <label>
          First day
          <input type="date" value={form.fromDate} onInput={set('fromDate')} required />
        </label>
        <label>
          Last day
          <input type="date" value={form.toDate} onInput={set('toDate')} required />
        </label>
        <label>
          Not before
          <input type="time" step={900} value={form.earliestTime} onInput={set('earliestTime')} required />
        </label>
        <label>
          Done by
          <input type="time" step={900} value={form.latestTime} onInput={set('latestTime')} required />
        </label>
        <fieldset class="choice">
          <legend>Days (none: any day)</legend>
          {WEEKDAYS.map(([day, label]) => (
            <label key={day}>
              <input type="checkbox" checked={form.weekdays.includes(day)} onChange={() => toggle(day)} /> {label}
            </label>
          ))}
        </fieldset>
        <ClinicPicker label="Waitlist clinic" value={clinic} onPick={setClinic} placeholder="Any clinic of the state (type a name or city)" />
        <label>
          Waitlist state
          <select value={form.state} onChange={set('state')} disabled={!!clinic} required={!clinic}>
            <option value="">Choose a state</option>
            {states.map((s) => (
              <option key={s} value={s}>
                {stateName(s)}
              </option>
            ))}
          </select>
        </label>
        <TherapistPicker label="With therapist" value={therapist} onPick={setTherapist} placeholder="Any therapist (type a name or NPI)" />
        <button class="primary" type="submit" disabled={!patient || state.busy}>
          Add to waitlist
        </button>
      </form>
      {state.added && (
        <p class="success" role="status" data-testid="waitlist-added">
          {state.added}
        </p>
      )}
      {state.error !== undefined && <ErrorBox error={state.error} />}
    </section>
  );
}

function Waiting({ reference, board, onChanged }: { reference: Reference; board: Board; onChanged: () => void }) {
  const [error, setError] = useState<unknown>(undefined);

  async function remove(entry: WaitlistEntry) {
    setError(undefined);
    try {
      await call(`/api/scheduling/waitlist/entries/${entry.id}`, { method: 'DELETE', action: 'Removing from the waitlist' });
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section class="panel" aria-labelledby="waiting-h">
      <h2 id="waiting-h">Waiting patients</h2>
      {error !== undefined && <ErrorBox error={error} />}
      {board.entries.length === 0 && <p class="empty">Nobody is waiting.</p>}
      {board.entries.length > 0 && (
        <table class="table">
          <caption>In the order they asked: a freed slot goes to the first it suits</caption>
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Waits for</th>
              <th scope="col">When</th>
              <th scope="col">Where</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span class="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {board.entries.map((e) => (
              <tr key={e.id} data-testid="waiting-entry">
                <td>{board.names.get(e.patientId) ?? 'Unknown patient'}</td>
                <td>
                  {typeName(reference, e.type)}
                  {e.therapistId ? ` with ${therapistName(reference, e.therapistId)}` : ''}
                </td>
                <td>
                  {e.fromDate} to {e.toDate}, {e.weekdays.length ? e.weekdays.map((d) => d.slice(0, 3).toLowerCase()).join(' ') : 'any day'},{' '}
                  {e.earliestTime.slice(0, 5)}–{e.latestTime.slice(0, 5)}
                </td>
                <td>{e.state ? `Any clinic in ${stateName(e.state)}` : e.clinicIds.map((id) => clinicName(reference, id)).join(', ')}</td>
                <td>{e.status === 'OFFERED' ? 'Slot held' : 'Waiting'}</td>
                <td>
                  <button type="button" onClick={() => remove(e)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
