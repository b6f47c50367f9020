// The event log kept for reports (never any text): how long it is kept, and "clear all".
import { Section } from '@/components/shared/Section';
import { ErrorNote } from '@/components/shared/ErrorNote';
import { useAction } from '@/components/shared/useAction';
import type { ErrorRecord } from '@/lib/storage/schema';
import type { OptionsApi } from './api';

export const RETENTION_DAYS = [7, 30, 90, 180, 365] as const;

export function DataPanel({ api, retentionDays, eventCount, errors }: { api: OptionsApi; retentionDays: number; eventCount: number; errors: ErrorRecord[] }) {
  const { busy, error, run } = useAction();
  return (
    <Section title="Your data" testId="data-panel">
      <p>
        Guardrail records what happened (time to the hour, site, rules and categories found, the outcome), never what you wrote.{' '}
        <span data-testid="events-count" data-count={eventCount}>
          {eventCount} events
        </span>{' '}
        are stored on this device.
      </p>
      <div className="gr-row">
        <label>
          Keep events for{' '}
          <select value={retentionDays} data-testid="retention-select" disabled={busy} onChange={(e) => void run(() => api.setRetention(Number(e.target.value)))}>
            {RETENTION_DAYS.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </label>
        <button data-testid="events-clear" disabled={busy || !eventCount} onClick={() => void run(() => api.clearEvents())}>
          Clear all events
        </button>
      </div>
      <details data-testid="error-log" data-count={errors.length}>
        <summary>Guardrail’s own error log ({errors.length})</summary>
        <p className="gr-muted">Where Guardrail failed, for your IT support. It holds no text you wrote.</p>
        <ul className="gr-list">
          {errors.slice(0, 50).map((e) => (
            <li key={e.seq}>
              {new Date(e.at).toLocaleString()} <code>{e.where}</code>: {e.message}
            </li>
          ))}
        </ul>
        <button disabled={busy || !errors.length} onClick={() => void run(() => api.clearErrors())}>
          Clear the error log
        </button>
      </details>
      <ErrorNote error={error} />
    </Section>
  );
}
