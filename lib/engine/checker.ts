// createChecker(packs) -> check(text, options): the pipeline recognizers -> detectors -> findings.
import { compilePolicy } from '../policy/compile';
import type { Pack } from '../policy/schema';
import { buildDoc, prepareSentences, SentenceCache, type Doc } from './doc';
import { detectors } from './detectors';
import { mapFinding, mergeFindings } from './findings';
import { chunks } from './text/chunks';
import type { CompiledPolicy } from './policy';
import { extractFeatures, type Features } from './model/features';
import { secondOpinion } from './model/second-opinion';
import type { CheckOptions, CheckResult, Finding } from './types';

export const DEFAULT_MAX_CHARS = 100_000;

export interface Checker {
  policy: CompiledPolicy;
  check(text: string, options?: CheckOptions): CheckResult;
  /**
   * Does the per-sentence work a check of `text` needs, a step at a time while `more()`
   * allows; true once all is done. First the NLP of new sentences, then checks of the draft
   * piece by piece, which fill the detectors' per-sentence memos: the check that follows does
   * only the work across sentences, so a long draft never costs one long task.
   */
  prepare(text: string, more: () => boolean, options?: CheckOptions): boolean;
  /**
   * The same check as check(), one step at a time: the draft's analysis, then each detector,
   * then the pack rules a few at a time, then the merge. The caller may pause between steps
   * (the page yields to typing there); the draft it checks is the one given here.
   */
  steps(text: string, options?: CheckOptions): Generator<void, CheckResult>;
  /**
   * What the learned second opinion reads of a draft (its features) and the categories the
   * rules and detectors flagged on their own: for training and for explaining a verdict.
   */
  features(text: string, options?: CheckOptions): { features: Features; flagged: Set<string> };
}

/** Runs steps while `more()` allows, at least one: the last result, done or not. */
export function runWhile<T>(run: Generator<void, T>, more: () => boolean): IteratorResult<void, T> {
  let step = run.next();
  while (!step.done && more()) step = run.next();
  return step;
}

/** Pack rules run per step of steps(): each is a few passes over sentence-memoized results. */
const RULES_PER_STEP = 8;

const MARK = /^\p{M}$/u;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Cuts an over-long draft at the last line or sentence end before the limit. */
function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const head = text.slice(0, max);
  const at = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. '));
  let cut = at > max / 2 ? at + 1 : max;
  // Never cut inside a surrogate pair, nor between a character and its combining marks.
  while (cut > 0 && (isHighSurrogate(text.charCodeAt(cut - 1)) || MARK.test(String.fromCodePoint(text.codePointAt(cut)!)))) cut--;
  return cut;
}

function isException(doc: Doc, f: Finding, exceptions: Set<string>, policy: CompiledPolicy): boolean {
  if (!exceptions.size || !policy.personalExceptions.allowed) return false;
  if (policy.personalExceptions.forbiddenCategories.includes(f.category)) return false;
  return exceptions.has(doc.lower.slice(f.start, f.end).trim());
}

/** Characters per piece that prepare() checks in one step (a few ms of detector work). */
const PIECE = 120;
const PIECES_KEPT = 500;

export function createChecker(input: CompiledPolicy | Pack[], cache = new SentenceCache()): Checker {
  const policy = Array.isArray(input) ? compilePolicy(input) : input;
  // Pieces prepare() already checked: the memos they filled stay with the sentence cache.
  const checkedPieces = new Set<string>();
  // A piece's check paused when the time ran out, resumed by the next prepare() (its document
  // is the piece's own, so resuming it later is the same as running it at once).
  let paused: { piece: string; run: Generator<void, CheckResult> } | undefined;
  // The second opinion speaks only where no rule or detector flagged the category, and only
  // for categories the pack keeps on for this writer.
  const learned = (doc: Doc, raw: Finding[], author: string): Finding[] => {
    const flagged = new Set<string>(raw.filter((f) => f.severity !== 'info').map((f) => f.category));
    const on = (c: string) => {
      const config = policy.detectors[c];
      return !!config?.enabled && !config.exemptAuthors.includes(author) && config.learned !== false;
    };
    return secondOpinion(doc, extractFeatures(doc, raw), policy.model!, (c) => !flagged.has(c) && on(c));
  };
  const checker: Checker = {
    policy,
    features(original, options = {}) {
      const author = (options.author ?? '').toLowerCase();
      const text = original.slice(0, cutPoint(original, options.maxChars ?? DEFAULT_MAX_CHARS));
      const doc = buildDoc(text, options.platform ?? 'generic', author, cache, options.postsToday);
      const raw: Finding[] = [];
      for (const d of detectors) {
        const config = policy.detectors[d.id];
        if (config?.enabled && !config.exemptAuthors.includes(author)) raw.push(...d.run(doc, config, policy));
      }
      for (const r of policy.rules) if (r.enabled) raw.push(...r.run(doc));
      return { features: extractFeatures(doc, raw), flagged: new Set(raw.filter((f) => f.severity !== 'info').map((f) => f.category)) };
    },
    prepare(original, more, options = {}) {
      const text = original.slice(0, cutPoint(original, options.maxChars ?? DEFAULT_MAX_CHARS));
      if (!prepareSentences(text, cache, more)) return false;
      if (text.length <= PIECE) return true;
      for (const piece of chunks(text, PIECE)) {
        if (checkedPieces.has(piece)) continue;
        if (!more()) return false;
        const run = paused?.piece === piece ? paused.run : checker.steps(piece, options);
        paused = undefined;
        // A step at a time, so that one piece never runs long past the slice.
        const step = runWhile(run, more);
        if (!step.done) {
          paused = { piece, run };
          return false;
        }
        if (checkedPieces.size >= PIECES_KEPT) checkedPieces.clear();
        checkedPieces.add(piece);
      }
      return true;
    },
    check(original: string, options: CheckOptions = {}): CheckResult {
      // With time always left, the run ends done.
      return (runWhile(checker.steps(original, options), () => true) as IteratorReturnResult<CheckResult>).value;
    },
    *steps(original: string, options: CheckOptions = {}): Generator<void, CheckResult> {
      const max = options.maxChars ?? DEFAULT_MAX_CHARS;
      const cut = cutPoint(original, max);
      const text = cut < original.length ? original.slice(0, cut) : original;
      const author = (options.author ?? '').toLowerCase();
      const doc = buildDoc(text, options.platform ?? 'generic', author, cache, options.postsToday);
      const errors: string[] = [];
      const raw: Finding[] = [];
      yield;
      for (const d of detectors) {
        const config = policy.detectors[d.id];
        if (!config?.enabled || config.exemptAuthors.includes(author)) continue;
        try {
          raw.push(...d.run(doc, config, policy));
        } catch (e) {
          errors.push(`detector ${d.id}: ${(e as Error).message}`);
        }
        yield;
      }
      let ran = 0;
      for (const r of policy.rules) {
        if (!r.enabled) continue;
        try {
          raw.push(...r.run(doc));
        } catch (e) {
          errors.push(`rule ${r.id}: ${(e as Error).message}`);
        }
        if (++ran % RULES_PER_STEP === 0) yield;
      }
      if (policy.model) {
        try {
          raw.push(...learned(doc, raw, author));
        } catch (e) {
          errors.push(`learned second opinion: ${(e as Error).message}`);
        }
      }
      const exceptions = new Set((options.exceptions ?? []).map((t) => t.toLowerCase().trim()));
      const kept = raw.filter((f) => !isException(doc, f, exceptions, policy));
      const findings = mergeFindings(kept.map((f) => mapFinding(doc.normalized, f)));
      const result: CheckResult = { findings };
      if (cut < original.length) result.truncated = { checkedChars: cut, totalChars: original.length };
      if (errors.length) result.errors = errors;
      return result;
    },
  };
  return checker;
}
