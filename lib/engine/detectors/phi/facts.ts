// Health facts and care cues read from the health recognizer's mentions, with the author's
// own health and the general sentences (aggregates, education, bios) set aside.
import type { Doc, Mention } from '../../doc';
import type { PostContext } from './context';
import { gated } from '../../text/regex-gate';
import { comingInNotCare } from './arrival';
import { everydaySense } from './everyday-sense';

export interface Fact {
  kind: string;
  start: number;
  end: number;
  sentence: number;
  /** An everyday word or a setting: health information only with more evidence. */
  weak: boolean;
  /** A farewell ("RIP", "rest in peace"): a death in care only with a bed number or a care cue. */
  farewell?: boolean;
  /** The fact names whose it is within itself ("a spot on his lung"): tied to that person. */
  tied?: boolean;
}

export interface Cue {
  kind: string;
  start: number;
  end: number;
  sentence: number;
}

// "my surgery", "my own gallbladder": the author's own, unless it is "my sickle cell pt".
// (Spanish "mi", "mis" as US community posts mix them in: "día 3 después de mi cirugía".)
// ("my own knee arthroscopy": "own" says whose, with a body part or a kind between.)
const MY_BEFORE = /\b(?:my|mi|mis)\s+(?:own\s+(?:[\w-]+\s+){0,2}|first\s+|last\s+|little\s+|\w+\s+)?$/i;
const OWN_VERB = /^(?:was|is|got|been|were|gets|get|ended|landed|came|went|taken|rushed|tx|start(?:ed|s|ing)?|finish(?:ed|es|ing)?|getting|doing|undergoing|had|has|just)\b/i;
const PATIENT_AFTER = /^\s+(?:[\w-]+\s+)?(?:pt|pts|patient|patients|client|clients|kiddo|paciente|pacientes)\b/i;
// "I had surgery", "gave me the flu": the author as the one it happened to, nobody else between.
const I_BEFORE = /\b(?:i\s+(?:had|have|got|was|am|get|went|needed|need|tested|started|finished|found|felt|feel|caught|broke|tore|hurt|donated)|i'm|i've(?:\s+had|\s+been)?|me|myself)\b[^.!?]{0,30}$/i;
const TOLD_ME = /\b(?:told|tell|tells|telling|asked|asks|texted|texts|messaged|called|showed|shows|wanted|wants|begged|reminded|let)\s+$/i;
const WITNESSED = gated(/^(?:i've|i have|i)\s+(?:ever\s+)?(?:seen|met|worked with|treated|cared for|dealt with|had as a patient)\b/i);
const OTHER_PERSON = /\b(?:he|she|him|his|her|they|them|their|patient|pt|client|[A-Z][a-z]+|you|your|ur|yr)\b/;
// "I'm so glad the epinephrine kicked in": the author's feeling about someone else's care.
const FEELING = gated(/^(?:i'm|i am|i was|me)\s+(?:so\s+|really\s+|very\s+|just\s+)?(?:glad|sorry|happy|thrilled|relieved|proud|honou?red|grateful|thankful)\b/i);

/** The author's own health: "my X" or "I ... X" with no one else named in between. */
// "went to the ER myself", "kidney stone #3 of my life": the author marks it as their own.
const SELF_MARK = /^[^.!?\n]{0,12}?\b(?:myself|of my life|(?:from|after|since) my own)\b/i;
function isSelf(doc: Doc, m: Mention): boolean {
  if (SELF_MARK.test(doc.text.slice(m.end, m.end + 24))) return true;
  const sentence = doc.sentenceAt(m.start);
  const from = Math.max(sentence?.start ?? 0, m.start - 40);
  const before = doc.text.slice(from, m.start);
  // (A mention that opens with its own verb has its own subject: "the carrier on my street was on my unit".)
  if (MY_BEFORE.test(before) && !PATIENT_AFTER.test(doc.text.slice(m.end, m.end + 30)) && !OWN_VERB.test(doc.text.slice(m.start, m.end))) return true;
  const i = I_BEFORE.exec(before);
  // "told me her scans came back clear": the author hears the news, it is not theirs.
  if (i && /^me\b/i.test(i[0]) && TOLD_ME.test(before.slice(0, i.index))) return false;
  // "the worst case I've seen": the author saw it, it did not happen to them.
  if (i && WITNESSED.test(before.slice(i.index))) return false;
  if (i && FEELING.test(before.slice(i.index))) return false;
  return !!i && !OTHER_PERSON.test(before.slice(i.index + i[0].split(/\s/)[0].length));
}

/** The health word is what a talk, a paper or a lesson is about. */
function isTopic(lead: string, after: string): boolean {
  return TOPIC_BEFORE.test(lead) || TOPIC_AFTER.test(after);
}

function sentenceOf(doc: Doc, m: Mention): number {
  return doc.sentenceAt(m.start)?.index ?? 0;
}

// An accusation of a crime with drugs ("arrested for stealing oxy") is not health information
// about the accused; what happened to their body still is ("overdosed").
const CRIME = gated(/\b(?:licen[cs]e\s+(?:was\s+|got\s+)?(?:pulled|suspended|revoked|yanked|taken)|(?:lost|losing|lose|pulled|yanked|suspended|revoked)\s+(?:his|her|their|your)\s+licen[cs]e|divert(?:ed|ing)?|diversion|shorting|short(?:s|ed)\s+(?:people|patients|customers|old folks)|writ(?:ing|es|ten)\s+(?:\w+\s+)?(?:scripts|prescriptions)\s+(?:to|for)\s+(?:his|her|their|friends|cash|money)|pill mill|kickbacks?|fraud|let go|fired|arrest(?:ed)?|charged|steal(?:ing|s)?|stole|selling|sold|dealing|deal(?:s|er)|trafficking|smuggl(?:ing|ed)|possession|busted|indicted|convicted|sentenced|caught (?:with|selling|stealing)|robb(?:ed|ery|ing)|burglar\w*|suspect)\b/i);
// "therapy dog", "comfort horse": an animal's job, not anyone's care.
const ANIMAL_AFTER = gated(/^\s+(?:dogs?|animals?|pets?|horses?|ponies|cats?|pups?|puppy)\b/i);
// "the cancer center", "a diabetes program", "therapy room 3": the name of a service or a room, not someone's condition.
const SERVICE_AFTER = /^\s+(?:center|centre|unit|room\s*#?\s*\d|rooms|suite|institute|lab|labs|department|dept|team|office|desk|drills?|scenarios?|mock|skills?|check-?off|station|& delivery|and delivery|nurse|nurses|nursing|tech|techs|rotation|floor|&|\+|nerd|geek|specialist|certified|grad|program director|coordinator|educator|clinic|ward|program|society|foundation|walk|research|awareness|month|fund|support group|boards?|exams?|class|classes|course|refresher|training|rotation|fellowship|certification|lecture|workshop|in-?service|simulation|sim)\b/i;
// (Billed to a payer, not to a patient: "Patient keeps getting billed twice for the same colonoscopy" is theirs.)
const BILLED_FOR = gated(/\b(?:bill(?:s|ed|ing)?|charg(?:es|ed|ing)|upcod(?:es|ed|ing))\s+(?:medicare|medicaid|insurance|insurers|the state|the government|tricare|payers?)\s+(?:[\w'’-]+\s+){0,2}?for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i);
// A service the organization reshapes ("folding wound care into surgical services", "merging the
// dialysis program", "outsourcing the sleep lab") is a business decision, nobody's care.
const SERVICE_DECISION = gated(/\b(?:fold(?:s|ed|ing)?|merg(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing)|outsourc(?:e|es|ed|ing)|shutter(?:s|ed|ing)?|restructur(?:e|es|ed|ing)|spin(?:ning)?\s+off|spun\s+off|sunset(?:s|ted|ting)?)\s+(?:the\s+|our\s+|its\s+|all\s+)?(?:(?!(?:his|her|their|my|your|ur)\b)[\w-]+\s+)?$/i);
// A drill or a simulation of a condition ("ran her first shoulder dystocia drill") is training, not care.
const TRAINING_AFTER = gated(/^\s+(?:[\w-]+\s+)?(?:drills?|sim|simulations?|scenarios?|mock codes?|skills? (?:lab|day|fair)|check-?offs?|in-?services?)\b/i);
// A health word that is what a talk, a paper or a lesson is about ("her talk on glaucoma imaging",
// "a paper on older adults starting chemotherapy", "an EKG strip refresher", "a CPR dummy") is
// subject matter, not anyone's care. ("a talk about her chemo" is still hers: no possessive between.)
const TOPIC_BEFORE = /\b(?:talks?|lectures?|papers?|presentations?|research|stud(?:y|ies)|articles?|keynote|webinars?|seminars?|workshops?|posters?|grand rounds|podcast episode|chapter|thesis|dissertation)\s+(?:(?!(?:he|she|him|his|her|their|them|my|your|our)\b)[\p{L}.'’-]+\s+){0,5}?(?:on|about|regarding)\s+(?:(?!(?:his|her|their|my|your|our)\b)[\p{L}'’-]+\s+){0,6}$/iu;
const TOPIC_AFTER = /^\s+(?:[\w-]+\s+){0,2}(?:refreshers?|lectures?|webinars?|seminars?|workshops?|in-?services?|certifications?|dumm(?:y|ies)|mannequins?|manikins?)\b/i;
const FIELD_BEFORE = /\b(?:in|of|for|to)\s+$/i;
const FIELD_AFTER = gated(/^\s+(?:care|tech|technology|industry|market|space|management|research|education)\b/i);
// A pet's care told by its vet ("the vet says his hips look great") is no person's health.
// ("a vet" alone may be a veteran.)
const VET = gated(/\b(?:veterinarian|veterinary|(?:to|at|from) the vet|the vet (?:says|said|thinks|told|visit|bill|clinic))\b/i);
// A therapist called by the letters of their trade: "a young PT named Greg", "the PT who texts me",
// "Marcus our RT who stayed late". The letters name a person's job, not a therapy given.
const ROLE_LETTERS = /^(?:PT|OT|RT|SLP|RN|NP|PA|CNA|LPN)$/;
const ROLE_BEFORE = /\b(?:a|an|the|our|my|your|their|his|her)\s+(?:[a-z-]+\s+)?$/i;
const ROLE_AFTER = /^\s*(?:named|called|who|that|from|on (?:nights|days)|friend|buddy)\b/i;
function asRole(doc: Doc, m: Mention): boolean {
  return ROLE_LETTERS.test(doc.text.slice(m.start, m.end)) && ROLE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 24), m.start)) && ROLE_AFTER.test(doc.text.slice(m.end, m.end + 16));
}
// (The same letters read as "a patient", "a new PT named Sofia", are the therapist too.)
function roleAtEnd(doc: Doc, m: Mention): boolean {
  const text = doc.text.slice(m.start, m.end);
  return /\b(?:PT|RT|OT)$/.test(text) && ROLE_AFTER.test(doc.text.slice(m.end, m.end + 16));
}
// A name given to something ("named her Tylenol", "nicknamed him 'Chemo'"): a name, not a medicine.
const GIVEN_AS_NAME = /\b(?:named|nicknamed|dubbed)\s+(?:(?:her|him|it|them)\s+)?['"‘“]?$/i;
const FAREWELL = /^(?:r\.?i\.?p|rest in peace|gained (?:his|her|their) )/i;
const DRUG_KINDS = new Set(['medication', 'substance-use']);
// A discount code is no code blue: "use code LINDAHL10", "promo code SAVE20", "code RBDOC at booking".
const PROMO_CODE_BEFORE = gated(/\b(?:use|using|enter|apply|with|promo|discount|coupon|referral|my|the|checkout)\s+$/i);
const PROMO_CODE_AFTER = /^\s*[:"'“]?\s*[A-Z0-9]*(?:[A-Z][A-Z0-9]*\d|\d[A-Z0-9]*[A-Z])[A-Z0-9]*\b|^\s*[:"'“]?\s*[A-Z]{4,}\b/;
function promoCode(doc: Doc, m: Mention): boolean {
  if (!/^code$/i.test(doc.text.slice(m.start, m.end))) return false;
  return PROMO_CODE_AFTER.test(doc.text.slice(m.end, m.end + 20)) || (PROMO_CODE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 16), m.start)) && /^\s+[A-Z0-9]{3,}\b/.test(doc.text.slice(m.end, m.end + 20)));
}
// "Operates drunk", "shows up high to shifts": an accusation about conduct at work (defamation), not care.
const IMPAIRED_AT_WORK = gated(/\b(?:operat(?:es|ed|ing)|works?|worked|working|show(?:s|ed)? up|came in|comes in|on (?:shift|duty|call|the job)|at work|during (?:surgery|surgeries|shifts?|rounds|cases))\b[^.!?]{0,30}\b(?:drunk|high|intoxicated|impaired|wasted|hungover)\b|\b(?:drunk|high|intoxicated|impaired|wasted|hungover)\b[^.!?]{0,20}\b(?:on (?:shift|duty|call|the job)|at work|to work|during (?:surgery|surgeries|shifts?|rounds|cases))\b/i);
// Settings whose name says what the care is: being seen there ("at the fertility clinic") is the health fact.
const SEEN_AT = /\b(?:at|in|into|on|from|to|for|en|a|al|de|del)\s+(?:the\s+|our\s+|a\s+|an\s+|his\s+|her\s+|their\s+|la\s+|el\s+|su\s+)?$/i;
const SPECIALTY_SETTING = gated(/\b(?:fertility|ivf|psych\w*|behavioral|mental|detox|rehab\w*|methadone|addiction|dialysis|oncology|cancer|chemo\w*|infusion|hospice|palliative|abortion|std|sti|hiv|transplant|burn|maternity|labor and delivery|l&d|nicu|picu|icu|intensive care|memory care|eating disorder|sexual health|wound care|terapia intensiva|cuidados intensivos)\b/i);
const BODILY = /overdos|withdraw|detox|rehab|addict|recovery/i;

// A health word held by one person's possessive ("your sciatica", "his labs", "su diálisis") is
// theirs even in a sentence that also counts others ("... our combo has a 100% success rate").
const ONE_OWNER_BEFORE = /\b(?:your|ur|yr|his|her|su|sus|tu|tus)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
// ("her eating disorder study" is a researcher's subject, not her condition.)
const RESEARCH_AFTER = /^\s+(?:[\w-]+\s+)?(?:study|studies|trial|trials|paper|papers|research|data|cohort|outcomes?|numbers)\b/i;
function possessed(doc: Doc, m: Mention): boolean {
  return ONE_OWNER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 30), m.start)) && !RESEARCH_AFTER.test(doc.text.slice(m.end, m.end + 30));
}

/**
 * `named` holds sentences that carry a hard identifier (a name, a room, a record number): a
 * lesson that shows a real patient's name bar is still a disclosure, so education does not
 * excuse those sentences.
 */
export function readFacts(doc: Doc, ctx: PostContext, named: ReadonlySet<number>): { facts: Fact[]; cues: Cue[] } {
  const facts: Fact[] = [];
  const cues: Cue[] = [];
  for (const m of doc.mentions) {
    const sentence = sentenceOf(doc, m);
    if (m.layer === 'cue') {
      if (m.kind === 'patient-ref' && roleAtEnd(doc, m)) continue;
      cues.push({ kind: m.kind, start: m.start, end: m.end, sentence });
      continue;
    }
    if (m.layer !== 'health') continue;
    if ((ctx.aggregate.has(sentence) && !possessed(doc, m)) || (ctx.education.has(sentence) && !named.has(sentence)) || ctx.publicStatement.has(sentence) || ctx.self.has(sentence)) continue;
    const after = doc.text.slice(m.end, m.end + 16);
    if (comingInNotCare(doc.text, m.end) || promoCode(doc, m) || everydaySense(doc, m)) continue;
    if (isSelf(doc, m) || ANIMAL_AFTER.test(after) || TRAINING_AFTER.test(doc.text.slice(m.end, m.end + 30)) || (m.kind !== 'care-setting' && SERVICE_AFTER.test(after))) continue;
    const told = doc.sentences[sentence]?.text ?? '';
    if (VET.test(told)) continue;
    // What was billed ("billing Medicaid for therapy visits that never happened") is a claim
    // about billing, and a field of work ("the smartest tech in diabetes care") is nobody's care.
    const lead = doc.text.slice(Math.max(doc.sentences[sentence]?.start ?? 0, m.start - 60), m.start);
    if (BILLED_FOR.test(lead) || SERVICE_DECISION.test(lead) || (FIELD_BEFORE.test(lead) && FIELD_AFTER.test(after))) continue;
    if (isTopic(doc.text.slice(Math.max(doc.sentences[sentence]?.start ?? 0, m.start - 120), m.start), doc.text.slice(m.end, m.end + 40)) || GIVEN_AS_NAME.test(lead) || asRole(doc, m)) continue;
    if (DRUG_KINDS.has(m.kind) && (CRIME.test(told) || IMPAIRED_AT_WORK.test(told)) && !BODILY.test(m.value ?? doc.text.slice(m.start, m.end))) continue;
    const weak = m.confidence < 0.5 || (m.kind === 'care-setting' && !(SPECIALTY_SETTING.test(doc.text.slice(m.start, m.end)) && SEEN_AT.test(doc.text.slice(Math.max(0, m.start - 16), m.start)))) || m.kind === 'body-part';
    const fact: Fact = { kind: m.kind, start: m.start, end: m.end, sentence, weak };
    if (FAREWELL.test(doc.text.slice(m.start, m.end))) fact.farewell = true;
    facts.push(fact);
  }
  return { facts, cues };
}

/**
 * The facts that count as health information in a set of sentences: any strong fact, or weak
 * ones when two of them or a care cue back each other up ("after his fall ... on 3 West").
 */
export function healthIn(facts: Fact[], cues: Cue[], sentences: ReadonlySet<number>): Fact[] {
  const here = facts.filter((f) => sentences.has(f.sentence));
  const strong = here.filter((f) => !f.weak);
  if (strong.length) return here.filter((f) => !f.weak || f.kind !== 'body-part');
  const cued = cues.some((c) => sentences.has(c.sentence) && c.kind !== 'visit');
  const nonSetting = here.filter((f) => f.kind !== 'care-setting' && f.kind !== 'body-part');
  const kinds = new Set(nonSetting.map((f) => f.kind));
  const settings = here.length - nonSetting.length;
  if (nonSetting.length && (kinds.size >= 2 || cued || (settings && kinds.size && nonSetting.some((f) => f.kind !== 'care-event')))) return here;
  // Being "my patient" on a unit is itself a care fact.
  const patient = cues.some((c) => sentences.has(c.sentence) && (c.kind === 'patient-ref' || c.kind === 'care-action'));
  if (settings && patient) return here;
  return [];
}
