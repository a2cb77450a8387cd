import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, call, query } from '../api';
import { BookingAttempts } from '../idempotency';
import { formatInZone, isoDate, localDaysWindow, zoneLabel } from '../time';
import { ErrorBox, Loading, STATES, byStateName, stateName } from '../ui';
import { type Appointment, type Clinic, clinicName, type PatientSummary, type Reference, type Slot, type Therapist, therapistName, typeName } from './desk-types';
import { ClinicPicker } from './clinic-lookup';
import { TherapistPicker, therapistNames } from './therapist-lookup';

const attempts = new BookingAttempts();

const SLOT_BATCH = 60;

function slotKey(s: Slot): string {
  return `${s.therapistId}/${s.clinicId}/${s.startsAt}`;
}

/** The zones whose days the search covers: the clinic's, the state's clinics', or every clinic's. */
function zonesSearched(c: { clinicId: string; state: string }, clinics: Clinic[]): string[] {
  const chosen = clinics.filter((x) => (c.clinicId ? x.id === c.clinicId : !c.state || x.state === c.state));
  const zones = [...new Set(chosen.map((x) => x.zoneId))];
  return zones.length ? zones : ['America/New_York', 'Pacific/Honolulu'];
}


interface Criteria {
  type: string;
  state: string;
  clinicId: string;
  therapistId: string;
  from: string;
  to: string;
}

export function SlotSearch(props: {
  reference: Reference;
  patient: PatientSummary | null;
  moving: Appointment | null;
  onStopMoving: () => void;
  onChanged: () => void;
  wantedType?: { type: string } | null;
}) {
  // clinics picked or named by slots beyond the reference's first 200 are added to it
  const [extra, setExtra] = useState<Clinic[]>([]);
  const reference = useMemo(() => {
    const missing = extra.filter((c) => !props.reference.clinics.has(c.id));
    if (missing.length === 0) return props.reference;
    const clinics = new Map(props.reference.clinics);
    for (const c of missing) clinics.set(c.id, c);
    return { ...props.reference, clinics };
  }, [props.reference, extra]);
  return <SlotSearchWith {...props} reference={reference} addClinics={(found) => setExtra((e) => [...e, ...found])} />;
}

function SlotSearchWith({ reference, patient, moving, onStopMoving, onChanged, wantedType, addClinics }: {
  addClinics: (found: Clinic[]) => void;
  reference: Reference;
  patient: PatientSummary | null;
  moving: Appointment | null;
  onStopMoving: () => void;
  onChanged: () => void;
  /** a visit type another panel asks for (a new object each time it asks) */
  wantedType?: { type: string } | null;
}) {
  const defaultType = reference.types.find((t) => t.code === 'DRY_NEEDLING')?.code ?? reference.types[0]?.code ?? '';
  const [criteria, setCriteria] = useState<Criteria>({ type: defaultType, state: '', clinicId: '', therapistId: '', from: isoDate(1), to: isoDate(14) });
  const [slots, setSlots] = useState<{ list?: Slot[]; names?: Map<string, string>; error?: unknown; loading: boolean; window?: { from: string; to: string }; more?: boolean } | null>(null);
  const [therapist, setTherapist] = useState<Therapist | null>(null);
  const [clinic, setClinic] = useState<Clinic | null>(null);
  const [chosen, setChosen] = useState<Slot | null>(null);
  const clinics = useMemo(() => [...reference.clinics.values()].sort((a, b) => a.name.localeCompare(b.name)), [reference]);
  // every state by name, not only those of the desk's first 200 clinics
  const states = useMemo(() => byStateName(STATES, (s) => s), []);
  const effective: Criteria = moving ? { ...criteria, type: moving.type, clinicId: moving.clinicId, state: '' } : criteria;
  const typeSelect = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!wantedType) return;
    setCriteria((c) => ({ ...c, type: wantedType.type }));
    typeSelect.current?.scrollIntoView?.({ block: 'nearest' });
    typeSelect.current?.focus();
  }, [wantedType]);
  const set = (key: keyof Criteria) => (e: Event) => setCriteria({ ...criteria, [key]: (e.currentTarget as HTMLInputElement).value });

  async function search(e?: Event) {
    e?.preventDefault();
    setChosen(null);
    let window;
    try {
      window = localDaysWindow(effective.from, effective.to, zonesSearched(effective, clinics));
    } catch (error) {
      setSlots({ error, loading: false });
      return;
    }
    await fetchSlots(window, []);
  }

  /** One batch of slots from {@code window.from}; days are the clinic's own, so slots outside them are dropped. */
  async function fetchSlots(window: { from: string; to: string }, before: Slot[]) {
    setSlots({ list: before.length ? before : undefined, names: slots?.names, loading: true, window });
    const params = { type: effective.type, ...window, clinicId: effective.clinicId, state: effective.state, therapistId: effective.therapistId, limit: SLOT_BATCH };
    try {
      const batch = await call<Slot[]>(`/api/scheduling/availability${query(params)}`, { action: 'The search' });
      const seen = new Set(before.map(slotKey));
      const fresh = batch.filter((x) => !seen.has(slotKey(x)));
      const inDays = fresh.filter((x) => x.localStart.slice(0, 10) >= effective.from && x.localStart.slice(0, 10) <= effective.to);
      const list = [...before, ...inDays];
      const missing = list.map((x) => x.therapistId).filter((id) => !reference.therapists.has(id));
      const names = missing.length ? await therapistNames(missing) : new Map<string, string>();
      const unknownClinics = [...new Set(list.map((x) => x.clinicId).filter((id) => !reference.clinics.has(id)))];
      if (unknownClinics.length) addClinics(await Promise.all(unknownClinics.map((id) => call<Clinic>(`/api/scheduling/clinics/${id}`))));
      // a full batch may have more behind it: the next one starts at the last start seen
      const more = batch.length >= SLOT_BATCH && fresh.length > 0;
      setSlots({ list, names, loading: false, window, more });
    } catch (error) {
      setSlots({ list: before.length ? before : undefined, error, loading: false, window });
    }
  }

  const nameOf = (id: string) => (reference.therapists.has(id) ? therapistName(reference, id) : (slots?.names?.get(id) ?? 'Therapist'));

  return (
    <div>
      {moving && (
        <div class="banner info" role="status">
          Choose a new time for the {typeName(reference, moving.type)} on {formatInZone(moving.startsAt, moving.zoneId)} at{' '}
          {clinicName(reference, moving.clinicId)}.{' '}
          <button type="button" onClick={onStopMoving}>
            Stop rescheduling
          </button>
        </div>
      )}
      <form class="panel grid" onSubmit={search} aria-label="Find free slots">
        <label>
          Visit type
          <select ref={typeSelect} value={effective.type} onChange={set('type')} disabled={!!moving}>
            {reference.types.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name} ({t.durationMinutes} min)
              </option>
            ))}
          </select>
        </label>
        <label>
          State
          <select
            value={effective.state}
            onChange={(e) => {
              const state = e.currentTarget.value;
              const keep = clinic && (!state || clinic.state === state);
              if (!keep) setClinic(null);
              setCriteria({ ...criteria, state, clinicId: keep ? criteria.clinicId : '' });
            }}
            disabled={!!moving}
          >
            <option value="">Any state</option>
            {states.map((s) => (
              <option key={s} value={s}>
                {stateName(s)}
              </option>
            ))}
          </select>
        </label>
        <ClinicPicker
          label="Clinic"
          state={effective.state || undefined}
          value={moving ? (reference.clinics.get(moving.clinicId) ?? null) : clinic}
          disabled={!!moving}
          onPick={(c) => {
            setClinic(c);
            if (c) addClinics([c]);
            setCriteria({ ...criteria, clinicId: c?.id ?? '' });
          }}
        />
        <TherapistPicker
          label="Therapist"
          placeholder="Any (type a name)"
          value={therapist}
          onPick={(t) => {
            setTherapist(t);
            setCriteria({ ...criteria, therapistId: t?.id ?? '' });
          }}
        />
        <label>
          From
          <input type="date" value={effective.from} onInput={set('from')} required />
        </label>
        <label>
          To
          <input type="date" value={effective.to} onInput={set('to')} required />
        </label>
        <button class="primary" type="submit">
          Find free slots
        </button>
      </form>
      {slots?.loading && <Loading label="Finding free slots" />}
      {slots?.error !== undefined && <ErrorBox error={slots.error} onRetry={() => search()} />}
      {slots?.list && slots.list.length === 0 && <p class="panel empty">No free slots match. Widen the dates or drop a filter.</p>}
      {chosen && (
        <Confirm
          reference={reference}
          therapistLabel={nameOf(chosen.therapistId)}
          slot={chosen}
          type={effective.type}
          patient={patient}
          moving={moving}
          onDone={(ok) => {
            if (ok) {
              setSlots((s) => (s?.list ? { ...s, list: s.list.filter((x) => x !== chosen) } : s));
              onChanged();
              if (moving) onStopMoving();
            }
          }}
          onClose={() => setChosen(null)}
          onBookEvaluation={() => {
            setChosen(null);
            setSlots(null);
            setCriteria((c) => ({ ...c, type: 'INITIAL_EVALUATION' }));
            typeSelect.current?.scrollIntoView?.({ block: 'nearest' });
            typeSelect.current?.focus();
          }}
        />
      )}
      {slots?.list && slots.list.length > 0 && (
        <table class="table slots">
          <caption>
            {slots.list.length} free slot{slots.list.length === 1 ? '' : 's'}
            {slots.more ? ' so far' : ''}, soonest first, each in its clinic's local time; days are each clinic's own
          </caption>
          <thead>
            <tr>
              <th scope="col">When (clinic time)</th>
              <th scope="col">Clinic</th>
              <th scope="col">Therapist</th>
              <th scope="col">
                <span class="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {slots.list.map((s) => (
              <tr key={`${s.therapistId}${s.startsAt}`} data-testid="slot">
                <td>
                  {formatInZone(s.startsAt, s.zoneId)} <small>{zoneLabel(s.zoneId)}</small>
                </td>
                <td>{clinicName(reference, s.clinicId)}</td>
                <td>{nameOf(s.therapistId)}</td>
                <td>
                  <button type="button" onClick={() => setChosen(s)} disabled={!patient && !moving} title={!patient && !moving ? 'Select a patient first' : undefined}>
                    {moving ? 'Move here' : 'Book'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {slots?.more && slots.list && slots.window && !slots.loading && (
        <button type="button" data-testid="more-slots" onClick={() => fetchSlots({ from: slots.list![slots.list!.length - 1].startsAt, to: slots.window!.to }, slots.list!)}>
          More slots
        </button>
      )}
      {!patient && !moving && slots?.list && slots.list.length > 0 && <p class="hint">Find or register the patient on the left to book a slot.</p>}
    </div>
  );
}

/** The reason codes of a refused booking. */
function reasonCodes(error: unknown): string[] {
  const reasons = error instanceof ApiError ? (error.problem as { reasons?: { code: string }[] } | null)?.reasons : undefined;
  return Array.isArray(reasons) ? reasons.map((r) => r.code) : [];
}

function Confirm({ reference, therapistLabel, slot, type, patient, moving, onDone, onClose, onBookEvaluation }: {
  /** the refusal's fix for a missing initial evaluation: the search turns to evaluations */
  onBookEvaluation?: () => void;
  reference: Reference;
  therapistLabel: string;
  slot: Slot;
  type: string;
  patient: PatientSummary | null;
  moving: Appointment | null;
  onDone: (ok: boolean) => void;
  onClose: () => void;
}) {
  // `moved` remembers what the answer was for: the desk leaves moving mode once it is done
  const [state, setState] = useState<{ busy: boolean; error?: unknown; done?: Appointment; moved?: boolean }>({ busy: false });
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), [slot]);
  const booking = moving
    ? { move: moving.id, startsAt: slot.startsAt, therapistId: slot.therapistId }
    : { patientId: patient!.id, therapistId: slot.therapistId, clinicId: slot.clinicId, type, startsAt: slot.startsAt };

  async function submit() {
    setState({ busy: true });
    try {
      const done = moving
        ? await call<Appointment>(`/api/scheduling/appointments/${moving.id}/reschedule`, {
            method: 'POST',
            body: { startsAt: slot.startsAt, therapistId: slot.therapistId },
            headers: { 'Idempotency-Key': attempts.keyFor(booking) },
            action: 'Rescheduling',
          })
        : await call<Appointment>('/api/scheduling/appointments', {
            method: 'POST',
            body: booking,
            headers: { 'Idempotency-Key': attempts.keyFor(booking) },
            action: 'The booking',
          });
      attempts.settle(booking, 201);
      setState({ busy: false, done, moved: !!moving });
      onDone(true);
    } catch (error) {
      attempts.settle(booking, error instanceof ApiError ? error.status : 0);
      setState({ busy: false, error });
      onDone(false);
    }
  }

  const what = `${typeName(reference, type)} with ${therapistLabel} at ${clinicName(reference, slot.clinicId)}, ${formatInZone(slot.startsAt, slot.zoneId)}`;
  return (
    <section class="panel confirm" aria-label={moving ? 'Confirm the new time' : 'Confirm the booking'}>
      {state.done ? (
        <div class="success" role="status" data-testid="booked">
          <strong>{state.moved ? 'Rescheduled' : 'Booked'}:</strong> {what} <small>({zoneLabel(slot.zoneId)})</small>
          {patient && !state.moved ? ` for ${patient.firstName} ${patient.lastName}` : ''}.{' '}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      ) : (
        <>
          <p>
            {moving ? 'Move the visit to: ' : `Book for ${patient!.firstName} ${patient!.lastName}: `}
            <b>{what}</b> <small>({zoneLabel(slot.zoneId)})</small>
          </p>
          {state.error !== undefined && <ErrorBox error={state.error} onRetry={submit} />}
          <div class="actions">
            {!moving && onBookEvaluation && reasonCodes(state.error).includes('NO_PRIOR_EVALUATION') && (
              <button class="primary" type="button" onClick={onBookEvaluation}>
                Book an initial evaluation
              </button>
            )}
            {state.error === undefined && (
              <button class="primary" type="button" onClick={submit} disabled={state.busy} ref={confirmButton}>
                {state.busy ? 'Booking…' : moving ? 'Confirm new time' : 'Confirm booking'}
              </button>
            )}
            <button type="button" onClick={onClose} disabled={state.busy}>
              {state.error === undefined ? 'Back' : 'Choose another slot'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
