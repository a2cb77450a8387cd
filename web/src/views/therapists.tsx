import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { call } from '../api';
import { BADGE_LABELS, type Credential, type Decision, type Standing, standingIn, statesOf } from '../badges';
import { type Rule, verifyWords } from '../rules';
import { isoDate } from '../time';
import { ErrorBox, Loading, STATES, humanize, useAsync, useSubmit } from '../ui';
import type { Therapist } from './desk-types';

const SHOWN = 20;

async function allTherapists(): Promise<Therapist[]> {
  const all: Therapist[] = [];
  for (let page = 0; page < 10; page++) {
    const found = await call<{ content: Therapist[]; totalPages: number }>(`/api/credentialing/therapists?size=200&page=${page}`);
    all.push(...found.content);
    if (page + 1 >= found.totalPages) break;
  }
  return all;
}

interface Expiry {
  therapists: { therapistId: string; credentials: { credentialId: string; kind: string; state: string | null; expiresOn: string; expired: boolean }[]; needlingLapses: { state: string; lapsesOn: string }[] }[];
}

/** Credentials and a badge per state for each therapist shown: one batch decision per state. */
async function standings(therapists: Therapist[]): Promise<Map<string, { credentials: Credential[]; standings: Standing[] }>> {
  const [credentials, expiry, rules] = await Promise.all([
    Promise.all(therapists.map((t) => call<Credential[]>(`/api/credentialing/therapists/${t.id}/credentials`))),
    call<Expiry>('/api/credentialing/expiry-report?withinDays=60'),
    call<Rule[]>('/api/credentialing/state-rules'),
  ]);
  const verify = new Map(rules.map((r) => [r.state, verifyWords(r)]));
  const byTherapist = new Map(therapists.map((t, i) => [t.id, credentials[i]]));
  const lapses = new Map<string, string>();
  for (const t of expiry.therapists) for (const l of t.needlingLapses) lapses.set(`${t.therapistId}/${l.state}`, l.lapsesOn);
  const states = new Map<string, string[]>();
  for (const [id, creds] of byTherapist) for (const s of statesOf(creds)) states.set(s, [...(states.get(s) ?? []), id]);
  const at = new Date().toISOString();
  const decisions = await Promise.all(
    [...states].map(([state, therapistIds]) =>
      call<{ decisions: (Decision & { therapistId: string })[] }>('/api/credentialing/eligibility/dry-needling/batch', {
        method: 'POST',
        body: { state, at, therapistIds },
      }).then((answer) => [state, answer.decisions] as const),
    ),
  );
  const today = isoDate(0);
  const result = new Map<string, { credentials: Credential[]; standings: Standing[] }>();
  for (const [id, creds] of byTherapist) result.set(id, { credentials: creds, standings: [] });
  for (const [state, list] of decisions) {
    for (const d of list) {
      const entry = result.get(d.therapistId);
      if (entry) entry.standings.push({ ...standingIn(state, d, entry.credentials, lapses.get(`${d.therapistId}/${state}`) ?? null, today), verify: verify.get(state) ?? null });
    }
  }
  for (const entry of result.values()) entry.standings.sort((a, b) => a.state.localeCompare(b.state));
  return result;
}

export function Badges({ standings, explain = false }: { standings: Standing[]; explain?: boolean }) {
  if (standings.length === 0) return <span class="hint">No state credentials</span>;
  return (
    <>
      <ul class="badges">
        {standings.map((s) => (
          <Fragment key={s.state}>
            <li class={`badge ${s.badge}`} title={s.detail} data-testid={`badge-${s.state}`}>
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
              <b>{s.state}</b>: {s.detail}
              {s.verify && <span class="verify-board"> {s.verify}.</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function Therapists({ canWrite }: { canWrite: boolean }) {
  const list = useAsync(allTherapists, []);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    return (list.data ?? []).filter((t) => !words || `${t.firstName} ${t.lastName} ${t.npi}`.toLowerCase().includes(words)).slice(0, SHOWN);
  }, [list.data, filter]);
  const badges = useAsync(() => (shown.length ? standings(shown) : Promise.resolve(new Map())), [shown.map((t) => t.id).join(), changes]);

  if (list.loading && !list.data) return <Loading label="Loading therapists" />;
  if (!list.data) return <ErrorBox error={list.error} onRetry={list.reload} />;
  const current = list.data.find((t) => t.id === selected);
  return (
    <div class="split">
      <section class="panel" aria-labelledby="therapists-h">
        <h2 id="therapists-h">Therapists</h2>
        <label>
          Filter by name or NPI
          <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
        {badges.loading && <Loading label="Checking each therapist's standing" />}
        {badges.error !== undefined && <ErrorBox error={badges.error} onRetry={badges.reload} />}
        <table class="table">
          <caption>
            {shown.length} of {list.data.length} therapists; a badge per state they hold credentials in
          </caption>
          <thead>
            <tr>
              <th scope="col">Therapist</th>
              <th scope="col">Dry needling by state</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((t) => (
              <tr key={t.id} aria-selected={t.id === selected} data-testid="therapist">
                <td>
                  <button type="button" class="link" onClick={() => setSelected(t.id)}>
                    {t.lastName}, {t.firstName}
                  </button>
                  {!t.active && <small> (inactive)</small>}
                  <br />
                  <small>NPI {t.npi}</small>
                </td>
                <td>{badges.data?.get(t.id) && <Badges standings={badges.data.get(t.id)!.standings} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {current && (
        <TherapistDetail
          key={current.id}
          therapist={current}
          canWrite={canWrite}
          standings={badges.data?.get(current.id)?.standings ?? null}
          onChanged={() => setChanges((n) => n + 1)}
        />
      )}
    </div>
  );
}

function TherapistDetail({ therapist, canWrite, standings, onChanged }: { therapist: Therapist; canWrite: boolean; standings: Standing[] | null; onChanged: () => void }) {
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
                  {c.state ? ` · ${c.state}` : ''}
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
