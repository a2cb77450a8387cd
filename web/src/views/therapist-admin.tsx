// What a credentialing administrator does to a therapist's record: add one (the NPI checked
// as it is typed), link or unlink their sign-in, and read everything that changed and who did it.
import { useState } from 'preact/hooks';
import { call, query } from '../api';
import { npiProblem } from '../npi';
import { practiceZone, formatInZone, zoneLabel } from '../time';
import { ErrorBox, Loading, humanize, useAsync, useSubmit } from '../ui';

interface TherapistRecord {
  id: string;
  npi: string;
  firstName: string;
  lastName: string;
  email: string;
  loginSubject: string | null;
  active: boolean;
  version: number;
}

export function AddTherapist({ onDone }: { onDone: (made: { id: string; lastName: string } | null) => void }) {
  const [form, setForm] = useState({ npi: '', firstName: '', lastName: '', email: '', loginSubject: '' });
  const [touched, setTouched] = useState(false);
  const [submission, send] = useSubmit(() => {});
  const field = (key: keyof typeof form) => ({ value: form[key], onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }) });
  const problem = npiProblem(form.npi);
  const submit = (e: Event) => {
    setTouched(true);
    if (problem) {
      e.preventDefault();
      document.getElementById('new-npi')?.focus();
      return;
    }
    return send(e, async () => {
      const created = await call<TherapistRecord>('/api/credentialing/therapists', {
        method: 'POST',
        body: { npi: form.npi.trim(), firstName: form.firstName, lastName: form.lastName, email: form.email, loginSubject: form.loginSubject.trim() || null },
        action: 'Adding the therapist',
      });
      onDone(created);
    });
  };
  return (
    <form class="panel stack" aria-labelledby="add-therapist-h" onSubmit={submit} noValidate>
      <h2 id="add-therapist-h">Add a therapist</h2>
      <label for="new-npi">
        NPI (National Provider Identifier)
        <input
          id="new-npi"
          inputMode="numeric"
          maxLength={10}
          aria-invalid={(touched || form.npi.length >= 10) && !!problem}
          aria-describedby="new-npi-check"
          {...field('npi')}
        />
      </label>
      <small id="new-npi-check" class={problem ? (touched || form.npi.length >= 10 ? 'field-problem' : 'hint') : 'field-ok'} role="status">
        {problem ?? 'The NPI checks out.'}
      </small>
      <div class="grid">
        <label>
          First name
          <input required maxLength={100} {...field('firstName')} />
        </label>
        <label>
          Last name
          <input required maxLength={100} {...field('lastName')} />
        </label>
        <label>
          Work email
          <input required type="email" maxLength={254} {...field('email')} />
        </label>
        <label>
          Sign-in user id (optional)
          <input maxLength={100} placeholder="Keycloak user id" {...field('loginSubject')} />
        </label>
      </div>
      {submission.error !== undefined && <ErrorBox error={submission.error} />}
      <div class="actions">
        <button class="primary" type="submit" disabled={submission.busy}>
          Add therapist
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The sign-in linked to the therapist, and a form to link, change or remove it. */
export function LinkLogin({ therapistId, canWrite, onChanged }: { therapistId: string; canWrite: boolean; onChanged: () => void }) {
  const [changes, setChanges] = useState(0);
  const record = useAsync(() => call<TherapistRecord>(`/api/credentialing/therapists/${therapistId}`), [therapistId, changes]);
  const [editing, setEditing] = useState(false);
  const [subject, setSubject] = useState('');
  const [submission, send] = useSubmit((ok) => {
    if (ok) {
      setEditing(false);
      setChanges((n) => n + 1);
      onChanged();
    }
  });
  const save = (e: Event, loginSubject: string | null) =>
    send(e, () => {
      const t = record.data!;
      return call(`/api/credentialing/therapists/${therapistId}`, {
        method: 'PUT',
        body: { npi: t.npi, firstName: t.firstName, lastName: t.lastName, email: t.email, loginSubject, active: t.active, version: t.version },
        action: 'Linking the sign-in',
      });
    });
  return (
    <div data-testid="therapist-login">
      <h3>Sign-in</h3>
      {record.loading && <Loading label="Loading the record" />}
      {record.error !== undefined && <ErrorBox error={record.error} onRetry={record.reload} />}
      {record.data && (
        <p>
          {record.data.loginSubject ? (
            <>
              Linked to sign-in user <code>{record.data.loginSubject}</code>: this therapist sees their own visits when signed in.
            </>
          ) : (
            'No sign-in linked: the therapist cannot see their own visits yet.'
          )}
        </p>
      )}
      {canWrite && record.data && !editing && (
        <div class="actions">
          <button
            type="button"
            onClick={() => {
              setSubject(record.data!.loginSubject ?? '');
              setEditing(true);
            }}
          >
            {record.data.loginSubject ? 'Change the linked sign-in…' : 'Link a sign-in…'}
          </button>
          {record.data.loginSubject && (
            <button type="button" disabled={submission.busy} onClick={(e) => save(e, null)}>
              Unlink
            </button>
          )}
        </div>
      )}
      {editing && (
        <form class="stack" aria-label="Link a sign-in" onSubmit={(e) => save(e, subject.trim() || null)}>
          <label>
            Sign-in user id (the Keycloak user's id)
            <input required maxLength={100} value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
          </label>
          <div class="actions">
            <button class="primary" type="submit" disabled={submission.busy}>
              Link
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {submission.error !== undefined && <ErrorBox error={submission.error} />}
    </div>
  );
}

interface AuditEntry {
  id: number;
  occurredAt: string;
  actor: string;
  /** the actor's name as their sign-in gave it; null for the service's own jobs and older entries */
  actorName: string | null;
  subject: string;
  subjectId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What changed in the fields between before and after, in words. */
function changedFields(entry: AuditEntry): string {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'version' && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const words = (k: string) => k.replace(/([A-Z])/g, ' $1').toLowerCase();
  return keys.map((k) => `${words(k)}: ${before[k] ?? '—'} → ${after[k] ?? '—'}`).join('; ');
}

/** The therapist's record and credentials as audited: who changed what, when (newest first). */
export function AuditTrail({ therapistId, credentialIds, changes }: { therapistId: string; credentialIds: string[]; changes: number }) {
  const trail = useAsync(async () => {
    const pages = await Promise.all([
      call<{ content: AuditEntry[] }>(`/api/credentialing/audit${query({ subject: 'THERAPIST', subjectId: therapistId, size: 100 })}`),
      ...credentialIds.map((id) => call<{ content: AuditEntry[] }>(`/api/credentialing/audit${query({ subject: 'CREDENTIAL', subjectId: id, size: 100 })}`)),
    ]);
    return pages.flatMap((p) => p.content).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  }, [therapistId, credentialIds.join(), changes]);
  return (
    <details class="audit" data-testid="audit-trail">
      <summary>Audit trail: every change to this therapist and their credentials</summary>
      {trail.loading && <Loading label="Loading the audit trail" />}
      {trail.error !== undefined && <ErrorBox error={trail.error} onRetry={trail.reload} />}
      {trail.data && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">When ({zoneLabel(practiceZone())})</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {trail.data.map((e) => (
              <tr key={e.id}>
                <td>{formatInZone(e.occurredAt, practiceZone())}</td>
                <td title={`Login id: ${e.actor}`} data-testid="audit-actor">{e.actorName ?? e.actor}</td>
                <td>
                  {humanize(e.subject)} {humanize(e.action).toLowerCase()}
                  <br />
                  <small>{changedFields(e)}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
