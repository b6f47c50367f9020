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

// A patient spoken to as "sir" or "ma'am" in public and answered with a jab ("ma'am it's a lap
// chole not a divorce", "sir you were there for a kidney stone 😂"): the post talks back at them.
const TALKED_TO = /(?:^|[.!?,:;]\s*|\n|\p{Extended_Pictographic}\s*|\b(?:like|i said|i told (?:him|her|them)),?\s+)(?<!(?:thank you|thanks|yes|no|excuse me|please|dear)[,\s]*)(?:ma'?am|sir)\b,?\s+(?:you|your|u|ur|it's|it is|that's|that is|with respect)\b/iu;
const JAB = /\b(?:lol|lmf?ao+|not a|you are not|you're not|next time|built like|whole lotta)\b|😂|🤣|🙄|💀|🤡|🙃/iu;

export function mockery(doc: Doc): Issue[] {
  const out: Issue[] = [];
  const spoken = TALKED_TO.exec(doc.text);
  if (spoken && JAB.test(doc.text) && !FAMILY.test(doc.text)) {
    const s = doc.sentenceAt(spoken.index + spoken[0].length - 1);
    if (s) out.push({ rule: 'mockery', start: s.start, end: s.end, severity: 'warning', message: 'Mocking a patient', explanation: 'Talking back at a patient in public, however tired you are, reads as contempt for the people the organization cares for. Describe the situation without the jab, or keep it off social media.', confidence: 0.7 });
  }
  for (const s of doc.sentences) {
    const roll = EYE_ROLL.exec(s.text);
    if (!roll || !PATIENT.test(s.text) || FAMILY.test(doc.text) || out.some((o) => o.start === s.start)) continue;
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
