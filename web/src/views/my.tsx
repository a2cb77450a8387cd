// The patient's own page: upcoming and past visits, each with its clinic's name, address and
// phone, the therapist and the status, in the clinic's local time with the zone named.
import { call } from '../api';
import { formatInZone, zoneLabel } from '../time';
import { ErrorBox, humanize, Loading, useAsync } from '../ui';
import type { AppointmentType } from './desk-types';
import type { Visit } from './therapist';

/** Upcoming (not yet ended, soonest first) and past (latest first) visits. */
export function splitVisits<T extends { startsAt: string; endsAt: string }>(visits: T[], now = Date.now()): { upcoming: T[]; past: T[] } {
  const upcoming = visits.filter((v) => Date.parse(v.endsAt) > now).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = visits.filter((v) => Date.parse(v.endsAt) <= now).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}

async function load(): Promise<{ visits: Visit[]; types: AppointmentType[] }> {
  const [visits, types] = await Promise.all([
    call<Visit[]>('/api/scheduling/visits/mine', { action: 'Loading your appointments' }),
    call<AppointmentType[]>('/api/scheduling/appointment-types'),
  ]);
  return { visits, types };
}

export function MyAppointments() {
  const me = useAsync(() => call<{ firstName: string; lastName: string; mrn: string }>('/api/patients/me'), []);
  const list = useAsync(load, []);
  const { upcoming, past } = splitVisits(list.data?.visits ?? []);
  return (
    <div>
      <h1>My appointments{me.data ? `, ${me.data.firstName} ${me.data.lastName}` : ''}</h1>
      {list.loading && !list.data && <Loading label="Loading your appointments" />}
      {list.error !== undefined && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.data && (
        <>
          <section class="panel" aria-labelledby="upcoming-h">
            <h2 id="upcoming-h">Upcoming visits</h2>
            {upcoming.length === 0 ? <p class="empty">No upcoming visits. Call your clinic to book one.</p> : <Visits visits={upcoming} types={list.data.types} label="Upcoming visits" />}
          </section>
          <section class="panel" aria-labelledby="past-h">
            <h2 id="past-h">Past visits</h2>
            {past.length === 0 ? <p class="empty">No past visits.</p> : <Visits visits={past} types={list.data.types} label="Past visits" />}
          </section>
        </>
      )}
    </div>
  );
}

function Visits({ visits, types, label }: { visits: Visit[]; types: AppointmentType[]; label: string }) {
  return (
    <ul class="visits patient-visits" aria-label={label}>
      {visits.map((v) => {
        const cancelled = v.status === 'CANCELLED';
        const address = [v.clinic.addressLine1, v.clinic.addressLine2, `${v.clinic.city}, ${v.clinic.state} ${v.clinic.postalCode}`].filter(Boolean).join(', ');
        return (
          <li key={v.id} data-testid="patient-visit" data-status={v.status} class={`visit status-${v.status.toLowerCase()}`}>
            <div>
              <span class={cancelled ? 'when cancelled' : 'when'}>
                <b>{formatInZone(v.startsAt, v.zoneId)}</b>
              </span>{' '}
              <small>{zoneLabel(v.zoneId)}</small>{' '}
              <span class={`badge status-${v.status.toLowerCase()}`}>{humanize(v.status)}</span>
            </div>
            <div>
              {types.find((t) => t.code === v.type)?.name ?? humanize(v.type)} with {v.therapistName ?? 'your therapist'}
            </div>
            <div>
              {v.clinic.name} · {address} · <a href={`tel:${v.clinic.phone}`}>{v.clinic.phone}</a>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
