// The last confirmation: catches the site's publish click and keyboard shortcut in the capture
// phase, re-checks the final text at that moment and, with error-level findings, holds the
// post behind the gate. "Post anyway" re-dispatches the same action so the site publishes
// exactly the text that was checked.
import { showGate, type GateDecision } from '../../components/overlay/gate';
import type { Finding } from '../../lib/engine/types';
import type { GuardrailEvent } from '../../lib/protocol';
import type { SiteAdapter } from '../../lib/sites';
import { eventBase } from './events';
import { guarded, logError, recordEvent } from './messaging';
import { checkNow, type PolicyHolder } from './policy';
import { findingRef, NOTICE_CHECK_FAILED, type ComposerSession } from './session';

type Verdict = { kind: 'pass' } | { kind: 'gate'; findings: Finding[]; allowPublish: boolean; notice?: string };

export function guardPublishing(adapter: SiteAdapter, policy: PolicyHolder, sessions: () => ComposerSession[]): () => void {
  /** Set while Guardrail itself re-dispatches a confirmed action. */
  let passing = false;
  let gateOpen = false;

  const record = (kind: GuardrailEvent['kind'], findings: Finding[], outcome: GuardrailEvent['outcome'], reason?: GuardrailEvent['reason']) =>
    recordEvent({ ...eventBase(policy), kind, findings: findings.map(findingRef), outcome, ...(reason ? { reason } : {}) });

  const verdict = (session: ComposerSession): Verdict => {
    const state = policy.state;
    if (state.status === 'unavailable' && state.failClosed) return { kind: 'gate', findings: [], allowPublish: false, notice: NOTICE_CHECK_FAILED };
    if (state.status !== 'ready') return { kind: 'pass' };
    const { checker, snapshot } = state;
    const closed = checker.policy.failMode === 'closed';
    const text = session.currentText();
    try {
      const result = checkNow(checker, snapshot, text, adapter.platform);
      if (result.errors?.length) {
        result.errors.forEach((e) => logError('engine', e));
        session.showNotice(NOTICE_CHECK_FAILED);
        if (closed) return { kind: 'gate', findings: [], allowPublish: false, notice: NOTICE_CHECK_FAILED };
      }
      const errors = result.findings.filter((f) => f.severity === 'error' && !session.isIgnored(f, text));
      if (!errors.length) {
        record('publish', [], 'posted-clean');
        return { kind: 'pass' };
      }
      if (checker.policy.enforcement === 'warn') {
        record('publish', errors, 'posted-anyway');
        return { kind: 'pass' };
      }
      return { kind: 'gate', findings: errors, allowPublish: checker.policy.enforcement !== 'block' };
    } catch (e) {
      logError('content/publish-check', e);
      session.showNotice(NOTICE_CHECK_FAILED);
      return closed ? { kind: 'gate', findings: [], allowPublish: false, notice: NOTICE_CHECK_FAILED } : { kind: 'pass' };
    }
  };

  const hold = (event: Event, session: ComposerSession, v: Extract<Verdict, { kind: 'gate' }>, resume: () => void) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    gateOpen = true;
    const requireReason = policy.state.status === 'ready' && policy.state.checker.policy.requireReason;
    record('gate', v.findings, undefined);
    void showGate({ findings: v.findings, allowPublish: v.allowPublish, requireReason, notice: v.notice }).then(
      guarded('content/gate', (d: GateDecision) => {
        gateOpen = false;
        if (d.action === 'edit') {
          record('gate', v.findings, v.allowPublish ? 'edited' : 'blocked');
          session.focusEditor();
          return;
        }
        record('gate', v.findings, 'posted-anyway', d.reason);
        passing = true;
        try {
          resume();
        } finally {
          passing = false;
        }
      }),
    );
  };

  const onClick = guarded('content/publish-click', (e: MouseEvent) => {
    if (passing) return;
    const path = e.composedPath();
    const control = path.find((t): t is Element => t instanceof Element && adapter.isPublishControl(t, path));
    if (!control) return;
    if (gateOpen) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const session = nearestSession(control, sessions());
    if (!session) return;
    const v = verdict(session);
    if (v.kind === 'gate') hold(e, session, v, () => (control as HTMLElement).click());
  });

  const onKey = guarded('content/publish-key', (e: KeyboardEvent) => {
    if (passing || e.key !== 'Enter' || e.isComposing || e.altKey) return;
    const path = e.composedPath();
    const session = sessions().find((s) => path.includes(s.el));
    if (!session) return;
    const mod = e.ctrlKey || e.metaKey;
    const publishes = mod ? adapter.modEnterPublishes : !e.shiftKey && !!session.spec?.submitOnEnter;
    if (!publishes) return;
    if (gateOpen) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const v = verdict(session);
    const target = path[0] ?? session.el;
    const init: KeyboardEventInit = { key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, bubbles: true, cancelable: true, composed: true };
    if (v.kind === 'gate') hold(e, session, v, () => {
      session.focusEditor();
      target.dispatchEvent(new KeyboardEvent('keydown', init));
    });
  });

  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKey, true);
  return () => {
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('keydown', onKey, true);
  };
}

/** The composer a publish control belongs to: the one sharing the closest common ancestor. */
function nearestSession(control: Element, all: ComposerSession[]): ComposerSession | undefined {
  const chain = ancestors(control);
  let best: ComposerSession | undefined;
  let bestDepth = Infinity;
  for (const s of all) {
    const depth = ancestors(s.el).map((a) => chain.indexOf(a)).find((i) => i >= 0) ?? Infinity;
    if (depth < bestDepth) (best = s), (bestDepth = depth);
  }
  return best;
}

function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n; ) {
    out.push(n);
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return out;
}
