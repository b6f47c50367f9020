// What IT configured (managed storage / enterprise policy), and any problem with it.
import { Section } from '@/components/shared/Section';
import type { ManagedState } from '@/lib/storage/schema';

const STATUS: Record<ManagedState['status'], string> = {
  'not-loaded': 'not read yet',
  empty: 'no organization policy on this browser',
  loaded: 'set by your organization',
};

export function ManagedPanel({ managed }: { managed: ManagedState }) {
  const c = managed.config;
  return (
    <Section title="Organization policy" testId="managed-panel">
      <p data-testid="managed-status" data-status={managed.status}>
        Managed configuration: {STATUS[managed.status]}.
      </p>
      {c ? (
        <ul className="gr-list">
          <li data-testid="managed-lock" data-locked={c.lockPacks}>
            Managed packs {c.lockPacks ? 'are locked' : 'may be switched off or adjusted'}.
          </li>
          <li>
            Packs: {c.packs.length} inline, {c.packUrls.length} by address
            {c.packUrls.length ? ` (refreshed every ${c.refreshMinutes} minutes)` : ''}.
          </li>
          {c.enforcement ? <li>Enforcement: {c.enforcement}.</li> : null}
          {c.allowPersonalExceptions === false ? <li>Personal exceptions are not allowed.</li> : null}
          {c.allowedSites ? <li>Sites you may add: {c.allowedSites.length ? c.allowedSites.join(', ') : 'none'}.</li> : null}
          {!c.allowPause ? <li>Pausing is not allowed.</li> : null}
          {c.reportEndpoint ? (
            <li data-testid="managed-report-endpoint">
              Weekly counts (never any text) are sent to {c.reportEndpoint}.
            </li>
          ) : null}
        </ul>
      ) : null}
      {managed.problems.length ? (
        <ul className="gr-list" data-testid="managed-problems">
          {managed.problems.map((p, i) => (
            <li key={i} className="gr-error">
              {p}
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
