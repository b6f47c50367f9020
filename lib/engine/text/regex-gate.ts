// Build-time gates for the engine's large regular expressions (issue 16, item 4). V8 compiles an
// expression on its first exec, and the first check of a session used to compile a few hundred
// of them, most of which could not match the draft at all. `npm run regex-gates` lists, for each
// large expression of the engine and lexicons, literals of which every match holds one
// (regex-literals.ts) and writes them to regex-gates.generated.ts, keyed by a hash of the source.
// A text that holds none of them (case-folded) cannot match, so the expression is neither
// compiled nor run on it: the answer is the same. An expression missing from the table (changed
// since the table was made) simply runs ungated; a unit test says when the table is stale.
import { foldedText } from '../detectors/shared/keyed';
import { boundedMemo } from '../memo';
import { GATES } from './regex-gates.generated';
import { FILLER } from './regex-warm';

/** Shorter sources compile in a few microseconds: a gate would cost more than it saves. */
export const MIN_GATED_SOURCE = 60;

/** cyrb53: a 53-bit hash of the source, in base 36 (collisions among a few thousand: ~1e-10). */
export function sourceHash(source: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

// Sources the table is asked about while recording (the regex-gates CLI and the staleness test),
// and the keyed alternations read (their sources joined by U+0001, see keyed.ts KEYS).
let recording: Set<string> | null = null;
let recordingKeyed: Set<string> | null = null;
/** Starts (sets) or stops (null) recording the sources the gates and the keyed alternations meet. */
export function recordSources(into: Set<string> | null, keyed: Set<string> | null = null): void {
  recording = into;
  recordingKeyed = keyed;
}
export function recordKeyed(joined: string): void {
  recordingKeyed?.add(joined);
}

const NO_GATE: readonly string[] = [];
const bySource = new Map<string, readonly string[]>();

/** The table's literals for a source; an empty list when it has none (ungated). */
export function gateLiterals(source: string, min = MIN_GATED_SOURCE): readonly string[] {
  if (source.length < min) return NO_GATE;
  recording?.add(source);
  let known = bySource.get(source);
  if (known === undefined) {
    const entry = GATES[sourceHash(source)];
    known = entry ? entry.split('\u0001') : NO_GATE;
    bySource.set(source, known);
  }
  return known;
}

/** Branches of a keyed alternation (keyed.ts) are gated from this length: each is small. */
export const MIN_GATED_BRANCH = 16;

/** The table's literals for one branch of a keyed alternation; empty when it has none. */
export function branchLiterals(source: string): readonly string[] {
  return gateLiterals(source, MIN_GATED_BRANCH);
}

const byRegex = new WeakMap<RegExp, readonly string[]>();
const SURROGATE = /[\uD800-\uDFFF]/;

/** The gate of a compiled expression (by its source), cached on the object. */
function literalsOf(re: RegExp): readonly string[] {
  if (recording && re.source.length >= MIN_GATED_SOURCE) recording.add(re.source);
  let known = byRegex.get(re);
  if (known === undefined) {
    const source = re.source;
    // Without the u flag a listed astral character is two units a match may split: no gate.
    known = !re.unicode && SURROGATE.test(source) ? NO_GATE : gateLiterals(source);
    byRegex.set(re, known);
  }
  return known;
}


let enabled = true;
/** Switches the gates off (tests compare the engine's answers with and without them). */
export function useGates(on: boolean): void {
  enabled = on;
}

/** A hash of the three characters of `s` from `at`, one of TRIGRAM_BITS. */
const TRIGRAM_BITS = 2048;
const trigram = (s: string, at: number) => (s.charCodeAt(at) * 961 + s.charCodeAt(at + 1) * 31 + s.charCodeAt(at + 2)) & (TRIGRAM_BITS - 1);

// The trigrams of recent folded texts, as bits: a gate lists dozens of literals (a word's
// inflections), most texts hold none, and a literal whose first or last three characters the
// text lacks need not be searched for.
const trigramsOf = boundedMemo(512, (folded: string) => {
  const bits = new Uint32Array(TRIGRAM_BITS / 32);
  for (let i = 0; i + 3 <= folded.length; i++) {
    const h = trigram(folded, i);
    bits[h >> 5] |= 1 << (h & 31);
  }
  return bits;
});

const hasTrigram = (bits: Uint32Array, s: string, at: number) => {
  const h = trigram(s, at);
  return (bits[h >> 5] & (1 << (h & 31))) !== 0;
};

/** Gates with fewer literals are searched for directly: the trigrams would cost more. */
const FEW_LITERALS = 4;

/** True when the text holds one of the literals (or there are none to ask for). */
export function holdsLiteral(literals: readonly string[], text: string): boolean {
  if (!literals.length || !enabled) return true;
  const f = foldedText(text);
  if (literals.length < FEW_LITERALS) {
    for (const l of literals) if (f.includes(l)) return true;
    return false;
  }
  const bits = trigramsOf(f);
  for (const l of literals) {
    if (l.length >= 3 && !(hasTrigram(bits, l, 0) && hasTrigram(bits, l, l.length - 3))) continue;
    if (f.includes(l)) return true;
  }
  return false;
}

/** False only when `re` certainly has no match in `text`: it need not be compiled nor run there. */
export function mayMatch(re: RegExp, text: string): boolean {
  return holdsLiteral(literalsOf(re), text);
}

/**
 * A regular expression that checks its gate before each search: behaves as the RegExp it wraps
 * (exec, test, match, matchAll, replace, split all go through exec), but is neither compiled nor
 * run on a text it cannot match. For the detectors' own expressions that are tested directly.
 */
export class GatedRegExp extends RegExp {
  private native = false;

  override exec(text: string): RegExpExecArray | null {
    if (!mayMatch(this, String(text))) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    if (!this.native) {
      // Compiled straight to native code, as warm() does for the others (regex-warm.ts).
      this.native = true;
      const at = this.lastIndex;
      this.lastIndex = 0;
      super.exec(FILLER);
      this.lastIndex = at;
    }
    return super.exec(text);
  }
}

/** `re`, gated (see GatedRegExp); a short expression is returned as it is. */
export const gated = (re: RegExp): RegExp => (re.source.length < MIN_GATED_SOURCE ? re : new GatedRegExp(re.source, re.flags));
