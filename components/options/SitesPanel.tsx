// Guardrail on or off, site by site.
import { Section } from '@/components/shared/Section';
import { ErrorNote } from '@/components/shared/ErrorNote';
import { useAction } from '@/components/shared/useAction';
import { siteSwitch } from '@/lib/storage/layers';
import type { OptionsApi, OptionsState } from './api';

export function SitesPanel({ api, state }: { api: OptionsApi; state: OptionsState }) {
  const { busy, error, run } = useAction();
  return (
    <Section title="Sites" testId="sites-panel">
      <p className="gr-muted">Guardrail checks posts on these sites. Add another site from the toolbar button while you are on it.</p>
      <ul className="gr-list">
        {state.sites.map(({ host, builtin }) => (
          <li key={host}>
            <label>
              <input
                type="checkbox"
                data-testid="site-toggle"
                data-host={host}
                disabled={busy}
                checked={siteSwitch(state.settings.sites, host) !== false}
                onChange={(e) => void run(() => api.setSite(host, e.target.checked))}
              />{' '}
              {host} {builtin ? null : <span className="gr-muted">(added by you)</span>}
            </label>{' '}
            {builtin ? null : (
              <button data-testid="site-remove" data-host={host} disabled={busy} onClick={() => void run(() => api.removeSite(host))}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <ErrorNote error={error} />
    </Section>
  );
}
