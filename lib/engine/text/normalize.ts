// Normalization with an offset map back to the text as typed.
// Detectors read the normalized text; every span they report is mapped back through
// `toOriginal`, which widens to whole source units so a surrogate pair is never split.
import { boundedMemo } from '../memo';
import { recase } from './recase';

export interface Normalized {
  /** The text as typed. */
  original: string;
  /** The text detectors read: folded, and with case restored in caseless lines (see recase). */
  text: string;
  /** `text` with the case as typed (same length): for rules about case itself, such as shouting. */
  cased: string;
  /** For each UTF-16 index of `text`, where its source unit starts and ends in `original`. */
  startMap: Int32Array;
  endMap: Int32Array;
}

const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/;
const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\uFF07': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
// Cyrillic and Greek letters that look Latin; folded only inside otherwise-Latin words,
// because pasting lookalikes is a known way to slip past keyword filters.
const CONFUSABLES: Record<string, string> = {
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
  'ο': 'o', 'α': 'a', 'ν': 'v', 'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M',
  'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
};
const COMBINING = /\p{M}/u;
const LATIN = /[A-Za-z]/;

interface Unit {
  start: number;
  end: number;
  out: string;
}

/** Splits the text into units: a code point plus the combining marks that follow it. */
function units(original: string): Unit[] {
  const list: Unit[] = [];
  let i = 0;
  while (i < original.length) {
    const start = i;
    const cp = original.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    while (i < original.length) {
      const next = original.codePointAt(i)!;
      // Combining marks start at U+0300: most text needs no look-up.
      if (next < 0x300 || !COMBINING.test(String.fromCodePoint(next))) break;
      i += next > 0xffff ? 2 : 1;
    }
    list.push({ start, end: i, out: original.slice(start, i) });
  }
  return list;
}

function foldUnit(s: string): string {
  if (s.length === 1 && s.charCodeAt(0) < 0x80) return s;
  if (ZERO_WIDTH.test(s) && s.length === 1) return '';
  const q = QUOTES[s];
  if (q) return q;
  if (DASHES.test(s) && s.length === 1) return '-';
  if (SPACES.test(s) && s.length === 1) return ' ';
  const cp = s.codePointAt(0)!;
  // Lone surrogates cannot be normalized; they stay as they are.
  if (cp >= 0xd800 && cp <= 0xdfff) return s;
  const n = s.normalize('NFKC');
  // NFKC turns fullwidth and mathematical letters into ASCII; keep everything else
  // exactly (emoji, scripts) so that the text stays readable to the NLP layer.
  return n;
}

/** Joins runs of three or more single letters separated by single spaces ("H I V" -> "HIV"). */
function joinSpacedLetters(list: Unit[]): void {
  const isLetter = (u: Unit | undefined) => !!u && u.out.length === 1 && LATIN.test(u.out);
  const isSpace = (u: Unit | undefined) => !!u && u.out === ' ';
  // A letter standing alone: "t" of "today" is not part of "H I V today".
  const isSingle = (k: number) => isLetter(list[k]) && !(list[k + 1] && /[\p{L}\p{N}]/u.test(list[k + 1].out));
  let i = 0;
  while (i < list.length) {
    if (!isLetter(list[i]) || (i > 0 && /[\p{L}\p{N}]/u.test(list[i - 1].out))) { i++; continue; }
    let j = i;
    let count = 1;
    while (isSpace(list[j + 1]) && isSingle(j + 2)) { j += 2; count++; }
    const afterOk = j + 1 >= list.length || !/[\p{L}\p{N}]/u.test(list[j + 1].out);
    if (count >= 3 && afterOk) {
      for (let k = i + 1; k < j; k += 2) list[k].out = '';
      i = j + 1;
    } else i++;
  }
}

function foldConfusables(list: Unit[]): void {
  for (let i = 0; i < list.length; i++) {
    const c = CONFUSABLES[list[i].out];
    if (!c) continue;
    const prev = list[i - 1]?.out ?? '';
    const next = list[i + 1]?.out ?? '';
    if (LATIN.test(prev.slice(-1)) || LATIN.test(next.charAt(0))) list[i].out = c;
  }
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * Runs of spaces and tabs read as one space: doubled spaces change no meaning, and every
 * phrase, pattern and sentence rule downstream can then assume single spaces.
 */
function collapseSpaces(list: Unit[]): void {
  let prevSpace = false;
  for (const u of list) {
    if (u.out === '\t') u.out = ' ';
    if (u.out === '') continue;
    const space = u.out === ' ';
    if (space && prevSpace) u.out = '';
    prevSpace = space;
  }
}

/**
 * Normalizes the text line by line, each line's result remembered: every rule above looks only
 * at a unit's neighbours, and a line break is neither a letter nor part of an emoji, so a line
 * normalizes alone exactly as within the draft. A re-check after an edit so redoes one line.
 */
export function normalize(original: string): Normalized {
  if (original.length < MIN_CHUNKED) return normalizeUnits(original);
  const parts: Normalized[] = [];
  let from = 0;
  while (from < original.length) {
    const to = lineEnd(original, from);
    parts.push(normalizedLine(original.slice(from, to)));
    from = to;
  }
  return join(original, parts);
}

/** Drafts shorter than this are normalized whole: a few lines cost less than their stitching. */
const MIN_CHUNKED = 2_000;

/**
 * The end of the line from `from`, after its line break. A break followed by a mark or a
 * joiner (which would attach to it, or read the emoji before it) does not end a line.
 */
function lineEnd(text: string, from: number): number {
  let at = text.indexOf('\n', from);
  while (at >= 0 && at + 1 < text.length && text.charCodeAt(at + 1) >= 0x80) at = text.indexOf('\n', at + 1);
  return at < 0 ? text.length : at + 1;
}

const normalizedLine = boundedMemo(1_000, normalizeUnits);

/** Stitches normalized lines into one, offsets shifted to the whole draft. */
function join(original: string, parts: Normalized[]): Normalized {
  let length = 0;
  for (const p of parts) length += p.text.length;
  const startMap = new Int32Array(length + 1);
  const endMap = new Int32Array(length + 1);
  let text = '';
  let cased = '';
  let at = 0;
  let shift = 0;
  for (const p of parts) {
    const n = p.text.length;
    for (let k = 0; k < n; k++) {
      startMap[at + k] = p.startMap[k] + shift;
      endMap[at + k] = p.endMap[k] + shift;
    }
    text += p.text;
    cased += p.cased;
    at += n;
    shift += p.original.length;
  }
  startMap[length] = original.length;
  endMap[length] = original.length;
  return { original, text, cased, startMap, endMap };
}

function normalizeUnits(original: string): Normalized {
  const list = units(original);
  for (const u of list) u.out = foldUnit(u.out);
  // A zero-width joiner inside an emoji sequence (👩🏽‍⚕️) is part of the emoji, not an evasion.
  list.forEach((u, i) => {
    if (u.out !== '' || original[u.start] !== '\u200D') return;
    // The emoji may carry a skin-tone modifier or a variation selector before the joiner.
    const before = list.slice(Math.max(0, i - 2), i).some((p) => PICTOGRAPHIC.test(p.out));
    if (before && PICTOGRAPHIC.test(list[i + 1]?.out ?? '')) u.out = '\u200D';
  });
  foldConfusables(list);
  collapseSpaces(list);
  joinSpacedLetters(list);
  let text = '';
  let length = 0;
  for (const u of list) length += u.out.length;
  const startMap = new Int32Array(length + 1);
  const endMap = new Int32Array(length + 1);
  let k = 0;
  for (const u of list) {
    for (let j = 0; j < u.out.length; j++) {
      startMap[k] = u.start;
      endMap[k] = u.end;
      k++;
    }
    text += u.out;
  }
  startMap[length] = original.length;
  endMap[length] = original.length;
  return { original, text: recase(text), cased: text, startMap, endMap };
}

/** Maps a half-open span of the normalized text to the smallest whole-unit span of the original. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const len = n.text.length;
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  if (e === s) return { start: n.startMap[s], end: n.startMap[s] };
  return { start: n.startMap[s], end: n.endMap[e - 1] };
}
