// Broad lexical classes derived from WordNet 3.0 (see lib/cli/lexicons/wordnet.ts): "any illness",
// "any procedure", "any wrongdoing", ... Looked up by lemma, one or two words.
import { WORDNET_CLASSES } from './classes';

let index: Map<string, string[]> | undefined;

function build(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [name, joined] of Object.entries(WORDNET_CLASSES)) {
    for (const lemma of joined.split('|')) {
      const list = map.get(lemma);
      if (list) list.push(name);
      else map.set(lemma, [name]);
    }
  }
  return map;
}

/** The forms a word may have as a WordNet lemma: itself, then without a plural or verb ending. */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  if (w.length > 4 && w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.length > 4 && /(?:s|x|z|ch|sh)es$/.test(w)) out.push(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.length > 4 && w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.length > 5 && w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  if (w.length > 5 && /([b-df-hj-np-tv-z])\1ed$/.test(w)) out.push(w.slice(0, -3));
  return out;
}

// Answers by phrase as asked: the detectors and the model ask about every token of every
// sentence on every check, and the look-up tries up to six forms. Bounded, as drafts bring new words.
const answers = new Map<string, readonly string[]>();
const MAX_ANSWERS = 20_000;
const NONE: readonly string[] = [];

/** The classes of a word or a two-word phrase ("heart attack"), or none. */
export function wordClasses(phrase: string): readonly string[] {
  const known = answers.get(phrase);
  if (known) return known;
  index ??= build();
  let found = NONE;
  for (const form of lemmaCandidates(phrase)) {
    const hit = index.get(form);
    if (hit) {
      found = hit;
      break;
    }
  }
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(phrase, found);
  return found;
}
