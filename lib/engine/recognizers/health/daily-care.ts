// Daily care as a care event: a person placed in a bed, room or bay who walked, ate, slept...
// Those verbs are everyday words; they tell patient status only once the sentence puts
// someone in a numbered bed, so the placement is required and must come first.
import type { Mention } from '../../doc';
import { gated } from '../../text/regex-gate';

// The verbs of daily care by lemma; inflections are generated below, not listed.
const LEMMAS = ['walk', 'ambulate', 'eat', 'sleep', 'void', 'pee', 'poop', 'shower', 'drink', 'talk', 'sit up', 'stand', 'smile', 'wake up', 'go home'];
const IRREGULAR: Record<string, string[]> = {
  eat: ['ate', 'eaten'], sleep: ['slept'], drink: ['drank', 'drunk'], 'sit up': ['sat up'], stand: ['stood'],
  'wake up': ['woke up', 'woken up'], 'go home': ['went home', 'gone home', 'goes home'],
};

/** The regular forms of a (possibly phrasal) verb: walk, walks, walked, walking. */
function inflect(lemma: string): string[] {
  const [verb, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const past = verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  return [verb, `${verb}s`, past, `${stem}ing`].map((v) => v + tail);
}

const FORMS = LEMMAS.flatMap((l) => [...inflect(l), ...(IRREGULAR[l] ?? [])]);
// Spaces are any run of whitespace so doubled spaces still match.
const VERB = gated(new RegExp(`\\b(?:${FORMS.map((f) => f.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi'));
// "in 7", "in bed 12", "in room 4", "bay 3": a person placed by number. Durations, times and
// counts ("in 3 meetings") are not beds.
const PLACED = /\b(?:in|from)\s+(?:(?:room|rm|bed|bay|pod)\s*#?\s*)?\d{1,3}[a-z]?\b(?!\s*(?:%|am\b|pm\b|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|miles?|people|of\b)|\s+(?!is\b|was\b|has\b|says\b)[a-z]+s\b)|\b(?:bed|bay)\s*#?\s*\d{1,3}[a-z]?\b/i;
// The author or a group did it ("we ate in room 4B"): a meeting, not a patient.
const GROUP_BEFORE = /\b(?:i|we|you|they|us|everyone|everybody|all of us)\s+(?:\w+\s+){0,2}$/i;

// Walking the unit's hallway is ambulation in care ("walked the whole hallway", "did 3 laps of the unit").
const AMBULATED = /\b(?:walked|walks|walking|ambulated|ambulating|ambulates|made it|did|does|doing)\s+(?:the\s+|a\s+|\d+\s+|two\s+|three\s+)?(?:whole\s+|entire\s+|full\s+|length of the\s+)?(?:hall|halls|hallway|hallways|laps?(?:\s+(?:around|of)\s+the\s+(?:unit|floor|hall|nurses'? station))?|unit|floor)\b/gi;

// Someone placed on a unit named by its care ("he was up on the cardiac floor", "she's in the ICU"):
// patient status with no diagnosis. Work there is told with other verbs ("works on", "floated to").
const ON_UNIT = /\b(?:he|she|they|who|he's|she's|they're)\s+(?:(?:was|is|were|are|'s|’s|has been|had been|been|ended up|wound up|landed|still)\s+)+(?:up\s+|down\s+|over\s+)?(?:on|in)\s+(?:the\s+)?(?:cardiac|oncology|onc|psych|psychiatric|maternity|mother-baby|postpartum|telemetry|tele|step-?down|med-?surg|ortho|neuro|burn|transplant|dialysis|rehab|hospice|palliative|icu|ccu|micu|sicu|nicu|picu|cvicu)\b(?:\s+(?:floor|unit|ward|wing))?/gi;

export function matchDailyCare(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(ON_UNIT)) {
    out.push({ layer: 'health', kind: 'care-event', start: m.index, end: m.index + m[0].length, confidence: 0.8, value: 'placed on a unit' });
  }
  for (const m of text.matchAll(AMBULATED)) {
    if (GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ layer: 'health', kind: 'care-event', start: m.index, end: m.index + m[0].length, confidence: 0.6, value: 'daily care' });
  }
  const placed = PLACED.exec(text);
  if (!placed) return out;
  for (const m of text.matchAll(VERB)) {
    if (m.index < placed.index + placed[0].length) continue;
    if (GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ layer: 'health', kind: 'care-event', start: m.index, end: m.index + m[0].length, confidence: 0.6, value: 'daily care' });
  }
  return out;
}
