// Small shared pieces: loading, errors in words, async state.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api';
import { explainProblem } from './problems';
import { returnAfterSignIn } from './session';
import { nextSort, type Sort } from './sorting';

export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" /> {label}…
    </p>
  );
}

export function signInHref(): string {
  return `/bff/login?returnTo=${encodeURIComponent(returnAfterSignIn(location.hash))}`;
}

/**
 * An error as words: title, message, the fields or reasons, and a retry when it may help.
 * It scrolls into view and takes the focus when it appears (so an error below the visible
 * area at 1366x768 is seen and read out), unless {@code quiet}.
 */
export function ErrorBox({ error, onRetry, quiet = false }: { error: unknown; onRetry?: () => void; quiet?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (quiet || !box.current) return;
    box.current.scrollIntoView?.({ block: 'nearest' });
    box.current.focus({ preventScroll: true });
  }, [error, quiet]);
  const explained = error instanceof ApiError ? error.explained : explainProblem(-1, null);
  if (!(error instanceof ApiError)) {
    explained.title = 'Something went wrong';
    explained.message = error instanceof Error ? error.message : 'An unexpected error occurred in the page. Reload and try again.';
  }
  return (
    <div class="error" role="alert" tabIndex={-1} ref={box}>
      <strong class="error-title">{explained.title}</strong>
      <p>{explained.message}</p>
      {explained.fields.length > 0 && (
        <ul>
          {explained.fields.map((f) => (
            <li key={f.field}>
              <b>{f.field}</b> {f.message}
            </li>
          ))}
        </ul>
      )}
      {explained.reasons.length > 0 && (
        <ol class="reasons" aria-label="Reasons">
          {explained.reasons.map((r) => (
            <li key={r.code} data-code={r.code}>
              <span class="reason-what">{r.what}</span>
              <span class="reason-todo">What to do: {r.todo}</span>
            </li>
          ))}
        </ol>
      )}
      {explained.signIn && (
        <p>
          <a class="button" href={signInHref()}>
            Sign in again
          </a>
        </p>
      )}
      {explained.retryable && onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export interface Async<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs a load whenever its key changes; a later load wins over an earlier one. */
export function useAsync<T>(load: () => Promise<T>, key: unknown[]): Async<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ data: s.data, loading: true }));
    load().then(
      (data) => mine === generation.current && setState({ data, loading: false }),
      (error) => mine === generation.current && setState({ error, loading: false }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, key);
  useEffect(run, [run]);
  return { data: state.data, error: state.error, loading: state.loading, reload: run };
}

export interface Submission {
  busy: boolean;
  error?: unknown;
}

/**
 * A form that sends one change: busy while the request runs, its error kept for the form to
 * show, and {@code onDone(true)} once it succeeded.
 */
export function useSubmit(onDone: (ok: boolean) => void): [Submission, (e: Event, work: () => Promise<unknown>) => Promise<void>] {
  const [state, setState] = useState<Submission>({ busy: false });
  async function submit(e: Event, work: () => Promise<unknown>) {
    e.preventDefault();
    setState({ busy: true });
    try {
      await work();
      // a form that stays on screen (a policy toggle, a clinic saved) may send again
      setState({ busy: false });
      onDone(true);
    } catch (error) {
      setState({ busy: false, error });
    }
  }
  return [state, submit];
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section class="panel" aria-labelledby={id ? `${id}-h` : undefined}>
      <h2 id={id ? `${id}-h` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

export const STATES = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY'];

export function humanize(code: string): string {
  const text = code.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A column header that sorts its table: a button (Enter or Space), with aria-sort on the header. */
export function SortHeader<K extends string>({ label, column, sort, onSort }: { label: string; column: K; sort: Sort<K>; onSort: (next: Sort<K>) => void }) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" class="sort" onClick={() => onSort(nextSort(sort, column))}>
        {label}
        <span aria-hidden="true" class="sort-mark">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

/** Two-letter codes to the states' names, for lists that read and sort by name. */
export const STATE_NAMES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

export function stateName(code: string): string {
  return STATE_NAMES[code] ?? code;
}

/** Items that name a state, in the order of the states' names. */
export function byStateName<T>(items: readonly T[], codeOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => stateName(codeOf(a)).localeCompare(stateName(codeOf(b)), 'en-US'));
}
