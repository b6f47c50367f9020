// Pack regular expressions: the engine's view of them. Matching is always linear in the text
// (issue #9): expressions are compiled by RE2 (re2js, regex-re2.ts) to a program that a Pike
// VM runs (regex-vm.ts). This module only names the parts.

export interface Span {
  start: number;
  end: number;
}

/** A compiled expression, searched leftmost-first like RE2. */
export interface Regex {
  /**
   * Capture positions of the first match starting at or after `from` ([start, end] of group 0,
   * then of each tracked group, -1 when it took no part), or null. Text before `from` is seen
   * as context (word boundaries, line starts). The array is reused by the next call.
   */
  exec(text: string, from: number): Int32Array | null;
  /** The group whose span is reported: the one named "hit", else 0 (the whole match). */
  readonly hit: number;
}

/** How the engine turns a pack expression into a Regex (injected: see compilePolicy). */
export type RegexCompiler = (source: string, caseSensitive: boolean) => Regex;

const LIST_REF = /\{\{([a-z0-9][a-z0-9._/-]*)\}\}/g;

/** Names of the lists a regular expression splices in with "{{name}}". */
export function regexListRefs(source: string): string[] {
  return [...source.matchAll(LIST_REF)].map((m) => m[1]);
}

/** The expression with every "{{name}}" replaced by a placeholder, for validation. */
export const withoutListRefs = (source: string) => source.replace(LIST_REF, 'x');

/** Replaces each "{{name}}" with an alternation of the list's terms (literal, any spacing). */
export function expandRegexLists(source: string, lists: Record<string, readonly string[]>): string {
  return source.replace(LIST_REF, (_, name: string) => {
    const list = lists[name];
    if (!list) throw new Error(`unknown list "{{${name}}}"`);
    const alts = [...list].sort((a, b) => b.length - a.length).map((t) => t.trim().split(/\s+/).map((w) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('\\s+'));
    return `(?:${alts.join('|') || '[^\\s\\S]'})`;
  });
}

/**
 * Every non-empty match of a compiled expression, left to right. A group named "hit" marks the
 * part to report, so an expression can require context around the words it flags.
 */
export function findAll(re: Regex, text: string): Span[] {
  const out: Span[] = [];
  const s = 2 * re.hit;
  for (let from = 0; from <= text.length; ) {
    const caps = re.exec(text, from);
    if (!caps) break;
    const start = caps[s];
    const end = caps[s + 1];
    if (end > start && start >= 0) out.push({ start, end });
    // Resume after the reported span: the trailing boundary character may start the next match.
    from = Math.max(end, caps[0] + 1);
  }
  return out;
}
