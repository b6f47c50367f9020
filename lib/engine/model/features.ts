// Features of a draft for the learned second opinion: what generalizes across writers, not the
// words of any one post. Lemma-like stems and their pairs; WordNet classes (any illness, any
// wrongdoing, ...); the recognizers' classes (identifiers, health terms, cues); what the rules
// and detectors found, of every category and severity; a few part-of-speech tags; the person
// the writer speaks in; the platform and the writer's role. Names and numbers become classes,
// so swapping a name or a room number changes nothing, and every feature is read from lower
// case, so case changes nothing either.
import type { Doc } from '../doc';
import { alternation } from '../detectors/shared/match';
import { HEALTH_HEDGES, HEDGES, SKEPTIC_MARKERS } from '../lexicons/policy/hedges';
import { wordClasses } from '../lexicons/wordnet';
import type { Finding } from '../types';

/** Feature -> the sentences it occurs in (-1: the whole draft). */
export type Features = Map<string, number[]>;

const TAGS = new Set([
  'Person', 'Honorific', 'Place', 'Organization', 'Money', 'Percent', 'Date', 'Duration', 'Negative', 'Modal',
  'Superlative', 'Comparative', 'Url', 'HashTag', 'AtMention', 'Possessive', 'Imperative', 'PastTense', 'FutureTense',
]);
const FIRST = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd", 'im', 'ive']);
const WE = new Set(['we', 'us', 'our', 'ours', "we're", "we've"]);
const SECOND = new Set(['you', 'your', 'yours', 'yourself', "you're", 'youre', 'u', 'ur']);
const THIRD = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself', "he's", "she's"]);

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

// Who a sentence speaks of, and what it says of them: a sentence that names or points at
// someone and, in the same breath, mentions their care, a wrongdoing or a promotion is what the
// categories turn on, wherever the words come from. Each is read per sentence and crossed
// (who x what), so "she" in one sentence and "surgery" in another do not meet.
const WHO_CLASSES = new Set(['patient', 'relative', 'clinician']);
const WHAT_CLASSES = new Set(['illness', 'procedure', 'drug', 'body-part', 'wrongdoing', 'wrongdoing-verb', 'heal-verb', 'money', 'gift']);
const WHAT_TAGS = new Set(['Imperative', 'Superlative', 'Url', 'HashTag', 'Money', 'Percent', 'Date', 'Duration', 'PastTense', 'FutureTense']);
/** Words that open a negation's scope: the few words after them are read as denied. */
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'cannot', 'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'havent', 'hasnt', 'hadnt']);
const SCOPE = 4;

const bare = (word: string) => word.toLowerCase().replace(/[^a-z0-9]/g, '');

export function extractFeatures(doc: Doc, raw: readonly Finding[]): Features {
  const out: Features = new Map();
  const add = (f: string, sentence: number) => {
    const list = out.get(f);
    if (!list) out.set(f, [sentence]);
    else if (list[list.length - 1] !== sentence) list.push(sentence);
  };
  const names = doc.mentions.filter((m) => m.layer === 'identifier' && m.kind === 'name');
  const isName = (start: number, end: number) => names.some((m) => m.start < end && start < m.end);
  const rulesIn = new Map<number, Set<string>>();
  for (const f of raw) {
    const s = doc.sentenceAt(f.start)?.index ?? -1;
    add(`r:${f.ruleId}`, s);
    add(`rc:${f.category}:${f.severity}`, s);
    if (s >= 0) (rulesIn.get(s) ?? rulesIn.set(s, new Set()).get(s)!).add(`rule-${f.category}`);
  }
  // Bigrams run across sentence ends: where a period falls (or is left out) changes no pair.
  let prev = '';
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    let prevWord = '';
    let negated = 0;
    const who = new Set<string>();
    const what = new Set<string>(rulesIn.get(s.index));
    const stance = new Set<string>();
    for (const t of s.tokens) {
      const word = t.normal.replace(/[^\p{L}\p{N}']/gu, '');
      if (!word) continue;
      const st = isName(t.start, t.end) ? '#name' : stem(word);
      if (st === '#name') who.add('name');
      add(`w:${st}`, s.index);
      if (prev) add(`b:${prev}_${st}`, s.index);
      const denied = negated > 0;
      if (denied) { add(`n:${st}`, s.index); negated--; }
      if (NEGATORS.has(bare(word)) || /n[’']t$/.test(word)) negated = SCOPE;
      const classes = [...wordClasses(word), ...(prevWord ? wordClasses(`${prevWord} ${word}`) : [])];
      for (const c of classes) {
        add(`c:${c}`, s.index);
        if (WHO_CLASSES.has(c)) who.add(c);
        if (WHAT_CLASSES.has(c)) what.add(denied ? `not-${c}` : c);
      }
      for (const tag of t.tags) {
        if (!TAGS.has(tag)) continue;
        add(`t:${tag}`, s.index);
        if (tag === 'Person' || tag === 'Honorific') who.add('person');
        else if (tag === 'Organization') who.add('org');
        else if (WHAT_TAGS.has(tag)) what.add(tag.toLowerCase());
      }
      const lower = word.toLowerCase();
      const person = FIRST.has(lower) ? 'first' : WE.has(lower) ? 'we' : SECOND.has(lower) ? 'second' : THIRD.has(lower) ? 'third' : '';
      if (person) { add(`p:${person}`, s.index); who.add(person); }
      prev = st;
      prevWord = lower;
    }
    for (const m of s.mentions) {
      add(`m:${m.layer}:${m.kind}`, s.index);
      if (m.layer === 'identifier') (m.kind === 'name' ? who : what).add(m.kind === 'name' ? 'name' : 'identifier');
      else if (m.layer === 'cue' && m.kind === 'patient-ref') who.add('patient');
      else what.add(`${m.layer}-${m.kind}`);
      if (m.layer === 'health') what.add('health');
    }
    const lower = doc.lower.slice(s.start, s.end);
    for (const [name, re] of STANCE) {
      re.lastIndex = 0;
      if (re.test(lower)) { add(`s:${name}`, s.index); stance.add(name); }
    }
    const pairs = (a: Set<string>, b: Set<string>) => { for (const x of a) for (const y of b) add(`x:${x}&${y}`, s.index); };
    pairs(who, what);
    pairs(stance, what);
    for (const x of [...who, ...what]) if (!seen.has(x)) { seen.add(x); add(`plat:${doc.platform}&${x}`, -1); }
  }
  add(`plat:${doc.platform}`, -1);
  add(`auth:${doc.author || 'unknown'}`, -1);
  return out;
}
