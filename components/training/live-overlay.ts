// The in-page overlay on the training page's editor: the same underlines, badge and cards as on
// a social site (components/overlay), checked by the extension's engine worker. Unlike a
// composer session it records no event and adds no exception: a class must not fill the
// reports, and nothing typed here is kept anywhere.
import { Badge, worstOf } from '../overlay/badge';
import { FindingCards } from '../overlay/finding-cards';
import { createHost, type OverlayHost } from '../overlay/host';
import { UnderlineLayer } from '../overlay/underlines';
import { EditorView } from '../../lib/dom/editor';
import { debounce, frameTask } from '../../lib/dom/schedule';
import type { EngineClient } from '../../lib/engine-client';
import type { CheckOptions, Finding } from '../../lib/engine/types';

const DEBOUNCE_MS = 120;

export interface CheckContext {
  engine: EngineClient;
  options: CheckOptions;
}

/** The practice editor's name in the engine. */
const COMPOSER = 'training';

export class LiveOverlay {
  private ui: OverlayHost;
  private view: EditorView;
  private underlines: UnderlineLayer;
  private badge: Badge;
  private cards: FindingCards;
  private findings: Finding[] = [];
  private checkedText = '';
  private context: CheckContext | undefined;
  private generation = 0;
  private readonly check = debounce(() => this.runCheck(), DEBOUNCE_MS);
  private readonly draw = frameTask(() => this.render());
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private el: HTMLTextAreaElement,
    private onFindings: (findings: Finding[]) => void,
  ) {
    this.ui = createHost('training');
    this.view = new EditorView(el, this.ui.root);
    this.underlines = new UnderlineLayer(this.ui.root);
    this.cards = new FindingCards(this.ui.root, this.underlines, this.view, {
      findings: () => this.findings,
      checkedText: () => this.checkedText,
      refresh: () => this.refresh(),
    });
    this.badge = new Badge(this.ui.root, () => this.cards.openFirst());
    const onMove = (e: MouseEvent) => void this.cards.hover(e.clientX, e.clientY, e.composedPath()[0] ?? null);
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
    this.cards.forgetIgnored();
    this.cards.close(false);
    this.refresh();
  }

  refresh(): void {
    this.check.cancel();
    this.runCheck();
  }

  /** Opens the card of the next finding after the open one (keyboard navigation of the trainer). */
  step(delta: number): void {
    this.cards.step(delta);
  }

  private runCheck(): void {
    void this.checkAsync();
  }

  private async checkAsync(): Promise<void> {
    const generation = ++this.generation;
    const text = this.view.text();
    const context = this.context;
    const reply = context ? await context.engine.check(COMPOSER, text, context.options) : undefined;
    // A newer edit or context is on its way: its answer draws.
    if (generation !== this.generation || reply?.status === 'dropped') return;
    this.checkedText = text;
    this.findings = (reply?.status === 'ok' ? reply.findings : []).filter((f) => !this.cards.isIgnored(f, text));
    this.cards.closeIfGone(this.findings);
    this.onFindings(this.findings);
    this.draw.request();
  }

  private render(): void {
    if (!this.el.isConnected) return;
    const current = this.view.text() === this.checkedText ? this.findings : [];
    this.underlines.draw(current.map((finding) => ({ finding, boxes: this.view.rects(finding.start, finding.end) })));
    this.badge.update(current.length, worstOf(current));
    // Without a checker (a quiz card before its reveal) even a ✓ would give the answer away.
    this.badge.place(this.context ? this.view.visibleFrame() : undefined);
    this.cards.place();
  }

  destroy(): void {
    this.check.cancel();
    this.draw.cancel();
    this.cleanups.forEach((c) => c());
    this.view.dispose();
    this.ui.remove();
  }
}
