// Reads a lexicon's regex source (the subset the lexicons use: literals, classes, groups,
// look-arounds, quantifiers) and lists the first words a match of it can begin with, so that
// keyed.ts can find the branches worth compiling for a word. Where a first word cannot be
// listed (\S+, \p{L}, a negated class, a match that begins with punctuation), it says so and
// the branch is searched everywhere: a wider answer than needed is safe, a narrower one is not.

/** One character position: the letters and digits it may be, and whether it may be anything else. */
interface CharSet {
  type: 'set';
  chars: string[];
  /** Punctuation it may be (not white space), listed: a match may begin with one ("#ad"). */
  marks: string[];
  /** May be another character that is not a letter or digit (white space, \S, \p{P}). */
  other: boolean;
  /** Too wide to list (\S, \p{L}, a negated class): the words cannot be listed. */
  wide: boolean;
  /** The one character it stands for, when it is a literal (a class range's end). */
  single?: string;
}
export interface Seq {
  type: 'seq';
  items: Node[];
  from: number;
  to: number;
}
export interface Alt {
  type: 'alt';
  branches: Seq[];
  from: number;
  to: number;
}
interface Repeat {
  type: 'repeat';
  body: Node;
  min: number;
  max: number;
}
interface Assertion {
  type: 'assert';
}
export type Node = CharSet | Seq | Alt | Repeat | Assertion;

const WORDY_RE = /^[\p{L}\p{N}]$/u;
/** A letter or digit; ASCII (nearly every character of a source) without a regex. */
function wordy(c: string): boolean {
  if (c.length !== 1) return WORDY_RE.test(c);
  const k = c.charCodeAt(0);
  if (k < 0x80) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return WORDY_RE.test(c);
}
/** A listed mark: one UTF-16 unit (so text[i] reads it), not a letter, digit or white space. */
const SPACE_RE = /\s/;
const isMark = (c: string) => c.length === 1 && !wordy(c) && !SPACE_RE.test(c);
const set = (chars: string[], other = false, wide = false): CharSet => ({
  type: 'set',
  chars: chars.filter(wordy),
  marks: chars.filter(isMark),
  other: other || chars.some((c) => !wordy(c) && !isMark(c)),
  wide,
  single: chars.length === 1 ? chars[0] : undefined,
});
const WIDE = set([], true, true);
const DIGITS = set([...'0123456789']);
const SPACE = set([], true);

/** Parses a regex source in the 'u' syntax; throws on back-references and malformed input. */
export function parse(source: string): Alt | Seq {
  let i = 0;
  const peek = () => source[i];
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i} in /${source.slice(0, 80)}/`);
  };

  const codePoint = () => {
    const c = String.fromCodePoint(source.codePointAt(i)!);
    i += c.length;
    return c;
  };

  /** After a backslash: a character, a class of them, or an assertion. */
  const escape = (inClass: boolean): CharSet | Assertion => {
    const c = source[i++];
    if (c === undefined) return fail('trailing backslash');
    if (c === 'b') return inClass ? SPACE : { type: 'assert' };
    if (c === 'B') return inClass ? fail('\\B in class') : { type: 'assert' };
    if (c === 'd') return DIGITS;
    if (c === 's' || 'nrtfv0c'.includes(c)) {
      if (c === 'c') i++;
      return SPACE;
    }
    if (c === 'p' || c === 'P') {
      if (peek() !== '{') fail('\\p without braces');
      i = source.indexOf('}', i) + 1 || fail('unclosed \\p{');
      return WIDE;
    }
    if ('DSwW'.includes(c)) return WIDE;
    if (/[1-9k]/.test(c)) return fail('back-reference');
    if (c === 'u') {
      const m = /^\{([0-9a-fA-F]+)\}|^[0-9a-fA-F]{4}/.exec(source.slice(i)) ?? fail('bad \\u');
      i += m[0].length;
      return set([String.fromCodePoint(parseInt(m[1] ?? m[0], 16))]);
    }
    if (c === 'x') {
      const hex = source.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) fail('bad \\x');
      i += 2;
      return set([String.fromCharCode(parseInt(hex, 16))]);
    }
    if (/[\p{L}\p{N}]/u.test(c)) fail(`unknown escape \\${c}`);
    return set([c]);
  };

  const charClass = (): CharSet => {
    i++; // [
    let negated = false;
    if (peek() === '^') {
      negated = true;
      i++;
    }
    const parts: CharSet[] = [];
    while (peek() !== ']') {
      if (i >= source.length) fail('unclosed class');
      const atom = peek() === '\\' ? (i++, escape(true)) : set([codePoint()]);
      if (atom.type !== 'set') return fail('assertion in class');
      if (peek() === '-' && source[i + 1] !== ']' && atom.single !== undefined) {
        i++;
        const to = peek() === '\\' ? (i++, escape(true)) : set([codePoint()]);
        if (to.type !== 'set' || to.single === undefined) return fail('bad range');
        const lo = atom.single.codePointAt(0)!;
        const hi = to.single.codePointAt(0)!;
        if (hi < lo) fail('range out of order');
        parts.push(hi - lo > 128 ? WIDE : set(Array.from({ length: hi - lo + 1 }, (_, k) => String.fromCodePoint(lo + k))));
        continue;
      }
      parts.push(atom);
    }
    i++; // ]
    if (negated) return WIDE;
    return {
      type: 'set',
      chars: parts.flatMap((p) => p.chars),
      marks: parts.flatMap((p) => p.marks),
      other: parts.some((p) => p.other),
      wide: parts.some((p) => p.wide),
    };
  };

  const quantified = (atom: Node): Node => {
    let min: number;
    let max: number;
    const c = peek();
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) ?? fail('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return atom;
    i++;
    if (peek() === '?') i++; // lazy: the same words
    if (atom.type === 'assert') return atom;
    return quantified({ type: 'repeat', body: atom, min, max });
  };

  const alternatives = (): Alt => {
    const from = i;
    const branches: Seq[] = [];
    let start = i;
    let items: Node[] = [];
    for (;;) {
      const c = peek();
      if (c === undefined || c === ')' || c === '|') {
        branches.push({ type: 'seq', items, from: start, to: i });
        if (c !== '|') break;
        i++;
        start = i;
        items = [];
        continue;
      }
      let atom: Node;
      if (c === '(') {
        let assertion = false;
        if (source.startsWith('(?:', i)) i += 3;
        else if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) [i, assertion] = [i + 3, true];
        else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) [i, assertion] = [i + 4, true];
        else if (source.startsWith('(?<', i)) i = source.indexOf('>', i) + 1 || fail('bad group name');
        else if (source.startsWith('(?', i)) fail('unknown group');
        else i++;
        const body = alternatives();
        if (peek() !== ')') fail('unclosed group');
        i++;
        atom = assertion ? { type: 'assert' } : body;
      } else if (c === '[') atom = charClass();
      else if (c === '\\') {
        i++;
        atom = escape(false);
      } else if (c === '^' || c === '$') {
        i++;
        atom = { type: 'assert' };
      } else if (c === '.') {
        i++;
        atom = WIDE;
      } else if ('*+?{'.includes(c)) return fail('nothing to repeat');
      else atom = set([codePoint()]);
      items.push(quantified(atom));
    }
    return { type: 'alt', branches, from, to: i };
  };

  const tree = alternatives();
  if (i !== source.length) fail('unbalanced )');
  return tree.branches.length === 1 ? tree.branches[0] : tree;
}

class Unlistable extends Error {}
const LIMIT = 400;

/** The ways the first word can still grow (`open`) and the first words already ended (`done`). */
function step(node: Node, open: Set<string>, fold: (c: string) => string): { open: Set<string>; done: Set<string> } {
  const none = new Set<string>();
  if (!open.size) return { open, done: none };
  switch (node.type) {
    case 'assert':
      // Skipping a condition only widens the words.
      return { open, done: none };
    case 'set': {
      if (node.wide) throw new Unlistable();
      const next = new Set<string>();
      const done = new Set<string>();
      for (const p of open) {
        // A mark may lead the first word ("#ad"); anywhere else a mark or space ends it.
        if (p === '') node.marks.forEach((m) => next.add(m));
        if (node.other || (p !== '' && node.marks.length)) done.add(p);
        for (const c of node.chars) next.add(p + fold(c));
      }
      if (next.size > LIMIT) throw new Unlistable();
      return { open: next, done };
    }
    case 'seq': {
      let cur = open;
      const done = new Set<string>();
      for (const item of node.items) {
        if (!cur.size) break;
        const r = step(item, cur, fold);
        r.done.forEach((w) => done.add(w));
        cur = r.open;
      }
      return { open: cur, done };
    }
    case 'alt': {
      const out = new Set<string>();
      const done = new Set<string>();
      for (const b of node.branches) {
        const r = step(b, open, fold);
        r.open.forEach((w) => out.add(w));
        r.done.forEach((w) => done.add(w));
      }
      if (out.size > LIMIT) throw new Unlistable();
      return { open: out, done };
    }
    case 'repeat': {
      const done = new Set<string>();
      let cur = open;
      for (let k = 0; k < node.min && cur.size; k++) {
        const r = step(node.body, cur, fold);
        r.done.forEach((w) => done.add(w));
        cur = r.open;
        if (k > 8) throw new Unlistable();
      }
      const all = new Set(cur);
      for (let k = node.min; k < node.max && cur.size; k++) {
        const r = step(node.body, cur, fold);
        r.done.forEach((w) => done.add(w));
        const fresh = new Set([...r.open].filter((w) => !all.has(w)));
        fresh.forEach((w) => all.add(w));
        if (all.size > LIMIT || k - node.min > 8) throw new Unlistable();
        cur = fresh;
      }
      return { open: all, done };
    }
  }
}

/**
 * The first words (folded, each a maximal run of letters and digits, perhaps led by one mark as
 * in "#ad") that a match of `node` can begin with, when the match is followed by no letter or
 * digit; null when they cannot be listed or a match may begin with something else.
 */
export function firstWords(node: Node, fold: (c: string) => string): Set<string> | null {
  try {
    const r = step(node, new Set(['']), fold);
    const words = new Set([...r.done, ...r.open]);
    // Every key holds a word: a match that is empty, or a mark alone, could start anywhere.
    for (const w of words) if (w === '' || (w.length === 1 && !wordy(w))) return null;
    return words;
  } catch (e) {
    if (e instanceof Unlistable) return null;
    throw e;
  }
}
