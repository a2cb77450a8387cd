import { useState } from 'preact/hooks';
import { ApiError, call } from '../api';
import { BookingAttempts } from '../idempotency';
import { explainOccurrenceReason, type Reason } from '../problems';
import { isoDate, zoneLabel } from '../time';
import { ErrorBox, Loading } from '../ui';
import { ClinicPicker } from './clinic-lookup';
import { type Clinic, type PatientSummary, type Reference, type Therapist, therapistName } from './desk-types';
import { TherapistPicker } from './therapist-lookup';

const attempts = new BookingAttempts();

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export interface Occurrence {
  localStart: string;
  startsAt?: string;
  status: 'BOOKED' | 'REFUSED' | 'NOT_BOOKED';
  appointmentId?: string;
  therapistId?: string;
  reasons: Reason[];
  alternative?: { startsAt: string; localStart: string; therapistId: string };
}

interface Answer {
  id?: string;
  zoneId: string;
  occurrences: Occurrence[];
  /** all or nothing, one refused: nothing was booked */
  nothingBooked: boolean;
}

interface Form {
  type: string;
  weekdays: string[];
  startTime: string;
  firstDate: string;
  count: string;
  mode: 'BOOK_WHAT_CAN_BE_BOOKED' | 'ALL_OR_NOTHING';
}

/** A plan of care: the front desk books a series of visits in one go and sees each visit's outcome. */
export function SeriesBooking({ reference, patient, onChanged }: { reference: Reference; patient: PatientSummary | null; onChanged: () => void }) {
  // clinics and therapists are found by the server as one types: a practice has more than a list holds
  const [clinic, setClinic] = useState<Clinic | null>(null);
  const [therapist, setTherapist] = useState<Therapist | null>(null);
  const [form, setForm] = useState<Form>({
    type: reference.types.find((t) => t.code === 'FOLLOW_UP')?.code ?? reference.types[0]?.code ?? '',
    weekdays: ['TUESDAY', 'THURSDAY'],
    startTime: '07:30',
    firstDate: isoDate(1),
    count: '12',
    mode: 'BOOK_WHAT_CAN_BE_BOOKED',
  });
  const [state, setState] = useState<{ busy: boolean; answer?: Answer; error?: unknown }>({ busy: false });
  const set = (key: keyof Form) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const toggleDay = (day: string) => setForm({ ...form, weekdays: form.weekdays.includes(day) ? form.weekdays.filter((d) => d !== day) : [...form.weekdays, day] });

  async function submit(e: Event) {
    e.preventDefault();
    if (!patient || !clinic) return;
    const body = {
      patientId: patient.id,
      therapistId: therapist?.id,
      clinicId: clinic.id,
      type: form.type,
      weekdays: WEEKDAYS.filter((d) => form.weekdays.includes(d)),
      startTime: form.startTime,
      firstDate: form.firstDate,
      count: Number(form.count),
      mode: form.mode,
    };
    setState({ busy: true });
    try {
      const answer = await call<{ id: string; zoneId: string; occurrences: Occurrence[] }>('/api/scheduling/series', {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': attempts.keyFor(body) },
        action: 'Booking the series',
        timeoutMs: 60_000,
      });
      attempts.settle(body, 201);
      setState({ busy: false, answer: { ...answer, nothingBooked: false } });
      onChanged();
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      attempts.settle(body, status);
      const occurrences = error instanceof ApiError ? error.problem?.occurrences : undefined;
      if (status === 422 && Array.isArray(occurrences)) {
        const zoneId = clinic.zoneId;
        setState({ busy: false, error, answer: { zoneId, occurrences: occurrences as Occurrence[], nothingBooked: true } });
      } else {
        setState({ busy: false, error });
      }
    }
  }

  return (
    <div>
      <form class="panel grid" onSubmit={submit} aria-label="Book a series">
        <label>
          Visit type
          <select value={form.type} onChange={set('type')}>
            {reference.types.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name} ({t.durationMinutes} min)
              </option>
            ))}
          </select>
        </label>
        <ClinicPicker label="Clinic" value={clinic} onPick={setClinic} placeholder="Type a clinic's name or city" />
        <TherapistPicker label="Therapist" value={therapist} onPick={setTherapist} placeholder="Any eligible therapist (type a name or NPI)" />
        <fieldset class="choice weekdays">
          <legend>Weekdays</legend>
          {WEEKDAYS.map((d) => (
            <label key={d}>
              <input type="checkbox" checked={form.weekdays.includes(d)} onChange={() => toggleDay(d)} />
              {d.charAt(0) + d.slice(1, 3).toLowerCase()}
            </label>
          ))}
        </fieldset>
        <label>
          Start time (clinic time)
          <input type="time" step={900} value={form.startTime} onInput={set('startTime')} required />
        </label>
        <label>
          First date
          <input type="date" value={form.firstDate} onInput={set('firstDate')} required />
        </label>
        <label>
          Number of visits
          <input type="number" min={1} max={52} value={form.count} onInput={set('count')} required />
        </label>
        <label>
          If a visit cannot be booked
          <select value={form.mode} onChange={set('mode')}>
            <option value="BOOK_WHAT_CAN_BE_BOOKED">Book the others</option>
            <option value="ALL_OR_NOTHING">Book nothing</option>
          </select>
        </label>
        <button class="primary" type="submit" disabled={!patient || !clinic || state.busy || form.weekdays.length === 0} title={!patient ? 'Select a patient first' : !clinic ? 'Choose the clinic first' : undefined}>
          Book the series
        </button>
      </form>
      {!patient && <p class="hint">Find or register the patient on the left to book a series.</p>}
      {state.busy && <Loading label="Booking the series" />}
      {state.error !== undefined && <ErrorBox error={state.error} onRetry={(state.error as ApiError)?.explained?.retryable ? () => submit(new Event('submit')) : undefined} />}
      {state.answer && <Outcomes reference={reference} answer={state.answer} />}
    </div>
  );
}

function Outcomes({ reference, answer }: { reference: Reference; answer: Answer }) {
  const booked = answer.occurrences.filter((o) => o.status === 'BOOKED').length;
  const refused = answer.occurrences.filter((o) => o.status === 'REFUSED').length;
  return (
    <table class="table series-outcomes" aria-label="Visits of the series">
      <caption role="status">
        {answer.nothingBooked
          ? `Nothing was booked: ${refused} of ${answer.occurrences.length} visits cannot be booked.`
          : `${booked} of ${answer.occurrences.length} visits booked${refused ? `, ${refused} refused` : ''}.`}{' '}
        <small>Times in the clinic's local time ({zoneLabel(answer.zoneId)}).</small>
      </caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Outcome</th>
          <th scope="col">Why, and what to do</th>
          <th scope="col">Nearest free slot</th>
        </tr>
      </thead>
      <tbody>
        {answer.occurrences.map((o) => (
          <tr key={o.localStart} data-testid="series-visit" data-status={o.status}>
            <td>{localWords(o.localStart)}</td>
            <td>{o.status === 'BOOKED' ? 'Booked' : o.status === 'REFUSED' ? 'Refused' : 'Not booked (all or nothing)'}</td>
            <td>
              {o.reasons.length > 0 && (
                <ul class="reasons">
                  {o.reasons.map(explainOccurrenceReason).map((r) => (
                    <li key={r.code} data-code={r.code}>
                      <span class="reason-what">{r.what}</span> <span class="reason-todo">What to do: {r.todo}</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>{o.alternative ? `${localWords(o.alternative.localStart)} with ${therapistName(reference, o.alternative.therapistId)}` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Tue 3 Mar 2026, 07:30" from a clinic-local date-time. */
function localWords(local: string): string {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const words = day.toLocaleDateString('en-US', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${words}, ${time.slice(0, 5)}`;
}
