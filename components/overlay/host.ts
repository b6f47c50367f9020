// A <guardrail-ui> element with an open shadow root: everything Guardrail draws lives in one,
// outside the page's editors (the testing contract in DESIGN.md relies on it).
import { OVERLAY_CSS } from './styles';

export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

export function createHost(purpose: string): OverlayHost {
  const host = document.createElement('guardrail-ui');
  host.setAttribute('data-purpose', purpose);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
  document.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}

/** Creates an element with a class and text (always as text: pack messages are untrusted). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
