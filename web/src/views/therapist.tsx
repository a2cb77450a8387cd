// The therapist's home: "My day" and "My week", their own visits across clinics, each in its
// clinic's local time with the zone named; check in, complete and no-show as the lifecycle
// allows (the scheduling service decides, its refusals are shown in words); a patient's chart.
import { useEffect, useRef, useState } from 'preact/hooks';
import { call, query } from '../api';
import type { User } from '../session';
import { onTabKeys } from '../tabs';
import { addDays, anyZoneDaysWindow, dayHeading, dayInZone, isoDate, timeInZone, zoneLabel } from '../time';
import { ErrorBox, humanize, Loading, useAsync } from '../ui';
import { PatientChart } from './chart';
import type { AppointmentType } from './desk-types';
import { patientNames } from './patient-names';

export interface Visit {
  id: string;
  patientId: string;
  therapistId: string;
  therapistName?: string | null;
  type: string;
  startsAt: string;
  endsAt: string;
  zoneId: string;
  status: string;
  clinic: { id: string; name: string; addressLine1: string; addressLine2?: string | null; city: string; state: string; postalCode: string; phone: string };
}

type View = 'day' | 'week';

const VIEWS: [View, string, number][] = [
  ['day', 'My day', 1],
  ['week', 'My week', 7],
];

interface Loaded {
  visits: Visit[];
  names: Map<string, string>;
  types: AppointmentType[];
}

async function loadVisits(first: string, days: number): Promise<Loaded> {
  const window = anyZoneDaysWindow(first, days);
  const last = addDays(first, days - 1);
  const [all, types] = await Promise.all([
    call<Visit[]>(`/api/scheduling/visits/mine${query(window)}`, { action: 'Loading your visits' }),
    call<AppointmentType[]>('/api/scheduling/appointment-types'),
  ]);
  // each visit on its own clinic's calendar day
  const visits = all.filter((v) => {
    const local = dayInZone(v.startsAt, v.zoneId);
    return local >= first && local <= last;
  });
  return { visits, names: await patientNames(visits.map((v) => v.patientId)), types };
}

export function TherapistHome({ user }: { user: User }) {
  const [view, setView] = useState<View>('day');
  const [first, setFirst] = useState(isoDate(0));
  const [patient, setPatient] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const days = VIEWS.find(([id]) => id === view)![2];
  const list = useAsync(() => loadVisits(first, days), [first, days, changes]);

  return (
    <div class={patient ? 'split' : ''}>
      <div>
        <h1>My schedule</h1>
        <div role="tablist" aria-label="My schedule" class="tabs" onKeyDown={onTabKeys}>
          {VIEWS.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={view === id}
              aria-controls="panel-visits"
              tabIndex={view === id ? 0 : -1}
              onClick={() => setView(id)}
            >
              {label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id="panel-visits" aria-labelledby={`tab-${view}`}>
          <div class="row panel">
            <button type="button" onClick={() => setFirst(addDays(first, -days))}>
              {view === 'day' ? 'Previous day' : 'Previous week'}
            </button>
            <label>
              {view === 'day' ? 'Day' : 'Week from'}
              <input type="date" value={first} onInput={(e) => e.currentTarget.value && setFirst(e.currentTarget.value)} />
            </label>
            <button type="button" onClick={() => setFirst(addDays(first, days))}>
              {view === 'day' ? 'Next day' : 'Next week'}
            </button>
            {first !== isoDate(0) && (
              <button type="button" class="link" onClick={() => setFirst(isoDate(0))}>
                Today
              </button>
            )}
          </div>
          {list.loading && !list.data && <Loading label="Loading your visits" />}
          {list.error !== undefined && <ErrorBox error={list.error} onRetry={list.reload} />}
          {list.data && (
            <Days
              first={first}
              days={days}
              loaded={list.data}
              open={patient}
              onOpen={setPatient}
              onChanged={() => setChanges((n) => n + 1)}
            />
          )}
        </div>
      </div>
      {patient && <PatientChart key={patient} patientId={patient} user={user} onClose={() => setPatient(null)} />}
    </div>
  );
}

function Days({ first, days, loaded, open, onOpen, onChanged }: {
  first: string;
  days: number;
  loaded: Loaded;
  open: string | null;
  onOpen: (patientId: string) => void;
  onChanged: () => void;
}) {
  const byDay = Array.from({ length: days }, (_, i) => addDays(first, i)).map((day) => ({
    day,
    visits: loaded.visits.filter((v) => dayInZone(v.startsAt, v.zoneId) === day).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
  }));
  if (loaded.visits.length === 0) {
    return <p class="panel empty" role="status">No visits {days === 1 ? `on ${dayHeading(first)}` : `from ${dayHeading(first)} to ${dayHeading(addDays(first, days - 1))}`}.</p>;
  }
  return (
    <>
      {byDay
        .filter((d) => days === 1 || d.visits.length > 0)
        .map(({ day, visits }) => (
          <section class="panel" key={day} aria-label={dayHeading(day)}>
            <h2>{dayHeading(day)}</h2>
            <ul class="visits" aria-label={`Visits on ${dayHeading(day)}`}>
              {visits.map((v) => (
                <VisitRow key={v.id} visit={v} loaded={loaded} opened={open === v.patientId} onOpen={onOpen} onChanged={onChanged} />
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}

const ACTIONS: Record<string, [string, string][]> = {
  BOOKED: [['check-in', 'Check in'], ['no-show', 'No-show']],
  CHECKED_IN: [['complete', 'Complete']],
};

function VisitRow({ visit, loaded, opened, onOpen, onChanged }: {
  visit: Visit;
  loaded: Loaded;
  opened: boolean;
  onOpen: (patientId: string) => void;
  onChanged: () => void;
}) {
  const [state, setState] = useState<{ busy?: string; error?: unknown }>({});
  const row = useRef<HTMLLIElement>(null);
  const acted = useRef(false);
  useEffect(() => {
    // the button pressed is gone with the status it changed: keep the focus on this visit
    if (acted.current) {
      acted.current = false;
      row.current?.focus();
    }
  }, [visit.status]);

  async function act(action: string, label: string) {
    setState({ busy: action });
    try {
      await call(`/api/scheduling/appointments/${visit.id}/${action}`, { method: 'POST', action: label });
      acted.current = true;
      setState({});
      onChanged();
    } catch (error) {
      setState({ error });
    }
  }

  const typeName = loaded.types.find((t) => t.code === visit.type)?.name ?? humanize(visit.type);
  return (
    <li data-testid="my-visit" data-status={visit.status} class={`visit status-${visit.status.toLowerCase()}`} tabIndex={-1} ref={row}>
      <div class="visit-when">
        <b>{timeInZone(visit.startsAt, visit.zoneId)}</b> <small>{zoneLabel(visit.zoneId)}</small>
      </div>
      <div>
        <b>{loaded.names.get(visit.patientId) ?? 'Patient'}</b> · {typeName} · <span class="status">{humanize(visit.status)}</span>
        <br />
        {visit.clinic.name}, {visit.clinic.city} {visit.clinic.state}
      </div>
      <div class="actions">
        {(ACTIONS[visit.status] ?? []).map(([action, label]) => (
          <button key={action} type="button" disabled={!!state.busy} onClick={() => act(action, label)}>
            {state.busy === action ? `${label}…` : label}
          </button>
        ))}
        <button type="button" aria-pressed={opened} onClick={() => onOpen(visit.patientId)}>
          Open patient
        </button>
      </div>
      {state.error !== undefined && <ErrorBox error={state.error} />}
    </li>
  );
}
