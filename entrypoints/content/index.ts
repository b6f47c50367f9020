// The content script: finds the composers of the ten supported sites (and of any site the user
// enabled at run time), checks drafts on the device and guards publishing. Thin wiring only.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Editable } from '../../lib/dom/editor';
import { frameTask } from '../../lib/dom/schedule';
import { adapterFor, MATCH_PATTERNS } from '../../lib/sites';
import { tabStatus } from '../../lib/tab-status';
import { guarded, onPolicyChanged, onTabStatus } from './messaging';
import { PolicyHolder } from './policy';
import { guardPublishing } from './publish-guard';
import { ComposerSession } from './session';
import { watchComposers } from './watcher';

/** How often an orphaned script (the extension was updated) looks for it; see start(). */
const INVALIDATION_CHECK_MS = 1_000;

export default defineContentScript({
  matches: MATCH_PATTERNS,
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    try {
      start(ctx);
    } catch (e) {
      // Never let Guardrail break the page it runs in.
      guarded('content/start', () => {
        throw e;
      })();
    }
  },
});

function start(ctx: ContentScriptContext): void {
  const adapter = adapterFor(location.hostname);
  const policy = new PolicyHolder(location.hostname);
  const sessions = new Map<Editable, ComposerSession>();

  const stopWatching = watchComposers(adapter, {
    found(el, spec) {
      if (sessions.has(el)) return;
      policy.ensureLoaded();
      sessions.set(el, new ComposerSession(el, spec, adapter, policy));
    },
    swept() {
      for (const [el, s] of sessions) {
        if (!el.isConnected) {
          s.destroy();
          sessions.delete(el);
        }
      }
    },
  });
  const stopGuard = guardPublishing(adapter, policy, () => [...sessions.values()]);

  // Hover is hit-tested here rather than on the underlines, which let the pointer through.
  let pointer = { x: 0, y: 0, target: null as EventTarget | null };
  const hover = frameTask(
    guarded('content/hover', () => {
      for (const s of sessions.values()) if (s.hover(pointer.x, pointer.y, pointer.target)) return;
    }),
  );
  const onMove = (e: MouseEvent) => {
    if (!sessions.size) return;
    pointer = { x: e.clientX, y: e.clientY, target: e.composedPath()[0] ?? null };
    hover.request();
  };
  window.addEventListener('mousemove', onMove, { capture: true, passive: true });
  const stopPolicy = onPolicyChanged(guarded('content/policy-changed', () => void policy.reload()));
  const stopStatus = onTabStatus(() => tabStatus([...sessions.keys()].filter((el) => el.isConnected).map((el) => sessions.get(el)!.severities())));

  ctx.onInvalidated(
    guarded('content/invalidated', () => {
      // The extension was updated or removed: take everything down quietly, the page's parts
      // first (the extension's own APIs may already be gone and throw).
      stopWatching();
      stopGuard();
      hover.cancel();
      window.removeEventListener('mousemove', onMove, true);
      sessions.forEach((s) => s.destroy());
      sessions.clear();
      stopPolicy();
      stopStatus();
    }),
  );
  // An update orphans this script without any event: WXT notices when one of its timers finds
  // the runtime gone, and then runs the teardown above.
  ctx.setInterval(() => undefined, INVALIDATION_CHECK_MS);
}
