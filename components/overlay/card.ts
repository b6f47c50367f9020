// The card for one finding: what is wrong, why, which policy says so, and what to do.
// A labelled dialog opened by hover (without taking the editor's focus) or by keyboard.
import type { Box } from '../../lib/dom/rects';
import type { Finding } from '../../lib/engine/types';
import { el } from './host';

export interface CardActions {
  fix(f: Finding, index: number): void;
  ignore(f: Finding): void;
  /** Present only where the pack lets the user add a personal exception for this finding. */
  ignoreTerm?(f: Finding): void;
  /** Moves to the next or previous finding (keyboard navigation). */
  step(f: Finding, delta: number): void;
  closed(): void;
}

let cardIds = 0;

export class Card {
  private box: HTMLDivElement;
  private current: Finding | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: ShadowRoot) {
    this.box = el('div', 'card');
    this.box.hidden = true;
    this.box.setAttribute('role', 'dialog');
    this.box.setAttribute('data-guardrail-card', '');
    // Buttons must not take the editor's selection away: fixes edit at the editor's caret.
    this.box.addEventListener('mousedown', (e) => {
      if (!(e.target instanceof HTMLSelectElement)) e.preventDefault();
    });
    this.box.addEventListener('mouseenter', () => clearTimeout(this.closeTimer));
    root.append(this.box);
  }

  get finding(): Finding | undefined {
    return this.current;
  }

  isOpen(): boolean {
    return !this.box.hidden;
  }

  open(f: Finding, anchor: Box | undefined, actions: CardActions, position: { index: number; total: number }, focus: boolean): void {
    clearTimeout(this.closeTimer);
    this.current = f;
    const id = `gr-card-${++cardIds}`;
    const b = this.box;
    b.replaceChildren();
    b.setAttribute('aria-labelledby', `${id}-title`);
    b.setAttribute('aria-describedby', `${id}-body`);
    b.setAttribute('data-rule', f.ruleId);
    const sev = el('span', 'sev', f.severity === 'error' ? 'Must fix or confirm' : f.severity === 'warning' ? 'Warning' : 'Suggestion');
    sev.setAttribute('data-severity', f.severity);
    const title = el('h2', undefined, f.message);
    title.id = `${id}-title`;
    const body = el('p', undefined, f.explanation);
    body.id = `${id}-body`;
    const policy = el('p', 'muted', `Policy: ${f.policy.pack}${f.policy.section ? ` — ${f.policy.section}` : ''} · ${f.category}`);
    b.append(sev, title, body, policy);

    const buttons = el('div', 'actions');
    f.fixes.forEach((fix, i) => {
      const btn = el('button', i === 0 ? 'primary' : undefined, fix.title);
      btn.type = 'button';
      btn.setAttribute('data-guardrail-fix', String(i));
      btn.addEventListener('click', () => actions.fix(f, i));
      buttons.append(btn);
    });
    const ignore = el('button', undefined, 'Ignore once');
    ignore.type = 'button';
    ignore.setAttribute('data-guardrail-ignore', '');
    ignore.addEventListener('click', () => actions.ignore(f));
    buttons.append(ignore);
    if (actions.ignoreTerm) {
      const term = el('button', undefined, 'Ignore this term for me');
      term.type = 'button';
      term.setAttribute('data-guardrail-ignore-term', '');
      term.addEventListener('click', () => actions.ignoreTerm?.(f));
      buttons.append(term);
    }
    if (position.total > 1) {
      const next = el('button', undefined, `Next (${position.index + 1}/${position.total})`);
      next.type = 'button';
      next.addEventListener('click', () => actions.step(f, 1));
      buttons.append(next);
    }
    b.append(buttons);
    b.onkeydown = (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.close();
        actions.closed();
      }
    };
    b.hidden = false;
    this.place(anchor);
    if (focus) (buttons.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  /** After a fix the editor refused: offer the suggested words for the user to paste. */
  offerCopy(suggestion: string, copy: () => void): void {
    if (this.box.hidden) return;
    const note = el('p', 'notice', "This editor did not accept the change. Copy the suggested text and paste it over the underlined words.");
    note.setAttribute('role', 'status');
    const btn = el('button', 'primary', suggestion ? 'Copy the suggested text' : 'Copy (empty: delete the words)');
    btn.type = 'button';
    btn.setAttribute('data-guardrail-copy', '');
    btn.addEventListener('click', copy);
    this.box.append(note, btn);
  }

  /** Puts the card under the anchor, or above it when there is no room below. */
  place(anchor: Box | undefined): void {
    if (this.box.hidden || !anchor) return;
    const h = this.box.offsetHeight;
    const w = this.box.offsetWidth;
    const below = anchor.top + anchor.height + 6;
    const top = below + h > innerHeight && anchor.top - h - 6 > 0 ? anchor.top - h - 6 : below;
    const left = Math.max(8, Math.min(anchor.left, innerWidth - w - 8));
    Object.assign(this.box.style, { left: `${left}px`, top: `${top}px` });
  }

  /** Closes after a short grace period, so the pointer can travel from the underline to the card. */
  closeSoon(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.close(), 300);
  }

  contains(node: EventTarget | null): boolean {
    return node instanceof Node && this.box.contains(node);
  }

  close(): void {
    clearTimeout(this.closeTimer);
    this.box.hidden = true;
    this.current = undefined;
  }
}
