// A lexicon alternation that V8 never compiles whole (issue 16, item 4). V8 compiles a regular
// expression on its first exec, and the lexicons' alternations of hundreds of branches cost tens
// to hundreds of milliseconds each, which made the worker's cold start a second long. Here each
// branch is keyed by the words it can start with ("cure[sd]? ..." by cure, cures, cured): a
// search looks up the draft's words in that map and compiles, once and only when it is first
// needed, a small expression of the branches that can match there. Branches whose first word
// cannot be listed (they start with \S+, \p{L}+, digits) stay in one fallback expression. Once
// the engine is idle, tierUp compiles the whole alternations, which warm searches run faster.
//
// The result is the same as the whole alternation's, match for match: at a word, every branch
// that can match there is in the small expression, in the alternation's order, so the first
// that matches is the same; elsewhere only fallback branches can match.
import { branchLiterals, holdsLiteral, recordKeyed, sourceHash } from '../../text/regex-gate';
import { KEYS } from '../../text/regex-gates.generated';
import { warm } from '../../text/regex-warm';
import { parse, firstWords, type Alt, type Seq } from './regex-words';
import { lowerBound } from '../../sorted';

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
  // ASCII words (nearly all) fold by toLowerCase alone.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  let out = '';
  for (const c of word) {
    const lower = c.toLowerCase();
    const upper = lower.toUpperCase();
    out += upper.length === lower.length ? upper.toLowerCase() : lower;
  }
  return out;
}

// The folded form of the last text asked about: dozens of expressions (pack rules, gated engine
// expressions) try one sentence in turn, and each would fold it again.
let lastText: string | undefined;
let lastFolded = '';
// And of the texts of recent checks: a re-check asks again about every unchanged sentence.
// (Bounded by characters: every whole draft checked passes through here too.)
const foldedTexts = new Map<string, string>();
const MAX_FOLDED_CHARS = 400_000;
let foldedChars = 0;
/** fold() of a whole text, remembered for the last text and recent ones. */
export function foldedText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    let folded = foldedTexts.get(text);
    if (folded === undefined) {
      folded = fold(text);
      if (foldedChars + text.length > MAX_FOLDED_CHARS) {
        foldedTexts.clear();
        foldedChars = 0;
      }
      foldedTexts.set(text, folded);
      foldedChars += text.length;
    }
    lastFolded = folded;
  }
  return lastFolded;
}

interface Words {
  text: string;
  /** Start of each word, in text order, and its folded form. */
  starts: number[];
  keys: string[];
}

// The words of the last few texts searched: the detectors search one sentence with dozens of
// alternations in turn, and each would otherwise split and fold it again.
const recent: Words[] = [];

function wordsOf(text: string): Words {
  for (const w of recent) if (w.text === text) return w;
  const starts: number[] = [];
  const keys: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    starts.push(m.index);
    keys.push(fold(m[0]));
  }
  const words = { text, starts, keys };
  recent.unshift(words);
  if (recent.length > 4) recent.pop();
  return words;
}

/** An alternation's branches and the words they can start with, read from its sources. */
interface Keys {
  branches: string[];
  /** Folded first word (perhaps led by a mark, "#ad") -> indices of the branches that can start with it. */
  byWord: Map<string, number[]>;
  /** The marks that lead a first word somewhere ("#"). */
  marks: Set<string>;
  /** Branches keyed by no word: they may match anywhere. */
  fallback: number[];
}

/** What the branches of one alternation compile to, shared by its copies with other flags. */
interface Plan {
  sources: readonly string[];
  tail: string;
  /**
   * Read on the first search, not when a module makes the alternation (issue 16, item 4: the
   * lexicons' alternations were a large part of the engine's module evaluation); null when the
   * reader cannot list the words, and the alternation is then searched whole.
   */
  keys?: Keys | null;
  /** Expressions compiled so far, by flags and branches: shared by the copies matchAll makes. */
  compiled: Map<string, RegExp>;
  /** The same, by the very index arrays of byWord, so a search builds no key string. */
  byIndices: Map<string, WeakMap<readonly number[], RegExp>>;
  /** The whole alternation by flags, once tierUp compiled it; searches then go to it. */
  whole: Map<string, RegExp>;
  /** The flags this alternation is searched with. */
  used: Set<string>;
  /** Each branch's gate (regex-gate.ts), looked up when first needed. */
  gates: (readonly string[] | undefined)[];
}

// Plans by their sources: term lists arrive as new arrays check after check, and planning
// (parsing, listing words) and the compiled expressions are then found again.
const plans = new Map<string, Plan>();

const BACK_REFERENCE = /\\(?:[1-9]|k<)/;

function planOf(sources: readonly string[], tail: string): Plan | null {
  if (!TAILS.has(tail)) return null;
  const id = `${tail}\u0000${sources.join('\u0001')}`;
  const known = plans.get(id);
  if (known) return known;
  // A back-reference refers to a group of the whole alternation: no branch stands alone.
  if (sources.some((s) => BACK_REFERENCE.test(s))) return null;
  const plan: Plan = { sources, tail, compiled: new Map(), byIndices: new Map(), whole: new Map(), used: new Set(), gates: [] };
  if (plans.size > 300) plans.clear();
  plans.set(id, plan);
  return plan;
}

function keysOf(plan: Plan): Keys | null {
  if (plan.keys === undefined) plan.keys = makeKeys(plan.sources);
  return plan.keys;
}

/**
 * Compiles the whole of one more alternation that searches have used, for the engine's idle
 * time once the first checks are done: at a word that many branches start with ("the", "our")
 * the keyed search runs many small expressions, and a warm whole expression is faster there.
 * The answers are the same either way. Returns false when nothing was left to compile.
 */
export function tierUp(): boolean {
  for (const plan of plans.values()) {
    for (const flags of plan.used) {
      if (plan.whole.has(flags)) continue;
      const re = new RegExp(wrap(plan.sources, plan.tail), flags);
      // V8 compiles on the first run, separately for one-byte and two-byte text.
      warm(re);
      for (const sample of ['x', 'x \u{1F642}']) {
        re.lastIndex = 0;
        re.exec(sample);
      }
      plan.whole.set(flags, re);
      return true;
    }
  }
  return false;
}

/**
 * The branches of the sources (top-level alternatives, in order) and the folded words each can
 * start with (null: any); null when the reader cannot split them. `npm run regex-gates` stores
 * this for every alternation the engine searches (KEYS), so a worker reads no source itself.
 */
export function readBranches(sources: readonly string[]): { branches: string[]; words: (Set<string> | null)[] } | null {
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
  // The branches must spell the sources again, since the whole expression is made from these.
  if (branches.join('|') !== sources.join('|')) return null;
  return { branches, words };
}

/** The stored form of readBranches (KEYS): each branch's length, then its words or 0. */
export function storedBranches(sources: readonly string[]): string | null {
  const read = readBranches(sources);
  return read && JSON.stringify([read.branches.map((b) => b.length), read.words.map((w) => (w ? [...w] : 0))]);
}

/** readBranches from the build-time table, when it knows these sources. */
function storedRead(joined: string): { branches: string[]; words: (Set<string> | null)[] } | null {
  const entry = KEYS[sourceHash(joined)];
  if (!entry) return null;
  const [lengths, lists] = JSON.parse(entry) as [number[], (string[] | 0)[]];
  const whole = joined.replaceAll('\u0001', '|');
  const branches: string[] = [];
  let at = 0;
  for (const n of lengths) {
    branches.push(whole.slice(at, at + n));
    at += n + 1;
  }
  // A stale entry (the same hash, other sources) would not spell the sources: read them then.
  if (at !== whole.length + 1 || branches.join('|') !== whole) return null;
  return { branches, words: lists.map((w) => (w ? new Set(w) : null)) };
}

function makeKeys(sources: readonly string[]): Keys | null {
  const joined = sources.join('\u0001');
  recordKeyed(joined);
  const read = storedRead(joined) ?? readBranches(sources);
  if (!read) return null;
  const { branches, words } = read;
  const fallback = words.flatMap((w, i) => (w ? [] : [i]));
  const byWord = new Map<string, number[]>();
  words.forEach((set, i) => set?.forEach((w) => (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(i)));
  const marks = new Set([...byWord.keys()].map((w) => w[0]).filter((c) => !/[\p{L}\p{N}]/u.test(c)));
  return { branches, byWord, marks, fallback };
}

/**
 * Behaves as `new RegExp(wrap(sources), flags)` for exec, test, matchAll and the rest (they all
 * call exec), with `source` and `flags` the same; only the expressions compiled differ.
 */
export class KeyedAlternation extends RegExp {
  private readonly plan: Plan;
  /** The flags without g and y: the small expressions search one place or onwards themselves. */
  private readonly bare: string;
  private readonly flagKey: string;
  private fallbackRe?: RegExp;

  /** From a plan, or (another, flags) as RegExp's species copies are made (RegExp's species is
   * the subclass itself, so matchAll, split and globalOf's copy stay keyed). */
  constructor(from: KeyedAlternation | Plan, flags: string) {
    const plan = from instanceof KeyedAlternation ? from.plan : from;
    // The whole source, as a plain alternation has it; V8 parses it here but compiles it only if exec'd.
    super(wrap(plan.sources, plan.tail), flags);
    this.plan = plan;
    this.flagKey = this.flags;
    this.bare = this.flagKey.replace(/[gy]/g, '');
    plan.used.add(this.flagKey);
  }

  /**
   * Behaves as `new RegExp(wrap(sources, tail), flags)`; null when a source uses what the key
   * planner does not read (a back-reference) or the tail is not one it knows.
   */
  static of(sources: readonly string[], flags: string, tail = ''): KeyedAlternation | null {
    const plan = planOf(sources, tail);
    return plan ? new KeyedAlternation(plan, flags) : null;
  }

  /** The branches and their words (only searches call this, once the keys were found readable). */
  private get keys(): Keys {
    return keysOf(this.plan)!;
  }

  /** Whether searches go word by word (the reader could key every branch), for tests. */
  get keyed(): boolean {
    return !!keysOf(this.plan);
  }

  /** Branch indices a search compiles for a word, for tests. */
  branchesFor(word: string): readonly string[] {
    const { byWord, fallback, branches } = this.keys;
    return (byWord.get(fold(word)) ?? fallback).map((i) => branches[i]);
  }

  /** The alternation of these branches alone, compiled on first use. */
  private expression(indices: readonly number[], mode: 'g' | 'y'): RegExp {
    const flags = this.bare + mode;
    const key = `${flags} ${indices.join(',')}`;
    let re = this.plan.compiled.get(key);
    if (!re) {
      re = new RegExp(wrap(indices.map((i) => this.keys.branches[i]), this.plan.tail), flags);
      warm(re);
      // Gated subsets (live()) differ from draft to draft: the cache is kept bounded.
      if (this.plan.compiled.size > 400) this.plan.compiled.clear();
      this.plan.compiled.set(key, re);
    }
    return re;
  }

  /**
   * The branches among `indices` that can match somewhere in `text` (the same array when all
   * can): a branch whose gate literals the text lacks has no match in it, so leaving it out of
   * the expression changes no answer, and it is not compiled for a draft it cannot match.
   */
  private live(indices: readonly number[], text: string): readonly number[] {
    const { plan } = this;
    const { branches } = this.keys;
    let out: number[] | null = null;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k];
      const gate = (plan.gates[i] ??= branchLiterals(branches[i]));
      if (holdsLiteral(gate, text)) out?.push(i);
      else out ??= indices.slice(0, k);
    }
    return out ?? indices;
  }

  private fallbackAt(text: string, from: number, sticky: boolean): RegExpExecArray | null {
    const { fallback } = this.keys;
    if (!fallback.length) return null;
    const live = this.live(fallback, text);
    if (!live.length) return null;
    const re = live === fallback ? (this.fallbackRe ??= this.expression(live, 'g')) : this.expression(live, 'g');
    // A global search serves a sticky one too: it is a match at `from` or none.
    re.lastIndex = from;
    const m = re.exec(text);
    return m && (!sticky || m.index === from) ? m : null;
  }

  private stickyAt(all: readonly number[], text: string, at: number): RegExpExecArray | null {
    const indices = this.live(all, text);
    if (!indices.length) return null;
    if (indices !== all) {
      const re = this.expression(indices, 'y');
      re.lastIndex = at;
      return re.exec(text);
    }
    let same = this.plan.byIndices.get(this.bare);
    if (!same) this.plan.byIndices.set(this.bare, (same = new WeakMap()));
    let re = same.get(indices);
    if (!re) same.set(indices, (re = this.expression(indices, 'y')));
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
      return this.stickyAt([...indices, ...this.keys.fallback].sort((a, b) => a - b), text, pos);
    };
    const { starts, keys } = wordsOf(text);
    const { byWord, marks } = this.keys;
    // The first word starting at or after `from` (a mark at `from` leads the word just after it).
    for (let k = lowerBound(starts, from); k < starts.length && starts[k] - 1 <= limit; k++) {
      const start = starts[k];
      const key = keys[k];
      // A mark just before the word leads it ("#ad"): that match would start one place earlier.
      const mark = text[start - 1];
      const m = (marks.has(mark) && at(byWord.get(mark + key), start - 1)) || at(byWord.get(key), start);
      if (m) return m;
    }
    return fm;
  }

  override exec(text: string): RegExpExecArray | null {
    const whole = this.plan.whole.get(this.flagKey);
    if (whole) {
      whole.lastIndex = this.lastIndex;
      const m = whole.exec(text);
      this.lastIndex = whole.lastIndex;
      return m;
    }
    // Sources the reader cannot key are searched whole (the very expression this one is).
    if (!keysOf(this.plan)) return RegExp.prototype.exec.call(this, text);
    const s = String(text);
    const moving = this.global || this.sticky;
    const from = moving ? this.lastIndex : 0;
    const m = from > s.length ? null : this.find(s, from, this.sticky);
    if (moving) this.lastIndex = m ? m.index + m[0].length : 0;
    return m;
  }
}
