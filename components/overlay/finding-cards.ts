// The card of one editor's findings and what its buttons do, shared by every overlay (a
// composer on a site, the training page's editor): hover and keyboard opening, "Next", fixes
// that must reach the editor's model (with "copy the suggested text" when they do not) and
// "ignore once". The owner checks, draws and decides what is recorded.
import type { EditorView } from '../../lib/dom/editor';
import type { Box } from '../../lib/dom/rects';
import { combineEdits, replaceText } from '../../lib/dom/replace';
import type { Finding } from '../../lib/engine/types';
import { Card } from './card';
import type { UnderlineLayer } from './underlines';

export interface CardOwner {
  /** The findings on screen, in order ("Next" walks them). */
  findings(): Finding[];
  /** The text the findings' offsets refer to. */
  checkedText(): string;
  /** Checks again at once (after a fix or an ignore). */
  refresh(): void;
  /** Where a failure in a card action goes; without it, it is thrown. */
  failed?(where: string, error: unknown): void;
  /** A fix reached the editor. */
  fixed?(f: Finding): void;
  /** The user ignored a finding; `term` is set for "ignore this term for me". */
  ignored?(f: Finding, term: string | undefined): void;
  /** Whether "ignore this term for me" is offered for a finding. */
  termAllowed?(f: Finding): boolean;
}

export class FindingCards {
  private readonly card: Card;
  private readonly ignoredKeys = new Set<string>();
  /** A card opened with the keyboard stays open when the pointer leaves it. */
  private byKeyboard = false;

  constructor(
    root: ShadowRoot,
    private readonly underlines: UnderlineLayer,
    private readonly view: EditorView,
    private readonly owner: CardOwner,
  ) {
    this.card = new Card(root);
  }

  isIgnored(f: Finding, text: string): boolean {
    return this.ignoredKeys.has(ignoreKey(f, text));
  }

  /** A new text replaced the draft: what was ignored in the old one no longer applies. */
  forgetIgnored(): void {
    this.ignoredKeys.clear();
  }

  /** Opens the card for the finding under the pointer; returns whether there was one. */
  hover(x: number, y: number, over: EventTarget | null): boolean {
    if (this.card.contains(over)) return true;
    const f = this.underlines.hit(x, y);
    if (f) {
      if (this.card.finding !== f) this.show(f, false);
      return true;
    }
    if (this.card.isOpen() && !this.byKeyboard) this.card.closeSoon();
    return false;
  }

  openFirst(): void {
    const [first] = this.owner.findings();
    if (first) this.show(first, true);
  }

  /** Opens the card of the finding `delta` places after the open one (keyboard navigation). */
  step(delta: number): void {
    const all = this.owner.findings();
    if (!all.length) return;
    const at = this.card.finding ? all.indexOf(this.card.finding) : -1;
    this.show(all[(at + delta + all.length) % all.length], true);
  }

  /** After a check: the open card closes when its finding is gone. */
  closeIfGone(findings: Finding[]): void {
    const open = this.card.finding;
    if (open && !findings.some((f) => sameFinding(f, open))) this.close(false);
  }

  /** Keeps the open card beside its underline (call after the underlines are drawn). */
  place(): void {
    if (this.card.finding) this.card.place(anchorOf(this.underlines.boxesOf(this.card.finding)));
  }

  close(returnFocus: boolean): void {
    this.card.close();
    this.underlines.setActive(undefined);
    if (returnFocus) this.view.el.focus({ preventScroll: true });
  }

  private show(f: Finding, byKeyboard: boolean): void {
    this.byKeyboard = byKeyboard;
    const all = this.owner.findings();
    this.underlines.setActive(f);
    this.card.open(
      f,
      anchorOf(this.underlines.boxesOf(f)),
      {
        fix: (g, i) => void this.applyFix(g, i).catch((e) => this.fail('fix', e)),
        ignore: this.guard('ignore', (g: Finding) => this.ignore(g, false)),
        ignoreTerm: this.owner.termAllowed?.(f) ? this.guard('ignore-term', (g: Finding) => this.ignore(g, true)) : undefined,
        step: (_g, delta) => this.step(delta),
        closed: () => this.close(true),
      },
      { index: Math.max(0, all.indexOf(f)), total: all.length },
      byKeyboard,
    );
  }

  private ignore(f: Finding, forMe: boolean): void {
    // The current text: f may have been moved onto it while the user was typing.
    const text = this.view.text();
    this.ignoredKeys.add(ignoreKey(f, text));
    this.owner.ignored?.(f, forMe ? text.slice(f.start, f.end).trim() : undefined);
    this.close(true);
    this.owner.refresh();
  }

  private async applyFix(f: Finding, index: number): Promise<void> {
    const fix = f.fixes[index];
    const checked = this.owner.checkedText();
    if (!fix || this.view.text() !== checked) return this.owner.refresh();
    const edit = combineEdits(checked, fix.edits);
    const ok = await replaceText(this.view.el, this.view.kind, () => this.view.text(), edit);
    if (ok) {
      this.owner.fixed?.(f);
      this.close(false);
      this.owner.refresh();
    } else {
      // Guessing a second way could apply the fix twice: the user pastes it instead.
      this.card.offerCopy(edit.text, () => void navigator.clipboard.writeText(edit.text).catch(() => undefined));
    }
  }

  private guard<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      try {
        fn(...args);
      } catch (e) {
        this.fail(where, e);
      }
    };
  }

  private fail(where: string, error: unknown): void {
    if (!this.owner.failed) throw error;
    this.owner.failed(`card/${where}`, error);
  }
}

function ignoreKey(f: Finding, text: string): string {
  return `${f.ruleId}\u0000${text.slice(f.start, f.end).toLowerCase()}`;
}

export function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
}

function anchorOf(boxes: Box[]): Box | undefined {
  return boxes[boxes.length - 1];
}
