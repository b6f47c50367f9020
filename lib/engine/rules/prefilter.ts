// A cheap test before running a compromise pattern: the literal words the pattern cannot match
// without. A sentence that lacks one of them is skipped, which spares most compromise runs.
import type { DocSentence } from '../doc';

const PLAIN = /^[\p{L}\p{N}'.]+$/u;
const strip = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Splits a pattern into its top-level terms, keeping parenthesized groups whole. */
function topLevelTerms(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of pattern) {
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (/\s/.test(c) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += c;
  }
  if (current) out.push(current);
  return out;
}

/** One set per required term: the sentence must contain a word of each. */
export function requiredWords(pattern: string): Set<string>[] {
  const sets: Set<string>[] = [];
  for (let term of topLevelTerms(pattern)) {
    if (/[?*]$/.test(term) || term.startsWith('!') || term.startsWith('[')) continue;
    term = term.replace(/\+$/, '').replace(/^\^/, '').replace(/\$$/, '');
    const alternatives = term.startsWith('(') && term.endsWith(')') ? term.slice(1, -1).split('|') : [term];
    // Each alternative's first word must be a plain word (not a #Tag, a /regex/ or a wildcard).
    const firsts = alternatives.map((a) => a.trim().split(/\s+/)[0]);
    if (!firsts.every((w) => PLAIN.test(w) && !/^\d+$/.test(w) && !w.includes("'"))) continue;
    sets.push(new Set(firsts.map(strip)));
  }
  return sets;
}

// What contractions hide: compromise matches "he's" as "he is" and "can't" as "can not".
const CONTRACTIONS: [RegExp, string[]][] = [
  [/n['’]t$/i, ['not', 'can', 'will', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'would', 'should', 'could', 'must']],
  [/['’]s$/i, ['is', 'has', 'us', 'was']],
  [/['’]m$/i, ['am']],
  [/['’]re$/i, ['are']],
  [/['’]ll$/i, ['will']],
  [/['’]ve$/i, ['have']],
  [/['’]d$/i, ['would', 'had', 'did']],
];

const wordsCache = new WeakMap<object, Set<string>>();

function sentenceWords(sentence: DocSentence): Set<string> {
  let words = wordsCache.get(sentence.analysis);
  if (words) return words;
  words = new Set<string>();
  for (const t of sentence.analysis.tokens) {
    words.add(strip(t.normal || t.text));
    for (const [suffix, expansions] of CONTRACTIONS) {
      if (!suffix.test(t.text)) continue;
      words.add(strip(t.text.replace(suffix, '')));
      for (const e of expansions) words.add(e);
    }
  }
  wordsCache.set(sentence.analysis, words);
  return words;
}

/** False only when the sentence certainly cannot match (a required word is missing). */
export function mayMatch(sentence: DocSentence, required: Set<string>[]): boolean {
  if (!required.length) return true;
  const words = sentenceWords(sentence);
  return required.every((set) => [...set].some((w) => words.has(w)));
}
