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
  applyStyles(root);
  document.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}

/** One constructed sheet per document, shared by every shadow root Guardrail draws in. */
let sheet: CSSStyleSheet | undefined;

/**
 * A constructed (adopted) sheet is not subject to style-src: an inline <style> is refused by
 * the extension pages' CSP and by many sites' own. The <style> is the fallback where a sheet
 * cannot be adopted (older browsers; Firefox content scripts, whose Xray wrappers refuse it).
 */
function applyStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    try {
      if (!sheet) {
        const constructed = new CSSStyleSheet();
        constructed.replaceSync(OVERLAY_CSS);
        sheet = constructed;
      }
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Fall through to the inline sheet.
    }
  }
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
}

/** Creates an element with a class and text (always as text: pack messages are untrusted). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
