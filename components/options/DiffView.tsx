// What installing a version changes, compared with the installed one.
import type { PackDiff } from './pack-diff';

export function DiffView({ diff }: { diff: PackDiff }) {
  const nothing = !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.settings.length;
  return (
    <div data-testid="import-diff">
      <h3>
        Changes from {diff.from} to {diff.to}
      </h3>
      {nothing ? <p className="gr-muted">No rule or setting changes.</p> : null}
      {diff.added.length ? (
        <p data-testid="diff-added">
          Rules added: <code>{diff.added.join(', ')}</code>
        </p>
      ) : null}
      {diff.removed.length ? (
        <p data-testid="diff-removed">
          Rules removed: <code>{diff.removed.join(', ')}</code>
        </p>
      ) : null}
      {diff.changed.length ? (
        <div data-testid="diff-changed">
          Rules changed:
          <ul className="gr-list">
            {diff.changed.map((c) => (
              <li key={c.id}>
                <code>{c.id}</code>: {c.fields.join(', ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {diff.settings.length ? (
        <p data-testid="diff-settings">
          Pack settings changed: <code>{diff.settings.join(', ')}</code>
        </p>
      ) : null}
    </div>
  );
}
