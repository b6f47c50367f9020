// createChecker(packs) -> check(text, options): the pipeline recognizers -> detectors -> findings.
import { compilePolicy } from '../policy/compile';
import type { Pack } from '../policy/schema';
import { buildDoc, SentenceCache, type Doc } from './doc';
import { detectors } from './detectors';
import { mapFinding, mergeFindings } from './findings';
import type { CompiledPolicy } from './policy';
import type { CheckOptions, CheckResult, Finding } from './types';

export const DEFAULT_MAX_CHARS = 100_000;

export interface Checker {
  policy: CompiledPolicy;
  check(text: string, options?: CheckOptions): CheckResult;
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

export function createChecker(input: CompiledPolicy | Pack[], cache = new SentenceCache()): Checker {
  const policy = Array.isArray(input) ? compilePolicy(input) : input;
  return {
    policy,
    check(original: string, options: CheckOptions = {}): CheckResult {
      const max = options.maxChars ?? DEFAULT_MAX_CHARS;
      const cut = cutPoint(original, max);
      const text = cut < original.length ? original.slice(0, cut) : original;
      const author = (options.author ?? '').toLowerCase();
      const doc = buildDoc(text, options.platform ?? 'generic', author, cache, options.postsToday);
      const errors: string[] = [];
      const raw: Finding[] = [];
      for (const d of detectors) {
        const config = policy.detectors[d.id];
        if (!config?.enabled || config.exemptAuthors.includes(author)) continue;
        try {
          raw.push(...d.run(doc, config, policy));
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
