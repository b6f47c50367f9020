// Searches over the whole draft done sentence by sentence, each sentence's result memoized
// with its cached analysis: after a keystroke only the edited sentence is searched again.
// A sentence is searched with the character before it and the first words after it, so that
// ^, $, \b and look-arounds see what they would see in the whole text, and a match may run
// on across a line break ("Mr.\nOyelaran"); only matches that start inside the sentence are
// kept. Matches longer than that reach are the one thing a whole-text search finds and this
// does not.
import { keptSpans, memoVariantBySentence, NONE, type Doc, type DocSentence } from './doc';
import { mayMatch } from './text/regex-gate';
import { warm } from './text/regex-warm';

export interface Span {
  start: number;
  end: number;
}

/** How far past a sentence a match may run: a few words, cut after a white space. */
const REACH = 16;

/**
 * Ends the text searched when the draft goes on after it, so that $ does not match there: a
 * control character that no pattern means to match (not U+FFFF: the bundle would hold it as
 * is, and Chrome refuses a script with a non-character). Matches that take it in are dropped.
 */
const OPEN_END = '\u0000';

const inside = (h: Span, head: number, s: DocSentence, text: string) =>
  h.start >= head && h.start < head + s.text.length && !(text.endsWith(OPEN_END) && h.end === text.length);

interface Context {
  head: string;
  tail: string;
  /** head and tail together, the key of a sentence's memoized results. */
  key: string;
  /** head, sentence and tail: made once per draft, since the gates and the folded-text cache
   * look every text up by value, and a text made anew for each search is hashed anew each time. */
  text: string;
}

/** The text around each sentence that a search sees, computed once per draft. */
const contexts = new WeakMap<Doc, Context[]>();

function contextsOf(doc: Doc): Context[] {
  let list = contexts.get(doc);
  if (list) return list;
  list = doc.sentences.map((s) => {
    const head = s.start > 0 ? doc.text[s.start - 1] : '';
    let tail = doc.text.slice(s.end, s.end + REACH);
    if (s.end + REACH < doc.text.length) {
      // Whole words only, and the white space after the last, so that \b and look-aheads hold.
      const cut = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
      tail = tail.slice(0, cut + 1) + OPEN_END;
    }
    return { head, tail, key: `${head}\u0000${tail}`, text: head + s.text + tail };
  });
  contexts.set(doc, list);
  return list;
}

/** The memoized result of `compute(head + sentence + tail)` for one sentence, one key. */
function perSentence<T>(s: DocSentence, ctx: Context, key: object, compute: (text: string, head: number) => T): T {
  // By context: a sentence found again elsewhere in the draft, or whose next words changed, is
  // searched again in its new context, while the others' results stay (one context per
  // sentence made every repeated sentence search again on every check).
  return memoVariantBySentence(s, key, ctx.key, () => compute(ctx.text, ctx.head.length));
}

// Results for the whole draft, so that detectors asking the same question share one answer.
const perDoc = new WeakMap<Doc, Map<object, unknown>>();

function oncePerDoc<T>(doc: Doc, key: object, compute: () => T): T {
  let map = perDoc.get(doc);
  if (!map) perDoc.set(doc, (map = new Map()));
  if (map.has(key)) return map.get(key) as T;
  const value = compute();
  map.set(key, value);
  return value;
}

/**
 * All spans `find` returns over the draft, found per sentence: `find` gets a text and returns
 * new span objects with offsets into it. Returned spans have draft offsets, in sentence order. The result
 * is shared by every caller with the same key during one check: do not change it.
 */
export function findBySentence<T extends Span>(doc: Doc, key: object, find: (text: string) => T[]): readonly T[] {
  return oncePerDoc(doc, key, () => {
    const out: T[] = [];
    const ctx = contextsOf(doc);
    // A match that ran on into the next sentence hides that sentence's matches it overlaps, as
    // in a search of the whole text.
    let reached = 0;
    for (const s of doc.sentences) {
      const local = perSentence(s, ctx[s.index], key, (text, head) => {
        const found: T[] = [];
        for (const h of find(text)) {
          if (!inside(h, head, s, text)) continue;
          // find() returns new spans: shifted in place rather than copied.
          h.start -= head;
          h.end -= head;
          found.push(h);
        }
        return keptSpans(found);
      });
      for (const h of local) {
        if (h.start + s.start < reached) continue;
        out.push({ ...h, start: h.start + s.start, end: h.end + s.start });
        reached = Math.max(reached, h.end + s.start);
      }
    }
    return out;
  });
}

export interface Hit extends Span {
  text: string;
}

function scanText(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  if (!mayMatch(re, text)) return out;
  warm(re);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  re.lastIndex = 0;
  return out;
}

const globals = new WeakMap<RegExp, RegExp>();
/** The global twin of a regex, made once (a new RegExp per call would be compiled per call). */
export const globalOf = (re: RegExp): RegExp => {
  if (re.global) return re;
  let g = globals.get(re);
  // Through the regex's own constructor, so that a keyed alternation stays keyed.
  if (!g) globals.set(re, (g = new (re.constructor as RegExpConstructor)(re, re.flags + 'g')));
  return g;
};

/** Every match of a regex in the draft (as scan() over doc.text, found per sentence). */
export function scanDoc(doc: Doc, re: RegExp): readonly Hit[] {
  const g = globalOf(re);
  return findBySentence(doc, g, (text) => scanText(g, text));
}

/** Every match of a regex with its capture groups, offsets into the draft. */
export function execDoc(doc: Doc, re: RegExp): readonly { start: number; end: number; match: RegExpExecArray }[] {
  const g = globalOf(re);
  return findBySentence(doc, keyOf(execKeys, g), (text) => (mayMatch(g, text) ? (warm(g), [...text.matchAll(g)]) : []).map((m) => ({ start: m.index, end: m.index + m[0].length, match: m })));
}

export interface Match extends Span {
  match: RegExpExecArray;
}

/**
 * Every match of each regex, offsets into the draft: one list per regex, as execDoc would give
 * each, but with one memoized look-up per sentence for the whole group. `regexes` must be the
 * same array from check to check (it is the memo key).
 */
export function execAllDoc(doc: Doc, regexes: readonly RegExp[]): readonly (readonly Match[])[] {
  return oncePerDoc(doc, regexes, () => {
    const out: Match[][] = regexes.map(() => []);
    const reached: number[] = regexes.map(() => 0);
    const ctx = contextsOf(doc);
    for (const s of doc.sentences) {
      const local = perSentence(s, ctx[s.index], regexes, (text, head) => {
        const lists = regexes.map((re) => {
          const found: Match[] = [];
          const g = globalOf(re);
          if (!mayMatch(g, text)) return found;
          warm(g);
          for (const m of text.matchAll(g)) {
            const h = { start: m.index, end: m.index + m[0].length, match: m };
            if (!inside(h, head, s, text)) continue;
            h.start -= head;
            h.end -= head;
            found.push(h);
          }
          return keptSpans(found);
        });
        return lists.some((l) => l.length > 0) ? lists : NONE;
      });
      local.forEach((hits, r) => {
        for (const h of hits) {
          if (h.start + s.start < reached[r]) continue;
          out[r].push({ ...h, start: h.start + s.start, end: h.end + s.start });
          reached[r] = Math.max(reached[r], h.end + s.start);
        }
      });
    }
    return out;
  });
}

/** Whether the regex matches anywhere in the draft. */
export function testDoc(doc: Doc, re: RegExp): boolean {
  const g = globalOf(re);
  const key = keyOf(testKeys, g);
  return oncePerDoc(doc, key, () => {
    const ctx = contextsOf(doc);
    return doc.sentences.some((s) =>
      perSentence(s, ctx[s.index], key, (text, head) => {
        if (!mayMatch(g, text)) return false;
        warm(g);
        g.lastIndex = 0;
        let found = false;
        for (let m = g.exec(text); m && m.index < head + s.text.length; m = g.exec(text)) {
          if (inside({ start: m.index, end: m.index + m[0].length }, head, s, text)) {
            found = true;
            break;
          }
          if (m[0].length === 0) g.lastIndex++;
        }
        g.lastIndex = 0;
        return found;
      }),
    );
  });
}

// Keys apart from scanDoc's for the same regex, since the results differ in shape.
const execKeys = new WeakMap<RegExp, object>();
const testKeys = new WeakMap<RegExp, object>();
function keyOf(keys: WeakMap<RegExp, object>, re: RegExp): object {
  let k = keys.get(re);
  if (!k) keys.set(re, (k = {}));
  return k;
}
