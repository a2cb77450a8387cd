import { useMemo, useState } from 'preact/hooks';
import { call } from '../api';
import { formatInZone, isoDate, zoneLabel } from '../time';
import { ErrorBox, Loading, useAsync } from '../ui';
import { clinicName, type PatientSummary, type Reference, therapistName, typeName } from './desk-types';
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
}

async function loadBoard(): Promise<Board> {
  const [offers, waiting, offered] = await Promise.all([
    call<{ content: WaitlistOffer[] }>('/api/scheduling/waitlist/offers?size=50'),
    call<{ content: WaitlistEntry[] }>('/api/scheduling/waitlist/entries?status=WAITING&size=50'),
    call<{ content: WaitlistEntry[] }>('/api/scheduling/waitlist/entries?status=OFFERED&size=50'),
  ]);
  const entries = [...offered.content, ...waiting.content].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  const names = await patientNames([...offers.content.map((o) => o.patientId), ...entries.map((e) => e.patientId)]);
  return { offers: offers.content, entries, names };
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
  const board = useAsync(loadBoard, [changes]);
  return (
    <div>
      <OpenOffers reference={reference} board={board.data} loading={board.loading} error={board.error} onReload={board.reload} onChanged={onChanged} />
      <AddEntry reference={reference} patient={patient} onAdded={onChanged} />
      {board.data && <Waiting reference={reference} board={board.data} onChanged={onChanged} />}
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
  clinicId: string;
  state: string;
  therapistId: string;
}

function AddEntry({ reference, patient, onAdded }: { reference: Reference; patient: PatientSummary | null; onAdded: () => void }) {
  const clinics = useMemo(() => [...reference.clinics.values()].sort((a, b) => a.name.localeCompare(b.name)), [reference]);
  const states = useMemo(() => [...new Set(clinics.map((c) => c.state))].sort(), [clinics]);
  const therapists = useMemo(() => [...reference.therapists.values()].filter((t) => t.active).sort((a, b) => a.lastName.localeCompare(b.lastName)), [reference]);
  const [form, setForm] = useState<Form>({
    type: reference.types.find((t) => t.code === 'FOLLOW_UP')?.code ?? reference.types[0]?.code ?? '',
    fromDate: isoDate(1),
    toDate: isoDate(14),
    weekdays: [],
    earliestTime: '07:00',
    latestTime: '18:00',
    clinicId: '',
    state: '',
    therapistId: '',
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
          ...(form.clinicId ? { clinicIds: [form.clinicId] } : { state: form.state }),
          ...(form.therapistId ? { therapistId: form.therapistId } : {}),
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
        <label>
          Waitlist clinic
          <select value={form.clinicId} onChange={set('clinicId')}>
            <option value="">Any clinic of the state</option>
            {clinics.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Waitlist state
          <select value={form.state} onChange={set('state')} disabled={!!form.clinicId} required={!form.clinicId}>
            <option value="">Choose a state</option>
            {states.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          With therapist
          <select value={form.therapistId} onChange={set('therapistId')}>
            <option value="">Any therapist</option>
            {therapists.map((t) => (
              <option key={t.id} value={t.id}>
                {t.lastName}, {t.firstName}
              </option>
            ))}
          </select>
        </label>
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
                <td>{e.state ? `Any clinic in ${e.state}` : e.clinicIds.map((id) => clinicName(reference, id)).join(', ')}</td>
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
