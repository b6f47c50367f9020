// Small predicates the adapters compose to recognize publish controls.

/** Matches an element against any of the selectors (an invalid selector never matches). */
export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

/** A button-like element whose visible label is one of the words (sites without stable ids). */
export function isButtonLabelled(el: Element, labels: readonly string[]): boolean {
  if (!matchesAny(el, ['button', '[role="button"]'])) return false;
  if (el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled) return false;
  const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
  return labels.some((l) => label === l.toLowerCase());
}

/** Whether any element on the composed path is a host matching the selector. */
export function pathHasHost(path: readonly EventTarget[], selector: string): boolean {
  // Duck-typed so that it works with elements from any realm (frames, test documents).
  return path.some((t) => (t as Node).nodeType === 1 && matchesAny(t as Element, [selector]));
}
