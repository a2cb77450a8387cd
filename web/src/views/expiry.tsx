import { useState } from 'preact/hooks';
import { call } from '../api';
import { ErrorBox, Loading, humanize, useAsync } from '../ui';
import { PRACTICE_ZONE, todayInZone, zoneLabel } from '../time';
import { therapistNames } from './therapist-lookup';

interface Report {
  asOf: string;
  withinDays: number;
  therapists: { therapistId: string; credentials: { credentialId: string; kind: string; state: string | null; expiresOn: string; expired: boolean }[]; needlingLapses: { state: string; lapsesOn: string }[] }[];
}

export function ExpiryReport() {
  const [days, setDays] = useState(60);
  const report = useAsync(async () => {
    const found = await call<Report>(`/api/credentialing/expiry-report?withinDays=${days}&asOf=${todayInZone(PRACTICE_ZONE)}`);
    const names = await therapistNames(found.therapists.map((t) => t.therapistId));
    return { found, names };
  }, [days]);
  return (
    <section class="panel" aria-labelledby="expiry-h">
      <h2 id="expiry-h">Credentials expiring soon</h2>
      <label>
        Looking ahead
        <select value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
          {[30, 60, 90, 180].map((d) => (
            <option key={d} value={d}>
              {d} days
            </option>
          ))}
        </select>
      </label>
      {report.loading && <Loading label="Loading the report" />}
      {report.error !== undefined && <ErrorBox error={report.error} onRetry={report.reload} />}
      {report.data && report.data.found.therapists.length === 0 && <p class="empty">Nothing expires in the next {days} days.</p>}
      {report.data && report.data.found.therapists.length > 0 && (
        <table class="table">
          <caption>As of {report.data.found.asOf} ({zoneLabel(PRACTICE_ZONE)})</caption>
          <thead>
            <tr>
              <th scope="col">Therapist</th>
              <th scope="col">Credentials</th>
              <th scope="col">Dry needling lapses</th>
            </tr>
          </thead>
          <tbody>
            {report.data.found.therapists.map((t) => (
              <tr key={t.therapistId} data-testid="expiring">
                <td>{report.data!.names.get(t.therapistId) ?? t.therapistId}</td>
                <td>
                  <ul class="plain">
                    {t.credentials.map((c) => (
                      <li key={c.credentialId} class={c.expired ? 'expired' : ''}>
                        {humanize(c.kind)}
                        {c.state ? ` (${c.state})` : ''}: {c.expired ? 'expired' : 'expires'} {c.expiresOn}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ul class="plain">
                    {t.needlingLapses.map((l) => (
                      <li key={l.state}>
                        {l.state} from {l.lapsesOn}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
