// The practice administrator's screens: clinics (open, change at a version, close and
// reopen), who works where and when (weekly hours in the clinic's own time), time off with
// the booked visits it would collide with, and a clinic's week across its therapists.
import { useRef, useState } from 'preact/hooks';
import { call, query } from '../api';
import { onTabKeys } from '../tabs';
import { addDays, formatInZone, instantInZone, timeInZone, todayInZone, US_ZONES, zoneLabel } from '../time';
import { ErrorBox, Loading, STATES, humanize, useAsync, useSubmit } from '../ui';
import type { Appointment, Therapist } from './desk-types';
import { patientNames } from './patient-names';
import { TherapistPicker, showing, therapistNames } from './therapist-lookup';

export interface ClinicRecord {
  id: string;
  name: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  zoneId: string;
  latitude: number;
  longitude: number;
  active: boolean;
  version: number;
}

interface ClinicPage {
  content: ClinicRecord[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

interface Hours {
  dayOfWeek: string;
  startTime: string;
  endTime: string;
}

interface Assignment {
  id: string;
  therapistId: string;
  clinicId: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  hours: Hours[];
}

const PAGE = 20;
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

type Tab = 'details' | 'hours' | 'time-off' | 'week';
const TABS: [Tab, string][] = [
  ['details', 'Details'],
  ['hours', 'Therapists and hours'],
  ['time-off', 'Time off'],
  ['week', 'Week'],
];

export function Practice() {
  const [state, setState] = useState('');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [changes, setChanges] = useState(0);
  const [current, setCurrent] = useState<ClinicRecord | null>(null);
  const [creating, setCreating] = useState(false);
  const clinics = useAsync(() => call<ClinicPage>(`/api/scheduling/clinics${query({ state, q: search.trim(), page, size: PAGE })}`), [state, search, page, changes]);
  return (
    <div class="split practice">
      <section class="panel" aria-labelledby="clinics-h">
        <h1 id="clinics-h">Clinics</h1>
        <form
          class="row"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(text);
            setPage(0);
          }}
        >
          <label>
            Name or city
            <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <label>
            State
            <select
              value={state}
              onChange={(e) => {
                setState(e.currentTarget.value);
                setPage(0);
              }}
            >
              <option value="">Every state</option>
              {STATES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <button type="submit">Search</button>
          <button
            type="button"
            class="primary"
            onClick={() => {
              setCreating(true);
              setCurrent(null);
            }}
          >
            Open a new clinic…
          </button>
        </form>
        {clinics.loading && <Loading label="Loading clinics" />}
        {clinics.error !== undefined && <ErrorBox error={clinics.error} onRetry={clinics.reload} />}
        {clinics.data && (
          <>
            <table class="table">
              <caption data-testid="clinic-count">{showing(clinics.data)}</caption>
              <thead>
                <tr>
                  <th scope="col">Clinic</th>
                  <th scope="col">Where</th>
                  <th scope="col">Takes bookings</th>
                </tr>
              </thead>
              <tbody>
                {clinics.data.content.map((c) => (
                  <tr key={c.id} aria-selected={c.id === current?.id} data-testid="clinic-row">
                    <td>
                      <button
                        type="button"
                        class="link"
                        onClick={() => {
                          setCurrent(c);
                          setCreating(false);
                        }}
                      >
                        {c.name}
                      </button>
                    </td>
                    <td>
                      {c.city}, {c.state}
                    </td>
                    <td>{c.active ? 'Yes' : <b>Closed</b>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager page={clinics.data} onPage={setPage} />
          </>
        )}
      </section>
      <div>
        {creating && (
          <ClinicForm
            clinic={null}
            onDone={(saved) => {
              setCreating(false);
              if (saved) {
                setCurrent(saved);
                setChanges((n) => n + 1);
              }
            }}
          />
        )}
        {current && (
          <ClinicDetail
            key={current.id}
            clinic={current}
            onChanged={(saved) => {
              setCurrent(saved);
              setChanges((n) => n + 1);
            }}
          />
        )}
        {!creating && !current && <p class="panel empty">Choose a clinic, or open a new one.</p>}
      </div>
    </div>
  );
}

export function Pager({ page, onPage }: { page: { page: number; totalPages: number }; onPage: (n: number) => void }) {
  if (page.totalPages <= 1) return null;
  return (
    <div class="actions" role="group" aria-label="Pages">
      <button type="button" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
        Previous page
      </button>
      <span class="hint">
        Page {page.page + 1} of {page.totalPages}
      </span>
      <button type="button" disabled={page.page + 1 >= page.totalPages} onClick={() => onPage(page.page + 1)}>
        Next page
      </button>
    </div>
  );
}

function ClinicDetail({ clinic, onChanged }: { clinic: ClinicRecord; onChanged: (saved: ClinicRecord) => void }) {
  const [tab, setTab] = useState<Tab>('details');
  return (
    <section class="panel" aria-labelledby="clinic-h" data-testid="clinic-detail">
      <h2 id="clinic-h">
        {clinic.name} {!clinic.active && <small>(closed: takes no bookings)</small>}
      </h2>
      <p class="hint">
        {clinic.addressLine1}
        {clinic.addressLine2 ? `, ${clinic.addressLine2}` : ''}, {clinic.city}, {clinic.state} {clinic.postalCode} · {clinic.phone} · times in {zoneLabel(clinic.zoneId)}
      </p>
      <div role="tablist" aria-label={`${clinic.name}`} class="tabs" onKeyDown={onTabKeys}>
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`clinic-tab-${id}`} aria-selected={tab === id} aria-controls={`clinic-panel-${id}`} tabIndex={tab === id ? 0 : -1} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`clinic-panel-${tab}`} aria-labelledby={`clinic-tab-${tab}`}>
        {tab === 'details' && <ClinicForm clinic={clinic} onDone={(saved) => saved && onChanged(saved)} />}
        {tab === 'hours' && <Assignments clinic={clinic} />}
        {tab === 'time-off' && <TimeOff clinic={clinic} />}
        {tab === 'week' && <Week clinic={clinic} />}
      </div>
    </section>
  );
}

type ClinicFields = Omit<ClinicRecord, 'id' | 'version' | 'latitude' | 'longitude' | 'addressLine2'> & { addressLine2: string; latitude: string; longitude: string };

function ClinicForm({ clinic, onDone }: { clinic: ClinicRecord | null; onDone: (saved: ClinicRecord | null) => void }) {
  const [form, setForm] = useState<ClinicFields>(
    clinic
      ? { ...clinic, addressLine2: clinic.addressLine2 ?? '', latitude: String(clinic.latitude), longitude: String(clinic.longitude) }
      : { name: '', addressLine1: '', addressLine2: '', city: '', state: 'UT', postalCode: '', phone: '', zoneId: 'America/Denver', latitude: '', longitude: '', active: true },
  );
  const [saved, setSaved] = useState<string | null>(null);
  const [submission, send] = useSubmit(() => {});
  const field = (key: keyof ClinicFields) => ({
    value: String(form[key]),
    onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }),
  });
  const body = (active: boolean) => ({
    ...form,
    addressLine2: form.addressLine2 || null,
    latitude: form.latitude === '' ? null : Number(form.latitude),
    longitude: form.longitude === '' ? null : Number(form.longitude),
    active,
    ...(clinic ? { version: clinic.version } : {}),
  });
  const save = (e: Event, active: boolean, words: string) =>
    send(e, async () => {
      setSaved(null);
      const result = clinic
        ? await call<ClinicRecord>(`/api/scheduling/clinics/${clinic.id}`, { method: 'PUT', body: body(active), action: 'Saving the clinic' })
        : await call<ClinicRecord>('/api/scheduling/clinics', { method: 'POST', body: body(active), action: 'Opening the clinic' });
      setSaved(words);
      onDone(result);
    });
  return (
    <form class="stack" aria-label={clinic ? 'Change the clinic' : 'Open a new clinic'} onSubmit={(e) => save(e, clinic ? clinic.active : true, clinic ? 'Saved.' : 'Clinic opened.')}>
      {!clinic && <h2>Open a new clinic</h2>}
      <div class="grid">
        <label>
          Name
          <input required maxLength={200} {...field('name')} />
        </label>
        <label>
          Street address
          <input required maxLength={200} {...field('addressLine1')} />
        </label>
        <label>
          Suite or floor (optional)
          <input maxLength={200} {...field('addressLine2')} />
        </label>
        <label>
          City
          <input required maxLength={100} {...field('city')} />
        </label>
        <label>
          State
          <select {...field('state')} onChange={field('state').onInput}>
            {STATES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          ZIP code
          <input required pattern="[0-9]{5}(-[0-9]{4})?" title="Five digits, or ZIP+4 such as 84101-1234" {...field('postalCode')} />
        </label>
        <label>
          Phone
          <input required type="tel" {...field('phone')} />
        </label>
        <label>
          Time zone
          <select {...field('zoneId')} onChange={field('zoneId').onInput}>
            {(US_ZONES.includes(form.zoneId) ? US_ZONES : [form.zoneId, ...US_ZONES]).map((z) => (
              <option key={z} value={z}>
                {zoneLabel(z)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Latitude (degrees north)
          <input required type="number" step="any" min={-90} max={90} {...field('latitude')} />
        </label>
        <label>
          Longitude (degrees east; negative in the US)
          <input required type="number" step="any" min={-180} max={180} {...field('longitude')} />
        </label>
      </div>
      {clinic && <p class="hint">State and time zone cannot change while visits lie ahead at the clinic.</p>}
      {submission.error !== undefined && <ErrorBox error={submission.error} />}
      {saved && !submission.busy && submission.error === undefined && (
        <p class="success" role="status">
          {saved}
        </p>
      )}
      <div class="actions">
        <button class="primary" type="submit" disabled={submission.busy}>
          {clinic ? 'Save changes' : 'Open clinic'}
        </button>
        {clinic &&
          (clinic.active ? (
            <button type="button" disabled={submission.busy} onClick={(e) => save(e, false, 'Clinic closed: it takes no new bookings. Visits already booked stay; move or cancel them at the front desk.')}>
              Close the clinic
            </button>
          ) : (
            <button type="button" disabled={submission.busy} onClick={(e) => save(e, true, 'Clinic reopened: it takes bookings again.')}>
              Reopen the clinic
            </button>
          ))}
        {!clinic && (
          <button type="button" onClick={() => onDone(null)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function Assignments({ clinic }: { clinic: ClinicRecord }) {
  const [changes, setChanges] = useState(0);
  const [adding, setAdding] = useState(false);
  const list = useAsync(async () => {
    const assignments = await call<Assignment[]>(`/api/scheduling/clinics/${clinic.id}/assignments`);
    return { assignments, names: await therapistNames(assignments.map((a) => a.therapistId)) };
  }, [clinic.id, changes]);
  return (
    <div>
      <p class="hint">Weekly hours are in the clinic's own time: {zoneLabel(clinic.zoneId)}.</p>
      {list.loading && <Loading label="Loading who works here" />}
      {list.error !== undefined && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.data && list.data.assignments.length === 0 && <p class="empty">Nobody works here yet.</p>}
      {list.data && list.data.assignments.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Therapist</th>
              <th scope="col">From</th>
              <th scope="col">Weekly hours</th>
            </tr>
          </thead>
          <tbody>
            {list.data.assignments.map((a) => (
              <tr key={a.id} data-testid="assignment">
                <td>{list.data!.names.get(a.therapistId)}</td>
                <td class="nowrap">
                  {a.effectiveFrom}
                  {a.effectiveUntil ? ` to ${a.effectiveUntil}` : ''}
                </td>
                <td>
                  <ul class="plain">
                    {[...a.hours]
                      .sort((x, y) => DAYS.indexOf(x.dayOfWeek) - DAYS.indexOf(y.dayOfWeek) || x.startTime.localeCompare(y.startTime))
                      .map((h) => (
                        <li key={`${h.dayOfWeek}${h.startTime}`}>
                          {humanize(h.dayOfWeek)} {h.startTime.slice(0, 5)}–{h.endTime.slice(0, 5)}
                        </li>
                      ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!adding ? (
        <button type="button" onClick={() => setAdding(true)}>
          Assign a therapist…
        </button>
      ) : (
        <AssignForm
          clinic={clinic}
          onDone={(ok) => {
            setAdding(false);
            if (ok) setChanges((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}

function AssignForm({ clinic, onDone }: { clinic: ClinicRecord; onDone: (ok: boolean) => void }) {
  const [therapist, setTherapist] = useState<Therapist | null>(null);
  const [from, setFrom] = useState(todayInZone(clinic.zoneId));
  const [until, setUntil] = useState('');
  const [hours, setHours] = useState<Hours[]>(DAYS.slice(0, 5).map((d) => ({ dayOfWeek: d, startTime: '08:00', endTime: '17:00' })));
  const [picked, setPicked] = useState<Set<string>>(new Set(DAYS.slice(0, 5)));
  const [problem, setProblem] = useState<string | null>(null);
  const [submission, send] = useSubmit(onDone);
  const setDay = (day: string, key: 'startTime' | 'endTime', value: string) => {
    const others = hours.filter((h) => h.dayOfWeek !== day);
    const mine = hours.find((h) => h.dayOfWeek === day) ?? { dayOfWeek: day, startTime: '08:00', endTime: '17:00' };
    setHours([...others, { ...mine, [key]: value }]);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (!therapist) {
      setProblem('Choose the therapist from the matches first.');
      return;
    }
    const chosen = DAYS.filter((d) => picked.has(d)).map((d) => hours.find((h) => h.dayOfWeek === d) ?? { dayOfWeek: d, startTime: '08:00', endTime: '17:00' });
    if (chosen.length === 0) {
      setProblem('Tick at least one day.');
      return;
    }
    setProblem(null);
    return send(e, () =>
      call(`/api/scheduling/clinics/${clinic.id}/assignments`, {
        method: 'POST',
        body: { therapistId: therapist.id, effectiveFrom: from, effectiveUntil: until || null, hours: chosen },
        action: 'Assigning the therapist',
      }),
    );
  };
  return (
    <form class="panel stack" aria-label="Assign a therapist" onSubmit={submit}>
      <TherapistPicker label="Therapist" value={therapist} onPick={setTherapist} />
      <div class="row">
        <label>
          First day
          <input type="date" required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          Last day (optional)
          <input type="date" value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
        </label>
      </div>
      <fieldset>
        <legend>Weekly hours, {zoneLabel(clinic.zoneId)} (quarter hours)</legend>
        <table class="table">
          <tbody>
            {DAYS.map((d) => {
              const h = hours.find((x) => x.dayOfWeek === d) ?? { startTime: '08:00', endTime: '17:00' };
              const on = picked.has(d);
              return (
                <tr key={d}>
                  <th scope="row">
                    <label class="inline">
                      <input
                        type="checkbox"
                        checked={on}
                        onChange={(e) => {
                          const next = new Set(picked);
                          if (e.currentTarget.checked) next.add(d);
                          else next.delete(d);
                          setPicked(next);
                        }}
                      />{' '}
                      {humanize(d)}
                    </label>
                  </th>
                  <td>
                    <input type="time" step={900} aria-label={`${humanize(d)} start`} disabled={!on} value={h.startTime} onInput={(e) => setDay(d, 'startTime', e.currentTarget.value)} />
                  </td>
                  <td>
                    <input type="time" step={900} aria-label={`${humanize(d)} end`} disabled={!on} value={h.endTime} onInput={(e) => setDay(d, 'endTime', e.currentTarget.value)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {submission.error !== undefined && <ErrorBox error={submission.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={submission.busy}>
          Assign
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TimeOff({ clinic }: { clinic: ClinicRecord }) {
  const [therapist, setTherapist] = useState<Therapist | null>(null);
  const today = todayInZone(clinic.zoneId);
  const [form, setForm] = useState({ fromDay: addDays(today, 1), fromTime: '00:00', toDay: addDays(today, 2), toTime: '00:00', reason: '' });
  const [recorded, setRecorded] = useState<string | null>(null);
  const field = (key: keyof typeof form) => ({ value: form[key], onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }) });
  let window: { startsAt: Date; endsAt: Date } | null = null;
  try {
    const startsAt = instantInZone(form.fromDay, form.fromTime, clinic.zoneId);
    const endsAt = instantInZone(form.toDay, form.toTime, clinic.zoneId);
    if (!Number.isNaN(startsAt.getTime()) && !Number.isNaN(endsAt.getTime()) && endsAt > startsAt) window = { startsAt, endsAt };
  } catch {
    window = null;
  }
  const key = window ? `${window.startsAt.toISOString()}/${window.endsAt.toISOString()}` : '';
  const collisions = useAsync(async () => {
    if (!therapist || !window) return null;
    const visits = await call<Appointment[]>(`/api/scheduling/therapists/${therapist.id}/schedule${query({ from: window.startsAt.toISOString(), to: window.endsAt.toISOString() })}`);
    const live = visits.filter((v) => v.status === 'BOOKED' || v.status === 'CHECKED_IN');
    return { live, names: await patientNames(live.map((v) => v.patientId)) };
  }, [therapist?.id, key, recorded]);
  const [submission, send] = useSubmit(() => {});
  const submit = (e: Event) =>
    send(e, async () => {
      if (!therapist) throw new Error('Choose the therapist from the matches first.');
      if (!window) throw new Error('The time off must end after it starts.');
      await call(`/api/scheduling/therapists/${therapist.id}/time-off`, {
        method: 'POST',
        body: { startsAt: window.startsAt.toISOString(), endsAt: window.endsAt.toISOString(), reason: form.reason || null },
        action: 'Recording the time off',
      });
      setRecorded(`Time off recorded for ${therapist.firstName} ${therapist.lastName}: no new visits will be offered then.`);
    });
  return (
    <div class="stack">
    <form class="stack" aria-label="Record time off" onSubmit={submit}>
      <p class="hint">Days and times in {zoneLabel(clinic.zoneId)}. Time off applies at every clinic the therapist works at.</p>
      <TherapistPicker label="Therapist off" value={therapist} onPick={setTherapist} />
      <div class="row">
        <label>
          From day
          <input type="date" required {...field('fromDay')} />
        </label>
        <label>
          time
          <input type="time" required {...field('fromTime')} />
        </label>
        <label>
          Back on day
          <input type="date" required {...field('toDay')} />
        </label>
        <label>
          time
          <input type="time" required {...field('toTime')} />
        </label>
        <label>
          Note (optional, no patient details)
          <input maxLength={500} {...field('reason')} />
        </label>
      </div>
      {collisions.loading && therapist && <Loading label="Looking for visits booked then" />}
      {collisions.error !== undefined && <ErrorBox error={collisions.error} onRetry={collisions.reload} />}
      {collisions.data && collisions.data.live.length === 0 && <p class="hint">No visits are booked with this therapist then.</p>}
      {collisions.data && collisions.data.live.length > 0 && (
        <div class="banner info" role="status" data-testid="time-off-collisions">
          <b>
            {collisions.data.live.length} booked {collisions.data.live.length === 1 ? 'visit falls' : 'visits fall'} in this time off.
          </b>{' '}
          Recording it does not move or cancel them: after recording, ask the front desk to reschedule each one (Front desk → the patient → Reschedule) or
          cancel it and tell the patient.
          <ul class="plain">
            {collisions.data.live.map((v) => (
              <li key={v.id}>
                {formatInZone(v.startsAt, v.zoneId)} · {collisions.data!.names.get(v.patientId)} · {humanize(v.status)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {submission.error !== undefined && <ErrorBox error={submission.error} />}
      {recorded && <p class="success" role="status">{recorded}</p>}
      <div class="actions">
        <button class="primary" type="submit" disabled={submission.busy}>
          Record time off
        </button>
      </div>
    </form>
    {therapist && <UpcomingTimeOff key={therapist.id} clinic={clinic} therapist={therapist} changes={recorded} onRemoved={() => setRecorded(null)} />}
    </div>
  );
}

interface TimeOffRecord {
  id: string;
  therapistId: string;
  startsAt: string;
  endsAt: string;
  reason: string | null;
}

/** The therapist's time off that has not ended, in the clinic's zone, each removable after a confirmation. */
function UpcomingTimeOff({ clinic, therapist, changes, onRemoved }: { clinic: ClinicRecord; therapist: Therapist; changes: string | null; onRemoved: () => void }) {
  const [removals, setRemovals] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const list = useAsync(() => call<TimeOffRecord[]>(`/api/scheduling/therapists/${therapist.id}/time-off`), [therapist.id, changes, removals]);
  const [removal, send] = useSubmit(() => {});
  const heading = useRef<HTMLHeadingElement>(null);
  const who = `${therapist.firstName} ${therapist.lastName}`;
  const when = (off: TimeOffRecord) => `${formatInZone(off.startsAt, clinic.zoneId)} to ${formatInZone(off.endsAt, clinic.zoneId)}`;
  const remove = (e: Event, off: TimeOffRecord) =>
    send(e, async () => {
      await call(`/api/scheduling/therapists/${therapist.id}/time-off/${off.id}`, { method: 'DELETE', action: 'Removing the time off' });
      setConfirming(null);
      setRemoved(`Removed ${who}'s time off ${when(off)}: those hours are offered again where ${therapist.firstName} works.`);
      setRemovals((n) => n + 1);
      onRemoved();
      heading.current?.focus();
    });
  return (
    <section aria-labelledby="upcoming-off-h" data-testid="upcoming-time-off">
      <h3 id="upcoming-off-h" tabIndex={-1} ref={heading}>
        {who}'s upcoming time off
      </h3>
      <p class="hint">In {zoneLabel(clinic.zoneId)}; time off that is over is not listed.</p>
      {removed && (
        <p class="success" role="status">
          {removed}
        </p>
      )}
      {list.loading && !list.data && <Loading label="Loading the time off" />}
      {list.error !== undefined && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <p class="empty">No time off ahead.</p>}
      {list.data && list.data.length > 0 && (
        <table class="table">
          <caption>{list.data.length === 1 ? 'One stretch' : `${list.data.length} stretches`}, earliest first</caption>
          <thead>
            <tr>
              <th scope="col">Off from</th>
              <th scope="col">Back at</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((off) => (
              <tr key={off.id} data-testid="time-off">
                <td>{formatInZone(off.startsAt, clinic.zoneId)}</td>
                <td>{formatInZone(off.endsAt, clinic.zoneId)}</td>
                <td>{off.reason ?? ''}</td>
                <td>
                  {confirming === off.id ? (
                    <form class="row" aria-label="Confirm the removal" onSubmit={(e) => remove(e, off)}>
                      <span role="alert">Remove this time off? Visits may then be booked in it.</span>
                      <button class="primary" type="submit" disabled={removal.busy} autoFocus>
                        Yes, remove it
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        Keep it
                      </button>
                    </form>
                  ) : (
                    <button type="button" onClick={() => setConfirming(off.id)} aria-label={`Remove the time off ${when(off)}`}>
                      Remove…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removal.error !== undefined && <ErrorBox error={removal.error} />}
    </section>
  );
}

function Week({ clinic }: { clinic: ClinicRecord }) {
  const [start, setStart] = useState(todayInZone(clinic.zoneId));
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const week = useAsync(async () => {
    const lists = await Promise.all(days.map((d) => call<Appointment[]>(`/api/scheduling/clinics/${clinic.id}/day?date=${d}`)));
    const all = lists.flat();
    const [therapists, patients] = await Promise.all([therapistNames(all.map((a) => a.therapistId)), patientNames(all.map((a) => a.patientId))]);
    return { lists, therapists, patients };
  }, [clinic.id, start]);
  return (
    <div>
      <div class="row">
        <label>
          Week starting
          <input type="date" value={start} onInput={(e) => e.currentTarget.value && setStart(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => setStart(addDays(start, -7))}>
          Previous week
        </button>
        <button type="button" onClick={() => setStart(addDays(start, 7))}>
          Next week
        </button>
        <p class="hint">Times in {zoneLabel(clinic.zoneId)}</p>
      </div>
      {week.loading && <Loading label="Loading the week" />}
      {week.error !== undefined && <ErrorBox error={week.error} onRetry={week.reload} />}
      {week.data && (
        <table class="table week" data-testid="clinic-week">
          <thead>
            <tr>
              <th scope="col">Therapist</th>
              {days.map((d) => (
                <th key={d} scope="col">
                  {new Date(`${d}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...week.data.therapists].length === 0 && (
              <tr>
                <td colSpan={8} class="empty">
                  No visits booked this week.
                </td>
              </tr>
            )}
            {[...week.data.therapists].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => (
              <tr key={id}>
                <th scope="row">{name}</th>
                {week.data!.lists.map((list, i) => (
                  <td key={days[i]}>
                    <ul class="plain">
                      {list
                        .filter((a) => a.therapistId === id)
                        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
                        .map((a) => (
                          <li key={a.id} class={a.status === 'CANCELLED' ? 'cancelled' : ''}>
                            <b>{timeInZone(a.startsAt, a.zoneId)}</b> {week.data!.patients.get(a.patientId)}
                            {a.status !== 'BOOKED' && <small> ({humanize(a.status)})</small>}
                          </li>
                        ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
