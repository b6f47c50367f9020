// A reply to a review that tells the reviewer's care, or their family's, in plain words, with
// no lexicon word needed: a visit or treatment of theirs ("ur draw", "your son's feeding eval",
// "his two fillings", "sus resultados"), a part of them getting better or worse ("your back is
// finally calming down", "your abdominal incision closed up", "ur arm got infected"), their
// recovery ("she's breathing better"), or their time in our care ("since he started with us",
// "we took her in for her hip", "with your mother at the end"). Thanks, invitations to call and
// words about staff tell none of these.
import { memoBySentence, type Doc } from '../../doc';
import type { Span } from '../../by-sentence';
import type { Evidence } from '../../types';
import type { Subject } from './subjects';

// What one visit or one course of care is made of (English and Spanish as US replies write it).
// Not the words of every reply: "your visit", "your experience", "your feedback", "your care".
const CARE_NOUN = String.raw`(?:(?:blood\s+)?draw|labs?|lab\s*work|blood\s*work|re-?check|check-?up|check|follow-?up|eval|evaluation|assessment|consult(?:ation)?|sessions?|therapy|treatments?|trial|fillings?|sealants?|crowns?|hearing\s+aids?|cleanings?|extraction|implants?|dentures?|night\s*guard|retainer|braces|stitches|cast|splint|incision|wound|dressings?|procedure|surgery|operation|scans?|x-?rays?|mri|ct|ultrasound|echo|ekg|biopsy|results|diagnosis|prescriptions?|refills?|meds|medications?|dose|dosage|infusions?|injections?|delivery|admission|discharge|physical|exam|recovery|rehab|referral|cita|consulta|tratamiento|terapia|resultados|an[aá]lisis|estudios|cirug[ií]a|operaci[oó]n|dentadura|puntos|yeso|receta|vacuna)`;
const BODY = String.raw`(?:back|neck|knee|knees|hip|hips|shoulder|arm|arms|leg|legs|ankle|wrist|foot|feet|hand|hands|jaw|tooth|teeth|gums?|skin|eyes?|ear|ears|head|chest|heart|lungs?|belly|stomach|rash|cough|fever|pain|swelling|sugars?|pressure|blood pressure|bp|weight|rodilla|cadera|espalda|hombro|brazo|pierna|pie|mano|diente|dientes|presi[oó]n|az[uú]car|fiebre|tos|dolor)`;
// Whose: the reader ("your", "ur", Spanish "su/sus"), or someone told of in the reply ("his", "her", "Lily's").
const READER_OWN = String.raw`(?:your|ur|yr|su|sus)`;
const THIRD_OWN = String.raw`(?:his|her|their|[\p{Lu}][\p{Ll}]+['’]s)`;
// Up to three words between the owner and the noun: "your son's feeding eval", "your last two weeks of therapy".
// (Never across "with", "about", "our": "your experience with our therapy team" is theirs to tell.)
const BETWEEN = String.raw`(?:(?!(?:with|about|at|to|for|from|our|the|and|in|on)\s)[\p{L}'’-]+\s+){0,3}?`;
const OWNED = (owner: string) => new RegExp(String.raw`\b${owner}\s+${BETWEEN}(?:${CARE_NOUN}|(?:new\s+|nueva\s+|nuevo\s+)${BODY}|${BODY}\s+(?:nueva|nuevo))\b`, 'giu');
const READER_CARE = OWNED(READER_OWN);
const THIRD_CARE = OWNED(THIRD_OWN);
// A part of them, better or worse: "your back is finally calming down", "ur arm got infected".
const BODY_STATE = new RegExp(String.raw`\b(?:${READER_OWN}|${THIRD_OWN}|the)\s+(?:[\p{L}'’-]+\s+){0,2}?${BODY}\s+(?:is|are|was|were|'s|’s|has|have|got|had|finally|already|totally|all)?\s*(?:(?:been|finally|already|so|much|all|totally)\s+)?(?:healing|healed|calming down|settling down|feeling better|doing better|looking better|better|closed up|cleared up|infected|swollen|broken|fractured|sprained|numb|down again|up again|under control|baja|alta|mejor|peor)\b`, 'giu');
// Someone in the reply recovering: "you're breathing better", "the baby is doing better", "he's back home".
const RECOVERING = /\b(?:you(?:'re|’re| are)?|u r|ur|he(?:'s|’s| is)?|she(?:'s|’s| is)?|they(?:'re|’re| are)?|the baby|your (?:little one|son|daughter|baby|mom|dad|mother|father|husband|wife|grandson|granddaughter|[a-z]+['’]s))\s+(?:is\s+|are\s+|was\s+)?(?:finally\s+|already\s+|now\s+|so\s+much\s+|much\s+)?(?:(?:breathing|sleeping|eating|walking|hearing|talking|moving|seeing|swallowing|healing|doing|feeling)\s+(?:so\s+)?(?:much\s+)?better(?!\s+about)|back home|home from the hospital|out of the hospital|on the mend|cancer[- ]free|in remission)\b/giu;
// Their time in our care, or our care of them: "since he started with us", "after his time with
// us on 4 East", "we took her in", "sent you over to us", "gave you the wrong dose", "get her
// referred", "with your mother at the end", "u got bounced from their lab".
const IN_OUR_CARE = new RegExp(
  String.raw`\b(?:started|starting|time|stay|stayed|weeks?|months?|days?)\s+(?:here\s+)?with\s+us\b|\bwe\s+(?:took|admitted|treated|saw|sent|transferred|referred)\s+(?:you|u|him|her|them)\s+(?:in|over|to|for|home)\b|\bsent\s+(?:you|u|him|her)\s+(?:over\s+|in\s+)?to\s+us\b|\b(?:gave|give|prescribed|put)\s+(?:you|u|him|her)\s+(?:on\s+)?(?:the|a|an|your|ur|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:${CARE_NOUN}|pills?|antibiotics?)\b|\b(?:get|got|getting)\s+(?:you|u|him|her)\s+(?:referred|admitted|scheduled|seen|tested|started|set up)\b|\b(?:with|at)\s+(?:your|ur)\s+[\p{L}]+\s+(?:at|in)\s+(?:the\s+end|(?:his|her|their)\s+(?:last|final))\b|\b(?:you|u|he|she)\s+(?:got|were|was)\s+(?:bounced|turned away|misdiagnosed|sent home|discharged|admitted)\b|\bmisdiagnosed\s+(?:you|u|him|her)\b`,
  'giu',
);
// Care named for someone told of ("the AAC device trial for Ellie", "la fiebre de Juanito"), or
// them coming with a complaint ("con dolor de estómago", "with a fever").
const FOR_SOMEONE = new RegExp(String.raw`\b(?:${CARE_NOUN}|${BODY})\s+(?:for|de|of)\s+(?:your\s+[\p{L}]+|su\s+[\p{L}]+|[\p{Lu}][\p{Ll}]+)\b|\b(?:con|with)\s+(?:a\s+|an\s+|un\s+|una\s+)?(?:dolor|pain|fever|fiebre|tos|cough|rash|v[oó]mito|vomiting)\b`, 'gu');
// The writer remembers them from a visit: "I remember you and your wife from the fertility consult".
const REMEMBERED = new RegExp(String.raw`\bremember\s+(?:you|u|him|her|them)\b[^.!?\n]{0,30}?\bfrom\s+(?:the|your|ur|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}${CARE_NOUN}\b`, 'giu');
// A future visit or a general invitation confirms no past care: "book your next appointment".
export const INVITATION_BEFORE = /\b(?:schedule|book|make|request|plan|set up|call (?:us )?(?:about|for)|before)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * Evidence that a reply tells the reader's or their family's care. `confirming` holds the
 * sentences that do not decline to discuss care; `subjects` are the post's people.
 */
export function replyCareEvidence(doc: Doc, subjects: readonly Subject[], confirming: ReadonlySet<number>): Evidence[] {
  const out: Evidence[] = [];
  // "his" and "her" are a patient's only where someone other than staff is told of: a name or a
  // relative, in that sentence or the one before ("Ron ... his echo", "Ellie ... she's using it").
  const people = new Set(subjects.filter((s) => !s.clinician && (s.kind === 'name' || s.kind === 'relative')).flatMap((s) => [s.sentence, s.sentence + 1]));
  for (const s of doc.sentences) {
    if (!confirming.has(s.index)) continue;
    const add = (spans: readonly Span[]) => {
      for (const m of spans) out.push({ start: s.start + m.start, end: s.start + m.end, kind: 'cue:reply-care' });
    };
    add(memoBySentence(s, READER_WORDS, (text) => careSpans(text, READER_WORDS)));
    if (!people.has(s.index)) continue;
    add(memoBySentence(s, THIRD_WORDS, (text) => careSpans(text, THIRD_WORDS)));
  }
  return out;
}

const READER_WORDS = [READER_CARE, BODY_STATE, RECOVERING, IN_OUR_CARE, REMEMBERED];
const THIRD_WORDS = [THIRD_CARE, FOR_SOMEONE];

/** The matches of each expression in a sentence, in turn, offsets into it; not after an invitation. */
function careSpans(text: string, regexes: readonly RegExp[]): Span[] {
  const out: Span[] = [];
  for (const re of regexes) {
    for (const m of text.matchAll(re)) {
      if (INVITATION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
