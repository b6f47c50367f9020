// The in-page overlay on the training page's editor: the same underlines, badge and cards as on
// a social site (components/overlay), driven by a checker that runs in this page. Unlike a
// composer session it records no event and adds no exception: a class must not fill the
// reports, and nothing typed here is kept anywhere.
import { Badge } from '../overlay/badge';
import { Card } from '../overlay/card';
import { createHost, type OverlayHost } from '../overlay/host';
import { OVERLAY_CSS } from '../overlay/styles';
import { UnderlineLayer } from '../overlay/underlines';
import { EditorView } from '../../lib/dom/editor';
import { combineEdits, replaceText } from '../../lib/dom/replace';
import { debounce, frameTask } from '../../lib/dom/schedule';
import type { Checker } from '../../lib/engine/checker';
import { SEVERITY_RANK, type CheckOptions, type Finding, type Severity } from '../../lib/engine/types';

const DEBOUNCE_MS = 120;

export interface CheckContext {
  checker: Checker;
  options: CheckOptions;
}

export class LiveOverlay {
  private ui: OverlayHost;
  private view: EditorView;
  private underlines: UnderlineLayer;
  private badge: Badge;
  private card: Card;
  private findings: Finding[] = [];
  private checkedText = '';
  private ignored = new Set<string>();
  private context: CheckContext | undefined;
  private readonly check = debounce(() => this.runCheck(), DEBOUNCE_MS);
  private readonly draw = frameTask(() => this.render());
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private el: HTMLTextAreaElement,
    private onFindings: (findings: Finding[]) => void,
  ) {
    this.ui = createHost('training');
    // Extension pages' CSP refuses the host's inline <style>; a constructed sheet is allowed.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    this.ui.root.adoptedStyleSheets = [sheet];
    this.view = new EditorView(el, this.ui.root);
    this.underlines = new UnderlineLayer(this.ui.root);
    this.card = new Card(this.ui.root);
    this.badge = new Badge(this.ui.root, () => this.findings[0] && this.openCard(this.findings[0], true));
    const onMove = (e: MouseEvent) => this.hover(e.clientX, e.clientY, e.composedPath()[0] ?? null);
    this.listen(el, 'input', () => (this.draw.request(), this.check.call()));
    this.listen(window, 'scroll', () => this.draw.request(), { capture: true, passive: true });
    this.listen(window, 'resize', () => this.draw.request(), { passive: true });
    this.listen(window, 'mousemove', onMove as EventListener, { passive: true });
    const resize = new ResizeObserver(() => this.draw.request());
    resize.observe(el);
    this.cleanups.push(() => resize.disconnect());
  }

  private listen(target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, fn, options);
    this.cleanups.push(() => target.removeEventListener(type, fn, options));
  }

  /** A new policy, platform or author: check again now. */
  setContext(context: CheckContext | undefined): void {
    this.context = context;
    this.refresh();
  }

  /** Replaces the whole text (a scenario card) and checks it at once. */
  setText(text: string): void {
    this.el.value = text;
    this.ignored.clear();
    this.card.close();
    this.refresh();
  }

  refresh(): void {
    this.check.cancel();
    this.runCheck();
  }

  private runCheck(): void {
    const text = this.view.text();
    this.checkedText = text;
    const result = this.context?.checker.check(text, this.context.options);
    this.findings = (result?.findings ?? []).filter((f) => !this.ignored.has(this.ignoreKey(f, text)));
    if (this.card.finding && !this.findings.some((f) => f.ruleId === this.card.finding!.ruleId && f.start === this.card.finding!.start)) this.closeCard(false);
    this.onFindings(this.findings);
    this.draw.request();
  }

  private ignoreKey(f: Finding, text: string): string {
    return `${f.ruleId}\u0000${text.slice(f.start, f.end).toLowerCase()}`;
  }

  private render(): void {
    if (!this.el.isConnected) return;
    const current = this.view.text() === this.checkedText ? this.findings : [];
    this.underlines.draw(current.map((finding) => ({ finding, boxes: this.view.rects(finding.start, finding.end) })));
    const worst = current.reduce<Severity | undefined>((w, f) => (!w || SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), undefined);
    this.badge.update(current.length, worst);
    // Without a checker (a quiz card before its reveal) even a ✓ would give the answer away.
    this.badge.place(this.context ? this.view.visibleFrame() : undefined);
    if (this.card.finding) this.card.place(last(this.underlines.boxesOf(this.card.finding)));
  }

  private hover(x: number, y: number, over: EventTarget | null): void {
    if (this.card.contains(over)) return;
    const f = this.underlines.hit(x, y);
    if (f && this.card.finding !== f) this.openCard(f, false);
    else if (!f && this.card.isOpen()) this.card.closeSoon();
  }

  /** Opens the card of the next finding after the open one (keyboard navigation of the trainer). */
  step(delta: number): void {
    if (!this.findings.length) return;
    const at = this.card.finding ? this.findings.indexOf(this.card.finding) : -1;
    this.openCard(this.findings[(at + delta + this.findings.length) % this.findings.length], true);
  }

  private openCard(f: Finding, byKeyboard: boolean): void {
    this.underlines.setActive(f);
    this.card.open(
      f,
      last(this.underlines.boxesOf(f)),
      {
        fix: (g, i) => void this.applyFix(g, i),
        ignore: (g) => this.ignore(g),
        step: (_g, delta) => this.step(delta),
        closed: () => this.closeCard(true),
      },
      { index: Math.max(0, this.findings.indexOf(f)), total: this.findings.length },
      byKeyboard,
    );
  }

  private closeCard(returnFocus: boolean): void {
    this.card.close();
    this.underlines.setActive(undefined);
    if (returnFocus) this.el.focus({ preventScroll: true });
  }

  private ignore(f: Finding): void {
    this.ignored.add(this.ignoreKey(f, this.checkedText));
    this.closeCard(true);
    this.refresh();
  }

  private async applyFix(f: Finding, index: number): Promise<void> {
    const fix = f.fixes[index];
    if (!fix || this.view.text() !== this.checkedText) return this.refresh();
    const edit = combineEdits(this.checkedText, fix.edits);
    const ok = await replaceText(this.el, this.view.kind, () => this.view.text(), edit);
    if (ok) {
      this.closeCard(false);
      this.refresh();
    } else this.card.offerCopy(edit.text, () => void navigator.clipboard.writeText(edit.text).catch(() => undefined));
  }

  destroy(): void {
    this.check.cancel();
    this.draw.cancel();
    this.cleanups.forEach((c) => c());
    this.view.dispose();
    this.ui.remove();
  }
}

function last<T>(items: T[]): T | undefined {
  return items[items.length - 1];
}
