// The toolbar popup: what Guardrail is doing on this tab (composers watched, the draft's
// finding counts), the packs in force, pause, per-site switch and links.
import { useCallback, useEffect, useState } from 'react';
import { useAction } from '@/components/shared/useAction';
import type { TabStatus } from '@/lib/protocol';
import type { PopupApi, PopupState } from './api';

/** The counts follow typing in the tab while the popup is open. */
const STATUS_POLL_MS = 1_000;

const SEVERITY_LABELS = [
  ['error', 'errors'],
  ['warning', 'warnings'],
  ['info', 'notes'],
] as const;

function TabFindings({ status }: { status: TabStatus | undefined }) {
  if (!status || status.composers === 0) {
    return (
      <p className="gr-muted" data-testid="popup-composers" data-composers="0">
        No composer is open on this page yet. Start a post and Guardrail checks it as you type.
      </p>
    );
  }
  return (
    <>
      <p data-testid="popup-composers" data-composers={status.composers}>
        Watching {status.composers === 1 ? 'the composer' : `${status.composers} composers`} on this page.
      </p>
      <ul className="gr-counts" data-testid="popup-counts" aria-label="Findings in the current draft">
        {SEVERITY_LABELS.map(([severity, label]) => (
          <li key={severity} data-testid={`popup-count-${severity}`} data-count={status.findings[severity]}>
            <strong>{status.findings[severity]}</strong> {label}
          </li>
        ))}
      </ul>
    </>
  );
}

export const PAUSES = [
  { minutes: 15, label: '15 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 240, label: '4 hours' },
] as const;

function status(s: PopupState, now: number): { active: boolean; text: string } {
  if (!s.host) return { active: false, text: 'Guardrail does not run on this page.' };
  if (!s.covered) return { active: false, text: `Guardrail is not checking posts on ${s.host}.` };
  if (!s.siteOn) return { active: false, text: `You switched Guardrail off on ${s.host}.` };
  if (s.pausedUntil && s.pausedUntil > now) {
    return { active: false, text: `Paused until ${new Date(s.pausedUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.` };
  }
  return { active: true, text: `Guardrail is checking your posts on ${s.host}.` };
}

export function PopupApp({ api }: { api: PopupApi }) {
  const [state, setState] = useState<PopupState>();
  const { busy, error, run } = useAction();
  const [tab, setTab] = useState<TabStatus>();
  const reload = useCallback(() => api.load().then(setState), [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    let live = true;
    const poll = () => void api.tabStatus().then((t) => live && setTab(t), () => live && setTab(undefined));
    poll();
    const timer = setInterval(poll, STATUS_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api]);
  const act = (action: () => Promise<void>) => run(async () => {
    await action();
    await reload();
  });

  if (!state) return <p>Loading…</p>;
  const now = Date.now();
  const s = status(state, now);
  const paused = !!state.pausedUntil && state.pausedUntil > now;
  return (
    <main className="gr-popup" data-testid="popup-ready">
      <h1>Guardrail</h1>
      <p data-testid="popup-status" data-active={s.active} data-host={state.host ?? ''}>
        {s.text}
      </p>
      {state.host && !state.covered && state.canAdd ? (
        <button className="gr-primary" data-testid="popup-add-site" disabled={busy} onClick={() => void act(() => api.addSite(state.host!))}>
          Check posts on this site
        </button>
      ) : null}
      {state.host && !state.covered && state.canAdd ? (
        <p className="gr-muted" data-testid="popup-how-to-enable">
          Guardrail asks for access to {state.host} only when you press the button; you can remove the site again under Settings, Sites.
        </p>
      ) : null}
      {state.host && !state.covered && !state.canAdd ? <p className="gr-muted">Your organization does not allow adding this site.</p> : null}
      {!state.host ? (
        <p className="gr-muted" data-testid="popup-how-to-enable">
          Open a social-media site in this tab to see what Guardrail checks there.
        </p>
      ) : null}
      {state.host && state.covered && s.active ? <TabFindings status={tab} /> : null}
      {state.host && state.covered ? (
        <label>
          <input type="checkbox" data-testid="popup-site-toggle" checked={state.siteOn} disabled={busy} onChange={(e) => void act(() => api.setSite(state.host!, e.target.checked))} /> On
          for {state.host}
        </label>
      ) : null}
      <h2>Packs in force</h2>
      <ul className="gr-list" data-testid="popup-packs">
        {state.packs.map((p) => (
          <li key={p.id} data-testid="popup-pack" data-pack-id={p.id} data-version={p.version}>
            {p.name ?? p.id} <span className="gr-muted">{p.version}</span>
          </li>
        ))}
      </ul>
      {state.pauseAllowed ? (
        paused ? (
          <button data-testid="popup-resume" disabled={busy} onClick={() => void act(() => api.resume())}>
            Resume now
          </button>
        ) : (
          <div className="gr-row">
            Pause for
            {PAUSES.map((p) => (
              <button key={p.minutes} data-testid={`popup-pause-${p.minutes}`} disabled={busy} onClick={() => void act(() => api.pause(p.minutes))}>
                {p.label}
              </button>
            ))}
          </div>
        )
      ) : (
        <p className="gr-muted" data-testid="popup-pause-forbidden">
          Your organization does not allow pausing Guardrail.
        </p>
      )}
      {error ? <p className="gr-error" role="alert">{error}</p> : null}
      <div className="gr-row">
        <button data-testid="popup-options" onClick={() => void api.openOptions()}>
          Settings and packs
        </button>
        <button data-testid="popup-training" onClick={() => void api.openTraining()}>
          Training
        </button>
      </div>
      {state.managed ? <p className="gr-muted">Managed by your organization.</p> : null}
    </main>
  );
}
