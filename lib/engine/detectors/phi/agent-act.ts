// A clinician or a worker told as the one who acts on a care word is doing their work, not
// receiving care: "Dr. Pruitt got walked out for skimming fentanyl", "she scrubbed in for a
// lap chole", "he faked a dirty UA". Read from the tags: the main verb nearest before the care
// word, after the person (or after "he"/"she" in a later sentence), in the active voice, whose
// lemma is not one of the verbs a person undergoes (have, get, undergo, survive, start, break, test, ...).
// Someone else named in between ("told my friend her appendicitis ...") is left to the other rules.
import type { Doc, DocToken } from '../../doc';
import { verbLemma } from '../../nlp';
import type { Fact } from './facts';
import type { Subject } from './subjects';

// What happens to a person, or what a person does about their own health.
const UNDERGOES = new Set([
  'have', 'get', 'be', 'become', 'suffer', 'battle', 'fight', 'survive', 'beat', 'undergo', 'receive', 'take', 'start', 'begin', 'finish', 'complete',
  'need', 'want', 'wait', 'recover', 'heal', 'develop', 'catch', 'contract', 'diagnose', 'admit', 'hospitalize', 'go', 'come', 'end', 'land', 'lose',
  'break', 'tear', 'fracture', 'sprain', 'hurt', 'injure', 'test', 'check', 'enter', 'return', 'relapse', 'overdose', 'die', 'pass', 'collapse', 'fall',
  'faint', 'feel', 'look', 'seem', 'stay', 'spend', 'sit', 'lie', 'live', 'deal', 'struggle', 'cope', 'find', 'found', 'learn', 'hear', 'discover', 'expect',
  'miss', 'skip', 'quit', 'leave', 'do', 'stop', 'try', 'use', 'abuse', 'drink', 'smoke', 'schedule', 'book', 'wake', 'sleep', 'bleed', 'vomit', 'cough', 'crash',
  'deliver', 'birth', 'miscarry', 'carry', 'announce', 'share', 'post', 'reveal', 'confirm', 'open', 'talk', 'say', 'tell', 'write',
]);
const OWNED_BEFORE = /\b(?:his|her|hers|their)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
// (The particle of a phrasal verb, "found out", "came back", is tagged as a verb of its own.)
const PARTICLE = /^(?:out|up|in|off|down|back|over|away|on|through)$/i;
const OWNED = /^(?:his|her|hers|their)\s/i;
const PASSIVE_AUX = /^(?:is|was|were|are|be|been|being|got|gets|get|getting|'s|’s)$/i;
const SUBJECT_PRONOUN = /^(?:he|she)$/i;
// Anyone else who may be the one the care word belongs to.
const SOMEONE_ELSE = /^(?:i|me|my|we|us|our|you|your|ur|they|them|their|patients?|pts?|people|folks|everyone|everybody|kids?|child|children|bab(?:y|ies)|friends?|families|family|mom|dad|wife|husband|son|daughter|woman|man|guy|lady|girl|boy)$/i;

/** The main verb nearest before the fact, unless someone else is named after it. */
function governingVerb(tokens: DocToken[]): DocToken | null {
  for (const t of [...tokens].reverse()) {
    // (The verb must be in the fact's own clause: "he is doing better, the radiation ...".)
    // ("owns the bakery and she just finished her chemo": "she" opens a clause of its own.)
    if (SOMEONE_ELSE.test(t.normal) || SUBJECT_PRONOUN.test(t.normal) || /[,;:—–()]/.test(t.post)) return null;
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal') && !PARTICLE.test(t.normal)) return t;
  }
  return null;
}

/** Whether the person acts on the fact as their work: an active verb of doing, not undergoing. */
export function actsOnFact(doc: Doc, s: Subject, f: Fact): boolean {
  const sentence = doc.sentences[f.sentence];
  if (!sentence) return false;
  let from = -1;
  if (f.sentence === s.sentence && s.end <= f.start) from = s.end;
  else {
    // In a later sentence, "he" or "she" opens the clause that tells of them.
    const pronoun = sentence.tokens.filter((t) => t.end <= f.start && SUBJECT_PRONOUN.test(t.normal)).at(-1);
    if (pronoun) from = pronoun.end;
  }
  if (from < 0) return false;
  // A care word they own ("her chemo", "his spinal fusion") is theirs, whatever the verb.
  if (OWNED_BEFORE.test(doc.text.slice(Math.max(from, f.start - 40), f.start)) || OWNED.test(doc.text.slice(f.start, f.end))) return false;
  const between = sentence.tokens.filter((t) => t.start >= from && t.end <= f.start);
  const verb = governingVerb(between);
  if (!verb) return false;
  const i = between.indexOf(verb);
  const aux = between[i - 1];
  if (aux && PASSIVE_AUX.test(aux.normal) && (verb.tags.has('PastTense') || verb.tags.has('Participle'))) return false;
  return !UNDERGOES.has(verbLemma(verb));
}
