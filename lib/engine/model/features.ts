// Features of a draft for the learned second opinion: what generalizes across writers, not the
// words of any one post. Lemma-like stems and their pairs; WordNet classes (any illness, any
// wrongdoing, ...); the recognizers' classes (identifiers, health terms, cues); what the rules
// and detectors found, of every category and severity; a few part-of-speech tags; the person
// the writer speaks in; the platform and the writer's role. Numbers become a class, so a room
// number changes nothing. The model's own features are read from lower-case words and from tags
// that neither case nor punctuation flips, so a draft typed in lower case or without periods
// reads the same (names are left to the recognizers' mention features: whether a word is a name
// is read from its capital). A name used by one writer is pruned by training's writer floor.
import type { Doc } from '../doc';
import { alternation } from '../detectors/shared/match';
import { HEALTH_HEDGES, HEDGES, SKEPTIC_MARKERS } from '../lexicons/policy/hedges';
import { wordClasses } from '../lexicons/wordnet';
import { personOf } from './person';
import { structureFeatures } from './structure';
import type { Finding } from '../types';

/** Feature -> the sentences it occurs in (-1: the whole draft). */
export type Features = Map<string, number[]>;

// Tags read from the word itself. Not Person, Place or Organization (compromise reads them from a
// capital), nor Imperative (from the sentence start, which a dropped period moves), nor
// QuestionWord (a comma before "who" flips it).
const TAGS = new Set([
  'Honorific', 'Money', 'Percent', 'Date', 'Duration', 'Negative', 'Modal',
  'Superlative', 'Comparative', 'Url', 'HashTag', 'AtMention', 'Possessive', 'PastTense', 'FutureTense',
]);

// How a sentence holds its claim: hedged, reported by a skeptic, or denied. Without these the
// model reads "if a tea claims it cures cancer, be skeptical" as the claim itself.
const STANCE: [string, RegExp][] = [
  ['hedge', alternation(HEDGES)],
  ['health-hedge', alternation(HEALTH_HEDGES)],
  ['skeptic', alternation(SKEPTIC_MARKERS)],
  ['negation', alternation(["not", "no", "never", "nothing", "(?:does|do|did|is|are|was|were|can|could|wo|would|should)n[’']?t", "cannot", "without"])],
  ['condition', alternation(['if', 'whether', 'unless', 'when someone', 'anyone who'])],
];

/** A crude stem: enough to make "infections", "infected" and "infection" meet often. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '').replace(/[^a-z0-9ñáéíóú]/g, '');
  if (/\d/.test(w)) return '#num';
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

export function extractFeatures(doc: Doc, raw: readonly Finding[]): Features {
  const out: Features = new Map();
  const add = (f: string, sentence: number) => {
    const list = out.get(f);
    if (!list) out.set(f, [sentence]);
    else if (list[list.length - 1] !== sentence) list.push(sentence);
  };
  // Bigrams run across sentence ends: where a period falls, or that it was left out, changes no pair.
  let prev = '';
  for (const s of doc.sentences) {
    let prevWord = '';
    for (const t of s.tokens) {
      const word = t.normal.replace(/[^\p{L}\p{N}']/gu, '');
      if (!word) continue;
      const st = stem(word);
      add(`w:${st}`, s.index);
      if (prev) add(`b:${prev}_${st}`, s.index);
      for (const c of wordClasses(word)) add(`c:${c}`, s.index);
      if (prevWord) for (const c of wordClasses(`${prevWord} ${word}`)) add(`c:${c}`, s.index);
      for (const tag of t.tags) if (TAGS.has(tag)) add(`t:${tag}`, s.index);
      const lower = word.toLowerCase();
      const person = personOf(lower);
      if (person) add(`p:${person}`, s.index);
      prev = st;
      prevWord = lower;
    }
    for (const m of s.mentions) add(`m:${m.layer}:${m.kind}`, s.index);
    const lower = doc.lower.slice(s.start, s.end);
    for (const [name, re] of STANCE) {
      re.lastIndex = 0;
      if (re.test(lower)) add(`s:${name}`, s.index);
    }
  }
  structureFeatures(doc, add);
  for (const f of raw) {
    const s = doc.sentenceAt(f.start)?.index ?? -1;
    add(`r:${f.ruleId}`, s);
    add(`rc:${f.category}:${f.severity}`, s);
  }
  add(`plat:${doc.platform}`, -1);
  add(`auth:${doc.author || 'unknown'}`, -1);
  return out;
}
