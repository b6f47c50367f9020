// One pack's rules with the user's severity overrides (where not locked), its self-test and history.
import { useEffect, useState } from 'react';
import { SEVERITIES, type Severity } from '@/lib/engine/types';
import type { PackVersionRecord } from '@/lib/storage/schema';
import { ErrorNote } from '@/components/shared/ErrorNote';
import { TableHead } from '@/components/shared/TableHead';
import { useAction } from '@/components/shared/useAction';
import type { ExampleResult } from '@/lib/policy/examples';
import type { OptionsApi, PackView } from './api';
import { ExampleResults } from './ExampleResults';

export function PackDetails({ api, view }: { api: OptionsApi; view: PackView }) {
  const { record } = view;
  const [results, setResults] = useState<ExampleResult[]>();
  const [versions, setVersions] = useState<PackVersionRecord[]>([]);
  const { busy, error, run } = useAction();
  useEffect(() => {
    void api.versions(record.id).then(setVersions);
  }, [api, record.id, record.version]);
  const defined = new Map((view.pack?.rules ?? []).map((r) => [r.id, r]));

  return (
    <div data-testid="pack-details" data-pack-id={record.id}>
      {view.pack?.description ? <p>{view.pack.description}</p> : null}
      <h3>Rules</h3>
      {!record.enabled && !view.rules.length ? <p className="gr-muted">Switch the pack on to see its rules as they apply.</p> : null}
      {view.rules.length ? (
        <table className="gr-table">
          <TableHead columns={['Rule', 'Category', 'Severity', 'On']} />
          <tbody>
            {view.rules.map((rule) => {
              const override = record.overrides[rule.id];
              const locked = rule.locked || view.lockedByIt;
              return (
                <tr key={rule.id} data-testid="rule-row" data-rule-id={rule.id} data-locked={locked}>
                  <td>
                    <code>{rule.id}</code>
                    {defined.get(rule.id)?.message ? <div className="gr-muted">{defined.get(rule.id)?.message}</div> : null}
                    {locked ? <span className="gr-badge" data-kind="locked"> locked</span> : null}
                  </td>
                  <td>{rule.category}</td>
                  <td>
                    <select
                      aria-label={`Severity of ${rule.id}`}
                      data-testid="rule-severity"
                      disabled={locked || busy}
                      value={override?.severity ?? ''}
                      onChange={(e) =>
                        void run(() =>
                          api.setRuleOverride(record.id, rule.id, { ...override, severity: (e.target.value || undefined) as Severity | undefined }),
                        )
                      }
                    >
                      <option value="">pack default ({defined.get(rule.id)?.severity ?? rule.severity})</option>
                      {SEVERITIES.map((s) => (
                        <option key={s} value={s}>
                          {s}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${rule.id} on`}
                      data-testid="rule-enabled"
                      disabled={locked || busy}
                      checked={rule.enabled}
                      onChange={(e) => void run(() => api.setRuleOverride(record.id, rule.id, { ...override, enabled: e.target.checked }))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <div className="gr-row">
        <button disabled={busy} data-testid="pack-selftest" onClick={() => void run(async () => setResults(await api.selfTest(record.id)))}>
          Run self-test
        </button>
      </div>
      <ErrorNote error={error} />
      {results ? <ExampleResults results={results} /> : null}
      {versions.length ? (
        <>
          <h3>Earlier versions</h3>
          <ul className="gr-list" data-testid="pack-versions">
            {versions.map((v) => (
              <li key={v.version}>
                {v.version} <span className="gr-muted">(replaced {new Date(v.savedAt).toLocaleString()})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
