// Patient status told of a recognizable person, with no health word: they arrived in our care
// ("the bait shop guy came in yesterday with a fishhook ...", "was wheeled in on a backboard",
// "they flew him to us", "the bus driver who crashed was ours", "has been with us since
// Tuesday", "in for a lap chole", "lo internaron hoy"), or we did care to them ("we flew a
// retired postmaster in", "scanned our homecoming king"). That someone is a patient is PHI on
// its own (issue 14); who they are comes from the subjects finder.
import type { Doc } from '../../doc';
import type { Fact } from './facts';
import type { Link } from './link';
import type { Subject } from './subjects';
import { unmarkedClauses } from './unmarked-clauses';

// Why someone comes in that is not care: work, a visit, food, a delivery.
const ERRAND = String.raw`(?:his|her|their|a|an|the|some|my|our)?\s*(?:shift|shifts|work|job|lunch|coffee|meeting|interview|delivery|deliveries|pickup|party|potluck|visit|visiting|donuts|cookies|cake|pizza|food|treats|flowers|gift|card|cards|dog|paperwork|volunteer|training|class|tour|chat|hug)\b`;
// (Coming in with family is how a visitor arrives as often as a patient.)
const NOT_CARE = String.raw`(?!${ERRAND}|(?:his|her|their|a|an|the|my|our)?\s*(?:wife|husband|kids?|son|daughter|mom|dad|friends?|family)\b)`;
const NOT_CARE_AFTER = new RegExp(String.raw`^\s+${ERRAND}`, 'i');
/** "came in with donuts", "came in for her shift": a visit or a delivery, not an arrival in care. */
export function comingInNotCare(text: string, end: number): boolean {
  return /\b(?:came|comes|come|coming)\s+in\s+(?:with|for)$/i.test(text.slice(Math.max(0, end - 20), end)) && NOT_CARE_AFTER.test(text.slice(end, end + 30));
}

// Arriving in care, told right after the person (same clause).
const ARRIVED = new RegExp(
  String.raw`^[^.!?\n]{0,70}?\b(` +
    [
      String.raw`(?:came|comes|come|coming|rolled|rolls|wheeled|limped|hobbled|was\s+brought|got\s+brought|getting\s+wheeled|being\s+wheeled|was\s+carried)\s+in(?:\s+(?:here|today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|week)|(?:on\s+)?\w+day(?:\s+night)?|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?|again))*\s+(?:with|for|after|on\s+a\s+(?:backboard|stretcher|gurney)|by\s+ambulance|coding|unresponsive|bleeding)\s+${NOT_CARE}`,
      String.raw`came\s+to\s+us\b`,
      String.raw`(?:by|in\s+an?)\s+ambulance\b`,
      String.raw`(?:sent|took|rushed|flew|transferred)\s+(?:him|her|them)\s+(?:on\s+)?(?:down\s+|over\s+|up\s+)?to\s+(?:the\s+)?(?:hospital|er|ed|icu|trauma|[\p{Lu}][\p{L}]+\s+(?:Medical|Hospital|Regional|Memorial))\b`,
      String.raw`(?:flew|flown|brought|sent|transferred)\s+(?:him|her|them)\s+(?:in\s+)?(?:to\s+us|here|in)\b`,
      String.raw`(?:was|were|is)\s+ours\b`,
      String.raw`(?:has\s+been|had\s+been|been|is|was)\s+(?:here\s+)?with\s+us\s+(?:since|for|on|in)\b`,
      String.raw`(?:was|is|got|been|just\s+got)\s+(?:admitted|intubated|extubated|coded|transferred\s+in)\b`,
      String.raw`(?:is|was|'s|’s)\s+(?:back\s+)?in\s+for\s+(?:a|an|his|her|their)\s+\w+`,
      String.raw`in\s+for\s+(?:a|an)\s+[\w-]+`,
      String.raw`(?:was|is|were)\s+on\s+(?:our|the|my)\s+(?:OR\s+|surgery\s+|cath\s+lab\s+)?(?:schedule|table)\b`,
      String.raw`(?:has\s+been\s+|was\s+|is\s+)?on\s+my\s+table\b`,
      String.raw`(?:is|was|'s|’s)\s+(?:in\s+the\s+cath\s+lab|on\s+the\s+vent(?:ilator)?)\b`,
      String.raw`(?:lo|la)\s+(?:internaron|operan|operaron|intubaron|trajeron)\b`,
      String.raw`(?:est[aá]|estaba)\s+internad[oa]\b`,
      String.raw`(?:ingres[oó]|lleg[oó]\s+a\s+urgencias|sali[oó]\s+del\s+hospital)\b`,
    ].join('|') +
    ')',
  'iu',
);
// Care we did to them, told right before the person: "we flew a 94 yr old ...", "scanned our homecoming king".
// (Spanish puts the verb first: "ya salió del hospital el niño de los Ramírez".)
const CARED_BEFORE = /\b(?:flew|flown|admitted|scanned|x-?rayed|intubated|sutured|stitched\s+up|casted|splinted|coded|resuscitated|sat\s+(?:1:1\s+)?(?:tonight\s+)?with|did\s+(?:a|an|the)\s+[\w-]+\s+on|sali[oó]\s+del\s+hospital|internaron\s+a|ingres[oó])\s+$/iu;
const PRONOUN_OPENING = /^\W*(?:she|he|they|lo|la)(?:'s|’s)?\s/i;
// Someone else turns up before the care words: "the principal came in with her son", "the coach
// told me the kid came in".
const OTHER_PERSON = /\b(?:my|your|our|his|her|their)\s+(?:\w+\s+)?(?:patient|pt|client|mom|dad|mother|father|son|daughter|wife|husband|kid|friend|neighbou?r|sister|brother)\b|\b(?:told|said|says|heard)\b/i;
const WHO = new Set(['name', 'descriptor', 'unique', 'old-age', 'relative']);

/** Recognizable people told as arriving in, or being in, our care; not already linked. */
export function careArrivals(doc: Doc, subjects: Subject[], linked: ReadonlySet<Subject>): Link[] {
  const out: Link[] = [];
  for (const s of subjects) {
    if (!WHO.has(s.kind) || s.clinician || s.addressed || s.kin || linked.has(s)) continue;
    const sentence = doc.sentences[s.sentence];
    if (!sentence) continue;
    let fact: Fact | null = null;
    const from0 = Math.max(sentence.start, s.start - 30);
    const cared = CARED_BEFORE.exec(doc.text.slice(from0, s.start).replace(/\b(?:a|an|the|our|my|this|that|el|la)\s+$/i, ''));
    if (cared) fact = { kind: 'care-event', start: from0 + cared.index, end: from0 + cared.index + cared[0].trimEnd().length, sentence: s.sentence, weak: false };
    // (Bounded: the arrival is told within a clause, and a long sentence must not be copied per person.)
    const spans: [number, string][] = [[s.end, doc.text.slice(s.end, Math.min(sentence.end, s.end + 200))]];
    const next = doc.sentences[s.sentence + 1];
    if (next && PRONOUN_OPENING.test(next.text)) spans.push([next.start, next.text]);
    // (A run-on's next sentence opens inside this one: "... in your prayers tonight He got ...".)
    else spans.push(...unmarkedClauses(doc, s.sentence, s.end));
    for (const [from, text] of spans) {
      if (fact) break;
      const m = ARRIVED.exec(text);
      if (!m) continue;
      const lead = text.slice(0, m.index + m[0].length - m[1].length);
      if (OTHER_PERSON.test(lead)) continue;
      const start = from + m[0].length - m[1].length;
      fact = { kind: 'care-event', start, end: from + m[0].length, sentence: doc.sentenceAt(start)?.index ?? s.sentence, weak: false };
    }
    if (!fact) continue;
    out.push({ subject: s, attributes: subjects.filter((o) => o !== s && o.sentence === s.sentence && (o.kind === 'date' || o.kind === 'age' || o.kind === 'old-age' || o.kind === 'place')), facts: [fact], cues: [], tight: true });
  }
  return out;
}
