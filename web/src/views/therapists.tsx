import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { call, query } from '../api';
import { BADGE_LABELS, type Credential, type Decision, type Standing, standingIn } from '../badges';
import { type Rule, verifyWords } from '../rules';
import { type Sort, sortParam } from '../sorting';
import { ErrorBox, Loading, STATES, SortHeader, byStateName, humanize, stateName, useAsync, useSubmit } from '../ui';
import type { Therapist } from './desk-types';
import { Pager } from './practice';
import { practiceZone, todayInZone } from '../time';
import { showing } from './therapist-lookup';
import { AddTherapist, LinkLogin, AuditTrail } from './therapist-admin';

const PAGE = 20;

/** The columns the server sorts the therapists by, across every page. */
type Column = 'name' | 'npi';

interface StandingsPage {
  content: (Therapist & { loginSubject: string | null; version: number; credentials: Credential[]; standings: (Decision & { state: string; lapsesOn: string | null })[] })[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
  on: string;
}

/** A page of therapists with a badge per state, from one server call (plus the rules' "verify" words). */
async function standingsPage(q: string, page: number, sort: Sort<Column>): Promise<StandingsPage & { badges: Map<string, Standing[]> }> {
  const [found, rules] = await Promise.all([
    call<StandingsPage>(`/api/credentialing/therapists/standings${query({ q: q.trim(), page, size: PAGE, on: todayInZone(practiceZone()), sort: sortParam(sort) })}`),
    call<Rule[]>('/api/credentialing/state-rules'),
  ]);
  const verify = new Map(rules.map((r) => [r.state, verifyWords(r)]));
  const badges = new Map<string, Standing[]>();
  for (const t of found.content) {
    badges.set(
      t.id,
      byStateName(t.standings, (s) => s.state).map((s) => ({ ...standingIn(s.state, s, t.credentials, s.lapsesOn, found.on), verify: verify.get(s.state) ?? null })),
    );
  }
  return { ...found, badges };
}

export function Badges({ standings, explain = false }: { standings: Standing[]; explain?: boolean }) {
  if (standings.length === 0) return <span class="hint">No state credentials</span>;
  return (
    <>
      <ul class="badges">
        {standings.map((s) => (
          <Fragment key={s.state}>
            <li class={`badge ${s.badge}`} title={`${stateName(s.state)}: ${s.detail}`} data-testid={`badge-${s.state}`}>
              {s.state}: {BADGE_LABELS[s.badge]}
            </li>
            {s.verify && (
              <li class="verify-board" data-testid={`verify-${s.state}`}>
                {s.state}: {s.verify}
              </li>
            )}
          </Fragment>
        ))}
      </ul>
      {explain && (
        <ul class="plain standing-detail">
          {standings.map((s) => (
            <li key={s.state}>
              <b>{stateName(s.state)}</b>: {s.detail}
              {s.verify && <span class="verify-board"> {s.verify}.</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The therapists a page at a time, sorted on the server; {@code open}: a therapist to show (found by NPI). */
export function Therapists({ canWrite, open }: { canWrite: boolean; open?: Therapist | null }) {
  const [filter, setFilter] = useState(open?.npi ?? '');
  const [search, setSearch] = useState(open?.npi ?? '');
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState<Sort<Column>>({ key: 'name', direction: 'ascending' });
  const [selected, setSelected] = useState<string | null>(open?.id ?? null);
  const [adding, setAdding] = useState(false);
  const [changes, setChanges] = useState(0);
  const list = useAsync(() => standingsPage(search, page, sort), [search, page, sort.key, sort.direction, changes]);
  const current = list.data?.content.find((t) => t.id === selected);
  return (
    <div class="split">
      <section class="panel" aria-labelledby="therapists-h">
        <h2 id="therapists-h">Therapists</h2>
        <form
          class="row"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(filter);
            setPage(0);
          }}
        >
          <label>
            Name or NPI
            <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
          </label>
          <button type="submit">Search</button>
          {canWrite && (
            <button type="button" class="primary" onClick={() => setAdding(true)}>
              Add a therapist…
            </button>
          )}
        </form>
        {list.loading && <Loading label="Loading therapists and their standing" />}
        {list.error !== undefined && <ErrorBox error={list.error} onRetry={list.reload} />}
        {list.data && (
          <>
            <table class="table">
              <caption data-testid="therapist-count">
                {showing(list.data)} therapists{search.trim() ? ` matching “${search.trim()}”` : ''}, by {sort.key === 'name' ? 'name' : 'NPI'} ({sort.direction}) across every page; a badge per state they hold credentials in (by state name), as of {list.data.on}
              </caption>
              <thead>
                <tr>
                  <SortHeader
                    label="Therapist"
                    column="name"
                    sort={sort}
                    onSort={(next) => {
                      setSort(next);
                      setPage(0);
                    }}
                  />
                  <SortHeader
                    label="NPI"
                    column="npi"
                    sort={sort}
                    onSort={(next) => {
                      setSort(next);
                      setPage(0);
                    }}
                  />
                  <th scope="col">Dry needling by state</th>
                </tr>
              </thead>
              <tbody>
                {list.data.content.map((t) => (
                  <tr key={t.id} aria-selected={t.id === selected} data-testid="therapist" class="opens" onClick={() => setSelected(t.id)}>
                    <td>
                      <button type="button" class="link" onClick={(e) => (e.stopPropagation(), setSelected(t.id))}>
                        {t.lastName}, {t.firstName}
                      </button>
                      {!t.active && <small> (inactive)</small>}
                    </td>
                    <td>
                      <small>NPI {t.npi}</small>
                    </td>
                    <td>
                      <Badges standings={list.data!.badges.get(t.id) ?? []} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager page={list.data} onPage={setPage} />
          </>
        )}
      </section>
      {adding && (
        <AddTherapist
          onDone={(made) => {
            setAdding(false);
            if (made) {
              // show the new therapist: search their name, so they are on the page shown
              setFilter(made.lastName);
              setSearch(made.lastName);
              setPage(0);
              setSelected(made.id);
              setChanges((n) => n + 1);
            }
          }}
        />
      )}
      {!adding && current && (
        <TherapistDetail
          key={current.id}
          therapist={current}
          canWrite={canWrite}
          standings={list.data?.badges.get(current.id) ?? null}
          onChanged={() => setChanges((n) => n + 1)}
        />
      )}
    </div>
  );
}

function TherapistDetail({ therapist, canWrite, standings, onChanged }: { therapist: Therapist & { loginSubject: string | null; version: number }; canWrite: boolean; standings: Standing[] | null; onChanged: () => void }) {
  const [changes, setChanges] = useState(0);
  const creds = useAsync(() => call<Credential[]>(`/api/credentialing/therapists/${therapist.id}/credentials`), [therapist.id, changes]);
  const [verifying, setVerifying] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const changed = () => {
    setChanges((n) => n + 1);
    onChanged();
  };
  return (
    <section class="panel" aria-labelledby="detail-h" data-testid="therapist-detail">
      <h2 id="detail-h">
        {therapist.firstName} {therapist.lastName}
      </h2>
      {standings ? <Badges standings={standings} explain /> : <Loading label="Checking standing" />}
      <h3>Credentials</h3>
      {creds.loading && <Loading label="Loading credentials" />}
      {creds.error !== undefined && <ErrorBox error={creds.error} onRetry={creds.reload} />}
      {creds.data && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Credential</th>
              <th scope="col">Valid</th>
              <th scope="col">Verification</th>
            </tr>
          </thead>
          <tbody>
            {creds.data.map((c) => (
              <tr key={c.id} data-testid="credential">
                <td>
                  {humanize(c.kind)}
                  {c.state ? ` · ${stateName(c.state)}` : ''}
                  <CredentialFacts credential={c} />
                </td>
                <td>
                  {(c as FullCredential).issuedOn} to {c.expiresOn ?? 'no expiry'}
                  {c.status !== 'ACTIVE' && <b> ({humanize(c.status)})</b>}
                </td>
                <td>
                  {humanize(c.verification.status)}
                  {canWrite && c.verification.status === 'PENDING' && verifying !== c.id && (
                    <button type="button" onClick={() => setVerifying(c.id)}>
                      Verify…
                    </button>
                  )}
                  {verifying === c.id && (
                    <Verify
                      credential={c}
                      therapistId={therapist.id}
                      onDone={(ok) => {
                        setVerifying(null);
                        if (ok) changed();
                      }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite && !adding && (
        <button type="button" onClick={() => setAdding(true)}>
          Add a credential…
        </button>
      )}
      {adding && (
        <AddCredential
          therapistId={therapist.id}
          onDone={(ok) => {
            setAdding(false);
            if (ok) changed();
          }}
        />
      )}
      <LinkLogin therapistId={therapist.id} canWrite={canWrite} onChanged={changed} />
      {canWrite && <AuditTrail therapistId={therapist.id} credentialIds={(creds.data ?? []).map((c) => c.id)} changes={changes} />}
    </section>
  );
}

type FullCredential = Credential & { number: string | null; issuer: string | null; trainingHours: number | null; supervisedSessions: number | null; issuedOn: string };

function CredentialFacts({ credential }: { credential: Credential }) {
  const c = credential as FullCredential;
  const facts = [c.number && `no. ${c.number}`, c.issuer, c.trainingHours !== null && `${c.trainingHours} h training`, c.supervisedSessions !== null && `${c.supervisedSessions} supervised sessions`].filter(Boolean);
  return facts.length ? <small class="facts">{facts.join(' · ')}</small> : null;
}

function Verify({ credential, therapistId, onDone }: { credential: Credential; therapistId: string; onDone: (ok: boolean) => void }) {
  const [outcome, setOutcome] = useState('VERIFIED');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [state, send] = useSubmit(onDone);
  const submit = (e: Event) =>
    send(e, () =>
      call(`/api/credentialing/therapists/${therapistId}/credentials/${credential.id}/verification`, {
        method: 'POST',
        body: { outcome, primarySource: source, note: note || null, version: credential.version },
        action: 'Recording the verification',
      }),
    );
  return (
    <form class="stack" onSubmit={submit} aria-label="Record a verification">
      <label>
        Outcome
        <select value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)}>
          <option value="VERIFIED">Verified</option>
          <option value="REJECTED">Rejected</option>
        </select>
      </label>
      <label>
        Primary source checked
        <input required maxLength={500} value={source} onInput={(e) => setSource(e.currentTarget.value)} placeholder="e.g. Utah DOPL license lookup" />
      </label>
      <label>
        Note (optional)
        <input maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {state.error !== undefined && <ErrorBox error={state.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={state.busy}>
          Record verification
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const KINDS = ['STATE_LICENSE', 'COMPACT_PRIVILEGE', 'DRY_NEEDLING_CERTIFICATION', 'DRY_NEEDLING_ENDORSEMENT'];

function AddCredential({ therapistId, onDone }: { therapistId: string; onDone: (ok: boolean) => void }) {
  const [form, setForm] = useState({ kind: 'STATE_LICENSE', state: 'UT', number: '', issuer: '', trainingHours: '', supervisedSessions: '', issuedOn: '', expiresOn: '' });
  const [state, send] = useSubmit(onDone);
  const certification = form.kind === 'DRY_NEEDLING_CERTIFICATION';
  const field = (key: keyof typeof form) => ({ value: form[key], onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }) });
  const number = (v: string) => (v === '' ? null : Number(v));
  const submit = (e: Event) =>
    send(e, () =>
      call(`/api/credentialing/therapists/${therapistId}/credentials`, {
        method: 'POST',
        body: {
          kind: form.kind,
          state: certification ? null : form.state,
          number: form.number || null,
          issuer: form.issuer || null,
          trainingHours: certification ? number(form.trainingHours) : null,
          supervisedSessions: certification ? number(form.supervisedSessions) : null,
          issuedOn: form.issuedOn,
          expiresOn: form.expiresOn || null,
        },
        action: 'Adding the credential',
      }),
    );
  return (
    <form class="panel grid" onSubmit={submit} aria-label="Add a credential">
      <label>
        Kind
        <select {...field('kind')} onChange={field('kind').onInput}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {humanize(k)}
            </option>
          ))}
        </select>
      </label>
      {!certification && (
        <label>
          State
          <select {...field('state')} onChange={field('state').onInput}>
            {STATES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        Number
        <input {...field('number')} />
      </label>
      {certification && (
        <>
          <label>
            Issuer
            <input {...field('issuer')} />
          </label>
          <label>
            Training hours
            <input type="number" min={0} {...field('trainingHours')} />
          </label>
          <label>
            Supervised sessions
            <input type="number" min={0} {...field('supervisedSessions')} />
          </label>
        </>
      )}
      <label>
        Issued on
        <input type="date" required {...field('issuedOn')} />
      </label>
      <label>
        Expires on (optional)
        <input type="date" {...field('expiresOn')} />
      </label>
      {state.error !== undefined && <ErrorBox error={state.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={state.busy}>
          Add credential
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
