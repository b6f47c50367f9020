// One composer on the page: watches its editor, checks its text after a short pause, and
// keeps the underlines, badge and card in place. Everything drawn lives in a <guardrail-ui>
// host outside the editor.
import { Badge } from '../../components/overlay/badge';
import { Card } from '../../components/overlay/card';
import { createHost, type OverlayHost } from '../../components/overlay/host';
import { UnderlineLayer } from '../../components/overlay/underlines';
import { EditorView, type Editable } from '../../lib/dom/editor';
import { combineEdits, replaceText } from '../../lib/dom/replace';
import { remapSpans } from '../../lib/dom/remap';
import { debounce, frameTask } from '../../lib/dom/schedule';
import { SEVERITY_RANK, type Finding, type Severity } from '../../lib/engine/types';
import type { ComposerSpec, SiteAdapter } from '../../lib/sites';
import { eventBase } from './events';
import { addException, guarded, logError, recordEvent } from './messaging';
import { checkInSlices, type PolicyHolder } from './policy';

const DEBOUNCE_MS = 150;

export class ComposerSession {
  readonly view: EditorView;
  private ui: OverlayHost;
  private underlines: UnderlineLayer;
  private badge: Badge;
  private card: Card;
  private findings: Finding[] = [];
  private checkedText = '';
  private ignored = new Set<string>();
  private composing = false;
  private notice: string | undefined;
  /** Set when the page's layout moved since the underlines were last measured. */
  private geometryStale = true;
  private cardByKeyboard = false;
  private generation = 0;
  private readonly check = debounce(() => this.checkSafely(), DEBOUNCE_MS);
  private readonly draw = frameTask(guarded('content/draw', () => this.render()));
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly el: Editable,
    readonly spec: ComposerSpec | undefined,
    private adapter: SiteAdapter,
    private policy: PolicyHolder,
  ) {
    this.ui = createHost('composer');
    this.view = new EditorView(el, this.ui.root);
    this.underlines = new UnderlineLayer(this.ui.root);
    this.card = new Card(this.ui.root);
    this.badge = new Badge(this.ui.root, guarded('content/badge', () => this.openFirst()));
    this.listen(el, 'input', () => this.changed());
    this.listen(el, 'compositionstart', () => (this.composing = true));
    this.listen(el, 'compositionend', () => ((this.composing = false), this.changed()));
    this.listen(window, 'scroll', () => this.moved(), { capture: true, passive: true });
    this.listen(window, 'resize', () => this.moved(), { passive: true });
    // Editors change their DOM without input events too (fixes, undo, programmatic resets).
    const mutations = new MutationObserver(guarded('content/mutation', () => this.changed()));
    mutations.observe(el, { childList: true, subtree: true, characterData: true });
    const resize = new ResizeObserver(guarded('content/resize', () => this.moved()));
    resize.observe(el);
    this.cleanups.push(() => mutations.disconnect(), () => resize.disconnect());
    this.cleanups.push(policy.onChange(() => this.refresh()));
    this.refresh();
  }

  private listen(target: EventTarget, type: string, fn: () => void, options?: AddEventListenerOptions): void {
    const handler = guarded(`content/${type}`, fn);
    target.addEventListener(type, handler, options);
    this.cleanups.push(() => target.removeEventListener(type, handler, options));
  }

  /** Re-checks now (a new policy, or the session just started). */
  refresh(): void {
    this.check.cancel();
    this.checkSafely();
  }

  private checkSafely(): void {
    this.runCheck().catch((e) => logError('content/check', e));
  }

  /** The page moved or resized: everything drawn must be measured again. */
  private moved(): void {
    this.geometryStale = true;
    this.draw.request();
  }

  private changed(): void {
    this.draw.request();
    if (!this.composing) this.check.call();
  }

  private async runCheck(): Promise<void> {
    if (this.composing) return;
    const state = this.policy.state;
    this.notice = state.status === 'unavailable' ? state.notice : undefined;
    if (state.status !== 'ready') {
      this.findings = [];
      this.draw.request();
      return;
    }
    const generation = ++this.generation;
    const text = this.view.text();
    const stale = () => generation !== this.generation || !this.el.isConnected;
    const result = await checkInSlices(state.checker, state.snapshot, text, this.adapter.platform, stale);
    if (!result || stale()) return;
    if (result.errors?.length) {
      result.errors.forEach((e) => logError('engine', e));
      this.notice = 'Some Guardrail checks failed on this post';
    } else if (result.truncated) this.notice = `Guardrail checked the first ${result.truncated.checkedChars.toLocaleString()} characters only`;
    this.checkedText = text;
    this.findings = result.findings.filter((f) => !this.isIgnored(f, text));
    this.geometryStale = true;
    if (this.card.finding && !this.findings.some((f) => sameFinding(f, this.card.finding!))) this.card.close();
    this.draw.request();
  }

  private ignoreKey(f: Finding, text: string): string {
    return `${f.ruleId}\u0000${text.slice(f.start, f.end).toLowerCase()}`;
  }

  isIgnored(f: Finding, text: string): boolean {
    return this.ignored.has(this.ignoreKey(f, text));
  }

  private render(): void {
    if (!this.el.isConnected) return;
    const text = this.view.text();
    const hidden = this.policy.state.status === 'inactive';
    // While the user types, underlines before the edit stay where they were and the others wait
    // for the next check: no layout is read per keystroke (a forced layout of a long draft on
    // every frame is what makes typing lag).
    const current = remapSpans(this.findings, this.checkedText, text);
    const measure = this.geometryStale;
    this.geometryStale = false;
    this.underlines.draw(
      hidden
        ? []
        : current.map((finding) => ({
            finding,
            boxes: measure ? this.view.rects(finding.start, finding.end) : this.findings.includes(finding) ? this.underlines.boxesOf(finding) : [],
          })),
    );
    const worst = current.reduce<Severity | undefined>((w, f) => (!w || SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), undefined);
    this.badge.update(current.length, worst, this.notice);
    if (measure || hidden) this.badge.place(hidden ? undefined : this.view.visibleFrame());
    if (this.card.finding) this.card.place(anchorOf(this.underlines.boxesOf(this.card.finding)));
  }

  /** Opens the card for the finding under the pointer; returns whether there was one. */
  hover(x: number, y: number, over: EventTarget | null): boolean {
    if (this.card.contains(over)) return true;
    const f = this.underlines.hit(x, y);
    if (f) {
      if (this.card.finding !== f) this.openCard(f, false);
      return true;
    }
    if (this.card.isOpen() && !this.cardByKeyboard) this.card.closeSoon();
    return false;
  }

  private openFirst(): void {
    if (this.findings.length) this.openCard(this.findings[0], true);
  }

  private openCard(f: Finding, byKeyboard: boolean): void {
    this.cardByKeyboard = byKeyboard;
    const index = this.findings.indexOf(f);
    const policy = this.policy.state.status === 'ready' ? this.policy.state.checker.policy : undefined;
    const termAllowed = !!policy?.personalExceptions.allowed && !policy.personalExceptions.forbiddenCategories.includes(f.category);
    this.underlines.setActive(f);
    this.card.open(
      f,
      anchorOf(this.underlines.boxesOf(f)),
      {
        fix: (g: Finding, i: number) => void this.applyFix(g, i).catch((e) => logError('content/fix', e)),
        ignore: guarded('content/ignore', (g: Finding) => this.ignore(g, false)),
        ignoreTerm: termAllowed ? guarded('content/ignore-term', (g: Finding) => this.ignore(g, true)) : undefined,
        step: (g, delta) => {
          const all = this.findings;
          const next = all[(all.indexOf(g) + delta + all.length) % all.length];
          if (next) this.openCard(next, true);
        },
        closed: () => this.closeCard(true),
      },
      { index: Math.max(0, index), total: this.findings.length },
      byKeyboard,
    );
  }

  private closeCard(returnFocus: boolean): void {
    this.card.close();
    this.underlines.setActive(undefined);
    if (returnFocus) this.el.focus({ preventScroll: true });
  }

  private ignore(f: Finding, forMe: boolean): void {
    // The current text: f may have been moved onto it while the user was typing.
    const text = this.view.text();
    this.ignored.add(this.ignoreKey(f, text));
    if (forMe) {
      const term = text.slice(f.start, f.end).trim();
      addException(term, f.category);
      if (this.policy.state.status === 'ready') this.policy.state.snapshot.exceptions.push(term);
    }
    recordEvent({ ...eventBase(this.policy), kind: 'ignore', findings: [findingRef(f)] });
    this.findings = this.findings.filter((g) => !sameFinding(g, f));
    this.closeCard(true);
    this.refresh();
  }

  private async applyFix(f: Finding, index: number): Promise<void> {
    const fix = f.fixes[index];
    if (!fix || this.view.text() !== this.checkedText) return this.refresh();
    const edit = combineEdits(this.checkedText, fix.edits);
    const ok = await replaceText(this.el, this.view.kind, () => this.view.text(), edit);
    if (ok) {
      recordEvent({ ...eventBase(this.policy), kind: 'fix', findings: [findingRef(f)] });
      this.closeCard(false);
      this.refresh();
    } else {
      this.card.offerCopy(edit.text, () => void navigator.clipboard.writeText(edit.text).catch(() => undefined));
    }
  }

  /** The draft's text right now, for the publish guard. */
  currentText(): string {
    return this.view.text();
  }

  showNotice(notice: string | undefined): void {
    this.notice = notice;
    this.draw.request();
  }

  focusEditor(): void {
    this.el.focus({ preventScroll: true });
  }

  destroy(): void {
    this.check.cancel();
    this.draw.cancel();
    this.cleanups.forEach((c) => c());
    this.view.dispose();
    this.ui.remove();
  }
}

function anchorOf(boxes: { left: number; top: number; width: number; height: number }[]) {
  return boxes[boxes.length - 1];
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
}

export function findingRef(f: Finding) {
  return { ruleId: f.ruleId, category: f.category, severity: f.severity };
}
