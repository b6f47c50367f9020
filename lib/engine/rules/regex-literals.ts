// The literals a regular expression cannot match without (issue 16, item 4): from a source, the
// strings of which every match holds one ("hospital", "clinic", ... for "the best (?:hospital|
// clinic)"), so that a pack expression is compiled by RE2 only once a text holds one of them
// (matchers.ts). A text that holds none (case-folded) cannot match: the answer is the
// expression's own, match for match. The reader is regex-words.ts (JavaScript's syntax, which
// the pack expressions share); a source it cannot read fully gets no literals.
import { fold, foldedText } from '../detectors/shared/keyed';
import { parse, type Node } from '../detectors/shared/regex-words';
/** At most this many literals in a gate (each is one `includes` on the folded text). */
const MAX_LITERALS = 128;
/** Exact sets (all the strings a part can match) are kept up to this size. */
const MAX_EXACT = 64;
/** A gate of shorter literals would let most texts through. */
const MIN_LITERAL = 3;

interface Info {
  /** Every string the node can match (folded), when few; null when unknown or too many. */
  exact: Set<string> | null;
  /** Literals of which every match holds one, or null when none is known. */
  need: Set<string> | null;
}

/** fold() for one character of a source, ASCII without a regex. */
const foldChar = (c: string) => (c.length === 1 && c.charCodeAt(0) < 0x80 ? c.toLowerCase() : fold(c));

const UNKNOWN: Info = { exact: null, need: null };
const EMPTY: Info = { exact: new Set(['']), need: null };

/** How good a gate a literal set is: its shortest literal, then fewer literals; -1 when unusable. */
function score(set: Set<string> | null): number {
  if (!set || !set.size || set.size > MAX_LITERALS) return -1;
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min < MIN_LITERAL ? -1 : min * 1000 - set.size;
}
const better = (a: Set<string> | null, b: Set<string> | null) => (score(b) > score(a) ? b : a);

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function info(node: Node): Info {
  switch (node.type) {
    case 'assert':
      return EMPTY;
    case 'set': {
      // White space, \w, \p{..}, negated classes: not a listed character.
      if (node.wide || node.other) return UNKNOWN;
      const exact = new Set<string>();
      for (const c of node.chars) exact.add(foldChar(c));
      for (const c of node.marks) exact.add(foldChar(c));
      return { exact: exact.size <= MAX_EXACT ? exact : null, need: null };
    }
    case 'seq': {
      let cur: Set<string> | null = new Set(['']);
      let need: Set<string> | null = null;
      let whole = true;
      for (const item of node.items) {
        const i = info(item);
        need = better(need, i.need);
        const joined: Set<string> | null = cur && i.exact ? cross(cur, i.exact) : null;
        if (joined) {
          cur = joined;
          continue;
        }
        // The run of known strings ends here: it is a literal every match holds.
        whole = false;
        need = better(need, cur);
        cur = i.exact;
      }
      need = better(need, cur);
      return { exact: whole ? cur : null, need };
    }
    case 'alt': {
      let exact: Set<string> | null = new Set();
      let need: Set<string> | null = new Set();
      for (const b of node.branches) {
        const i = info(b);
        if (exact && i.exact && exact.size + i.exact.size <= MAX_EXACT) i.exact.forEach((s) => exact!.add(s));
        else exact = null;
        // Each branch must bring literals of its own, else a match may hold none.
        const own = better(i.need, i.exact);
        if (need && score(own) >= 0 && need.size + own!.size <= MAX_LITERALS) own!.forEach((s) => need!.add(s));
        else need = null;
        if (!exact && !need) return UNKNOWN;
      }
      return { exact, need: score(need) >= 0 ? need : null };
    }
    case 'repeat': {
      const i = info(node.body);
      if (node.min === 0) return node.max === 1 && i.exact ? { exact: new Set(['', ...i.exact]), need: null } : UNKNOWN;
      // At least `min` in a row: their strings spelled out ("(?:★|⭐){4,}": 16 of four stars).
      let run: Set<string> | null = i.exact;
      for (let k = 1; k < node.min && run; k++) run = cross(run, i.exact!);
      return { exact: node.min === node.max ? run : null, need: better(better(i.need, i.exact), run) };
    }
  }
}

const literalsBySource = new Map<string, string[] | null>();

/**
 * Folded literals of which every match of the expression holds at least one, or null when none
 * can be listed (the source uses what the reader does not know, or its parts are too short).
 */
export function requiredLiterals(source: string): string[] | null {
  let known = literalsBySource.get(source);
  if (known === undefined) {
    // RE2 syntax that JavaScript reads otherwise: POSIX classes ("[[:alpha:]]"), flag groups.
    if (/\[:|\(\?[a-zA-Z]/.test(source)) return null;
    try {
      const need = info(parse(source)).need;
      known = score(need) >= 0 ? [...need!] : null;
    } catch {
      known = null;
    }
    literalsBySource.set(source, known);
  }
  return known;
}


/** False only when no match of these literals' expression can exist in `text`. */
export function holdsAny(literals: readonly string[] | null, text: string): boolean {
  if (!literals) return true;
  const f = foldedText(text);
  return literals.some((l) => f.includes(l));
}

