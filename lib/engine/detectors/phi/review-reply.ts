// A reply to a public review that confirms the reviewer was a patient is a disclosure of PHI
// even without a diagnosis ("we're glad your knee surgery went well", "sorry your wait in our
// ER was long"): the reviewer's public name plus "was treated here" is health information.
import { testDoc } from '../../by-sentence';
import type { Doc } from '../../doc';
import type { Evidence } from '../../types';
import type { Cue, Fact } from './facts';
import { INVITATION_BEFORE, replyCareEvidence } from './reply-care';
import type { Subject } from './subjects';
import { gated } from '../../text/regex-gate';
import { SpanIndex } from '../../sorted';

const READS_AS_REPLY = gated(/\b(?:thank(?:s| you)[^.!?\n]{0,40}\b(?:review|stars|feedback|kind words|sharing)|sorry (?:to hear|about) your|we appreciate your (?:review|feedback))\b/i);
// Sentences that decline to discuss care confirm nothing.
const NON_CONFIRMING = gated(/\b(?:can(?:'|no)t|cannot|unable to|aren't able to|not able to)\s+(?:discuss|share|comment|confirm)|\bprivacy\b|\bany(?:one|body)'s care\b/i);
// The health fact is the reviewer's: "your knee surgery", "you came in with a kidney stone", "you're in for dialysis".
// (In Spanish the reader is "usted", whose "su/sus" is "your": "los resultados de su biopsia".)
const SECOND_PERSON_BEFORE = /(?:\b(?:your|ur|yr|su|sus)\s+(?:[\w-]+\s+){0,2}|\b(?:you|u)\s+(?:had|got|came in|were|have|left|declined|arrived|showed up|walked in|presented|came back|went)\b[^.!?]{0,40}|\b(?:you['’]re|youre|you are)\s+(?:still\s+|now\s+|back\s+)?(?:in for|on|getting|doing|starting|having)\s+(?:[\w-]+\s+){0,2})$/i;
const SECOND_PERSON = /\b(?:you|your|you're|you've|ur|u)\b/i;
// "Thank you" and "see you" are formulas: the reader in them is no one told of ("thank you for the
// kind words about the coffee in our waiting room" confirms no care).
const FORMULA_YOU = /\b(?:thank(?:s| you)|see you|hear from you|talk to you|to you all)\b/gi;
export const toldOfReader = (text: string): boolean => SECOND_PERSON.test(text.replace(FORMULA_YOU, ''));
// A visit elsewhere ("sorry your first visit at <another hospital> went badly") is not ours to confirm.
const AT_PLACE_AFTER = /^\s+(?:at|to|with|in)\s+(?:the\s+)?([\p{L}'’ .&-]{3,40})/u;
const FUTURE_VISIT = gated(/\b(?:schedule|book|make|request|plan|set up|see you (?:at|for)|before)\s+$/i);
const OWN_YOUR = /^(?:your|ur|yr)\s/i;
const YOUR_BEFORE = /\b(?:your|ur|yr|su|sus)\s+(?:[\w-]+\s+)?$/i;
// "Glad the shoulder is healing": a part of the reader's body getting better after their care.
const THE_BEFORE = /\bthe\s+$/i;
const HEALING_AFTER = /^\s+(?:is|are|was|'s|’s|has been|have been)\s+(?:\w+\s+)?(?:healing|recovering|feeling better|doing better|looking (?:good|great|better))\b/i;
// A sentence about the reviewer or their family ("we hope your little one is feeling better").
const ABOUT_REVIEWER = gated(/\byour (?:little one|son|daughter|kid|kids|child|children|baby|mom|mother|dad|father|husband|wife|partner|family member|grandma|grandpa|grandmother|grandfather)\b|\byou(?:'re| are) feeling\b|\byou (?:were|came|got) (?:in|here|seen|treated|admitted)\b/i);
// "glad we could help", "glad our team could help": thanks for a review, in general words.
const GLAD_WE_COULD = /^glad\s+(?:we|our team)\s+(?:could|was able to|were able to)$/i;
const HELP_AFTER = /^\s+(?:help|assist|be of help|be there)\s*(?:[.!,]|$|(?:out|you)\s*[.!,])/i;
const GENERIC_VISIT = /^your (?:visit|experience|wait|bill|stay)(?: (?:at|with) (?:your|our))?$/i;
// The reviewer told of in the third person, to other readers: "this individual was discharged
// from our practice for ...", "the reviewer was seen twice last month". Same confirmation.
// So does a label only a patient's chart gives ("a known drug seeker", "a frequent no-show") or an
// account with us ("has been sent to collections").
const REVIEWER_CARED = gated(/\b(?:this|the)\s+(?:individual|reviewer|patient|person|client|gentleman|lady|woman|man|customer)\s+(?:was|has been|had been|is|were)\s+(?:\w+\s+)?(?:discharged|dismissed|terminated|seen|treated|admitted|released|referred|prescribed|diagnosed|a patient|our patient|(?:a\s+)?(?:known\s+|frequent\s+|chronic\s+)?(?:drug[- ]seeker|no-?show|frequent flyer)|sent to collections)\b/i);
// The reviewer's own coming to us told back to them: "you showed up late", "you came in with a
// cut", "you were seen twice", "you no-showed". Replying so confirms the visit happened.
// ("you never came in", "if you come in" confirm nothing.)
const YOU_CAME = gated(/\b(?:you|u)\s+(?!(?:never|didn'?t|did not|have not|haven'?t|had not|hadn'?t|weren'?t|were not|can|could|should|will|would|may|might)\b)(?:(?:first|then|also|actually|clearly|just)\s+)?(?:showed up|came in|walked in|rolled in|arrived|checked in|were seen|got seen|were discharged|were dismissed|were admitted|no-?showed)\b/i);
// The reviewer come over to us from another provider ("before coming to us", "switching to us
// after ...", "thanks for trusting us after everything at ..."), or hosted in for a visit ("loved
// having you and your daughter in the office"): their care moved here, which confirms it.
// ("Thanks for choosing us!" alone thanks a customer, and may be anyone's.)
const CAME_OVER = gated(/\b(?:(?:before|after|since)\s+(?:coming|switching|transferring|moving|changing)\s+(?:over\s+)?to\s+us|(?:choosing|trusting|switching to|coming to|transferring to)\s+us\s+(?:after|over|instead of)|having\s+(?:you|your\s+[\p{L}'’-]+)\s+(?:and\s+(?:[\p{L}'’-]+\s+){1,3}?)?in\s+(?:for|at|to|the|our)\b)/iu);
// A visit wished for ("we'd love having you in", "hope to see you") is an invitation.
const WISHED_BEFORE = /\b(?:would|['’]d|will|['’]ll|hope to|look forward to|can['’]?t wait to|want to)\s+(?:\w+\s+)?$/i;
const DENIED_BEFORE = /\b(?:never|didn['’]?t|did not|haven['’]?t|have not|hasn['’]?t|has not|weren['’]?t|were not|wasn['’]?t|was not)\s+(?:\w+\s+)?$/i;
const RECORDS = gated(/\b(?:our records (?:show|indicate|reflect|confirm)|according to our records|your (?:chart|records?|file))\b/i);

// One of our programs, groups or sessions the reader takes part in.
const PROGRAM = /\b(?:our|the|this)\s+(?:[\w-]+\s+){1,3}?(?:program|sessions?|group|class(?:es)?|treatment|therapy|protocol)\s+(?:has|have|had|helped|is helping|are helping|got|gets|has been|have been|was|were)\b(?![^.!?\n]{0,30}\b(?:open to|available|for everyone|if you|hundreds|thousands|dozens|many|so many|people|families|patients|everyone|folks))/gi;
// Program names that tell care without a lexicon word: grief, recovery, weight loss, anger management.
const CARE_PROGRAM = /\b(?:bereavement|grief|recovery|sobriety|weight[- ]loss|anger management|counsel(?:l)?ing|therapy|rehab|detox|diabetes|cardiac|pain|addiction|support)\b/i;

export function readsAsReviewReply(doc: Doc): boolean {
  return doc.platform === 'review-reply' || testDoc(doc, READS_AS_REPLY);
}

export interface ReviewConfirmation {
  evidence: Evidence[];
  names: Subject[];
}

// (Only a visit as such: "the surgeon who did your first repair at <another hospital>" tells care.)
const BARE_VISIT = /^(?:your|ur)\s+(?:[\w-]+\s+)?(?:visit|experience|wait|stay|appointment|trip)$/i;
function elsewhere(doc: Doc, c: Cue, others: readonly string[]): boolean {
  if (!BARE_VISIT.test(doc.text.slice(c.start, c.end))) return false;
  const place = AT_PLACE_AFTER.exec(doc.text.slice(c.end, c.end + 50))?.[1].toLowerCase() ?? '';
  return others.some((o) => place.startsWith(o));
}

/** Evidence that a review reply confirms a care relationship, or null when it confirms none. */
export function reviewConfirmation(doc: Doc, facts: Fact[], cues: Cue[], subjects: Subject[], others: readonly string[] = []): ReviewConfirmation | null {
  if (!readsAsReviewReply(doc)) return null;
  // "feeling better about the billing" is a feeling about us, not a recovery.
  facts = facts.filter((f) => !(f.kind === 'care-event' && /^\s+about\b/i.test(doc.text.slice(f.end, f.end + 8))));
  const confirming = new Set(doc.sentences.filter((s) => !NON_CONFIRMING.test(s.text)).map((s) => s.index));
  // A reply that declines to discuss care anywhere uses "your visit" as the reviewer's own word
  // for it ("sorry your visit didn't meet expectations ... we can't discuss details here").
  const declines = confirming.size < doc.sentences.length;
  const evidence: Evidence[] = [];
  for (const c of cues) {
    if (!confirming.has(c.sentence) || !(c.kind === 'visit' || c.kind === 'care-action' || c.kind === 'care-role')) continue;
    // An invitation to a future visit ("book your appointment") confirms no past one.
    if (FUTURE_VISIT.test(doc.text.slice(Math.max(0, c.start - 25), c.start))) continue;
    // A visit denied ("you never came in") confirms none either.
    if (DENIED_BEFORE.test(doc.text.slice(Math.max(0, c.start - 25), c.start))) continue;
    // "Wait times in our ER have been long" is about everyone; care confirms a visit only with "you".
    if (c.kind !== 'visit' && !toldOfReader(doc.sentences[c.sentence].text)) continue;
    if (c.kind === 'visit' && elsewhere(doc, c, others)) continue;
    if (declines && c.kind === 'visit' && GENERIC_VISIT.test(doc.text.slice(c.start, c.end))) continue;
    evidence.push({ start: c.start, end: c.end, kind: `cue:${c.kind}` });
  }
  for (const f of facts) {
    if (!confirming.has(f.sentence)) continue;
    const before = doc.text.slice(Math.max(0, f.start - 60), f.start);
    // "call to book your next appointment" invites a visit; it confirms none.
    if (INVITATION_BEFORE.test(before.replace(/\b(?:your|ur|yr|su|sus)\s+(?:[\w-]+\s+)?$/i, ''))) continue;
    // An everyday word counts only as the reviewer's own ("your stitches", not "in stitches").
    // (A fact may carry its own "your": "your scans came back clear".)
    const own = (OWN_YOUR.test(doc.text.slice(f.start, f.end)) && f.kind !== 'care-setting') || (f.kind === 'body-part' && THE_BEFORE.test(before) && HEALING_AFTER.test(doc.text.slice(f.end, f.end + 40)));
    const mine = own || (f.weak ? YOUR_BEFORE.test(before) && f.kind !== 'care-setting' : SECOND_PERSON_BEFORE.test(before) || ABOUT_REVIEWER.test(doc.sentences[f.sentence].text));
    if (mine) evidence.push({ start: f.start, end: f.end, kind: `health:${f.kind}` });
  }
  // In a sentence about the reviewer's family an everyday care word is theirs too: "glad your
  // son's arm got set and the cast is holding up" tells a fracture treated here.
  // (The starts found so far kept in a set: a check of every piece of evidence per fact is quadratic.)
  const evidenceStarts = new Set(evidence.map((e) => e.start));
  for (const f of facts) {
    if (!f.weak || f.kind === 'care-setting' || f.kind === 'body-part' || !confirming.has(f.sentence)) continue;
    if (ABOUT_REVIEWER.test(doc.sentences[f.sentence].text) && !evidenceStarts.has(f.start)) {
      evidence.push({ start: f.start, end: f.end, kind: `health:${f.kind}` });
      evidenceStarts.add(f.start);
    }
  }
  // "the semaglutide program has you down 22 lbs", "our bereavement group has been a soft place":
  // the reader is in one of our care programs, which names their care.
  // (Indexed once, when a program is named: not a scan of every mention per program.)
  let healthWords: SpanIndex | undefined;
  for (const s of doc.sentences) {
    // The reader is "you" here or in the sentence before ("thank you for trusting us ... the group has been a soft place").
    if (!confirming.has(s.index) || !(SECOND_PERSON.test(s.text) || SECOND_PERSON.test(doc.sentences[s.index - 1]?.text ?? ''))) continue;
    for (const m of s.text.matchAll(PROGRAM)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      // (Any health word in the program's name will do: it is the name of the care, not a claim about it.)
      healthWords ??= new SpanIndex(doc.mentions.filter((f) => f.layer === 'health' && f.kind !== 'care-setting'));
      const named = healthWords.holdsOneWithin(start, end) || CARE_PROGRAM.test(m[0]);
      if (named) evidence.push({ start, end, kind: 'cue:program' });
    }
  }
  for (const s of doc.sentences) {
    const m = REVIEWER_CARED.exec(s.text);
    if (m && confirming.has(s.index)) evidence.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'cue:reviewer-care' });
  }
  for (const s of doc.sentences) {
    for (const re of [YOU_CAME, CAME_OVER]) {
      const m = re.exec(s.text);
      if (m && confirming.has(s.index) && !INVITATION_BEFORE.test(s.text.slice(0, m.index)) && !WISHED_BEFORE.test(s.text.slice(0, m.index))) evidence.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'cue:reviewer-came' });
    }
  }
  for (const s of doc.sentences) {
    const m = RECORDS.exec(s.text);
    if (m && confirming.has(s.index)) evidence.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind: 'cue:records' });
  }
  // The reader's or their family's care told in plain words, with no lexicon word (reply-care.ts).
  evidence.push(...replyCareEvidence(doc, subjects, confirming));
  if (!evidence.length) return null;
  // Thanks for a review that only echoes "your visit" tells nothing the reviewer did not say
  // ("We're glad your visit went smoothly"): no care, no setting, no date.
  // So does "we're so glad we could help": help in general, with nothing of what was done.
  // (Sentences with a fact or a date, gathered once rather than searched for per piece of evidence.)
  const told = new Set<number | undefined>([...facts.map((f) => f.sentence), ...subjects.filter((s) => s.kind === 'date').map((s) => s.sentence)]);
  const bare = (e: Evidence) => {
    const sentence = doc.sentenceAt(e.start)?.index;
    const echo = GENERIC_VISIT.test(doc.text.slice(e.start, e.end)) || (GLAD_WE_COULD.test(doc.text.slice(e.start, e.end)) && HELP_AFTER.test(doc.text.slice(e.end, e.end + 24)));
    return e.kind === 'cue:visit' && echo && !told.has(sentence);
  };
  if (evidence.every(bare)) return null;
  const names = subjects.filter((s) => s.addressed || s.kind === 'name' || s.kind === 'date' || s.kind === 'relative');
  return { evidence, names: names.filter((n) => !n.clinician) };
}
