// The engine as one long-lived service (it runs in the extension's worker, and the same module in
// the tests and the bench): compiled policies by revision, one checker with its own sentence
// cache per composer, and the answer to a CheckRequest. Pure: no worker or browser API here.
import { compilePolicy } from '../policy/compile';
import type { Pack } from '../policy/schema';
import type { CheckReply, CheckRequest, PolicySummary } from '../protocol';
import { createChecker, type Checker } from './checker';
import { SentenceCache } from './doc';
import type { CompiledPolicy } from './policy';
import { tierUp } from './detectors/shared/keyed';
import { WARM_UP_DRAFTS } from './warm-up';

/** Policies kept compiled: the current one, and a few a composer may still name while it reloads. */
const POLICIES_KEPT = 4;
/** Composers with a checker (tabs times composers); the least recently checked goes first. */
const COMPOSERS_KEPT = 64;
/** Sentences cached per composer: a 20,000-character draft has a few hundred. */
const SENTENCES_PER_COMPOSER = 600;

export type LoadedPolicy =
  | { ok: true; policy: CompiledPolicy; summary: PolicySummary }
  | { ok: false; message: string; failClosed: boolean };

interface ComposerState {
  /** The newest text revision asked for; older requests are dropped. */
  latest: number;
  policy?: string;
  checker?: Checker;
}

export function summarize(policy: CompiledPolicy): PolicySummary {
  const { packs, enforcement, requireReason, failMode, personalExceptions } = policy;
  return { packs, enforcement, requireReason, failMode, personalExceptions };
}

/** Touches a Map entry (most recent last) and evicts the oldest beyond `max`. */
function keep<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as K);
  return value;
}

export class EngineService {
  private policies = new Map<string, LoadedPolicy>();
  private composers = new Map<string, ComposerState>();

  /** Compiles `packs` as policy `revision` (again, if it was loaded before). */
  load(revision: string, packs: Pack[]): LoadedPolicy {
    let loaded: LoadedPolicy;
    try {
      const policy = compilePolicy(packs);
      loaded = { ok: true, policy, summary: summarize(policy) };
    } catch (e) {
      // Without a compiled policy its layering is unknown: any pack asking for fail-closed is heeded.
      loaded = { ok: false, message: (e as Error).message, failClosed: packs.some((p) => p?.failMode === 'closed') };
    }
    return keep(this.policies, revision, loaded, POLICIES_KEPT);
  }

  has(revision: string): boolean {
    return this.policies.has(revision);
  }

  /** True when a newer revision of this composer's text was already asked for. */
  superseded(request: CheckRequest): boolean {
    const state = this.composers.get(request.composer);
    return !!state && request.revision < state.latest;
  }

  handle(request: CheckRequest): CheckReply {
    if (this.superseded(request)) return { status: 'dropped' };
    const state = keep(this.composers, request.composer, this.composers.get(request.composer) ?? { latest: request.revision }, COMPOSERS_KEPT);
    state.latest = request.revision;
    let loaded = this.policies.get(request.policy.revision);
    if (!loaded && !request.policy.packs) return { status: 'need-policy' };
    if (!loaded || request.policy.packs) loaded = this.load(request.policy.revision, request.policy.packs!);
    if (!loaded.ok) return { status: 'policy-error', message: loaded.message, failClosed: loaded.failClosed };
    if (state.policy !== request.policy.revision || !state.checker) {
      // A new policy starts a new cache: the memos in it depend on the policy's settings.
      state.checker = createChecker(loaded.policy, new SentenceCache(SENTENCES_PER_COMPOSER));
      state.policy = request.policy.revision;
    }
    try {
      const { platform, author, exceptions, postsToday, maxChars } = request;
      const result = state.checker.check(request.text, { platform, author, exceptions, postsToday, maxChars });
      return { status: 'ok', policy: loaded.summary, ...result };
    } catch (e) {
      return { status: 'failed', message: (e as Error).message, policy: loaded.summary };
    }
  }

  /** The composer's page went away (or the tab closed): its cache can go. */
  forget(composer: string): void {
    this.composers.delete(composer);
  }

  /**
   * Warm-up checks for a loaded policy, one per call of the returned steps, so that the first
   * real draft finds the expressions compiled and the lexicons decoded; then the lexicon
   * alternations are compiled whole (keyed.ts tierUp), which warm checks search faster.
   * The caller spaces them out so that a real check never waits behind all of them.
   */
  warmUpSteps(revision: string): (() => void)[] {
    const loaded = this.policies.get(revision);
    if (!loaded?.ok) return [];
    const checker = createChecker(loaded.policy, new SentenceCache(64));
    // Then, one per step, the whole lexicon alternations the drafts used (steps left over do nothing).
    return [...WARM_UP_DRAFTS.map((draft) => () => void checker.check(draft)), ...Array.from({ length: 150 }, () => () => void tierUp())];
  }
}
