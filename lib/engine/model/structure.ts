// Clause structure for the learned second opinion, read from compromise's tags: what is done
// (the verb's lemma or its WordNet class) to what kind of thing (the object's class), by whom
// (the subject's person), and whether it is denied, hedged by a modal, or asked rather than
// said. "She stole the meds", "he's been stealing oxy" and "the new guy stole narcotics" meet in
// `svc:third_wrongdoing-verb` and `vo:steal_drug`, where word pairs never meet; "does turmeric
// cure arthritis?" and "it may help arthritis" part from "it cures arthritis".
// Only tags and words are read, never punctuation or case: the clauses run over the draft's
// words as one stream (a dropped period moves no subject), and a question is read from its
// inverted auxiliary ("does it cure", "can you stop"), not from a question mark.
import type { Doc, DocToken } from '../doc';
import { wordClasses } from '../lexicons/wordnet';
import { verbLemma } from '../nlp';
import { personOf } from './person';

export type Add = (feature: string, sentence: number) => void;

/** Auxiliaries that open a question when they come before the subject. */
const AUXILIARY = new Set(['does', 'do', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'should', 'would', 'will', 'has', 'have', 'isnt', "isn't", 'doesnt', "doesn't", 'didnt', "didn't", 'wasnt', "wasn't", 'cant', "can't", 'wont', "won't"]);
/** Verb tokens that carry no action of their own. */
const LIGHT = ['Auxiliary', 'Copula', 'Modal', 'Particle'];
/** How far (in words) a subject or an object may sit from its verb. */
const REACH = 4;

const word = (t: DocToken) => t.normal.replace(/[^\p{L}\p{N}']/gu, '');
const verbClasses = (w: string) => wordClasses(w).filter((c) => c.endsWith('-verb'));
/** A verb with an action of its own; or a word of a WordNet verb class that no determiner makes a noun (compromise reads "turmeric cures arthritis" as nouns). */
const isVerb = (t: DocToken, prev?: DocToken) =>
  (t.tags.has('Verb') && !LIGHT.some((l) => t.tags.has(l))) || (!!verbClasses(word(t).toLowerCase()).length && !prev?.tags.has('Determiner') && !prev?.tags.has('Possessive'));
const isNominal = (t: DocToken) => t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Person');
// Clause breaks by word, not by compromise's QuestionWord tag, which a comma before "who" flips.
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'what', 'why', 'how']);
const breaks = (t: DocToken) => t.tags.has('Conjunction') || RELATIVE.has(word(t).toLowerCase());

/** What kind of thing a noun or pronoun names: its person, its WordNet classes, the recognizers' mentions on it. */
function classesOf(t: DocToken, doc: Doc): string[] {
  const w = word(t).toLowerCase();
  const person = personOf(w);
  if (person) return [person];
  const out = wordClasses(w).filter((c) => !c.endsWith('-verb'));
  // The health recognizers' classes, which read words; not the identifiers, which read capitals.
  // (Only the token's own sentence holds mentions that can overlap it: not every mention of the draft per token.)
  for (const m of doc.sentences[t.sentence].mentions) if (m.start < t.end && t.start < m.end && m.layer !== 'identifier') out.push(`${m.layer}-${m.kind}`);
  return out.length ? out : [t.tags.has('Pronoun') ? 'it' : 'thing'];
}

/** A verb's lemma when compromise did not tag it a verb: the tense read from its ending ("cures" -> "cure"). */
const lemmaOf = (t: DocToken) => {
  const w = word(t).toLowerCase();
  const tense = w.endsWith('ing') ? 'Gerund' : w.endsWith('ed') ? 'PastTense' : w.endsWith('s') ? 'PresentTense' : 'Infinitive';
  return verbLemma({ normal: w, tags: new Set([tense]) });
};

/** An auxiliary before a nominal before the verb, within the clause: "does ginger cure", "can you stop". */
function asked(tokens: readonly DocToken[], i: number, verb: readonly boolean[]): boolean {
  let nominal = false;
  for (let j = i - 1; j >= Math.max(0, i - REACH) && !breaks(tokens[j]); j--) {
    // The auxiliary first: compromise may tag "does" a verb of its own.
    if (nominal && AUXILIARY.has(word(tokens[j]).toLowerCase())) return true;
    if (verb[j]) return false;
    if (isNominal(tokens[j])) nominal = true;
  }
  return false;
}

export function structureFeatures(doc: Doc, add: Add): void {
  // One stream of words across sentences, each remembering its sentence.
  const tokens: DocToken[] = [];
  const sentenceOf: number[] = [];
  for (const s of doc.sentences) for (const t of s.tokens) if (word(t)) (tokens.push(t), sentenceOf.push(s.index));
  // Each token's verbness once: the subject and object searches stop at verbs.
  const verb = tokens.map((t, i) => isVerb(t, tokens[i - 1]));
  tokens.forEach((t, i) => {
    if (!verb[i]) return;
    const lemma = t.tags.has('Verb') ? verbLemma(t) : lemmaOf(t);
    if (!lemma) return;
    const at = sentenceOf[i];
    const kinds = [lemma, ...verbClasses(lemma)];
    // Scope: a negation or a modal among the few words before the verb (or on it: "didn't").
    const before = tokens.slice(Math.max(0, i - 3), i + 1);
    const negated = before.some((b) => b.tags.has('Negative'));
    const question = asked(tokens, i, verb);
    const modal = before.some((b) => b.tags.has('Modal'));
    const mood = negated ? 'neg' : question ? 'ask' : modal ? 'modal' : 'say';
    if (question) add('q:question', at);
    for (const k of kinds) add(`v:${mood}_${k}`, at);
    // The subject: the nearest noun or pronoun before the verb, within the clause.
    for (let j = i - 1; j >= Math.max(0, i - REACH) && !breaks(tokens[j]) && !verb[j]; j--) {
      if (!isNominal(tokens[j]) || tokens[j].tags.has('Possessive')) continue;
      for (const c of classesOf(tokens[j], doc)) for (const k of kinds) add(`sv:${c}_${k}`, at);
      break;
    }
    // The object: the first noun after the verb, within the clause.
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + REACH) && !breaks(tokens[j]) && !verb[j]; j++) {
      if (!isNominal(tokens[j]) || tokens[j].tags.has('Possessive')) continue;
      for (const c of classesOf(tokens[j], doc)) for (const k of kinds) add(`vo:${k}_${c}`, at);
      break;
    }
  });
}
