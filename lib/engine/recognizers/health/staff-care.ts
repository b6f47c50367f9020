// Care told as what the staff did to someone ("we coded him twice", "we kept her overnight",
// "spent 3 nights with us on 5 west", "a joy to care for"): patient status with no diagnosis.
// The doer is the writer's side (we, I, our team); the one cared for is a person, not a task.
import type { Mention } from '../../doc';
import { gated } from '../../text/regex-gate';

const DOER = String.raw`(?:we|i|our\s+(?:team|staff|crew|night crew|day crew|nurses|docs|unit|floor|er|ed|icu))`;
// (Not "them": "we transferred them" is as often files or funds.)
const PERSON = String.raw`(?:him|her|this\s+(?:guy|man|woman|lady|kid|girl|boy|gentleman|one))`;
// Verbs that are care whatever follows them: done to a body in a hospital.
const CLINICAL = String.raw`(?:coded|intubated|tubed|extubated|trached|sedated|restrained|transfused|shocked|cardioverted|paced|bagged|cathed|scoped|admitted|readmitted|discharged|transferred|pronounced|resuscitated|suctioned|catheterized|lined|pinned|casted|splinted|stitched|stapled)`;
// Everyday verbs that are care only with a length of stay or a unit: "kept her overnight", "had him for 3 days".
const HELD = String.raw`(?:kept|had|held|watched|observed|monitored|boarded)`;
const STAY = String.raw`(?:overnight|for\s+(?:the\s+|a\s+|an\s+|another\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|several\s+|a\s+few\s+|a\s+couple(?:\s+of)?\s+)?(?:more\s+|extra\s+)?(?:night|nights|day|days|week|weeks|hours|hrs|obs|observation)|on\s+(?:obs|observation|a\s+(?:1:1|sitter|hold)|our\s+(?:unit|floor))|in\s+(?:obs|observation|the\s+(?:icu|er|ed|unit)|our\s+(?:icu|er|ed|unit)))`;
// A stay counted in nights or days with the team: "spent 3 nights with us", "his last night with us".
// ("Spent a week with us" alone is as often a visit from family: the unit must be told.)
const STAYED = String.raw`(?:spent|stayed|was|were|been)\s+(?:\w+\s+){0,2}?(?:nights?|days?|weeks?)\s+(?:with\s+us\s+)?(?:on\s+(?:our\s+(?:unit|floor)|\d+\s?(?:north|south|east|west|[nsew])\b)|in\s+(?:our\s+)?(?:icu|ccu|nicu|picu|unit|care|obs|observation))|(?:last|first|second|third)\s+(?:night|day)\s+with\s+us`;
// Someone the staff was there for: "was a joy to care for", "an honor taking care of".
const CARED_FOR = String.raw`(?:a\s+joy|a\s+pleasure|an\s+honou?r|a\s+privilege|a\s+blessing)\s+(?:to\s+care\s+for|to\s+take\s+care\s+of|caring\s+for|taking\s+care\s+of)`;

const STAFF_CARE = gated(
  new RegExp(
    String.raw`\b${DOER}\s+(?:just\s+|finally\s+|literally\s+|already\s+|had\s+to\s+|ended\s+up\s+|almost\s+|nearly\s+)?(?:${CLINICAL}\s+${PERSON}|${HELD}\s+${PERSON}\s+${STAY})\b|\b${STAYED}\b|\b${CARED_FOR}\b`,
    'giu',
  ),
);

/** Care-event mentions in one sentence, offsets relative to it. */
export function matchStaffCare(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(STAFF_CARE)) {
    out.push({ layer: 'health', kind: 'care-event', start: m.index, end: m.index + m[0].length, confidence: 0.7, value: 'care by staff' });
  }
  return out;
}
