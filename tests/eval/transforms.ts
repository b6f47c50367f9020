// Rewrites that change no meaning (CheckList's invariance tests, Ribeiro et al. 2020): a
// verdict that flips under one of them is a robustness failure.
import fs from 'node:fs';
import path from 'node:path';

const NAMES = path.resolve(import.meta.dirname, '../../../shared/data/names');

/** Common names that are not everyday words, from the public census and SSA lists. */
function commonNames(file: string, column: string, count: number): string[] {
  const [head, ...rows] = fs.readFileSync(path.join(NAMES, file), 'utf8').split('\n');
  const cols = head.split(',');
  const word = cols.indexOf('word_level');
  const at = cols.indexOf(column);
  return rows.map((r) => r.split(',')).filter((c) => c[at] && !c[word]).map((c) => c[at]).slice(0, count);
}

let firstNames: string[] | undefined;
let surnames: string[] | undefined;
const lists = () => {
  firstNames ??= commonNames('ssa-first-names/ssa_first_names.csv', 'name', 1500);
  surnames ??= commonNames('census-2010-surnames/census_2010_surnames.csv', 'name', 3000).map((n) => n[0] + n.slice(1).toLowerCase());
  return { first: new Set(firstNames), last: new Set(surnames), firstList: firstNames, lastList: surnames };
};

const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** Each capitalized given name or surname of the lists becomes another of the same list. */
/** Another name of the same list, picked by the word's hash among the `span` after the commonest 50. */
function otherName(list: readonly string[], w: string, span: number): string {
  const pick = list[(hash(w) % span) + 50];
  return pick === w ? list[7] : pick;
}

export function swapNames(text: string): string {
  const l = lists();
  return text.replace(/\b[A-Z][a-z]+\b/g, (w) => {
    if (l.first.has(w)) return otherName(l.firstList, w, 400);
    if (l.last.has(w)) return otherName(l.lastList, w, 800);
    return w;
  });
}

const bold = (ch: string) => {
  const c = ch.codePointAt(0)!;
  if (c >= 65 && c <= 90) return String.fromCodePoint(0x1d400 + c - 65);
  if (c >= 97 && c <= 122) return String.fromCodePoint(0x1d41a + c - 97);
  if (c >= 48 && c <= 57) return String.fromCodePoint(0x1d7ce + c - 48);
  return ch;
};

const PLATFORM_SWAP: Record<string, string> = { x: 'threads', threads: 'bluesky', bluesky: 'mastodon', mastodon: 'x', facebook: 'instagram', instagram: 'facebook', reddit: 'generic', generic: 'reddit' };

export interface Variant { text: string; platform: string }
export type Transform = (text: string, platform: string) => Variant;

const same = (f: (t: string) => string): Transform => (text, platform) => ({ text: f(text), platform });

export const TRANSFORMS: Record<string, Transform> = {
  'doubled spaces': same((t) => t.replace(/ /g, '  ')),
  'no punctuation': same((t) => t.replace(/[.!?;:,]/g, '')),
  lowercase: same((t) => t.toLowerCase()),
  uppercase: same((t) => t.toUpperCase()),
  'fancy unicode': same((t) => [...t].map(bold).join('')),
  'zero-width': same((t) => t.replace(/(\p{L}{4,})/gu, (w) => (hash(w) % 3 === 0 ? w.slice(0, 2) + '\u200b' + w.slice(2) : w))),
  'curly quotes': same((t) => t.replace(/'/g, '\u2019').replace(/"/g, '\u201c')),
  'emoji added': same((t) => `${t.replace(/([.!?]) /, '$1 😅 ')} 🙏💙`),
  'names swapped': same(swapNames),
  'platform changed': (text, platform) => ({ text, platform: PLATFORM_SWAP[platform] ?? platform }),
};
