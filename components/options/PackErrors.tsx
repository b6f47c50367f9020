// Validation errors at their line and field, each with the offending line of the source.
import type { PackError } from '@/lib/policy/errors';

export function PackErrors({ errors, source }: { errors: PackError[]; source: string }) {
  const lines = source.split(/\r?\n/);
  return (
    <div data-testid="import-errors" role="alert">
      <p className="gr-error">
        This pack has {errors.length} problem{errors.length === 1 ? '' : 's'}. Nothing was changed: the packs in use stay as they are.
      </p>
      <ul className="gr-list">
        {errors.map((e, i) => (
          <li key={i} data-testid="import-error" data-line={e.line} data-path={e.path}>
            <strong>
              Line {e.line}, column {e.column}
              {e.path ? ` (${e.path})` : ''}
            </strong>
            : {e.message}
            {lines[e.line - 1]?.trim() ? <pre className="gr-source">{`${e.line} | ${lines[e.line - 1]}`}</pre> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
