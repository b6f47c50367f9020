// Pack regular expressions run on RE2 (re2js): matching is linear in the text, so no pattern
// from a pack can backtrack catastrophically and freeze a composer.
import { RE2JS } from 're2js';

export type Regex = RE2JS;

const UNSUPPORTED: [RegExp, string][] = [
  [/\(\?<?[=!]/, 'lookahead and lookbehind ("(?=", "(?!", "(?<=", "(?<!") are not supported: RE2 runs in linear time without them'],
  [/\\[1-9]/, 'backreferences ("\\1") are not supported: RE2 runs in linear time without them'],
  [/\\k</, 'named backreferences ("\\k<name>") are not supported: RE2 runs in linear time without them'],
];

/** Why a pack regular expression cannot be used, or null when it can. */
export function regexError(source: string): string | null {
  source = source.replace(LIST_REF, 'x');
  for (const [re, why] of UNSUPPORTED) if (re.test(source)) return why;
  try {
    cachedCompile(source, RE2JS.CASE_INSENSITIVE);
    return null;
  } catch (e) {
    const message = (e as Error).message.replace(/^error parsing regexp:\s*/, '');
    return `invalid regular expression: ${message}`;
  }
}

const LIST_REF = /\{\{([a-z0-9][a-z0-9._/-]*)\}\}/g;

/** Names of the lists a regular expression splices in with "{{name}}". */
export function regexListRefs(source: string): string[] {
  return [...source.matchAll(LIST_REF)].map((m) => m[1]);
}

/** Replaces each "{{name}}" with an alternation of the list's terms (literal, any spacing). */
export function expandRegexLists(source: string, lists: Record<string, readonly string[]>): string {
  return source.replace(LIST_REF, (_, name: string) => {
    const list = lists[name];
    if (!list) throw new Error(`unknown list "{{${name}}}"`);
    const alts = [...list].sort((a, b) => b.length - a.length).map((t) => t.trim().split(/\s+/).map((w) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('\\s+'));
    return `(?:${alts.join('|') || '[^\\s\\S]'})`;
  });
}

/** Compiles a pack regular expression; throws with regexError's message when it is not usable. */
export function compileRegex(source: string, caseSensitive = false): Regex {
  const why = regexError(source);
  if (why) throw new Error(why);
  return cachedCompile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
}

// Compiling is most of the cost of compiling a policy, and the same expressions come back
// (validation, then compilation; every settings change): compiled programs are kept.
const cache = new Map<string, Regex>();
const CACHE_SIZE = 500;

function cachedCompile(source: string, flags: number): Regex {
  const key = `${flags}:${source}`;
  let re = cache.get(key);
  if (!re) {
    re = RE2JS.compile(source, flags);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, re);
  }
  return re;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Every non-empty match of a compiled expression, left to right. A group named "hit" marks the
 * part to report, so an expression can require context around the words it flags.
 */
export function findAll(re: Regex, text: string): Span[] {
  const out: Span[] = [];
  // The DFA answers "is there any match" fast; finding positions (an NFA) only when there is.
  if (!re.test(text)) return out;
  const group = re.namedGroups().hit ?? 0;
  const m = re.matcher(text);
  let from = 0;
  while (from <= text.length && m.find(from)) {
    const start = m.start(group);
    const end = m.end(group);
    if (end > start && start >= 0) out.push({ start, end });
    // Resume after the reported span: the trailing boundary character may start the next match.
    from = Math.max(end, m.start() + 1);
    // The fast test again, on the rest of the text, spares the position search a run to the end
    // after the last match. It starts two characters early so that what precedes `from` (a word
    // boundary, a surrogate pair) reads as in the whole text: no match it misses can start at
    // or after `from` (RE2 has no lookbehind), and one it finds earlier only costs the search.
    if (from < text.length && !re.test(text.slice(Math.max(0, from - 2)))) break;
  }
  return out;
}

