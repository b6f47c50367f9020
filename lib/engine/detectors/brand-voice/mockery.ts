// Mocking a patient: an eye-roll said of a particular patient ("bed 12 ... wants us to magically
// fix his foot 🙄", "no-showed four times and then calls asking why it still hurts 🙄"). The
// eye-roll is contempt, where a laugh may be fondness, so only it counts.
import type { Doc } from '../../doc';
import type { Issue } from './issue';

const EYE_ROLL = /🙄|\bsmh\b|\beye ?roll\b/iu;
// A particular patient: a bed or a room, a no-show, a patient or a "sir"/"ma'am" spoken to.
const PATIENT = /\b(?:(?:a|my|our|this|that|the) (?:\S+ )?(?:patient|pt)|(?:bed|room|bay) \d+|no-?show(?:ed|s)?|(?:nope|no),? (?:sir|ma'am)|frequent fl(?:y|i)er)\b/iu;

// One's own family in a bed is teased with love, not mocked.
const FAMILY = /\bmy (?:mom|mum|dad|mother|father|grandma|grandpa|nana|husband|wife|son|daughter|kid|sister|brother|aunt|uncle)\b/i;

export function mockery(doc: Doc): Issue[] {
  const out: Issue[] = [];
  for (const s of doc.sentences) {
    const roll = EYE_ROLL.exec(s.text);
    if (!roll || !PATIENT.test(s.text) || FAMILY.test(doc.text)) continue;
    out.push({
      rule: 'mockery',
      start: s.start,
      end: s.end,
      severity: 'warning',
      message: 'Mocking a patient',
      explanation: 'An eye-roll at a patient, however tired you are, reads as contempt for the people the organization cares for. Describe the situation without the jab, or keep it off social media.',
      confidence: 0.75,
    });
  }
  return out;
}
