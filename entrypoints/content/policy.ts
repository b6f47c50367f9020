// The policy this page checks against: fetched from the background on the first composer,
// compiled once per revision, and replaced when the background says it changed.
import { createChecker, runWhile, type Checker } from '../../lib/engine/checker';
import { inflateLexiconsAhead } from '../../lib/engine/lexicons/ahead';
import { programCompiler } from '../../lib/engine/rules/regex-vm';
import { compilePolicy } from '../../lib/policy/compile';
import { WARM_UP_DRAFTS } from '../../lib/engine/warm-up';
import type { CheckResult, Platform } from '../../lib/engine/types';
import type { PolicySnapshot } from '../../lib/protocol';
import { idleSlice, sliceOf } from '../../lib/dom/schedule';
import { fetchPolicy, logError } from './messaging';

/** In-page drafts beyond this are checked only up to here, with a notice. */
export const MAX_CHECKED_CHARS = 20_000;
/** The performance-timeline name of one step of a check (read by the in-page metrics tests). */
export const CHECK_MEASURE = 'guardrail:check';

export const NOTICE_NO_POLICY = 'Guardrail could not load its policy';

export type PolicyState =
  | { status: 'loading' }
  /** failClosed: a pack asked to hold posts when checking fails (read from the packs that did not compile). */
  | { status: 'unavailable'; notice: string; failClosed?: boolean }
  | { status: 'inactive' }
  | { status: 'ready'; snapshot: PolicySnapshot; checker: Checker };

export class PolicyHolder {
  state: PolicyState = { status: 'loading' };
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
    void this.reload();
  }

  async reload(): Promise<void> {
    const snapshot = await fetchPolicy(this.site);
    if (!snapshot) this.state = { status: 'unavailable', notice: NOTICE_NO_POLICY };
    else if (!snapshot.active) this.state = { status: 'inactive' };
    else if (this.state.status !== 'ready' || this.state.snapshot.revision !== snapshot.revision) {
      try {
        // The lexicons inflate natively meanwhile, so that the first check does not run fflate cold.
        void inflateLexiconsAhead();
        // Pack expressions run as the background compiled them: re2js is not in this script.
        const checker = createChecker(compilePolicy(snapshot.packs, { regex: programCompiler(snapshot.regexPrograms ?? {}) }));
        this.state = { status: 'ready', snapshot, checker };
        warmUp(checker);
      } catch (e) {
        logError('content/policy', e);
        // Without a compiled policy its layering is unknown: any pack asking for fail-closed is heeded.
        this.state = { status: 'unavailable', notice: NOTICE_NO_POLICY, failClosed: snapshot.packs.some((p) => p.failMode === 'closed') };
      }
    } else this.state = { ...this.state, snapshot };
    this.listeners.forEach((l) => l());
  }
}

/**
 * Runs a few small checks while the page is idle, one per idle period, so that the engine's
 * start-up costs (lexicons, the first parse, compiling its regular expressions twice over) are
 * not paid at the first keystroke.
 */
function warmUp(checker: Checker): void {
  const run = async () => {
    for (const draft of WARM_UP_DRAFTS) {
      await idleSlice(2_000);
      try {
        checker.check(draft);
      } catch {
        // A failing engine shows up, with a notice, on the first real check.
        return;
      }
    }
  };
  void run();
}

/** Checks a whole draft at once (used when publishing, where the answer is needed now). */
export function checkNow(checker: Checker, snapshot: PolicySnapshot, text: string, platform: Platform): CheckResult {
  return checker.check(text, { platform, author: snapshot.author, exceptions: snapshot.exceptions, postsToday: snapshot.postsToday, maxChars: MAX_CHECKED_CHARS });
}

/**
 * Checks a draft without ever blocking typing for long: the NLP of the sentences not seen
 * before (the costly part, and all of it for a long paste) runs in idle slices of a few ms,
 * then the check over the whole draft, from the sentence cache, a detector at a time in the
 * same kind of slices. Ordinary typing changes one sentence, so it costs a few short slices.
 * Returns undefined when `stale()` says the draft changed meanwhile.
 */
export async function checkInSlices(checker: Checker, snapshot: PolicySnapshot, text: string, platform: Platform, stale: () => boolean): Promise<CheckResult | undefined> {
  const options = { platform, author: snapshot.author, exceptions: snapshot.exceptions, postsToday: snapshot.postsToday, maxChars: MAX_CHECKED_CHARS };
  // The first slice runs at once (the debounce already waited for a pause in typing).
  let more = sliceOf();
  while (!measured(() => checker.prepare(text, more, options), 'prepare')) {
    more = await idleSlice();
    // A newer edit abandons this check: its slices so far stay in the caches.
    if (stale()) return undefined;
  }
  // The check itself goes a detector at a time, pausing when the slice is used up.
  const steps = checker.steps(text, options);
  for (;;) {
    const step = measured(() => runWhile(steps, more), 'check');
    if (step.done) return step.value;
    more = await idleSlice();
    if (stale()) return undefined;
  }
}

/**
 * Runs one step of a check as a measure in the page's performance timeline, so that long tasks
 * can be told apart from the editor's own; only the latest is kept, so the timeline does not
 * grow while typing.
 */
function measured<T>(step: () => T, what: 'prepare' | 'check'): T {
  const started = performance.now();
  const result = step();
  performance.clearMeasures(CHECK_MEASURE);
  performance.measure(CHECK_MEASURE, { start: started, detail: what });
  return result;
}
