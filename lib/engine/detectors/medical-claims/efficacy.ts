// The efficacy frame: a remedy (a supplement, herb, drip, adjustment, protocol: a class, see
// lexicons/policy/remedies) + a verb of efficacy (cures, reverses, prevents, boosts) + an
// illness or a body system, in one clause; comparisons with standard treatments ("works better
// than ibuprofen for arthritis"); and claims that a vaccine causes an illness. Read over the
// sentence's tokens and the health recognizer's mentions, so wording nobody listed still fits.
import type { DocSentence, DocToken } from '../../doc';
import { wordClasses } from '../../lexicons/wordnet';
import { BODY_SYSTEMS, EFFICACY_VERBS, REMEDY_FORMS, PROVEN_CARE, REMEDY_SUBSTANCES, STANDARD_TREATMENTS, VACCINE_WORDS } from '../../lexicons/policy/remedies';
import { MEDICINE } from '../../lexicons/policy/health-claims';
import { gated } from '../../text/regex-gate';
import { governed, governedSpans } from '../shared/clauses';

export interface EfficacyClaim {
  kind: 'efficacy' | 'comparison' | 'antiVaccine' | 'safety';
  start: number;
  end: number;
}

const REMEDY = new Set([...REMEDY_FORMS, ...REMEDY_SUBSTANCES]);
const SYSTEMS = new Set(BODY_SYSTEMS);
const STANDARD = new Set(STANDARD_TREATMENTS);
const VACCINE = new Set([...VACCINE_WORDS, ...PROVEN_CARE]);
const VERB_STEMS = Object.keys(EFFICACY_VERBS).sort((a, b) => b.length - a.length);
// Kinds of health mention that name what a claim says is fixed (not medicines or settings).
const AILMENT_KINDS = new Set(['condition', 'symptom', 'infectious', 'mental-health', 'substance-use', 'chronic', 'pregnancy']);
const DRUG_KINDS = new Set(['medication', 'procedure']);

// Words that end a clause: the subject of a verb is looked for only back to one of them.
const CLAUSE_WORDS = new Set(['if', 'whether', 'but', 'because', 'since', 'when', 'than', 'that', 'which', 'who', 'and', 'or', 'so', 'until', 'unless', 'while', 'y', 'pero']);
// Words just before a verb that deny, doubt or merely allow it ("doesn't cure", "may help").
const DENIERS = /^(?:not|no|never|nothing|don't|doesn't|didn't|won't|can't|cannot|isn't|aren't|wasn't|hardly|may|might|could|can|would|should|claims?|claimed|supposedly|allegedly|says?|said|promises?|to|doesnt|dont|wont|cant)$/;
// A sentence that reports, doubts or teaches rather than claims.
const SKEPTIC = gated(/\b(?:(?:claims?|claimed|claiming) (?:that|to|it|they|this|these|its|their)|promis(?:e|es|ing) (?:to|that|no|zero|a|an|results|relief|miracle)|skeptic\w*|beware|myths?|too good to be true|no (?:evidence|proof|cure|studies)|not proven|unproven|debunk\w*|scam\w*|snake oil|red flag|isn't a cure|is not a cure|not a cure|there is no|there's no|doesn't work|does not work|lowers? the risk|reduces? the risk|studies (?:show|suggest)|research (?:shows|suggests)|talk to your|ask your (?:doctor|pharmacist|provider|care team) (?:before|first|if|whether))\b/i);
// A question that takes its claim for granted asserts it ("did you know X reverses Y?", "why
// doesn't anyone tell you X cures Y?"); any other question asks.
const PRESUPPOSED = gated(/^\W*(?:(?:but |so |ok |okay )?(?:did|do) (?:you|u|y'all|yall|ya) (?:even )?know|didja know|who knew|isn't it (?:crazy|amazing|wild|funny|interesting|insane)|how (?:come|is it) (?:nobody|no one)|why (?:doesn't|don't|won't|isn't|aren't|is no one|is nobody) (?:anyone|anybody|nobody|no one|your (?:doctor|doc)|doctors|the media|big pharma|they)\b)/i);
// Soft helpers that carry a verb of efficacy after them ("helps your immune system fight off").
const HELPERS = /^(?:helps?|helped|helping|works?|worked)$/;

function verbStrength(normal: string): 'strong' | 'effect' | undefined {
  for (const stem of VERB_STEMS) {
    // "curing", "reversing": a stem's final e drops before -ing.
    if (stem.endsWith('e') && normal === `${stem.slice(0, -1)}ing`) return EFFICACY_VERBS[stem];
    if (!normal.startsWith(stem)) continue;
    const rest = normal.slice(stem.length);
    if (/^(?:e|es|ed|s|d|ing|ed|t|ting|ped|ping|ps|x|xes|xed|ses|s)?$/.test(rest)) return EFFICACY_VERBS[stem];
  }
  return undefined;
}

export const word = (t: DocToken | undefined) => (t ? t.normal.replace(/[^\p{L}\p{N}+'-]/gu, '') : '');

function inMention(s: DocSentence, t: DocToken, kinds: Set<string>): boolean {
  return s.mentions.some((m) => m.layer === 'health' && kinds.has(m.kind) && m.start <= t.start && t.end <= m.end);
}

/** Spans of the pack's own products and partners' products: a claim about one is a remedy claim. */
export type Spans = readonly { start: number; end: number }[];
let products: Spans = [];

/** Whether tokens i (and i+1) name a remedy; 'drug' for a medicine or procedure. */
// "too fast", "so fast": speed, not a fast.
const SPEED = /^(?:too|so|as|very|how|real|really|pretty|super|that)$/;
const isSpeed = (s: DocSentence, i: number) => word(s.tokens[i]) === 'fast' && i > 0 && SPEED.test(word(s.tokens[i - 1]));

export function remedyAt(s: DocSentence, i: number): 'remedy' | 'drug' | undefined {
  const t = s.tokens[i];
  if (products.some((p) => p.start <= t.start && t.end <= p.end)) return 'remedy';
  if (isSpeed(s, i) || (i > 0 && isSpeed(s, i - 1))) return undefined;
  const w = word(t);
  const pair = i + 1 < s.tokens.length ? `${w} ${word(s.tokens[i + 1])}` : '';
  const prev = i > 0 ? `${word(s.tokens[i - 1])} ${w}` : '';
  if (REMEDY.has(w) || REMEDY.has(pair) || REMEDY.has(prev)) return 'remedy';
  // "ozone therapy", "turmeric shots": a remedy word naming the kind of treatment that follows it.
  if (i > 0 && /^(?:therapy|therapies|treatments?|shots?|packs?|drops|wraps?|sessions?)$/.test(w) && REMEDY.has(word(s.tokens[i - 1]))) return 'remedy';
  // "vitamin D", "fish oil capsules": a remedy word naming the kind of what follows it.
  if (i > 0 && REMEDY.has(word(s.tokens[i - 1])) && !endsClause(s.tokens[i - 1])) return 'remedy';
  if (inMention(s, s.tokens[i], DRUG_KINDS) || wordClasses(w).includes('drug')) return 'drug';
  if (brandName(t)) return 'remedy';
  return undefined;
}

// Platforms and software a post names in passing, whose names are written the same way.
const PLATFORMS = /^(?:TikTok|YouTube|LinkedIn|WhatsApp|FaceTime|PowerPoint|GoFundMe|WebMD|MyChart|PayPal|DoorDash|OnlyFans|ChatGPT|OpenAI|iPhone|iPad|AirPods|AirTag|FitBit|Fitbit)$/i;

/**
 * A product's trade name, written as one word with a capital inside ("NeuroCalm", "GlucoTrack",
 * "OcuVital"): what a post sells is named so, and not a person (not "McAllister", not "DeShawn").
 */
function brandName(t: DocToken): boolean {
  const text = t.text.replace(/^[#@]/, '').replace(/[^\p{L}\p{N}+'-]/gu, '');
  if (!/^\p{Lu}\p{Ll}+(?:\p{Lu}[\p{Ll}\p{N}]*)+$/u.test(text) || PLATFORMS.test(text)) return false;
  if (/^(?:Mc|Mac|De|Le|La|Di|Da|Van|Von|O)\p{Lu}/u.test(text) && t.tags.has('Person')) return false;
  return !/^(?:Mc|Mac)\p{Lu}/u.test(text);
}

export function ailmentAt(s: DocSentence, i: number): boolean {
  const t = s.tokens[i];
  const w = word(t);
  const pair = i + 1 < s.tokens.length ? `${w} ${word(s.tokens[i + 1])}` : '';
  if (SYSTEMS.has(w) || SYSTEMS.has(pair)) return true;
  if (inMention(s, t, AILMENT_KINDS)) return true;
  return wordClasses(w).includes('illness') && !['pain', 'problem', 'problems', 'condition', 'disease', 'issues', 'symptoms'].includes(w) ? true : ['pain', 'disease', 'problems', 'issues', 'damage'].includes(w) && i > 0 && !/^(?:the|a|no)$/.test(word(s.tokens[i - 1]));
}

/**
 * Where the thing named at token i ends: past a two-word body system, the health mention it is
 * part of, and any treatment words that follow it ("blood pressure pills").
 */
function endOf(s: DocSentence, i: number): number {
  const toks = s.tokens;
  let j = i;
  if (toks[j + 1] && SYSTEMS.has(`${word(toks[j])} ${word(toks[j + 1])}`)) j++;
  let end = toks[j].end;
  for (const m of s.mentions) if (m.layer === 'health' && m.start <= toks[i].start && toks[i].end <= m.end) end = Math.max(end, m.end);
  while (j + 1 < toks.length && toks[j + 1].start < end) j++;
  while (j + 1 < toks.length && !endsClause(toks[j]) && (STANDARD.has(word(toks[j + 1])) || SYSTEMS.has(word(toks[j + 1])))) end = toks[++j].end;
  return end;
}

export const endsClause = (t: DocToken) => /[,;:.!?—–(]/.test(t.post) || /^[-—–]/.test(t.post.trim());

// Subjects that are people: what they do ("the nurse treats", "I fixed") is care or experience,
// not a product's efficacy.
const PERSON_PRONOUN = /^(?:i|we|you|u|he|she|me|us|him|her|y'all|yall|everyone|everybody|nobody|someone|doctors?|docs?|nurses?)$/;
const isPerson = (t: DocToken) => t.tags.has('Person') || t.tags.has('Organization') || PERSON_PRONOUN.test(word(t)) || wordClasses(word(t)).some((c) => c === 'clinician' || c === 'relative' || c === 'patient');

type Subject = 'remedy' | 'drug' | 'pronoun' | 'thing' | 'person';

/** The clause ending at token `end` is a bare noun phrase naming a remedy (no verb of its own). */
function namedBefore(s: DocSentence, end: number): boolean {
  // "'boosts immunity', 'detox', 'balances hormones'": phrases quoted, not claims made.
  if (/['"‘’“”]/.test(s.tokens[end].post + (s.tokens[end + 1]?.pre ?? ''))) return false;
  let remedy = false;
  for (let i = end; i >= Math.max(0, end - 5); i--) {
    const t = s.tokens[i];
    if (i < end && endsClause(t)) break;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !remedyAt(s, i)) return false;
    if (remedyAt(s, i) === 'remedy') remedy = true;
  }
  return remedy;
}

/**
 * The subject of the verb at `v`: the nearest remedy back to the clause's start; else a pronoun,
 * a person, or any other noun ("the program", "this monitor"), which only a claim stated as
 * absolute makes a claimant.
 */
function subjectOf(s: DocSentence, v: number): Subject | undefined {
  let other: Subject | undefined;
  for (let i = v - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const t = s.tokens[i];
    // "Our CardioGuard supplement, reverses ...", "LuteiKids 🍓 keeps ...": ad copy names the
    // product, then drops the subject of the claim that follows.
    if (n === 0 && (endsClause(t) || s.tokens[i + 1]?.tags.has('Emoji'))) return namedBefore(s, i) ? 'remedy' : undefined;
    if (endsClause(t)) break;
    const w = word(t);
    if (CLAUSE_WORDS.has(w) && n > 0) break;
    const r = remedyAt(s, i);
    if (r) return r;
    if (other) continue;
    if (/^(?:it|this|these|they|that|stuff)$/.test(w) && n <= 3) return 'pronoun';
    // "the spray I make is better": a pronoun just after a noun opens a relative clause about it.
    const prev = s.tokens[i - 1];
    if (/^(?:i|we|he|she)$/.test(w) && prev && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !endsClause(prev)) continue;
    if (isPerson(t)) other = 'person';
    else if (t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Date') && !ailmentAt(s, i)) other = 'thing';
  }
  return other;
}

// A claim stated as absolute: an intensifier, a promise of every case or for good, or the verb
// shouted ("STOPS migraines before they start", "prevents every virus", "keeps the flu away, period").
const ABSOLUTE = gated(/\b(?:literally|completely|entirely|totally|permanently|for good|forever|100 ?%|100 percent|every (?:single )?time|period|full stop|guaranteed|before (?:they|it) (?:even )?(?:starts?|happens?)|never fails?|no matter what|(?:the )?only (?:thing|one|\S+) that(?: actually| really)?)(?=\W|$)/i);

function absoluteAt(s: DocSentence, v: number): boolean {
  const t = s.tokens;
  const verb = t[v].text;
  if (verb.length > 3 && verb === verb.toUpperCase() && /\p{Lu}/u.test(verb)) return true;
  if (/^(?:every|all)$/.test(word(t[v + 1]))) return true;
  // The verb's own stretch of the sentence, not a "literally" said of something else.
  const from = t[Math.max(0, v - 4)].start - s.start;
  const to = t[Math.min(t.length - 1, v + 10)].end - s.start;
  return ABSOLUTE.test(s.text.slice(from, to));
}

/** An ailment or body system after the verb at `v`, within its clause: its token index. */
const MENDS = /^(?:heal|heals|healed|healing|repair|repairs|repaired|restor\w*|rebuild\w*|regrow\w*|regenerat\w*|revers\w*)$/;

function objectOf(s: DocSentence, v: number, reach = 7, throughPeople = false, bodyParts = false): number {
  for (let i = v + 1, n = 0; i < s.tokens.length && n < reach; i++, n++) {
    if (ailmentAt(s, i) || (bodyParts && wordClasses(word(s.tokens[i])).includes('body-part'))) return i;
    // "killed my client's husband with ...": the verb acts on a person, not an illness
    // (a vaccine said to give people an illness names them first).
    const t = s.tokens[i];
    if (!throughPeople && isPerson(t) && !/['’]s?$/.test(t.text) && !/['’]/.test(t.post) && !PERSON_PRONOUN.test(word(t))) break;
    if (endsClause(s.tokens[i]) || CLAUSE_WORDS.has(word(s.tokens[i]))) break;
  }
  return -1;
}

// A past result on the writer's own body or family is experience, not a claim ("the antibiotics
// knocked out my ear infection"), unless the post promises the same to the reader.
const OWN = /^(?:my|me|our|mine)$/;
const PROMISE_TO_READER = gated(/\b(?:you|y'all|u|yours|ur)\b[^.!?]{0,30}\b(?:too|as well|the same)\b|\b(?:everyone|anyone|everybody|guaranteed|every (?:\S+ )?(?:mama|mom|mother|dad|parent|patient|client|kid|child|baby|woman|man|person|one|family|time))\b|100 ?%/i);

// A result with a stopwatch: "in 48 hrs", "in one session", "3 yrs running".
const STOPWATCH = gated(/\bin (?:\d+|a|one|two|three|four|five|a few|a couple of|under \d+) ?(?:hours?|hrs?|days?|weeks?|wks?|months?|sessions?|minutes?|mins?)\b|\b(?:\d+|two|three|four|five) (?:years?|yrs?|winters?) (?:running|straight|in a row)\b/i);

function pastOwn(s: DocSentence, v: number, obj: number): boolean {
  const t = s.tokens[v];
  const past = t.tags.has('PastTense') || /ed$/.test(word(t));
  if (!past) return false;
  // "my patients' restless legs" is others' care, reported as a result.
  for (let i = v + 1; i <= obj; i++) if (OWN.test(word(s.tokens[i])) && !/^(?:patients?|clients?|pts|residents|folks)'?s?$/.test(word(s.tokens[i + 1]))) return true;
  return false;
}

/**
 * What a sentence's pronouns may stand for: a remedy named anywhere in the draft (for a cure or
 * a comparison), a remedy or a vaccine named in this sentence or the one before (for "it
 * prevents this stuff", "it literally gives you the flu").
 */
export interface Antecedents {
  remedyInDoc: boolean;
  remedyNear?: boolean;
  vaccineNear?: boolean;
  /** The draft sells (a code, a link): a result on the writer's own body is offered to buyers. */
  promoted?: boolean;
  /** A medicine is named in this sentence or the one before, which a remedy may be made the equal of. */
  medicineNear?: boolean;
}

/**
 * Efficacy claims in one sentence; `packProducts` (spans in the draft) are remedies too,
 * whatever they are called.
 */
export function efficacyClaims(s: DocSentence, antecedents: Antecedents, packProducts: Spans = []): EfficacyClaim[] {
  if (/\?\s*$/.test(s.text.trim()) && !PRESUPPOSED.test(s.text)) return [];
  // A skeptic word clears the claim of its own clause, not a second clause's ("X cures Y, the rest is a scam").
  const cleared = governedSpans(s.text, SKEPTIC);
  products = packProducts;
  try {
    return claimsIn(s, antecedents).filter((c) => !governed(cleared, { start: c.start - s.start, end: c.end - s.start }));
  } finally {
    products = [];
  }
}

function claimsIn(s: DocSentence, { remedyInDoc, remedyNear = false, vaccineNear = false, promoted = false, medicineNear = false }: Antecedents): EfficacyClaim[] {
  const out: EfficacyClaim[] = [];
  const toks = s.tokens;
  const promises = PROMISE_TO_READER.test(s.text);
  for (let v = 0; v < toks.length; v++) {
    const w = word(toks[v]);
    // "beats anything the pharmacy sells" measures; "beats the flu" claims.
    const strength = comparativeAt(toks, v) ? undefined : (verbStrength(w) ?? phrasalStrength(s, v) ?? (keepsAway(s, v) || worksOn(s, v) ? 'effect' : undefined));
    if (strength) {
      // A noun use ("no cure", "the fix", "a boost") is not a verb of efficacy, nor "lower back pain".
      if (/^lower$/.test(w) && /^(?:back|body|leg|legs|abdomen|belly|lip|limbs?|extremit\w*|risk|dose|doses)$/.test(word(toks[v + 1]))) continue;
      // "gets rid of", "takes care of": the verb starts at its light verb.
      const at = /^(?:rid|care)$/.test(w) && /^(?:get|gets|got|getting|gotten|take|takes|took|taking|taken)$/.test(word(toks[v - 1])) ? v - 1 : v;
      const before = word(toks[at - 1]);
      // ("the only thing that fixes" is a verb after a relative "that").
      if (/^(?:a|an|the|no|any|my|your|our|of|for)$/.test(before) || (/^(?:this|that)$/.test(before) && !toks[at].tags.has('Verb'))) continue;
      // "to" defers the verb ("trying to fix"), except after a word that asserts it ("proven to cure").
      const asserted = before === 'to' && ASSERTS_INFINITIVE.test(word(toks[at - 2]));
      if ((DENIERS.test(before) && !asserted) || (HELPERS.test(before) && DENIERS.test(word(toks[at - 2])))) continue;
      const subjectAt = HELPERS.test(before) ? at - 1 : at;
      // Ad copy drops its subject ("Clears your arteries without a statin."): a sentence that
      // opens with the verb speaks of what the draft sells or names.
      const subject = subjectOf(s, subjectAt) ?? (droppedSubject(s, subjectAt) && (promoted || remedyInDoc) ? 'pronoun' : undefined);
      // "rebuilds cartilage", "heals torn ligaments": a structure of the body said to be mended,
      // of a remedy only (an approved medicine or a surgeon mends tissue as a matter of course).
      // "protects your whole family from the flu": shielding verbs name the people before the illness.
      const shields = SHIELDS.test(w);
      const obj = objectOf(s, v, 7, shields) >= 0 ? objectOf(s, v, 7, shields) : (subject === 'remedy' || (subject === 'pronoun' && remedyInDoc)) && MENDS.test(w) ? objectOf(s, v, 5, false, true) : -1;
      if (obj < 0 || subject === 'person') continue;
      // An approved medicine treating its illness is education; a cure-word, or any verb of
      // efficacy stated as absolute, is a claim whatever the subject (not vaccines, whose
      // protection is stated in absolutes by those who give them).
      const absolute = (absoluteAt(s, v) || worksWonders(s, v) || REPLACES_CARE.test(s.text)) && !vaccineSubject(s, subjectAt);
      if (!absolute) {
        if (!subject || (subject === 'thing' && strength !== 'strong')) continue;
        if (subject === 'pronoun' && !remedyInDoc && strength !== 'strong') continue;
        if (subject !== 'remedy' && strength !== 'strong' && !(subject === 'pronoun' && remedyNear)) continue;
      }
      // A remedy's result on the writer's own body, timed or absolute, is a testimonial
      // ("cured my shin splints in a week"); a medicine's is experience.
      // Beside a code or a link, the writer's own result is the pitch ("cured my shin splints, code KAY15").
      if (pastOwn(s, v, obj) && !promises && !promoted && !(subject === 'remedy' && (absolute || STOPWATCH.test(s.text)))) continue;
      out.push({ kind: 'efficacy', start: toks[subjectAt].start, end: endOf(s, obj) });
      continue;
    }
    // "the cleanse is gentle, safe for kids", "these drops are totally harmless": a remedy
    // declared safe outright (a vaccine's or a medicine's safety is stated by those who give it).
    if ((SAFE.test(w) || (w === 'toxic' && word(toks[v - 1]) === 'non')) && !SAFETY_HEDGE.test(s.text)) {
      // ("non-toxic" comes as two tokens: the claim starts at "non".)
      const at = w === 'toxic' ? v - 1 : v;
      const subject = subjectOf(s, at);
      const copula = toks.slice(Math.max(0, at - 4), at).some((t) => /^(?:is|are|was|'s|it's|its|they're|theyre)$/.test(word(t)) || /'s$/.test(t.text));
      const denied = toks.slice(Math.max(0, at - 3), at).some((t) => DENIERS.test(word(t)) || /n't$/.test(word(t)));
      if (copula && !denied && (subject === 'remedy' || (subject === 'pronoun' && remedyNear)) && !vaccineSubject(s, at)) out.push({ kind: 'safety', start: toks[at].start, end: toks[v].end });
      continue;
    }
    // "works better than ibuprofen (for arthritis)": a remedy measured against a standard treatment.
    // "just as well as Cervidil", "beats any shot", "crushes every other migraine drug" too.
    const comparative = comparativeAt(toks, v);
    if (comparative) {
      let target = -1;
      let anything = false;
      let care = false;
      for (let i = v + comparative; i < Math.min(toks.length, v + comparative + 4); i++) {
        const x = word(toks[i]);
        if (STANDARD.has(x) || STANDARD.has(`${x} ${word(toks[i + 1])}`) || VACCINE.has(x) || MEDICINE_WORD.test(x) || remedyAt(s, i) === 'drug') {
          target = i;
          break;
        }
        // "better than any orthopedic surgeon", "than the overnight sleep study": a remedy ranked
        // above the clinicians and procedures of standard care.
        if (careAt(s, i)) {
          target = i;
          care = true;
          break;
        }
        // "better than anything else out there": the remedy ranked above every treatment there is.
        if (/^(?:anything|everything)$/.test(x)) {
          target = i;
          anything = true;
          break;
        }
        if (endsClause(toks[i])) break;
      }
      if (target < 0 || CITED.test(s.text)) continue;
      // Better than any medicine at all is a claim whoever makes it; better than one, only of a remedy.
      const anyCare = !anything && toks.slice(v + 1, target).some((t) => /^(?:any|every|all)$/.test(word(t)));
      const subject = subjectOf(s, v);
      if (subject === 'person') continue;
      // A medicine measured against a home remedy is education ("inhalers work better than any home remedy").
      if (subject === 'drug' && toks.slice(target, target + 3).some((_, k) => remedyAt(s, target + k) === 'remedy')) continue;
      if (anything) {
        // "Anything" ranks the remedy only where one is the subject, or a pronoun stands for one near.
        if (subject !== 'remedy' && !(subject === 'pronoun' && remedyNear) && !(!subject && remedyNear)) continue;
        // A pack product or a trade name ranked above "anything" is a health claim only about an
        // illness; an app, a clinic or a record system "better than anything out there" is a
        // plug, for another rule.
        const named = products.some((p) => p.start >= s.start && p.end <= toks[v].start) || toks.slice(0, v).some((t, i) => brandName(t) && !REMEDY.has(word(toks[i + 1])));
        // A pronoun, or nothing, ranked above "anything" is a health claim only about an illness
        // ("try the app. Honestly better than anything we've got" is a plug).
        if ((named || subject !== 'remedy') && !toks.some((_, i) => ailmentAt(s, i))) continue;
      } else if (care) {
        // Ranked above a clinician or a test, only a remedy (or a pronoun standing for one) makes a health claim.
        if (subject !== 'remedy' && !((subject === 'pronoun' || !subject) && remedyNear)) continue;
      } else if (!anyCare) {
        if (subject === 'drug') continue;
        if ((!subject || subject === 'pronoun') && !remedyInDoc) continue;
      }
      if (DENIERS.test(word(toks[v - 1])) || DENIERS.test(word(toks[v - 2]))) continue;
      out.push({ kind: 'comparison', start: toks[Math.max(0, v - 1)].start, end: endOf(s, target) });
      continue;
    }
    // "PeakForge Focus > Adderall", "natural immunity > shots": a remedy set above a medicine with a sign.
    if (toks[v].text === '>' || (/>\s*$/.test(toks[v].post) && !/[<>]/.test(toks[v].text))) {
      const head = v + 1;
      const from = toks[v].text === '>' ? v - 1 : v;
      let target = -1;
      for (let i = head; i < Math.min(toks.length, head + 3) && target < 0; i++) if (STANDARD.has(word(toks[i])) || MEDICINE_WORD.test(word(toks[i])) || remedyAt(s, i) === 'drug') target = i;
      let remedy = -1;
      for (let i = from; i >= Math.max(0, from - 3) && remedy < 0; i--) if (remedyAt(s, i) === 'remedy' || /^(?:natural|nature's|immunity)$/.test(word(toks[i]))) remedy = i;
      if (target >= 0 && remedy >= 0 && !CITED.test(s.text)) out.push({ kind: 'comparison', start: toks[remedy].start, end: toks[target].end });
      continue;
    }
    // "stop the metformin, the cinnamon works better": a remedy ranked above a medicine the
    // sentence names, the "than" left unsaid.
    if (/^(?:better|faster|stronger)$/.test(w) && /^(?:works?|worked|far|way|much|heaps|miles)$/.test(word(toks[v - 1])) && word(toks[v + 1]) !== 'than') {
      const medicine = toks.some((t, i) => i !== v && (MEDICINE_WORD.test(word(t)) || STANDARD.has(word(t)) || remedyAt(s, i) === 'drug'));
      const subject = subjectOf(s, /^(?:works?|worked)$/.test(word(toks[v - 1])) ? v - 1 : v - 2);
      if (medicine && subject === 'remedy' && !CITED.test(s.text) && !DENIERS.test(word(toks[v - 2]))) out.push({ kind: 'comparison', start: toks[v - 1].start, end: toks[v].end });
      continue;
    }
    // "eat more garlic instead, does the same job", "the mushroom protocol works just as well":
    // a remedy made the equal of a medicine named here or just before.
    const equal = equivalenceAt(toks, v);
    if (equal > 0) {
      const subject = subjectOf(s, v);
      const remedy = subject === 'remedy' || ((subject === 'pronoun' || !subject) && remedyNear);
      if (remedy && medicineNear && !vaccineSubject(s, v) && !CITED.test(s.text) && !DENIERS.test(word(toks[v - 1]))) out.push({ kind: 'comparison', start: toks[v].start, end: toks[v + equal].end });
      if (remedy) continue;
    }
    // "the IV vitamin C protocol is an effective treatment for cancer", "magnesium is all you need
    // for migraines": a remedy named a treatment for an illness, with a copula.
    const named = treatmentFor(s, v);
    if (named) {
      const subject = subjectOf(s, named.subjectBefore);
      if ((subject === 'remedy' || (subject === 'pronoun' && remedyNear)) && !vaccineSubject(s, named.subjectBefore) && !CITED.test(s.text)) {
        out.push({ kind: 'efficacy', start: toks[named.copula].start, end: endOf(s, named.illness) });
      }
      continue;
    }
    // "Zentrova is the only migraine med worth taking", "magnesium is the real answer for
    // migraines": a remedy or a medicine named the one treatment for an illness.
    const only = exclusiveAt(s, v);
    if (only >= 0) {
      const subject = subjectOf(s, v - 2);
      const named = subject === 'remedy' || subject === 'drug' || (subject === 'pronoun' && remedyNear);
      if (named && !vaccineSubject(s, v - 2) && !CITED.test(s.text) && !DENIERS.test(word(toks[v - 3]))) out.push({ kind: 'comparison', start: toks[v - 1].start, end: toks[only].end });
      continue;
    }
    // "fluoride is a neurotoxin": proven care called a poison.
    if (/^(?:neurotoxins?|poisons?|poisonous|toxins?|toxic)$/.test(w)) {
      let vaccine = -1;
      for (let i = v - 1; i >= Math.max(0, v - 4) && vaccine < 0; i--) if (VACCINE.has(word(toks[i]))) vaccine = i;
      if (vaccine >= 0 && !toks.slice(vaccine, v).some((t) => DENIERS.test(word(t)))) out.push({ kind: 'antiVaccine', start: toks[vaccine].start, end: toks[v].end });
      continue;
    }
    // "capsules = no depression", "turmeric shots every morning = zero joint pain": a remedy set
    // equal to the absence of an illness is a claim that it prevents or cures it.
    if ((toks[v].text === '=' || /=\s*$/.test(toks[v].post)) && /^(?:no|zero|never|goodbye|bye)$/.test(word(toks[v + 1]) || word(toks[v]))) {
      const head = toks[v].text === '=' ? v : v + 1;
      let remedy = -1;
      for (let i = toks[v].text === '=' ? v - 1 : v; i >= Math.max(0, v - 6) && remedy < 0; i--) if (remedyAt(s, i) === 'remedy') remedy = i;
      const obj = objectOf(s, head, 5);
      if (remedy >= 0 && obj >= 0) out.push({ kind: 'efficacy', start: toks[remedy].start, end: endOf(s, obj) });
      continue;
    }
    // "Medivance pump = diabetes basically cured", "the drip = migraines gone": a remedy set
    // equal to an illness undone.
    if (toks[v].text === '=' || /=\s*$/.test(toks[v].post)) {
      const head = toks[v].text === '=' ? v : v + 1;
      let remedy = -1;
      for (let i = toks[v].text === '=' ? v - 1 : v; i >= Math.max(0, v - 6) && remedy < 0; i--) if (remedyAt(s, i) === 'remedy') remedy = i;
      const obj = objectOf(s, head - 1, 4);
      let undone = -1;
      for (let i = obj + 1; obj >= 0 && i < Math.min(toks.length, obj + 4) && undone < 0; i++) if (/^(?:cured|gone|reversed|healed|fixed|history|solved|over)$/.test(word(toks[i]))) undone = i;
      if (remedy >= 0 && undone >= 0) out.push({ kind: 'efficacy', start: toks[remedy].start, end: toks[undone].end });
      continue;
    }
    // "the flu shot gives you the flu", "vaccines cause autism", "vaccines are behind the autism spike".
    // "the HPV vaccine is why girls have acne", "the shot is the reason he got sick": blame in other words.
    const blame = (w === 'why' && /^(?:is|was|are|were|'s)$/.test(word(toks[v - 1]))) || (w === 'reason' && word(toks[v - 1]) === 'the');
    if (blame || /^(?:cause|causes|caused|causing|gives?|gave|giving|behind)$/.test(w)) {
      let vaccine = false;
      for (let i = v - 1; i >= Math.max(0, v - 6); i--) {
        if (VACCINE.has(word(toks[i]))) vaccine = true;
        if (endsClause(toks[i]) && i < v - 1) break;
      }
      // "it literally gives you the flu", the shot named just before.
      if (!vaccine && vaccineNear) vaccine = toks.slice(Math.max(0, v - 3), v).some((t) => /^(?:it|they|that|those|these)$/.test(word(t)));
      if (!vaccine || DENIERS.test(word(toks[v - 1]))) continue;
      // ("why so many girls ...": that "so" opens no clause.)
      const obj = objectOf(s, blame && word(toks[v + 1]) === 'so' ? v + 1 : v, blame ? 9 : 6, true);
      if (obj < 0) continue;
      // Blame names an illness someone got ("why girls have acne"), not one that fell ("why measles dropped").
      if (blame && !toks.slice(v + 1, obj).some((t) => /^(?:have|has|had|having|get|gets|got|gotten|getting|develop\w*|went|caught|came)$/.test(word(t)))) continue;
      out.push({ kind: 'antiVaccine', start: toks[v].start, end: endOf(s, obj) });
    }
  }
  return out;
}

/** The verb at `v` opens its sentence in the third person ("Reverses ...", "Heals ..."): its subject is left unsaid. */
function droppedSubject(s: DocSentence, v: number): boolean {
  const first = s.tokens.findIndex((t) => /\p{L}/u.test(t.text));
  return first === v && /s$/i.test(s.tokens[v].text) && /^\p{Lu}/u.test(s.tokens[v].text);
}

// A result said to come without the standard care ("without a statin", "no surgery needed",
// "instead of chemo"): the remedy is offered as a replacement for treatment, a claim whoever says it.
const REPLACES_CARE = gated(new RegExp(String.raw`\b(?:without|instead of|no need for|skip(?:ping)? the) (?:a |an |the |any |your |ur |more )?(?:\S+ )?${MEDICINE}|\bno (?:\S+ )?(?:surgery|surgeries|meds|pills|shots|needles|injections|dentist|prescriptions?|insulin|chemo|antibiotics|steroids)(?:,? (?:ever|needed|required|necessary))`, 'iu'));

/**
 * Words at `v` that measure one thing against another, and how many tokens on the measure's
 * object starts: "better than", "more for the flu than", "just as well as", "beats any",
 * "miles ahead of", "head and shoulders above".
 */
function comparativeAt(toks: readonly DocToken[], v: number): number {
  const w = word(toks[v]);
  if (/^(?:better|faster|stronger|safer|quicker)$/.test(w) && word(toks[v + 1]) === 'than') return 2;
  // "does more for the flu than Tamiflu", "helps more than any pill": "than" a few words on, in the clause.
  if (w === 'more' && /^(?:does|do|did|helps?|helped|works?|worked|for)$/.test(word(toks[v - 1]) || word(toks[v + 1]))) {
    for (let i = v + 1; i < Math.min(toks.length, v + 6); i++) {
      if (word(toks[i]) === 'than') return i - v + 1;
      if (endsClause(toks[i])) break;
    }
    return 0;
  }
  if (w === 'well' && word(toks[v - 1]) === 'as' && word(toks[v + 1]) === 'as') return 2;
  if (/^(?:beats?|crush(?:es)?|outperforms?|trumps?)$/.test(w) && /^(?:any|every|all|anything|everything)$/.test(word(toks[v + 1]))) return 1;
  if ((w === 'ahead' && word(toks[v + 1]) === 'of' && /^(?:miles|years|leagues|way|light)$/.test(word(toks[v - 1]))) || (w === 'above' && word(toks[v - 1]) === 'shoulders')) return 2;
  return 0;
}

// What a treatment is called when it is named the only one: "the only X worth taking", "the real answer for migraines".
const TREATMENT_HEAD = /^(?:answer|fix|solution|thing|option|treatment|med|meds|medication|medicine|drug|remedy|cure|choice|supplement|pill|product|brand)s?$/;

/**
 * "is the only (migraine) med worth taking", "'s the real answer for migraines", at `v` ("only"
 * or "real" after "the" after a copula): the index of what ends the claim, or -1.
 */
function exclusiveAt(s: DocSentence, v: number): number {
  const toks = s.tokens;
  if (!/^(?:only|real)$/.test(word(toks[v])) || word(toks[v - 1]) !== 'the') return -1;
  const copula = word(toks[v - 2]);
  if (!/^(?:is|are|was|'s)$/.test(copula) && !/'s$/.test(toks[v - 2]?.text ?? '')) return -1;
  for (let h = v + 1; h < Math.min(toks.length, v + 4); h++) {
    if (!TREATMENT_HEAD.test(word(toks[h]))) {
      if (endsClause(toks[h])) return -1;
      continue;
    }
    const next = word(toks[h + 1]);
    // "worth taking", "that works", or an illness it is for ("for migraines").
    if (next === 'worth' && /^(?:taking|trying|using|buying|it)$/.test(word(toks[h + 2]))) return h + 2;
    if (next === 'that' && /^(?:works?|helps?|actually|really)$/.test(word(toks[h + 2]))) return h + 2;
    if (next === 'for') for (let i = h + 2; i < Math.min(toks.length, h + 5); i++) if (ailmentAt(s, i)) return i;
    return -1;
  }
  return -1;
}

/**
 * Words at `v` that make one thing the equal of another with the other left to the context:
 * "does the same job", "works just as well", "same effect", "just as effective". How many
 * tokens the words run past `v`, or 0.
 */
function equivalenceAt(toks: readonly DocToken[], v: number): number {
  const w = word(toks[v]);
  const next = word(toks[v + 1]);
  if (/^(?:does|do|did|doing)$/.test(w) && next === 'the' && word(toks[v + 2]) === 'same' && /^(?:job|thing|work|trick)$/.test(word(toks[v + 3]))) return 3;
  if (/^(?:works?|worked)$/.test(w)) {
    const j = next === 'just' ? v + 2 : v + 1;
    // ("works just as well as X" is a comparison with its object said, read elsewhere.)
    if (word(toks[j]) === 'as' && word(toks[j + 1]) === 'well' && word(toks[j + 2]) !== 'as') return j + 1 - v;
  }
  if (w === 'same' && /^(?:effect|results?|benefits?)$/.test(next) && word(toks[v - 1]) !== 'the') return 1;
  if (w === 'just' && next === 'as' && /^(?:good|effective|strong|powerful)$/.test(word(toks[v + 2])) && word(toks[v + 3]) !== 'as') return 2;
  return 0;
}

// What a remedy is called when it is named a treatment ("an effective treatment for", "the answer to", "the key to beating").
const TREATMENT_NOUN = /^(?:treatments?|remed(?:y|ies)|fix|fixes|solutions?|answers?|antidotes?|medicine|therap(?:y|ies)|key|weapons?)$/;
// Words that qualify such a naming into a possibility or one choice among others ("can be", "one option", "a possible treatment").
const QUALIFIED = /^(?:not|no|never|possible|potential|complementary|adjunct|one|some|may|might|can|could|would|be|been|option|options|isn't|aren't|wasn't)$/;

/**
 * "is an effective treatment for cancer", "'s the answer to eczema", "is all you need for
 * migraines", at the head noun `v`: the copula, where its subject ends, and the illness; or undefined.
 */
function treatmentFor(s: DocSentence, v: number): { copula: number; subjectBefore: number; illness: number } | undefined {
  const toks = s.tokens;
  const w = word(toks[v]);
  const allYouNeed = w === 'need' && /^(?:you|u|ya|ye)$/.test(word(toks[v - 1])) && word(toks[v - 2]) === 'all';
  // "the best thing for coughs": a thing ranked first is named the treatment.
  const bestThing = /^(?:thing|stuff)$/.test(w) && /^(?:best|only|greatest)$/.test(word(toks[v - 1]));
  let illness = -1;
  if (bareCure(s, v)) illness = v;
  else if (!(TREATMENT_NOUN.test(w) || allYouNeed || bestThing) || !/^(?:for|to|against)$/.test(word(toks[v + 1])) || endsClause(toks[v])) return undefined;
  for (let i = v + 2; i < Math.min(toks.length, v + 6) && illness < 0; i++) {
    if (ailmentAt(s, i)) illness = i;
    else if (endsClause(toks[i])) break;
  }
  if (illness < 0) return undefined;
  for (let i = v - 1; i >= Math.max(0, v - 6); i--) {
    const x = word(toks[i]);
    if (QUALIFIED.test(x)) return undefined;
    if (/^(?:is|are|was|were)$/.test(x)) return DENIERS.test(word(toks[i - 1])) ? undefined : { copula: i, subjectBefore: i, illness };
    // "Turmeric's the best fix for": the copula rides on its subject.
    if (/['’]s$/.test(toks[i].text) && i < v - 1) return { copula: i, subjectBefore: i + 1, illness };
    if (endsClause(toks[i])) return undefined;
  }
  return undefined;
}

/**
 * "it's the cure.", "this is THE answer": a remedy named the cure with the illness left to the
 * clause before; "answer" only where the sentence names the illness ("if you get migraines, this
 * is the answer"), since an answer can be to anything.
 */
function bareCure(s: DocSentence, v: number): boolean {
  const toks = s.tokens;
  const w = word(toks[v]);
  if (!/^(?:cure|answer)$/.test(w) || !(endsClause(toks[v]) || v === toks.length - 1 || toks[v + 1].tags.has('Emoji'))) return false;
  let d = v - 1;
  if (/^(?:real|only|actual|ultimate|true)$/.test(word(toks[d]))) d--;
  if (!/^(?:a|the)$/.test(word(toks[d]))) return false;
  return w === 'cure' || toks.some((_, i) => i < d && ailmentAt(s, i));
}

/** "keeps the flu away", "kept my whole house from getting covid": prevention in other words. */
function keepsAway(s: DocSentence, v: number): boolean {
  if (!/^(?:keeps?|kept|keeping)$/.test(word(s.tokens[v]))) return false;
  for (let i = v + 1; i < Math.min(s.tokens.length, v + 7); i++) {
    const x = word(s.tokens[i]);
    if (x === 'away' || (x === 'from' && /^(?:getting|catching|coming|developing|having|going)$/.test(word(s.tokens[i + 1])))) return true;
    if (endsClause(s.tokens[i])) return false;
  }
  return false;
}

/** "works on covid", "works against the flu", "works wonders for anxiety": efficacy said with the plainest verb. */
function worksOn(s: DocSentence, v: number): boolean {
  if (!/^(?:works?|worked)$/.test(word(s.tokens[v]))) return false;
  const next = word(s.tokens[v + 1]);
  return next === 'on' || next === 'for' || next === 'against' || /^(?:great|wonders|miracles|magic)$/.test(next);
}

// Words before "to" that assert the verb after it rather than defer it ("proven to cure", "guaranteed to clear").
const ASSERTS_INFINITIVE = /^(?:proven|guaranteed|known|designed|formulated|certain|sure)$/;
// Verbs that name who is shielded before what from ("protects kids from RSV").
const SHIELDS = /^(?:protect\w*|shield\w*|guard\w*)$/;

/**
 * Verbs of riddance and remission said in more than one word, at their content word: "gets rid
 * of", "takes care of", "wards off", "stave off", "puts diabetes into remission", "slows down aging".
 */
function phrasalStrength(s: DocSentence, v: number): 'effect' | undefined {
  const toks = s.tokens;
  const w = word(toks[v]);
  const prev = word(toks[v - 1]);
  const next = word(toks[v + 1]);
  if (w === 'rid' && /^(?:get|gets|got|getting|gotten)$/.test(prev) && next === 'of') return 'effect';
  if (w === 'care' && /^(?:take|takes|took|taking|taken)$/.test(prev) && next === 'of') return 'effect';
  if (/^(?:wards?|warded|warding|fends?|fended|fending|staves?|staved|staving)$/.test(w) && next === 'off') return 'effect';
  if (/^(?:slows?|slowed|slowing|halts?|halted|halting)$/.test(w) && (next === 'down' || next === 'the' || ailmentAt(s, v + 1))) return 'effect';
  // "puts type 2 diabetes into remission", "sent my lupus into remission": a cure in other words.
  if (/^(?:puts?|putting|sends?|sent|sending|drives?|drove)$/.test(w)) {
    for (let i = v + 1; i < Math.min(toks.length, v + 8); i++) {
      if (word(toks[i]) === 'remission' && /^(?:into|in)$/.test(word(toks[i - 1]))) return 'effect';
      if (endsClause(toks[i])) break;
    }
  }
  return undefined;
}

const worksWonders = (s: DocSentence, v: number) => /^(?:works?|worked)$/.test(word(s.tokens[v])) && /^(?:wonders|miracles|magic)$/.test(word(s.tokens[v + 1]));

// Safety declared outright, and the words that qualify it into education ("generally safe", "safe for most adults when ...").
const SAFE = /^(?:safe|harmless|non-toxic|nontoxic|risk-free)$/;
const SAFETY_HEDGE = gated(/\b(?:generally|usually|mostly|typically|likely|considered|most (?:people|adults|kids)|when used|as directed|short[- ]term|in small amounts|at (?:low|normal) doses|ask|check with|talk to|safe enough|not safe|isn't safe|is it safe|per the|according to|studies|evidence|research|label)\b/i);

// A comparison the writer cites or qualifies ("per the trial", "for most back injuries") reports evidence.
const CITED = gated(/\b(?:per the|according to|trials?|studies|study|evidence|research|for (?:most|many|some))\b/i);
const MEDICINE_WORD = gated(new RegExp(`^${MEDICINE}$`, 'iu'));

// Health mentions of standard care that are not medicines: procedures, tests and visits.
const CARE_KINDS = new Set(['procedure', 'care-event']);

/** Token i names a clinician or a procedure of standard care ("any orthopedic surgeon", "the sleep study"). */
function careAt(s: DocSentence, i: number): boolean {
  const classes = wordClasses(word(s.tokens[i]));
  return classes.includes('clinician') || classes.includes('procedure') || inMention(s, s.tokens[i], CARE_KINDS);
}

/** Whether a vaccine is named in the verb's clause before it. */
function vaccineSubject(s: DocSentence, v: number): boolean {
  for (let i = v - 1; i >= Math.max(0, v - 6); i--) {
    if (VACCINE.has(word(s.tokens[i]))) return true;
    if (endsClause(s.tokens[i]) && i < v - 1) break;
  }
  return false;
}

/** Whether a sentence names a vaccine or proven care. */
export function namesVaccine(s: DocSentence): boolean {
  return s.tokens.some((t) => VACCINE.has(word(t)));
}

/** Whether any sentence names a remedy (so "it" in a claim can stand for it). */
export function namesRemedy(s: DocSentence): boolean {
  for (let i = 0; i < s.tokens.length; i++) if (remedyAt(s, i) === 'remedy') return true;
  return false;
}
