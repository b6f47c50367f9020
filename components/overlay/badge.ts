// The per-composer badge: the number of open findings, or a notice when Guardrail is impaired.
import type { Box } from '../../lib/dom/rects';
import { SEVERITY_RANK, type Finding, type Severity } from '../../lib/engine/types';
import { el } from './host';

/** The most severe level among findings (the badge's color). */
export function worstOf(findings: Finding[]): Severity | undefined {
  return findings.reduce<Severity | undefined>((w, f) => (!w || SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), undefined);
}

export class Badge {
  readonly button: HTMLButtonElement;

  constructor(root: ShadowRoot, onActivate: () => void) {
    this.button = el('button', 'badge');
    this.button.type = 'button';
    this.button.setAttribute('data-guardrail-badge', '');
    // Keep the editor's focus and selection when the badge is clicked with the mouse.
    this.button.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', onActivate);
    root.append(this.button);
    this.update(0, undefined);
  }

  update(count: number, worst: Severity | undefined, notice?: string): void {
    const b = this.button;
    b.setAttribute('data-count', String(count));
    if (notice) b.setAttribute('data-notice', notice);
    else b.removeAttribute('data-notice');
    if (worst) b.setAttribute('data-level', worst);
    else b.removeAttribute('data-level');
    b.textContent = notice ? `⚠ ${notice}` : count ? String(count) : '✓';
    const label = count === 1 ? '1 Guardrail finding' : `${count} Guardrail findings`;
    b.setAttribute('aria-label', notice ? `${notice}. ${label}` : label);
    b.title = notice ?? label;
  }

  place(frame: Box | undefined): void {
    this.button.hidden = !frame;
    if (!frame) return;
    // Anchored by its right edge so that a wider notice grows leftwards, inside the composer.
    Object.assign(this.button.style, { right: `${innerWidth - (frame.left + frame.width) + 6}px`, top: `${frame.top + frame.height - 28}px` });
  }
}
