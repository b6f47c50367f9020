// createChecker(packs) -> check(text, options): the pipeline recognizers -> detectors -> findings.
import { compilePolicy } from '../policy/compile';
import type { Pack } from '../policy/schema';
import { buildDoc, SentenceCache, type Doc } from './doc';
import { detectors } from './detectors';
import { mapFinding, mergeFindings } from './findings';
import type { CompiledPolicy } from './policy';
import { extractFeatures, type Features } from './model/features';
import { secondOpinion } from './model/second-opinion';
import { SECOND_OPINION } from './model';
import { learnedThreshold, raisedAt } from './sensitivity';
import type { CheckOptions, CheckResult, Finding } from './types';

export const DEFAULT_MAX_CHARS = 100_000;

export interface Checker {
  policy: CompiledPolicy;
  check(text: string, options?: CheckOptions): CheckResult;
  /**
   * What the learned second opinion reads of a draft (its features) and the categories the
   * rules and detectors flagged on their own: for training and for explaining a verdict.
   */
  features(text: string, options?: CheckOptions): { features: Features; flagged: Set<string>; cleared: Set<string> };
}

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

/** What the rules and detectors found in a draft, before the learned opinion and exceptions. */
interface Analysis {
  doc: Doc;
  author: string;
  cut: number;
  raw: Finding[];
  errors: string[];
}

const flaggedOf = (raw: Finding[]) => new Set<string>(raw.filter((f) => f.severity !== 'info').map((f) => f.category));

export function createChecker(input: CompiledPolicy | Pack[], cache = new SentenceCache()): Checker {
  const compiled = Array.isArray(input) ? compilePolicy(input) : input;
  // The second opinion is on unless the caller switched it off: what the CLI, the tests and
  // the worker measure is what ships.
  const policy: CompiledPolicy = compiled.model === undefined ? { ...compiled, model: SECOND_OPINION } : compiled;

  // Categories whose requirement the draft already meets (see Detector.clears).
  const clearedOf = (doc: Doc) => {
    const cleared = new Set<string>();
    for (const d of detectors) {
      const config = policy.detectors[d.id];
      if (config?.enabled && d.clears?.(doc, config, policy)) cleared.add(d.category);
    }
    return cleared;
  };

  const analyse = (original: string, options: CheckOptions): Analysis => {
    const cut = cutPoint(original, options.maxChars ?? DEFAULT_MAX_CHARS);
    const text = cut < original.length ? original.slice(0, cut) : original;
    const author = (options.author ?? '').toLowerCase();
    const doc = buildDoc(text, options.platform ?? 'generic', author, cache, options.postsToday);
    const errors: string[] = [];
    const raw: Finding[] = [];
    for (const d of detectors) {
      const config = policy.detectors[d.id];
      if (!config?.enabled || config.exemptAuthors.includes(author)) continue;
      try {
        const found = d.run(doc, config, policy);
        raw.push(...(d.ownSensitivity ? found : found.filter((f) => raisedAt(config.sensitivity, f.confidence))));
      } catch (e) {
        errors.push(`detector ${d.id}: ${(e as Error).message}`);
      }
    }
    for (const r of policy.rules) {
      if (!r.enabled) continue;
      try {
        raw.push(...r.run(doc));
      } catch (e) {
        errors.push(`rule ${r.id}: ${(e as Error).message}`);
      }
    }
    return { doc, author, cut, raw, errors };
  };

  // The second opinion speaks only where no rule or detector flagged the category, and only
  // for categories the pack keeps on for this writer.
  const learned = ({ doc, raw, author }: Analysis): Finding[] => {
    const flagged = flaggedOf(raw);
    const cleared = clearedOf(doc);
    const threshold = (c: string, trained: number) => {
      const config = policy.detectors[c];
      if (flagged.has(c) || cleared.has(c) || !config?.enabled || config.exemptAuthors.includes(author) || config.learned === false) return undefined;
      return learnedThreshold(config.sensitivity, trained);
    };
    return secondOpinion(doc, extractFeatures(doc, raw), policy.model!, threshold);
  };

  return {
    policy,
    features(original, options = {}) {
      const { doc, raw } = analyse(original, options);
      return { features: extractFeatures(doc, raw), flagged: flaggedOf(raw), cleared: clearedOf(doc) };
    },
    check(original: string, options: CheckOptions = {}): CheckResult {
      const analysis = analyse(original, options);
      const { doc, cut, raw, errors } = analysis;
      if (policy.model) {
        try {
          raw.push(...learned(analysis));
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
}
