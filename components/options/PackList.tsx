// The installed packs: built in, managed and imported, with version, source and state.
import { Fragment, useState } from 'react';
import { Section } from '@/components/shared/Section';
import { ErrorNote } from '@/components/shared/ErrorNote';
import { TableHead } from '@/components/shared/TableHead';
import { useAction } from '@/components/shared/useAction';
import type { OptionsApi, PackView } from './api';
import { PackDetails } from './PackDetails';
import { routeHref } from './route';

const ORIGIN: Record<PackView['record']['origin'], string> = { builtin: 'built in', imported: 'imported', managed: 'managed by your organization' };

function state(view: PackView): string {
  if (view.problem) return 'not in use (problem)';
  if (view.record.origin === 'builtin' || view.lockedByIt) return 'active, locked';
  return view.record.enabled ? 'active' : 'off';
}

export function PackList({ api, packs }: { api: OptionsApi; packs: PackView[] }) {
  const [open, setOpen] = useState<string>();
  const { busy, error, run } = useAction();
  return (
    <Section title="Policy packs" testId="pack-list">
      <ErrorNote error={error} />
      <table className="gr-table">
        <TableHead columns={['Pack', 'Version', 'Source', 'State', '']} />
        <tbody>
          {packs.map((view) => {
            const { record } = view;
            const fixed = record.origin === 'builtin' || view.lockedByIt;
            return (
              <Fragment key={record.id}>
                <tr
                  data-testid="pack-row"
                  data-pack-id={record.id}
                  data-origin={record.origin}
                  data-version={record.version}
                  data-enabled={record.enabled}
                  data-locked={fixed}
                >
                  <td>
                    <strong>{record.name ?? record.id}</strong> <code className="gr-muted">{record.id}</code>
                    {record.origin !== 'imported' ? (
                      <span className="gr-badge" data-kind={record.origin}>
                        {record.origin === 'managed' ? 'managed' : 'built in'}
                      </span>
                    ) : null}
                    {view.lockedByIt ? (
                      <span className="gr-badge" data-kind="locked" data-testid="pack-locked">
                        locked
                      </span>
                    ) : null}
                    {view.problem ? (
                      <div className="gr-error" data-testid="pack-problem">
                        {view.problem}
                      </div>
                    ) : null}
                  </td>
                  <td data-testid="pack-version">{record.version}</td>
                  <td>
                    {ORIGIN[record.origin]}
                    {record.sourceUrl ? <div className="gr-muted">{record.sourceUrl}</div> : null}
                  </td>
                  <td data-testid="pack-state">{state(view)}</td>
                  <td>
                    <div className="gr-row">
                      <label>
                        <input
                          type="checkbox"
                          data-testid="pack-toggle"
                          aria-label={`Use ${record.id}`}
                          checked={record.enabled || fixed}
                          disabled={fixed || busy}
                          onChange={(e) => void run(() => api.setEnabled(record.id, e.target.checked))}
                        />{' '}
                        on
                      </label>
                      <button data-testid="pack-details-toggle" onClick={() => setOpen(open === record.id ? undefined : record.id)}>
                        {open === record.id ? 'Hide' : 'Rules & tests'}
                      </button>
                      <button data-testid="pack-export" onClick={() => void run(() => api.export(record.id))}>
                        Export
                      </button>
                      {record.origin === 'imported' ? (
                        <a className="gr-button-link" href={routeHref('editor', record.id)} data-testid="pack-edit">
                          Edit
                        </a>
                      ) : null}
                      {record.origin === 'imported' ? (
                        <button data-testid="pack-remove" disabled={busy} onClick={() => void run(() => api.remove(record.id))}>
                          Remove
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
                {open === record.id ? (
                  <tr>
                    <td colSpan={5}>
                      <PackDetails api={api} view={view} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}
