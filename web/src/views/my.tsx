import { call } from '../api';
import { formatInZone, zoneLabel } from '../time';
import { ErrorBox, Loading, humanize, useAsync } from '../ui';
import type { Appointment } from './desk-types';

export function MyAppointments() {
  const me = useAsync(() => call<{ firstName: string; lastName: string; mrn: string }>('/api/patients/me'), []);
  const list = useAsync(() => call<Appointment[]>('/api/scheduling/appointments'), []);
  return (
    <div>
      <h1>My appointments{me.data ? `, ${me.data.firstName} ${me.data.lastName}` : ''}</h1>
      {list.loading && <Loading label="Loading your appointments" />}
      {list.error !== undefined && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <p class="panel empty">You have no appointments. Call your clinic to book one.</p>}
      {list.data && list.data.length > 0 && (
        <table class="table">
          <caption>Your visits, each in its clinic's local time</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Visit</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {[...list.data]
              .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
              .map((a) => (
                <tr key={a.id}>
                  <td>
                    {formatInZone(a.startsAt, a.zoneId)} <small>{zoneLabel(a.zoneId)}</small>
                  </td>
                  <td>{humanize(a.type)}</td>
                  <td>{humanize(a.status)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
