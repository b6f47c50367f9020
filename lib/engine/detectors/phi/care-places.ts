// A recognizable person told in a place where only patients are: the ER waiting room, the
// infusion room, the ICU, pre-op, a ward's private suite, the back of an ambulance ("saw Pastor
// Hale in the ER waiting room", "the varsity pitcher spent two nights in our ICU", "the mayor is
// up in the VIP suite on 9", "Coach Ruiz in the chemo chair"). Being there is patient status with
// no disease word (issue 14). Staff (clinicians) and people who come to visit, tour, volunteer or
// work there are not; a conference room, a lobby or a cafeteria is no place of care.
import { memoBySentence, type Doc } from '../../doc';
import type { Fact } from './facts';
import type { Link } from './link';
import type { Subject } from './subjects';

// Places a person is in only as a patient (a waiting room, a bay, a chair or a bed of care).
const PLACE = String.raw`(?:(?:er|ed|emergency\s+room|emergency\s+department|urgent\s+care|walk-?in)(?:\s+(?:waiting\s+room|lobby|bay|bed|hallway|hall))?|(?:m|s|c|n|p|cv|neuro)?icu|pacu|step-?down|pre-?op|post-?op|recovery\s+room|trauma\s+bay|resus(?:\s+bay)?|cath\s+lab|burn\s+unit|psych\s+(?:unit|ward|floor|hold)|behavioral\s+(?:health\s+)?unit|detox(?:\s+unit)?|(?:infusion|chemo|dialysis)\s+(?:room|suite|center|centre|chair|clinic|unit|bay)|(?:tele(?:metry)?|cardiac|oncology|onc|ortho|neuro|surgical|med-?surg|medical|maternity|postpartum|peds|pediatric)\s+(?:floor|unit|ward|wing)|(?:vip|private|locked)\s+(?:suite|room|wing)\s+on\s+\d{1,2}|ambulance|back\s+of\s+(?:an?|the)\s+ambulance|hospice(?:\s+(?:house|unit|wing))?|cancer\s+(?:center|centre|institute)|rehab\s+(?:unit|floor|center|centre|facility)|labor\s+and\s+delivery|l&d)`;
// A floor or a unit by its number is where staff work too: only dying or a stay there makes it care
// ("passed on the 4th floor tonight", "has been on 5 West since Sunday").
const FLOOR = String.raw`(?:\d{1,2}(?:st|nd|rd|th)\s+floor|\d{1,2}\s?(?:north|south|east|west|[nsew])\b)`;
const DIED = /\b(?:passed(?:\s+away)?|died|coded)\b/i;
// Leaving care: "came home from the cancer center", "walked out of rehab", "got out of the ICU".
const LEFT = String.raw`(?:came|comes|coming|got|gets|went|walked|was\s+wheeled|rolled|sent|discharged|released|moved|transferred)(?:\s+(?:home|out|back|down|up))?`;
// Told right after the person, in the same clause: an optional "from ..." or "who ..." aside, the
// verbs of being or staying there, then in/at the place.
const STAY = String.raw`(?:spent\s+(?:[\w-]+\s+){1,3}|ended\s+up|landed|wound\s+up|laid\s+up|laying|lying|stuck|been\s+(?:up\s+)?(?:in|on)\s+(?:and\s+out\s+of\s+)?)`;
const PRESENCE = new RegExp(
  String.raw`^,?\s*(?:(?:from|of|at|who|that|with)\s+[^,.!?;\n]{1,40}?\s*,?\s*|\d{1,3}\s*,\s*)?(?<verbs>(?:(?:finally|only|recently|today|yesterday|tonight|is|was|'s|’s|has\s+been|had\s+been|been|were|are|still|now|already|currently|just|got|sitting|sat|waiting|back|up|down|over|out|all\s+alone|alone|passed(?:\s+away)?|died|coded|${LEFT}|${STAY})\s+){0,4})(?<prep>in|at|on|into|inside|out\s+of|up\s+in|down\s+in|over\s+in|from)\s+(?:the\s+|our\s+|their\s+|an?\s+|(?:[\p{Lu}][\p{L}'’-]+\s+){1,3})?(?<place>${PLACE}|${FLOOR})\b`,
  'iu',
);
const STAYED = new RegExp(String.raw`^(?:${STAY}|.*\b(?:is|was|'s|’s|been|still|stuck|waiting|sitting|sat)\b)`, 'i');
// Places only patients sit or wait in: told without a verb, the person is there for care.
const PATIENTS_ONLY = /(?:waiting\s+room|lobby|chair|suite|bed|hold)\b/i;
// The writer came upon them there: "saw Pastor Hale in the ER", "guess who was in pre-op".
const SEEN_BEFORE = /\b(?:saw|seen|see|spotted|ran\s+into|bumped\s+into|guess\s+who(?:\s+(?:was|is|i\s+saw))?|found|recogni[sz]ed|noticed)\s+(?:(?:our|my|the|that|old|sweet|poor|dear)\s+)*$/i;
// A bare given name in a care place is as often a co-worker on shift ("Kayla in the ED"): it takes
// a stay ("spent the night in the ICU") or the writer coming upon them there. A title or a
// surname makes them someone the writer does not work with.
const BARE_STAY = /\b(?:spent|ended|landed|wound|laid|laying|lying|stuck|been)\b/i;
// Anyone who is there for another reason: staff, a visitor, a tour, a delivery, a meeting.
const NOT_A_PATIENT = /\b(?:gala|party|ceremony|celebration|event|open\s+house|toy\s+drive|drive|5k|auction|dedication|grand\s+opening|photo\s+op|story\s+time|read(?:s|ing)?\s+to|work(?:s|ed|ing)?|shift|volunteer(?:s|ed|ing)?|visit(?:s|ed|ing)?|to\s+see|see\s+(?:his|her|their)|tour(?:s|ed|ing)?|deliver(?:s|ed|ing)?|dropp(?:ed|ing)\s+off|brought\s+(?:in\s+)?(?:lunch|food|coffee|donuts|pizza|toys|gifts|flowers|cookies|treats)|donat(?:e|es|ed|ing)|ribbon|fundrais\w*|meeting|speech|spoke|speaking|gave\s+a\s+talk|hired|rounding|rounds|charting|covering|orient(?:s|ed|ing|ation)|precept\w*|clinical(?:s)?|rotation|job|sign(?:s|ed|ing)?\s+(?:his|her)\s+(?:book|ball|jersey)|with\s+(?:his|her|their)\s+(?:wife|husband|mom|dad|mother|father|son|daughter|kid|kids|baby|grandma|grandpa|friend))\b/i;
// Someone else turns up between the person and the place ("the coach's wife was in the ICU").
const OTHER_PERSON = /\b(?:his|her|their)\s+(?:wife|husband|mom|dad|mother|father|son|daughter|kid|kids|baby|grandma|grandpa|friend|patient|sister|brother)\b|[;:]/i;
const WHO = new Set(['name', 'descriptor', 'unique', 'old-age', 'relative']);

/** Recognizable people told in a place of patient care; not already linked. */
export function carePlaces(doc: Doc, subjects: Subject[], linked: ReadonlySet<Subject>): Link[] {
  const out: Link[] = [];
  for (const s of subjects) {
    if (!WHO.has(s.kind) || s.clinician || s.addressed || s.kin || linked.has(s)) continue;
    const sentence = doc.sentences[s.sentence];
    if (!sentence) continue;
    // (Bounded: the place is told within the clause after the person; the sentence is read once.)
    const after = doc.text.slice(s.end, Math.min(sentence.end, s.end + 120));
    const m = PRESENCE.exec(after);
    const place = m?.groups?.place ?? '';
    if (!m || memoBySentence(sentence, NOT_A_PATIENT, (t) => NOT_A_PATIENT.test(t)) || OTHER_PERSON.test(after.slice(0, m[0].length - place.length))) continue;
    const verbs = m.groups?.verbs ?? '';
    // ("Jenny from Labor & Delivery" is where she works: "from" a place tells care only after leaving it.)
    if (/^from$/i.test(m.groups?.prep ?? '') && !new RegExp(LEFT, 'i').test(verbs)) continue;
    const left = /^from$|^out/i.test(m.groups?.prep ?? '') && new RegExp(LEFT, 'i').test(verbs);
    const seen = SEEN_BEFORE.test(doc.text.slice(Math.max(sentence.start, s.start - 30), s.start));
    const bareName = s.kind === 'name' && !/\s/.test(doc.text.slice(s.start, s.end).trim());
    const stayed = STAYED.test(verbs);
    if (new RegExp(`^${FLOOR}`, 'i').test(place) && !DIED.test(verbs) && !BARE_STAY.test(verbs)) continue;
    if (!DIED.test(verbs) && !(left && !bareName) && !seen && !(bareName ? BARE_STAY.test(verbs) : stayed || PATIENTS_ONLY.test(place))) continue;
    const start = s.end + m[0].length - place.length;
    const fact: Fact = { kind: 'care-setting', start, end: s.end + m[0].length, sentence: s.sentence, weak: false };
    const attributes = subjects.filter((o) => o !== s && o.sentence === s.sentence && (o.kind === 'date' || o.kind === 'age' || o.kind === 'old-age' || o.kind === 'place'));
    out.push({ subject: s, attributes, facts: [fact], cues: [], tight: true });
  }
  return out;
}
