// An RE2 program (re2js's Prog) in the form the Pike VM runs: RE2's instruction list with every case-insensitive rune already expanded to
// its case-folding orbit, so that running it needs no Unicode tables.

/** Instruction codes (RE2's numbering; ALT_MATCH is sent as ALT, lookbehinds never occur). */
export const Op = {
  ALT: 1,
  CAPTURE: 3,
  EMPTY: 4,
  FAIL: 5,
  MATCH: 6,
  NOP: 7,
  /** arg: index into `classes`. */
  CLASS: 8,
  /** arg: the one code point matched. */
  RUNE: 9,
  ANY: 10,
  ANY_NOT_NL: 11,
} as const;

/** Conditions of EMPTY instructions (RE2's bits). */
export const Empty = {
  BEGIN_LINE: 1,
  END_LINE: 2,
  BEGIN_TEXT: 4,
  END_TEXT: 8,
  WORD_BOUNDARY: 16,
  NO_WORD_BOUNDARY: 32,
} as const;

export interface RegexProgram {
  /** Three numbers per instruction: op, out (next pc), arg. Instruction 0 is FAIL. */
  code: number[];
  /** Code point sets as sorted, disjoint inclusive ranges: [lo, hi, lo, hi, ...]. */
  classes: number[][];
  start: number;
  /** The group named "hit", or 0 when the expression has none. */
  hit: number;
}
