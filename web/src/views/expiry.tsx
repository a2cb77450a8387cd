import { useState } from 'preact/hooks';
import { call, query } from '../api';
import { type Sort, sortRows } from '../sorting';
import { ErrorBox, Loading, SortHeader, byStateName, humanize, stateName, useAsync } from '../ui';
import { practiceZone, todayInZone, zoneLabel } from '../time';
import type { Therapist } from './desk-types';
import type { TherapistPage } from './therapist-lookup';

interface Report {
  asOf: string;
  withinDays: number;
  therapists: { therapistId: string; credentials: { credentialId: string; kind: string; state: string | null; expiresOn: string; expired: boolean }[]; needlingLapses: { state: string; lapsesOn: string }[] }[];
}

type Column = 'therapist' | 'expires' | 'lapses';

/** The therapists of these ids, read in one call per 200. */
async function therapistsById(ids: string[]): Promise<Map<string, Therapist>> {
  const found = new Map<string, Therapist>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 200) {
    const page = await call<TherapistPage>(`/api/credentialing/therapists${query({ ids: unique.slice(i, i + 200).join(','), size: 200 })}`);
    for (const t of page.content) found.set(t.id, t);
  }
  return found;
}

/** Credentials that expire soon, a row per therapist; a row opens the therapist's record. */
export function ExpiryReport({ onOpenTherapist }: { onOpenTherapist?: (t: Therapist) => void }) {
  const [days, setDays] = useState(60);
  const [sort, setSort] = useState<Sort<Column>>({ key: 'expires', direction: 'ascending' });
  const report = useAsync(async () => {
    const found = await call<Report>(`/api/credentialing/expiry-report?withinDays=${days}&asOf=${todayInZone(practiceZone())}`);
    const therapists = await therapistsById(found.therapists.map((t) => t.therapistId));
    return { found, therapists };
  }, [days]);
  const rows = report.data
    ? sortRows(
        report.data.found.therapists,
        (t) => {
          const who = report.data!.therapists.get(t.therapistId);
          if (sort.key === 'therapist') return who ? `${who.lastName}, ${who.firstName}` : null;
          if (sort.key === 'expires') return t.credentials.map((c) => c.expiresOn).sort()[0];
          return t.needlingLapses.map((l) => l.lapsesOn).sort()[0];
        },
        sort.direction,
      )
    : [];
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
        <table class="table" data-testid="expiry-report">
          <caption>
            As of {report.data.found.asOf} ({zoneLabel(practiceZone())}); {report.data.found.therapists.length} therapists, every one listed. Choose a
            column to sort by it; a therapist's name opens their record.
          </caption>
          <thead>
            <tr>
              <SortHeader label="Therapist (by last name)" column="therapist" sort={sort} onSort={setSort} />
              <SortHeader label="Credentials (soonest first)" column="expires" sort={sort} onSort={setSort} />
              <SortHeader label="Dry needling lapses" column="lapses" sort={sort} onSort={setSort} />
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => {
              const who = report.data!.therapists.get(t.therapistId);
              return (
                <tr key={t.therapistId} data-testid="expiring" class={who && onOpenTherapist ? 'opens' : undefined} onClick={() => who && onOpenTherapist?.(who)}>
                  <td>
                    {who && onOpenTherapist ? (
                      <button type="button" class="link" onClick={(e) => (e.stopPropagation(), onOpenTherapist(who))}>
                        {who.firstName} {who.lastName}
                      </button>
                    ) : who ? (
                      `${who.firstName} ${who.lastName}`
                    ) : (
                      `Therapist no longer on file (${t.therapistId.slice(0, 8)})`
                    )}
                  </td>
                  <td>
                    <ul class="plain">
                      {[...t.credentials]
                        .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn) || stateName(a.state ?? '').localeCompare(stateName(b.state ?? '')))
                        .map((c) => (
                          <li key={c.credentialId} class={c.expired ? 'expired' : ''}>
                            {humanize(c.kind)}
                            {c.state ? ` (${stateName(c.state)})` : ''}: {c.expired ? 'expired' : 'expires'} {c.expiresOn}
                          </li>
                        ))}
                    </ul>
                  </td>
                  <td>
                    <ul class="plain">
                      {byStateName(t.needlingLapses, (l) => l.state).map((l) => (
                        <li key={l.state}>
                          {stateName(l.state)} from {l.lapsesOn}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
