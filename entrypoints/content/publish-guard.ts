// The last confirmation: catches the site's publish click and keyboard shortcut in the capture
// phase and decides on the final text. When the last check was of exactly that text it decides
// at once; otherwise it holds the action, asks the engine for a final check (a short timeout,
// then the pack's fail mode decides) and re-dispatches the action when the post may go. With
// error-level findings it shows the gate; "Post anyway" re-dispatches the same action, so the
// site publishes exactly the text that was checked.
import { showGate, type GateDecision } from '../../components/overlay/gate';
import type { Finding } from '../../lib/engine/types';
import type { GuardrailEvent } from '../../lib/protocol';
import type { SiteAdapter } from '../../lib/sites';
import { eventBase } from './events';
import { guarded, logError, recordEvent } from './messaging';
import type { PolicyHolder } from './policy';
import { findingRef, NOTICE_CHECK_FAILED, type ComposerSession } from './session';

/** How long a publish waits for the engine's final check before the fail mode decides. */
export const FINAL_CHECK_TIMEOUT_MS = 1_500;

type Verdict = { kind: 'pass' } | { kind: 'gate'; findings: Finding[]; allowPublish: boolean; notice?: string };

export function guardPublishing(adapter: SiteAdapter, policy: PolicyHolder, sessions: () => ComposerSession[]): () => void {
  /** Set while Guardrail itself re-dispatches an action. */
  let passing = false;
  /** Set while the gate is open or a final check is under way: other attempts are swallowed. */
  let busy = false;

  const record = (kind: GuardrailEvent['kind'], findings: Finding[], outcome: GuardrailEvent['outcome'], reason?: GuardrailEvent['reason']) =>
    recordEvent({ ...eventBase(policy), kind, findings: findings.map(findingRef), outcome, ...(reason ? { reason } : {}) });

  const failed = (session: ComposerSession): Verdict => {
    session.showNotice(NOTICE_CHECK_FAILED);
    return policy.failClosed ? { kind: 'gate', findings: [], allowPublish: false, notice: NOTICE_CHECK_FAILED } : { kind: 'pass' };
  };

  /** The verdict on findings of the final text. */
  const decide = (session: ComposerSession, findings: Finding[], text: string): Verdict => {
    const errors = findings.filter((f) => f.severity === 'error' && !session.isIgnored(f, text));
    if (!errors.length) {
      record('publish', [], 'posted-clean');
      return { kind: 'pass' };
    }
    const enforcement = policy.summary?.enforcement ?? 'confirm';
    if (enforcement === 'warn') {
      record('publish', errors, 'posted-anyway');
      return { kind: 'pass' };
    }
    return { kind: 'gate', findings: errors, allowPublish: enforcement !== 'block' };
  };

  /** The verdict without waiting, when there is nothing to ask the engine (else undefined). */
  const settled = (session: ComposerSession): Verdict | undefined => {
    const state = policy.state;
    if (state.status !== 'ready') return { kind: 'pass' };
    if (policy.compileError) return failed(session);
    const text = session.currentText();
    const findings = session.settledFindings(text);
    return findings ? decide(session, findings, text) : undefined;
  };

  const finalVerdict = async (session: ComposerSession): Promise<Verdict> => {
    const { reply, text } = await session.finalCheck(FINAL_CHECK_TIMEOUT_MS);
    switch (reply.status) {
      case 'ok':
        if (reply.errors?.length) {
          reply.errors.forEach((e) => logError('engine', e));
          if (policy.failClosed) return failed(session);
        }
        return decide(session, reply.findings, text);
      case 'failed':
        logError('engine', reply.message);
        return failed(session);
      case 'dropped':
        // Another final check of this composer (a second shortcut) is under way: it decides.
        return { kind: 'pass' };
      default:
        return failed(session);
    }
  };

  /** Decides now when it can; otherwise holds the action until the engine answers. */
  const guard = (event: Event, session: ComposerSession, resume: () => void) => {
    const now = settled(session);
    if (now) {
      if (now.kind === 'gate') hold(event, session, now, resume);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    busy = true;
    void finalVerdict(session)
      .catch((e) => (logError('content/publish-check', e), failed(session)))
      .then(
        guarded('content/final-check', (v: Verdict) => {
          busy = false;
          if (v.kind === 'gate') hold(undefined, session, v, resume);
          else replay(resume);
        }),
      );
  };

  const replay = (resume: () => void) => {
    passing = true;
    try {
      resume();
    } finally {
      passing = false;
    }
  };

  const hold = (event: Event | undefined, session: ComposerSession, v: Extract<Verdict, { kind: 'gate' }>, resume: () => void) => {
    event?.preventDefault();
    event?.stopImmediatePropagation();
    busy = true;
    const requireReason = !!policy.summary?.requireReason;
    record('gate', v.findings, undefined);
    void showGate({ findings: v.findings, allowPublish: v.allowPublish, requireReason, notice: v.notice }).then(
      guarded('content/gate', (d: GateDecision) => {
        busy = false;
        if (d.action === 'edit') {
          record('gate', v.findings, v.allowPublish ? 'edited' : 'blocked');
          session.focusEditor();
          return;
        }
        record('gate', v.findings, 'posted-anyway', d.reason);
        replay(resume);
      }),
    );
  };

  const onClick = guarded('content/publish-click', (e: MouseEvent) => {
    if (passing) return;
    const path = e.composedPath();
    const control = path.find((t): t is Element => t instanceof Element && adapter.isPublishControl(t, path));
    if (!control) return;
    if (busy) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const session = nearestSession(control, sessions());
    if (!session) return;
    guard(e, session, () => (control as HTMLElement).click());
  });

  const onKey = guarded('content/publish-key', (e: KeyboardEvent) => {
    if (passing || e.key !== 'Enter' || e.isComposing || e.altKey) return;
    const path = e.composedPath();
    const session = sessions().find((s) => path.includes(s.el));
    if (!session) return;
    const mod = e.ctrlKey || e.metaKey;
    const publishes = mod ? adapter.modEnterPublishes : !e.shiftKey && !!session.spec?.submitOnEnter;
    if (!publishes) return;
    if (busy) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const target = path[0] ?? session.el;
    const init: KeyboardEventInit = { key: e.key, code: e.code, keyCode: e.keyCode, which: e.which, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, bubbles: true, cancelable: true, composed: true };
    guard(e, session, () => {
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
