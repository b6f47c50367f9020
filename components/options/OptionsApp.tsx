// The options page: packs, import, try it, the user's settings, sites, IT's policy and data.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Pack } from '@/lib/policy/schema';
import type { OptionsApi, OptionsState } from './api';
import { DataPanel } from './DataPanel';
import { ImportPanel } from './ImportPanel';
import { ManagedPanel } from './ManagedPanel';
import { PackList } from './PackList';
import { SitesPanel } from './SitesPanel';
import { TryIt } from './TryIt';
import { YouPanel } from './YouPanel';
import type { ReportsApi } from '@/components/reports/api';

// Reports bring chart.js: loaded after the first paint so the page opens light.
const ReportsPanel = lazy(() => import('@/components/reports/ReportsPanel').then((m) => ({ default: m.ReportsPanel })));

export function OptionsApp({ api, reports }: { api: OptionsApi; reports?: ReportsApi }) {
  const [state, setState] = useState<OptionsState>();
  const [active, setActive] = useState<Pack[]>([]);
  const [failure, setFailure] = useState<string>();
  const reload = useCallback(async () => {
    try {
      const [s, packs] = await Promise.all([api.load(), api.activePacks()]);
      setState(s);
      setActive(packs);
      setFailure(undefined);
    } catch (e) {
      setFailure((e as Error).message);
    }
  }, [api]);
  useEffect(() => {
    void reload();
    return api.subscribe(() => void reload());
  }, [api, reload]);

  if (failure) return <p className="gr-error" role="alert">Guardrail could not read its settings: {failure}</p>;
  if (!state) return <p data-testid="options-loading">Loading…</p>;
  return (
    <main data-testid="options-ready" data-revision={state.settings.revision}>
      <h1>Guardrail</h1>
      <p className="gr-muted">Checks your social-media posts against your organization’s policy, on this device, before you publish.</p>
      <p>
        <a href="/training.html" target="_blank" rel="noopener" data-testid="options-training">
          Open the training page
        </a>
      </p>
      <PackList api={api} packs={state.packs} />
      <ImportPanel api={api} examples={state.examples} />
      <TryIt engine={api.engine} packs={active} author={state.settings.author} exceptions={state.settings.exceptions.map((e) => e.term)} />
      <YouPanel api={api} state={state} />
      <SitesPanel api={api} state={state} />
      <ManagedPanel managed={state.settings.managed} />
      <DataPanel api={api} retentionDays={state.settings.retentionDays} eventCount={state.eventCount} errors={state.errors} />
      {reports ? (
        <Suspense fallback={<p className="gr-muted" data-testid="reports-loading">Loading reports…</p>}>
          <ReportsPanel api={reports} />
        </Suspense>
      ) : null}
    </main>
  );
}
