// The options page as a small app: a navigation with one section on screen at a time, each with
// a deep link (route.ts). Hidden sections stay mounted, so a half-typed pack or "try it" text
// survives a look at another section; the editor and reports load on their first visit.
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Pack } from '@/lib/policy/schema';
import type { OptionsApi, OptionsState } from './api';
import { DataPanel } from './DataPanel';
import { ImportPanel } from './ImportPanel';
import { ManagedPanel } from './ManagedPanel';
import { PackList } from './PackList';
import { routeHref, SECTIONS, useRoute, type SectionId } from './route';
import { SitesPanel } from './SitesPanel';
import { TryIt } from './TryIt';
import { YouPanel } from './YouPanel';
import type { ReportsApi } from '@/components/reports/api';

// Reports bring chart.js and the editor CodeMirror: both load when their section first opens.
const ReportsPanel = lazy(() => import('@/components/reports/ReportsPanel').then((m) => ({ default: m.ReportsPanel })));
const PackEditor = lazy(() => import('./PackEditor').then((m) => ({ default: m.PackEditor })));

/** Sections whose code loads when they are first opened. */
const LAZY = new Set<SectionId>(['editor', 'reports']);

function Loading({ what }: { what: string }) {
  return (
    <p className="gr-muted" data-testid={`${what}-loading`}>
      Loading {what}…
    </p>
  );
}

export function OptionsApp({ api, reports }: { api: OptionsApi; reports?: ReportsApi }) {
  const [state, setState] = useState<OptionsState>();
  const [active, setActive] = useState<Pack[]>([]);
  const [failure, setFailure] = useState<string>();
  const route = useRoute();
  const [visited, setVisited] = useState<Set<SectionId>>(() => new Set([route.section]));
  const first = useRef(true);
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
  useEffect(() => {
    setVisited((v) => (v.has(route.section) ? v : new Set([...v, route.section])));
    // After a click in the navigation, keyboard and screen-reader users land on the section.
    if (first.current) first.current = false;
    else document.getElementById(`section-${route.section}`)?.focus();
  }, [route.section]);

  if (failure) return <p className="gr-error" role="alert">Guardrail could not read its settings: {failure}</p>;
  if (!state) return <p data-testid="options-loading">Loading…</p>;

  const panel = (id: SectionId, children: ReactNode) =>
    !LAZY.has(id) || visited.has(id) ? (
      <div id={`section-${id}`} key={id} tabIndex={-1} hidden={route.section !== id} data-section={id} className="gr-panel">
        {children}
      </div>
    ) : null;
  const imported = state.packs.filter((p) => p.record.origin === 'imported');

  return (
    <div className="gr-app" data-testid="options-ready" data-revision={state.settings.revision} data-open-section={route.section}>
      <header className="gr-header">
        <h1>Guardrail</h1>
        <p className="gr-muted">Checks your social-media posts against your organization’s policy, on this device, before you publish.</p>
      </header>
      <nav className="gr-nav" aria-label="Settings sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={routeHref(s.id)} data-testid={`nav-${s.id}`} aria-current={route.section === s.id ? 'page' : undefined}>
                {s.label}
              </a>
            </li>
          ))}
          <li className="gr-nav-aside">
            <a href="/training.html" target="_blank" rel="noopener" data-testid="options-training">
              Training ↗
            </a>
          </li>
        </ul>
      </nav>
      <main className="gr-main">
        {panel(
          'packs',
          <>
            <PackList api={api} packs={state.packs} />
            {!imported.length ? (
              <p className="gr-empty" data-testid="packs-empty">
                Only the packs built in or set by your organization are in use. Packs you add appear in the table above: import one below, or{' '}
                <a href={routeHref('editor')}>write one in the pack editor</a>.
              </p>
            ) : null}
            <ImportPanel api={api} examples={state.examples} />
          </>,
        )}
        {panel(
          'editor',
          <Suspense fallback={<Loading what="editor" />}>
            <PackEditor api={api} packs={state.packs} packId={route.section === 'editor' ? route.arg : undefined} />
          </Suspense>,
        )}
        {panel('try', <TryIt engine={api.engine} packs={active} author={state.settings.author} exceptions={state.settings.exceptions.map((e) => e.term)} />)}
        {panel('sites', <SitesPanel api={api} state={state} />)}
        {panel('you', <YouPanel api={api} state={state} />)}
        {panel('organization', <ManagedPanel managed={state.settings.managed} />)}
        {panel('data', <DataPanel api={api} retentionDays={state.settings.retentionDays} eventCount={state.eventCount} errors={state.errors} />)}
        {panel(
          'reports',
          reports ? (
            <Suspense fallback={<Loading what="reports" />}>
              <ReportsPanel api={reports} />
            </Suspense>
          ) : (
            <p className="gr-empty">Reports are not available here.</p>
          ),
        )}
      </main>
    </div>
  );
}
