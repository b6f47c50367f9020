// Finds composers: the site's markers (checked once per animation frame after DOM changes, so
// mutation storms cost one scan), and any editable the user focuses, resolved through
// composedPath() so that editors inside web components' shadow roots are found too.
import { resolveEditable, type Editable } from '../../lib/dom/editor';
import { frameTask } from '../../lib/dom/schedule';
import type { ComposerSpec, SiteAdapter } from '../../lib/sites';
import { guarded } from './messaging';

export interface WatcherEvents {
  found(el: Editable, spec: ComposerSpec | undefined): void;
  /** Called after each scan so that sessions of removed composers can be torn down. */
  swept(): void;
}

export function watchComposers(adapter: SiteAdapter, events: WatcherEvents): () => void {
  const scan = frameTask(
    guarded('content/scan', () => {
      for (const spec of adapter.composers) {
        for (const match of findAll(spec)) {
          const el = resolveEditable(match);
          if (el) events.found(el, spec);
        }
      }
      events.swept();
    }),
  );
  const observer = new MutationObserver(() => scan.request());
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const onFocus = guarded('content/focusin', (e: FocusEvent) => {
    for (const t of e.composedPath()) {
      if (!(t instanceof HTMLElement)) continue;
      if (t instanceof HTMLTextAreaElement || t.isContentEditable) {
        const el = resolveEditable(t);
        if (el) events.found(el, adapter.composers.find((s) => matchesSpec(el, s)));
        return;
      }
    }
  });
  window.addEventListener('focusin', onFocus, true);
  scan.request();
  return () => {
    observer.disconnect();
    scan.cancel();
    window.removeEventListener('focusin', onFocus, true);
  };
}

function findAll(spec: ComposerSpec): Element[] {
  if (!spec.shadowHost) return [...document.querySelectorAll(spec.selector)];
  return [...document.querySelectorAll(spec.shadowHost)].flatMap((host) => [
    ...host.querySelectorAll(spec.selector),
    ...(host.shadowRoot?.querySelectorAll(spec.selector) ?? []),
  ]);
}

function matchesSpec(el: Element, spec: ComposerSpec): boolean {
  try {
    return el.matches(spec.selector);
  } catch {
    return false;
  }
}
