// The policy this page checks against: fetched from the background on the first composer and
// replaced when the background says it changed. The page never compiles it: checks go to the
// engine's worker (lib/engine-client.ts), which answers with what the page needs of the
// compiled policy (enforcement, fail mode, exceptions, pack versions).
import { createEngineClient, type ClientReply } from '../../lib/engine-client';
import type { Platform } from '../../lib/engine/types';
import type { PolicySnapshot, PolicySummary } from '../../lib/protocol';
import { fetchPolicy, logError, sendCheck, warmEngine } from './messaging';

/** Drafts beyond this are checked only up to here, with a notice. */
export const MAX_CHECKED_CHARS = 20_000;
/** The performance-timeline name of the page's share of a check (read by the in-page metrics). */
export const CHECK_MEASURE = 'guardrail:check';

export const NOTICE_NO_POLICY = 'Guardrail could not load its policy';

export type PolicyState =
  | { status: 'loading' }
  | { status: 'unavailable'; notice: string }
  | { status: 'inactive' }
  | { status: 'ready'; snapshot: PolicySnapshot };

export class PolicyHolder {
  state: PolicyState = { status: 'loading' };
  /** The compiled policy's settings, from the engine's latest answer for the current revision. */
  summary: PolicySummary | undefined;
  /** Set when the engine could not compile the current packs. */
  compileError: { failClosed: boolean } | undefined;
  private readonly client = createEngineClient(sendCheck);
  private started = false;
  private listeners = new Set<() => void>();

  constructor(private site: string) {}

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the policy the first time a composer appears (pages without one never ask). */
  ensureLoaded(): void {
    if (this.started) return;
    this.started = true;
    // The engine starts while the policy loads, so the first keystroke finds it ready.
    warmEngine();
    void this.reload();
  }

  async reload(): Promise<void> {
    const snapshot = await fetchPolicy(this.site);
    if (!snapshot) this.state = { status: 'unavailable', notice: NOTICE_NO_POLICY };
    else if (!snapshot.active) this.state = { status: 'inactive' };
    else {
      if (this.state.status !== 'ready' || this.state.snapshot.revision !== snapshot.revision) {
        this.client.setPolicy(snapshot.revision, snapshot.packs);
        this.summary = undefined;
        this.compileError = undefined;
      }
      this.state = { status: 'ready', snapshot };
    }
    this.listeners.forEach((l) => l());
  }

  /** Whether the packs ask to hold posts when checking fails (known before the engine answers too). */
  get failClosed(): boolean {
    if (this.summary) return this.summary.failMode === 'closed';
    if (this.compileError) return this.compileError.failClosed;
    return this.state.status === 'ready' && this.state.snapshot.packs.some((p) => p.failMode === 'closed');
  }

  /** Asks the engine to check a composer's draft; the answer says what the page shows. */
  async check(composer: string, text: string, platform: Platform, timeoutMs?: number): Promise<ClientReply> {
    if (this.state.status !== 'ready') return { status: 'unanswered' };
    const { snapshot } = this.state;
    const options = { platform, author: snapshot.author, exceptions: snapshot.exceptions, postsToday: snapshot.postsToday, maxChars: MAX_CHECKED_CHARS };
    const reply = await this.client.check(composer, text, options, timeoutMs);
    // Only an answer under the policy still in force says anything about it.
    if (this.state.status === 'ready' && this.state.snapshot.revision === snapshot.revision) {
      if (reply.status === 'ok' || reply.status === 'failed') this.summary = reply.policy;
      if (reply.status === 'policy-error' && !this.compileError) {
        this.compileError = { failClosed: reply.failClosed };
        // Once per policy; a compile error names the pack and rule, never draft text.
        logError('content/policy', reply.message);
      }
    }
    return reply;
  }
}

/** Runs the page's share of a check as a measure in its performance timeline (tests count them). */
export function measured<T>(step: () => T): T {
  const started = performance.now();
  const result = step();
  performance.clearMeasures(CHECK_MEASURE);
  performance.measure(CHECK_MEASURE, { start: started, detail: 'apply' });
  return result;
}
