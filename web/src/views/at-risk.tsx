import { useState } from 'preact/hooks';
import { call } from '../api';
import { explainReason, type Reason } from '../problems';
import { formatInZone, zoneLabel } from '../time';
import { type Sort, sortRows } from '../sorting';
import { ErrorBox, Loading, SortHeader, useAsync } from '../ui';
import { clinicName, type PatientSummary, type Reference, therapistName } from './desk-types';
import { patientNames } from './patient-names';
import { withClinics } from './clinic-lookup';
import { withTherapists } from './therapist-lookup';

interface AtRiskPage {
  evaluatedAt: string;
  page: number;
  evaluated: number;
  hasMore: boolean;
  appointments: { appointmentId: string; patientId: string; therapistId: string; clinicId: string; startsAt: string; zoneId: string; reasons: Reason[] }[];
}

type Column = 'patient' | 'when' | 'therapist' | 'clinic';

/**
 * Upcoming needling visits that would now fail. The service pages them soonest first and
 * checks each page live, so a column sorts the page shown (the caption says so); a row opens
 * the patient's card with the visit.
 */
export function AtRisk({ reference, onOpenPatient }: { reference: Reference; onOpenPatient?: (patient: PatientSummary) => void }) {
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState<Sort<Column>>({ key: 'when', direction: 'ascending' });
  const [opening, setOpening] = useState<unknown>(undefined);
  const risk = useAsync(async () => {
    const found = await call<AtRiskPage>(`/api/scheduling/appointments/at-risk?page=${page}&size=50`, { timeoutMs: 30_000 });
    const [names, ref] = await Promise.all([
      patientNames(found.appointments.map((a) => a.patientId)),
      withTherapists(reference, found.appointments.map((a) => a.therapistId)).then((r) => withClinics(r, found.appointments.map((a) => a.clinicId))),
    ]);
    return { found, names, ref };
  }, [page]);
  const open = async (patientId: string) => {
    if (!onOpenPatient) return;
    try {
      setOpening(undefined);
      onOpenPatient(await call<PatientSummary>(`/api/patients/${patientId}`, { action: 'Opening the patient' }));
    } catch (error) {
      setOpening(error);
    }
  };
  const rows = risk.data
    ? sortRows(
        risk.data.found.appointments,
        (a) => {
          if (sort.key === 'patient') return risk.data!.names.get(a.patientId);
          if (sort.key === 'therapist') return therapistName(risk.data!.ref, a.therapistId);
          if (sort.key === 'clinic') return clinicName(risk.data!.ref, a.clinicId);
          return a.startsAt;
        },
        sort.direction,
      )
    : [];
  return (
    <div>
      <p class="hint">
        Upcoming dry-needling visits (next 60 days) that would not be allowed if they were booked now, checked live. Call
        the patient or fix what each reason names before the day.
      </p>
      {risk.loading && <Loading label="Checking upcoming needling visits" />}
      {risk.error !== undefined && <ErrorBox error={risk.error} onRetry={risk.reload} />}
      {opening !== undefined && <ErrorBox error={opening} />}
      {risk.data && (
        <>
          <p role="status">
            {risk.data.found.appointments.length} at risk among {risk.data.found.evaluated} visits checked at{' '}
            {new Date(risk.data.found.evaluatedAt).toLocaleTimeString()}.
          </p>
          {rows.length > 0 && (
            <table class="table" data-testid="at-risk-table">
              <caption>
                Page {risk.data.found.page + 1}{risk.data.found.hasMore ? ' (more pages follow)' : ''}: pages come soonest first; a column sorts the
                visits of this page only. A patient's name opens their card with the visit.
              </caption>
              <thead>
                <tr>
                  <SortHeader label="Patient" column="patient" sort={sort} onSort={setSort} />
                  <SortHeader label="When (clinic time)" column="when" sort={sort} onSort={setSort} />
                  <SortHeader label="Therapist" column="therapist" sort={sort} onSort={setSort} />
                  <SortHeader label="Clinic" column="clinic" sort={sort} onSort={setSort} />
                  <th scope="col">Why, and what to do</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.appointmentId} data-testid="at-risk" class={onOpenPatient ? 'opens' : undefined} onClick={() => open(a.patientId)}>
                    <td>
                      {onOpenPatient ? (
                        <button type="button" class="link" onClick={(e) => (e.stopPropagation(), open(a.patientId))}>
                          {risk.data!.names.get(a.patientId)}
                        </button>
                      ) : (
                        risk.data!.names.get(a.patientId)
                      )}
                    </td>
                    <td>
                      {formatInZone(a.startsAt, a.zoneId)} <small>{zoneLabel(a.zoneId)}</small>
                    </td>
                    <td>{therapistName(risk.data!.ref, a.therapistId)}</td>
                    <td>{clinicName(risk.data!.ref, a.clinicId)}</td>
                    <td>
                      <ol class="reasons">
                        {a.reasons.map(explainReason).map((r) => (
                          <li key={r.code}>
                            <span class="reason-what">{r.what}</span>
                            <span class="reason-todo">What to do: {r.todo}</span>
                          </li>
                        ))}
                      </ol>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
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
