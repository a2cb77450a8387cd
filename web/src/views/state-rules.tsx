import { useState } from 'preact/hooks';
import { call } from '../api';
import { type Rule, conditions, provenance, verifyWords } from '../rules';
import { type Sort, sortRows } from '../sorting';
import { ErrorBox, Loading, SortHeader, humanize, useAsync } from '../ui';
import { AddRuleVersion, UnsettledPolicy } from './rule-admin';

export function StateRules({ canWrite }: { canWrite: boolean }) {
  const [changes, setChanges] = useState(0);
  const rules = useAsync(() => call<Rule[]>('/api/credentialing/state-rules'), [changes]);
  const [state, setState] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [sort, setSort] = useState<Sort<'state' | 'status' | 'since'>>({ key: 'state', direction: 'ascending' });
  if (rules.loading && !rules.data) return <Loading label="Loading state rules" />;
  if (!rules.data) return <ErrorBox error={rules.error} onRetry={rules.reload} />;
  return (
    <div class="split">
      <section class="panel scroll" aria-labelledby="rules-h">
        <h2 id="rules-h">Dry-needling rules in force today</h2>
        {canWrite && (
          <button type="button" class="primary" onClick={() => setAdding(true)}>
            Add a rule version…
          </button>
        )}
        <table class="table">
          <caption>Every state, by {sort.key === 'state' ? 'name' : sort.key} ({sort.direction}); a state opens its history</caption>
          <thead>
            <tr>
              <SortHeader label="State" column="state" sort={sort} onSort={setSort} />
              <SortHeader label="Status" column="status" sort={sort} onSort={setSort} />
              <SortHeader label="Since" column="since" sort={sort} onSort={setSort} />
              <th scope="col">Conditions</th>
            </tr>
          </thead>
          <tbody>
            {sortRows(rules.data, (r) => (sort.key === 'state' ? r.stateName : sort.key === 'status' ? humanize(r.status) : r.effectiveFrom), sort.direction).map((r) => (
              <tr key={r.state} aria-selected={state === r.state} class="opens" onClick={() => setState(r.state)}>
                <td>
                  <button type="button" class="link" onClick={() => setState(r.state)} aria-label={`${r.stateName}: show history`}>
                    {r.stateName}
                  </button>
                </td>
                <td>
                  <span class={`rule ${r.status.toLowerCase()}`}>{humanize(r.status)}</span>
                  <VerifyWithBoard rule={r} />
                </td>
                <td class="nowrap">{r.effectiveFrom}</td>
                <td>{conditions(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div>
        {adding && (
          <AddRuleVersion
            initialState={state ?? 'UT'}
            onDone={(added) => {
              setAdding(false);
              if (added) {
                setState(added);
                setChanges((n) => n + 1);
              }
            }}
          />
        )}
        {!adding && state && <History key={`${state}${changes}`} state={state} />}
        <UnsettledPolicy canWrite={canWrite} />
      </div>
    </div>
  );
}

function History({ state }: { state: string }) {
  const history = useAsync(() => call<{ stateName: string; versions: Rule[] }>(`/api/credentialing/state-rules/${state}`), [state]);
  return (
    <section class="panel" aria-labelledby="history-h" data-testid="rule-history">
      <h2 id="history-h">{history.data?.stateName ?? state}: every version</h2>
      {history.loading && <Loading label="Loading history" />}
      {history.error !== undefined && <ErrorBox error={history.error} onRetry={history.reload} />}
      <ol class="history">
        {[...(history.data?.versions ?? [])].reverse().map((v) => (
          <li key={v.version}>
            <b>{humanize(v.status)}</b> from {v.effectiveFrom}
            {v.effectiveUntil ? ` until ${v.effectiveUntil}` : ' (current)'} · version {v.version}
            <VerifyWithBoard rule={v} />
            <br />
            Conditions: {conditions(v)}
            <ul class="plain provenance" aria-label={`Provenance of ${v.version}`}>
              {provenance(v).map((line) => (
                <li key={line}>
                  <small>{line}</small>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "verify with the state board" in words, beside the rule's status, where the service asks for it. */
export function VerifyWithBoard({ rule }: { rule: Pick<Rule, 'verifyWithStateBoard' | 'confidence' | 'fixedMinimumsKnown'> }) {
  const words = verifyWords(rule);
  return words ? <span class="verify-board"> {words}</span> : null;
}
