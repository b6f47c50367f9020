// One composer on the page: watches its editor, checks its text after a short pause, and
// keeps the underlines, badge and card in place. Everything drawn lives in a <guardrail-ui>
// host outside the editor.
import { Badge, worstOf } from '../../components/overlay/badge';
import { FindingCards, sameFinding } from '../../components/overlay/finding-cards';
import { createHost, type OverlayHost } from '../../components/overlay/host';
import { UnderlineLayer } from '../../components/overlay/underlines';
import { EditorView, type Editable } from '../../lib/dom/editor';
import { remapSpans } from '../../lib/dom/remap';
import { debounce, frameTask } from '../../lib/dom/schedule';
import type { ClientReply } from '../../lib/engine-client';
import type { Finding } from '../../lib/engine/types';
import type { ComposerSpec, SiteAdapter } from '../../lib/sites';
import { eventBase } from './events';
import { addException, guarded, logError, recordEvent } from './messaging';
import { measured, NOTICE_NO_POLICY, type PolicyHolder } from './policy';

const DEBOUNCE_MS = 150;
/** After an unanswered check, the next try (doubling up to the maximum) when nothing is typed. */
const RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
export const NOTICE_CHECK_FAILED = 'Guardrail could not check this post';
export const NOTICE_SOME_FAILED = 'Some Guardrail checks failed on this post';

let composers = 0;

export class ComposerSession {
  readonly view: EditorView;
  private ui: OverlayHost;
  private underlines: UnderlineLayer;
  private badge: Badge;
  private cards: FindingCards;
  private findings: Finding[] = [];
  private checkedText = '';
  private checkedRevision: string | undefined;
  /** Set when the next check must ask the engine even for the text last checked (the snapshot changed). */
  private forced = true;
  /** Whether the last check applied was answered with nothing failed. */
  private checkedClean = false;
  /** Set while the publish guard's final check is under way. */
  private finalPending = false;
  private composing = false;
  private notice: string | undefined;
  /** Set when the page's layout moved since the underlines were last measured. */
  private geometryStale = true;
  private generation = 0;
  /** This composer's name in the engine (which keeps a sentence cache per composer). */
  readonly id = `c${++composers}`;
  private retryMs = RETRY_MS;
  private retry: ReturnType<typeof setTimeout> | undefined;
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
    this.cards = new FindingCards(this.ui.root, this.underlines, this.view, {
      findings: () => this.findings,
      checkedText: () => this.checkedText,
      refresh: () => this.refresh(),
      failed: (where, e) => logError(`content/${where}`, e),
      fixed: (f) => recordEvent({ ...eventBase(this.policy), kind: 'fix', findings: [findingRef(f)] }),
      ignored: (f, term) => this.ignored(f, term),
      termAllowed: (f) => {
        const policy = this.policy.summary;
        return !!policy?.personalExceptions.allowed && !policy.personalExceptions.forbiddenCategories.includes(f.category);
      },
    });
    this.badge = new Badge(this.ui.root, guarded('content/badge', () => this.cards.openFirst()));
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
    this.forced = true;
    this.check.cancel();
    this.checkSafely();
  }

  private checkSafely(): void {
    this.runCheck().catch((e) => {
      logError('content/check', e);
      // The badge must not show a ✓ for a draft that was not checked.
      this.showNotice(NOTICE_CHECK_FAILED);
    });
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
    // The publish guard's check is under way: it must not be superseded; a check follows it.
    if (this.composing || this.finalPending) return;
    clearTimeout(this.retry);
    const state = this.policy.state;
    const text = this.view.text();
    // The editor's DOM changed but not its text (a re-render, a selection): nothing to ask.
    if (state.status === 'ready' && this.settledFindings(text)) return;
    if (state.status !== 'ready') {
      this.notice = state.status === 'unavailable' ? state.notice : undefined;
      this.findings = [];
      this.draw.request();
      return;
    }
    const generation = ++this.generation;
    const reply = await this.policy.check(this.id, text, this.adapter.platform);
    if (generation !== this.generation || !this.el.isConnected || reply.status === 'dropped') return;
    measured(() => {
      if (reply.status === 'unanswered') {
        // The engine is restarting (or gone): the findings shown stay, the badge says the draft
        // was not checked, and the check is tried again by itself.
        this.notice = NOTICE_CHECK_FAILED;
        this.checkedClean = false;
        this.retry = setTimeout(guarded('content/retry', () => this.checkSafely()), this.retryMs);
        this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
        this.draw.request();
        return;
      }
      this.retryMs = RETRY_MS;
      this.notice = undefined;
      this.checkedClean = reply.status === 'ok' && !reply.errors?.length;
      if (reply.status !== 'ok') {
        if (reply.status === 'failed') logError('engine', reply.message);
        this.notice = reply.status === 'policy-error' ? NOTICE_NO_POLICY : NOTICE_CHECK_FAILED;
        this.findings = [];
      } else {
        if (reply.errors?.length) {
          reply.errors.forEach((e) => logError('engine', e));
          this.notice = NOTICE_SOME_FAILED;
        } else if (reply.truncated) this.notice = `Guardrail checked the first ${reply.truncated.checkedChars.toLocaleString()} characters only`;
        this.findings = reply.findings.filter((f) => !this.isIgnored(f, text));
      }
      this.checkedText = text;
      this.checkedRevision = state.snapshot.revision;
      this.forced = false;
      this.geometryStale = true;
      this.cards.closeIfGone(this.findings);
      this.draw.request();
    });
  }

  /**
   * The findings of the last check when it was of exactly this text under the policy in force
   * and nothing failed: then the publish guard needs no new one.
   */
  settledFindings(text: string): Finding[] | undefined {
    const state = this.policy.state;
    if (this.forced || !this.checkedClean || state.status !== 'ready' || state.snapshot.revision !== this.checkedRevision) return undefined;
    return text === this.checkedText ? this.findings : undefined;
  }

  /** A check of the draft as it is now, for the publish guard (supersedes any check under way). */
  async finalCheck(timeoutMs: number): Promise<{ reply: ClientReply; text: string }> {
    this.check.cancel();
    ++this.generation;
    this.finalPending = true;
    const text = this.view.text();
    try {
      return { reply: await this.policy.check(this.id, text, this.adapter.platform, timeoutMs), text };
    } finally {
      this.finalPending = false;
      // What changed meanwhile (or the final check's findings) shows after it.
      this.check.call();
    }
  }

  /** The last check's findings as the popup may see them: severities only. */
  severities(): { severity: Finding['severity'] }[] {
    return this.findings.map((f) => ({ severity: f.severity }));
  }

  isIgnored(f: Finding, text: string): boolean {
    return this.cards.isIgnored(f, text);
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
    this.badge.update(current.length, worstOf(current), this.notice);
    if (measure || hidden) this.badge.place(hidden ? undefined : this.view.visibleFrame());
    this.cards.place();
  }

  /** Opens the card for the finding under the pointer; returns whether there was one. */
  hover(x: number, y: number, over: EventTarget | null): boolean {
    return this.cards.hover(x, y, over);
  }

  /** What an ignore leaves behind: the event, and the user's exception for "ignore this term for me". */
  private ignored(f: Finding, term: string | undefined): void {
    if (term !== undefined) {
      addException(term, f.category);
      if (this.policy.state.status === 'ready') this.policy.state.snapshot.exceptions.push(term);
    }
    recordEvent({ ...eventBase(this.policy), kind: 'ignore', findings: [findingRef(f)] });
    this.findings = this.findings.filter((g) => !sameFinding(g, f));
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
    clearTimeout(this.retry);
    this.check.cancel();
    this.draw.cancel();
    this.cleanups.forEach((c) => c());
    this.view.dispose();
    this.ui.remove();
  }
}

export function findingRef(f: Finding) {
  return { ruleId: f.ruleId, category: f.category, severity: f.severity };
}
