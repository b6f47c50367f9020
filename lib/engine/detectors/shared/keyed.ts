// A lexicon alternation that V8 never compiles whole (issue 16, item 4). V8 compiles a regular
// expression on its first exec, and the lexicons' alternations of hundreds of branches cost tens
// to hundreds of milliseconds each, which made the worker's cold start a second long. Here each
// branch is keyed by the words it can start with ("cure[sd]? ..." by cure, cures, cured): a
// search looks up the draft's words in that map and compiles, once and only when it is first
// needed, a small expression of the branches that can match there. Branches whose first word
// cannot be listed (they start with \S+, a class or a hashtag) stay in one fallback expression.
//
// The result is the same as the whole alternation's, match for match: at a word, every branch
// that can match there is in the small expression, in the alternation's order, so the first
// that matches is the same; elsewhere only fallback branches can match.
import { parse, firstWords, type Alt, type Seq } from './regex-words';

/**
 * The look-arounds that keep every alternation to whole words (see alternation()), with a tail
 * that may follow any branch ("(?:'s)?" for term lists); a tail never begins with a letter.
 */
const wrap = (branches: readonly string[], tail: string) => `(?<![\\p{L}\\p{N}])(?:${branches.join('|')})${tail}(?![\\p{L}\\p{N}])`;
const TAILS = new Set(['', "(?:'s)?"]);

/** A word that a match can start at: not after a letter or digit. */
const WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu;

/** Case folding for the look-up: wider than the regex's own, never narrower (ſ meets s, ς meets σ). */
export function fold(word: string): string {
  let out = '';
  for (const c of word) {
    const lower = c.toLowerCase();
    const upper = lower.toUpperCase();
    out += upper.length === lower.length ? upper.toLowerCase() : lower;
  }
  return out;
}

/** What the branches of one alternation compile to, shared by its copies with other flags. */
interface Plan {
  branches: string[];
  tail: string;
  /** Folded first word (perhaps led by a mark, "#ad") -> indices of the branches that can start with it. */
  byWord: Map<string, number[]>;
  /** The marks that lead a first word somewhere ("#"). */
  marks: Set<string>;
  /** Branches keyed by no word: they may match anywhere. */
  fallback: number[];
  /** Expressions compiled so far, by flags and branches: shared by the copies matchAll makes. */
  compiled: Map<string, RegExp>;
}

function planOf(sources: readonly string[], tail: string): Plan | null {
  if (!TAILS.has(tail)) return null;
  const branches: string[] = [];
  const words: (Set<string> | null)[] = [];
  for (const source of sources) {
    let tree: Alt | Seq;
    try {
      tree = parse(source);
    } catch {
      return null;
    }
    const alts = tree.type === 'alt' ? tree.branches : [tree];
    for (const alt of alts) {
      branches.push(source.slice(alt.from, alt.to));
      words.push(firstWords(alt, fold));
    }
  }
  const fallback = words.flatMap((w, i) => (w ? [] : [i]));
  const byWord = new Map<string, number[]>();
  words.forEach((set, i) => set?.forEach((w) => (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i)));
  const marks = new Set([...byWord.keys()].map((w) => w[0]).filter((c) => !/[\p{L}\p{N}]/u.test(c)));
  return { branches, tail, byWord, marks, fallback, compiled: new Map() };
}

/**
 * Behaves as `new RegExp(wrap(sources), flags)` for exec, test, matchAll and the rest (they all
 * call exec), with `source` and `flags` the same; only the expressions compiled differ.
 */
export class KeyedAlternation extends RegExp {
  private readonly plan: Plan;

  /** From a plan, or (another, flags) as RegExp's species copies are made (RegExp's species is
   * the subclass itself, so matchAll, split and globalOf's copy stay keyed). */
  constructor(from: KeyedAlternation | Plan, flags: string) {
    const plan = from instanceof KeyedAlternation ? from.plan : from;
    // The whole source, as a plain alternation has it; V8 parses it here but compiles it only if exec'd.
    super(wrap(plan.branches, plan.tail), flags);
    this.plan = plan;
  }

  /**
   * Behaves as `new RegExp(wrap(sources, tail), flags)`; null when a source uses what the key
   * planner does not read (a back-reference) or the tail is not one it knows.
   */
  static of(sources: readonly string[], flags: string, tail = ''): KeyedAlternation | null {
    const plan = planOf(sources, tail);
    return plan ? new KeyedAlternation(plan, flags) : null;
  }

  /** Branch indices a search compiles for a word, for tests. */
  branchesFor(word: string): readonly string[] {
    return (this.plan.byWord.get(fold(word)) ?? this.plan.fallback).map((i) => this.plan.branches[i]);
  }

  /** The alternation of these branches alone, compiled on first use. */
  private expression(indices: readonly number[], mode: 'g' | 'y'): RegExp {
    const flags = this.flags.replace(/[gy]/g, '') + mode;
    const key = `${flags} ${indices.join(',')}`;
    let re = this.plan.compiled.get(key);
    if (!re) {
      re = new RegExp(wrap(indices.map((i) => this.plan.branches[i]), this.plan.tail), flags);
      this.plan.compiled.set(key, re);
    }
    return re;
  }

  private fallbackAt(text: string, from: number, sticky: boolean): RegExpExecArray | null {
    if (!this.plan.fallback.length) return null;
    const re = this.expression(this.plan.fallback, 'g');
    // A global search serves a sticky one too: it is a match at `from` or none.
    re.lastIndex = from;
    const m = re.exec(text);
    return m && (!sticky || m.index === from) ? m : null;
  }

  private stickyAt(indices: readonly number[], text: string, at: number): RegExpExecArray | null {
    const re = this.expression(indices, 'y');
    re.lastIndex = at;
    return re.exec(text);
  }

  /** The whole alternation's first match at or after `from` (at `from` only when sticky). */
  private find(text: string, from: number, sticky: boolean): RegExpExecArray | null {
    // The first fallback match bounds the search: the answer is a word's match before it, or it.
    const fm = this.fallbackAt(text, from, sticky);
    const limit = fm ? fm.index : sticky ? from : Infinity;
    const at = (indices: readonly number[] | undefined, pos: number) => {
      if (!indices || pos < from || pos > limit || (sticky && pos !== from)) return null;
      const m = this.stickyAt(indices, text, pos);
      if (!m || pos < limit) return m;
      // Word branches and fallback branches both match here: the alternation's order decides,
      // so ask the two together (rare, and compiled only then).
      return this.stickyAt([...indices, ...this.plan.fallback].sort((a, b) => a - b), text, pos);
    };
    WORD.lastIndex = from;
    for (let w = WORD.exec(text); w && w.index - 1 <= limit; w = WORD.exec(text)) {
      const key = fold(w[0]);
      // A mark just before the word leads it ("#ad"): that match would start one place earlier.
      const mark = text[w.index - 1];
      const m = (this.plan.marks.has(mark) && at(this.plan.byWord.get(mark + key), w.index - 1)) || at(this.plan.byWord.get(key), w.index);
      if (m) return m;
    }
    return fm;
  }

  override exec(text: string): RegExpExecArray | null {
    const s = String(text);
    const moving = this.global || this.sticky;
    const from = moving ? this.lastIndex : 0;
    const m = from > s.length ? null : this.find(s, from, this.sticky);
    if (moving) this.lastIndex = m ? m.index + m[0].length : 0;
    return m;
  }
}
