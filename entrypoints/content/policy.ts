// The policy this page checks against: fetched from the background on the first composer,
// compiled once per revision, and replaced when the background says it changed.
import { createChecker, type Checker } from '../../lib/engine/checker';
import { WARM_UP_DRAFTS } from '../../lib/engine/warm-up';
import type { CheckResult, Platform } from '../../lib/engine/types';
import type { PolicySnapshot } from '../../lib/protocol';
import { idleSlice, sliceOf } from '../../lib/dom/schedule';
import { fetchPolicy, logError } from './messaging';

/** In-page drafts beyond this are checked only up to here, with a notice. */
export const MAX_CHECKED_CHARS = 20_000;
/** The performance-timeline name of one checked slice (read by the in-page metrics test). */
export const CHECK_MEASURE = 'guardrail:check';

export const NOTICE_NO_POLICY = 'Guardrail could not load its policy';

export type PolicyState =
  | { status: 'loading' }
  | { status: 'unavailable'; notice: string }
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
        const checker = createChecker(snapshot.packs);
        this.state = { status: 'ready', snapshot, checker };
        warmUp(checker);
      } catch (e) {
        logError('content/policy', e);
        this.state = { status: 'unavailable', notice: NOTICE_NO_POLICY };
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
 * then one check does the work over the whole draft from the sentence cache. Ordinary typing
 * changes one sentence, so it costs one short slice and the check. Returns undefined when
 * `stale()` says the draft changed meanwhile.
 */
export async function checkInSlices(checker: Checker, snapshot: PolicySnapshot, text: string, platform: Platform, stale: () => boolean): Promise<CheckResult | undefined> {
  const options = { platform, author: snapshot.author, exceptions: snapshot.exceptions, postsToday: snapshot.postsToday, maxChars: MAX_CHECKED_CHARS };
  // The first slice runs at once (the debounce already waited for a pause in typing).
  let more = sliceOf();
  while (!checker.prepare(text, more, options)) {
    more = await idleSlice();
    if (stale()) return undefined;
  }
  const started = performance.now();
  const result = checker.check(text, options);
  // Visible in the page's performance timeline, so long tasks can be told apart from the
  // editor's own; only the latest is kept, so the timeline does not grow while typing.
  performance.clearMeasures(CHECK_MEASURE);
  performance.measure(CHECK_MEASURE, { start: started });
  return result;
}
