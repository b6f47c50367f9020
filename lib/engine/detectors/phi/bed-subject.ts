// A numbered bed or bay that does something is the patient in it: "bed 7 in PACU just proposed
// to me", "bed 6 in the ED has been here four hours", "bay 3 at Riverbend spent my shift
// yelling". Read from the tags: the bed opens its clause (no verb before it), an optional place
// follows, then a verb. A bed's own state ("bed 4 is broken", "needs new sheets") is furniture.
import type { Doc } from '../../doc';
import type { Subject } from './subjects';

const BED_WORD = /^(?:bed|bay|pod|stretcher|cama)\b/i;
// "in PACU", "in the ED", "at riverbend", "over in 4 West", "tonight": where or when, before the verb.
const PLACE_OR_TIME = /^\s*(?:(?:(?:over|up|down|back)\s+)?(?:in|at|on|from|of)\s+(?:the\s+|my\s+|our\s+)?(?:[\p{L}&\d-]+\s+){0,2}?[\p{L}&\d-]+\s+)?(?:(?:tonight|today|again|this\s+(?:morning|afternoon|evening)|last\s+night)\s+)?/iu;
const FURNITURE = /^(?:(?:just|finally|still|now|again|already)\s+)?(?:(?:is|was|'s|’s|are|got|has been|had been|needs|needed|still)\s+(?:\w+\s+)?(?:broken|clean|cleaned|dirty|empty|open|free|available|ready|blocked|out of (?:service|order)|stripped|made|turned over|new|cleaning|fixed|repaired|replaced|reserved|closed|down|being|held together|squeaky|sold|for sale|assembled|delivered|a\s+\$?\d)\b|(?:has|had|have)\s+(?:a|an|the|no)\s+(?:broken|new|dead|bad|faulty)\b)/i;

// A room where staff sleep or rest holds no patient's bed: "bed 2 in the call room", "the top bunk in the break room".
const STAFF_ROOM = /^\s*(?:in|at|of)\s+(?:the\s+|our\s+|my\s+)?(?:[\p{L}-]+\s+)?(?:on-?call|call|break|staff|sleep|resident|residents['’]?|doctors['’]?|nurses['’]?)\s+(?:room|rooms|lounge|quarters)\b/iu;

/** The bed's own state is told, not a patient's: "bed 4 is broken", "bay 3 finally got cleaned". */
export function bedIsFurniture(doc: Doc, s: Subject): boolean {
  const sentence = doc.sentences[s.sentence];
  const after = doc.text.slice(s.end, sentence?.end ?? s.end);
  return STAFF_ROOM.test(after) || FURNITURE.test(after.slice(PLACE_OR_TIME.exec(after)?.[0].length ?? 0));
}

// Words a short place or time phrase between the bed and its verb is made of.
const PHRASE_TAGS = ['Preposition', 'Determiner', 'Noun', 'ProperNoun', 'Adjective', 'Value', 'Date'];
const TIME_WORD = /^(?:tonight|today|again|yesterday|overnight)$/i;

export function bedActs(doc: Doc, s: Subject): boolean {
  const text = doc.text.slice(s.start, s.end);
  if (!BED_WORD.test(text)) return false;
  const sentence = doc.sentences[s.sentence];
  if (!sentence) return false;
  // No verb before the bed in its sentence: the bed is the subject ("rmc ed bed 7 ..." is fine).
  if (sentence.tokens.some((t) => t.end <= s.start && t.tags.has('Verb'))) return false;
  // "the cot in bay 2": a bed after a preposition is where something is, not who acts.
  const before = sentence.tokens.filter((t) => t.end <= s.start).at(-1);
  if (before?.tags.has('Preposition')) return false;
  const after = sentence.tokens.filter((t) => t.start >= s.end);
  let i = 0;
  // "in PACU", "at the downtown campus", "tonight": a phrase that opens with a preposition or a time word.
  if (after[0] && (after[0].tags.has('Preposition') || TIME_WORD.test(after[0].text))) {
    i = 1;
    while (i < after.length && i <= 5 && !after[i].tags.has('Verb') && (PHRASE_TAGS.some((t) => after[i].tags.has(t)) || TIME_WORD.test(after[i].text))) i++;
  }
  const verb = (t?: (typeof after)[number]) => !!t && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun');
  // "Bed 12 at the ReStore is a $40 oak frame": a bed that is "a ..." is being described.
  if (/^(?:is|was|'s|’s)$/i.test(after[i]?.text ?? '') && after[i + 1] && (after[i + 1].tags.has('Determiner') || after[i + 1].tags.has('Value') || after[i + 1].tags.has('Money'))) return false;
  return verb(after[i]) || (!!after[i]?.tags.has('Adverb') && verb(after[i + 1]));
}
