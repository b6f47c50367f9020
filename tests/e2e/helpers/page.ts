// In-page probes shared by the end-to-end tests.
import type { Page } from 'playwright-core';

export const GUARDRAIL = {
  finding: '[data-guardrail-finding]',
  errorFinding: '[data-guardrail-finding][data-severity="error"]',
  badge: '[data-guardrail-badge]',
  card: '[data-guardrail-card]',
  gate: '[data-guardrail-gate]',
  edit: '[data-guardrail-gate] [data-guardrail-action="edit"]',
  publish: '[data-guardrail-gate] [data-guardrail-action="publish"]',
  fix: '[data-guardrail-card] [data-guardrail-fix]',
};

export const modelText = (page: Page) => page.evaluate(() => window.__modelText());
export const published = (page: Page) => page.evaluate(() => window.__published.slice());

/** The viewport rectangle of a word in the editor (for textareas: the textarea's box). */
export function wordBox(page: Page, editorSelector: string, word: string) {
  return page.evaluate(
    ([sel, w]) => {
      const find = (root: Document | ShadowRoot): Element | null => {
        const hit = root.querySelector(sel);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) {
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      const editor = find(document)!;
      if (editor instanceof HTMLTextAreaElement) {
        const r = editor.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height, exact: false };
      }
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(w);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height, exact: true };
      }
      return null;
    },
    [editorSelector, word] as const,
  );
}

/** Whether the focused element, looking through shadow roots, is the editor or inside it. */
export function editorHasFocus(page: Page, editorSelector: string) {
  return page.evaluate((sel) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return !!active && (active.matches(sel) || !!active.closest(sel));
  }, editorSelector);
}
