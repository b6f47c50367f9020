// Features of a draft for the learned second opinion: what generalizes across writers, not the
// words of any one post. Lemma-like stems and their pairs; WordNet classes (any illness, any
// wrongdoing, ...); the recognizers' classes (identifiers, health terms, cues); what the rules
// and detectors found, of every category and severity; a few part-of-speech tags; the person
// the writer speaks in; the platform and the writer's role. Numbers become a class, so a room
// number changes nothing. The model's own features are read from lower-case words and from tags
// that neither case nor punctuation flips, so a draft typed in lower case or without periods
// reads the same (names are left to the recognizers' mention features: whether a word is a name
// is read from its capital). A name used by one writer is pruned by training's writer floor.
import { memoBySentence, type Doc, type DocSentence } from '../doc';
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

interface SentenceFeatures {
  /** The sentence's features in the order they are added, but the pair across its start. */
  items: string[];
  /** Stems of its first and last words, when it has words. */
  first?: string;
  last?: string;
}

/** Features read from one sentence alone: its words, pairs, classes, tags, person and mentions. */
function sentenceFeatures(s: DocSentence): SentenceFeatures {
  const items: string[] = [];
  let first: string | undefined;
  let last: string | undefined;
  let prevWord = '';
  for (const t of s.tokens) {
    const word = t.normal.replace(/[^\p{L}\p{N}']/gu, '');
    if (!word) continue;
    const st = stem(word);
    items.push(`w:${st}`);
    if (last === undefined) first = st;
    else if (last) items.push(`b:${last}_${st}`);
    for (const c of wordClasses(word)) items.push(`c:${c}`);
    if (prevWord) for (const c of wordClasses(`${prevWord} ${word}`)) items.push(`c:${c}`);
    for (const tag of t.tags) if (TAGS.has(tag)) items.push(`t:${tag}`);
    const lower = word.toLowerCase();
    const person = personOf(lower);
    if (person) items.push(`p:${person}`);
    last = st;
    prevWord = lower;
  }
  for (const m of s.mentions) items.push(`m:${m.layer}:${m.kind}`);
  return { items, first, last };
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
    // A sentence's own features are read once per sentence text (a re-check after a keystroke
    // reads only the edited one); the pair across the sentence start is added here.
    const own = memoBySentence(s, sentenceFeatures, () => sentenceFeatures(s));
    own.items.forEach((f, i) => {
      add(f, s.index);
      // (items[0] is the first word's, when the sentence has words.)
      if (i === 0 && own.first !== undefined && prev) add(`b:${prev}_${own.first}`, s.index);
    });
    if (own.last !== undefined) prev = own.last;
    const lower = doc.lower.slice(s.start, s.end);
    const stance = memoBySentence(s, STANCE, () => ({ lower: undefined as string | undefined, names: [] as string[] }));
    if (stance.lower !== lower) {
      stance.lower = lower;
      stance.names = [];
      for (const [name, re] of STANCE) {
        re.lastIndex = 0;
        if (re.test(lower)) stance.names.push(name);
      }
    }
    for (const name of stance.names) add(`s:${name}`, s.index);
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
