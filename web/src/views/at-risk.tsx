import { useState } from 'preact/hooks';
import { call } from '../api';
import { explainReason, type Reason } from '../problems';
import { formatInZone, zoneLabel } from '../time';
import { ErrorBox, Loading, useAsync } from '../ui';
import { clinicName, type Reference, therapistName } from './desk-types';
import { patientNames } from './patient-names';
import { withTherapists } from './therapist-lookup';

interface AtRiskPage {
  evaluatedAt: string;
  page: number;
  evaluated: number;
  hasMore: boolean;
  appointments: { appointmentId: string; patientId: string; therapistId: string; clinicId: string; startsAt: string; zoneId: string; reasons: Reason[] }[];
}

export function AtRisk({ reference }: { reference: Reference }) {
  const [page, setPage] = useState(0);
  const risk = useAsync(async () => {
    const found = await call<AtRiskPage>(`/api/scheduling/appointments/at-risk?page=${page}&size=50`, { timeoutMs: 30_000 });
    const [names, ref] = await Promise.all([
      patientNames(found.appointments.map((a) => a.patientId)),
      withTherapists(reference, found.appointments.map((a) => a.therapistId)),
    ]);
    return { found, names, ref };
  }, [page]);
  return (
    <div>
      <p class="hint">
        Upcoming dry-needling visits (next 60 days) that would not be allowed if they were booked now, checked live. Call
        the patient or fix what each reason names before the day.
      </p>
      {risk.loading && <Loading label="Checking upcoming needling visits" />}
      {risk.error !== undefined && <ErrorBox error={risk.error} onRetry={risk.reload} />}
      {risk.data && (
        <>
          <p role="status">
            {risk.data.found.appointments.length} at risk among {risk.data.found.evaluated} visits checked at{' '}
            {new Date(risk.data.found.evaluatedAt).toLocaleTimeString()}.
          </p>
          <ul class="cards">
            {risk.data.found.appointments.map((a) => (
              <li key={a.appointmentId} class="card" data-testid="at-risk">
                <h3>
                  {risk.data!.names.get(a.patientId)} · {formatInZone(a.startsAt, a.zoneId)} <small>{zoneLabel(a.zoneId)}</small>
                </h3>
                <p>
                  {therapistName(risk.data!.ref, a.therapistId)}, {clinicName(reference, a.clinicId)}
                </p>
                <ol class="reasons">
                  {a.reasons.map(explainReason).map((r) => (
                    <li key={r.code}>
                      <span class="reason-what">{r.what}</span>
                      <span class="reason-todo">What to do: {r.todo}</span>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              Previous page
            </button>
            <button type="button" disabled={!risk.data.found.hasMore} onClick={() => setPage(page + 1)}>
              Next page
            </button>
          </div>
        </>
      )}
    </div>
  );
}
