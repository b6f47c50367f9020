// The stop-treatment frame: an imperative to stop, skip or change a medicine ("honestly just
// stop the lisinopril", "get off the atorvastatin", "skip the booster"), read over tokens: a verb
// of stopping or changing at the head of its clause, with only softeners before it, and a
// medicine after it. Said to a particular reader it is individual advice; a vaccine skipped on
// everyone's behalf is advice against it whoever reads it.
import type { DocSentence, DocToken } from '../../doc';
import { wordClasses } from '../../lexicons/wordnet';
import { MEDICINE } from '../../lexicons/policy/health-claims';
import { VACCINE_WORDS } from '../../lexicons/policy/remedies';
import { gated } from '../../text/regex-gate';
import { endsClause, type Spans } from './efficacy';

const MEDICINE_WORD = gated(new RegExp(`^${MEDICINE}$`, 'iu'));
const VACCINE = new Set(VACCINE_WORDS);
const TREATMENT_NOUNS = new Set(['pill', 'pills', 'meds', 'med', 'premed', 'cream', 'inhaler', 'pump', 'injections', 'drops', 'patch', 'script', 'antibiotic', 'antibiotics', 'dose', 'doses', 'dosage']);
// Two-word verbs of stopping first ("get off", "come off"), then one-word ones.
const STOP_PAIRS = gated(/^(?:get|come|go|stay|wean) off$|^(?:don't|dont) take$|^(?:stop|quit) taking$|^(?:throw|toss|taper) (?:out|off)$|^double up$|^cut out$/);
const STOP_VERBS = gated(/^(?:stop|quit|skip|ditch|drop|toss|dump|double|triple|halve|taper|switch|swap|trade|lower|throw|trash|spread|space|delay|postpone|cancel|refuse|decline|cut|split|bump|raise|increase|decrease)$/);
// Verbs that forgo care, which a procedure or a test can be the object of as well as a medicine
// ("skip the colonoscopy", "cancel the surgery", "drop your CPAP pressure"); changing a dose is said of medicines only.
const FORGO_VERBS = /^(?:stop|quit|skip|ditch|drop|delay|postpone|cancel|refuse|decline|lower)$/;
const DETERMINER = /^(?:the|that|this|those|these|your|ur|his|her|their|my|our|any|a|an)$/;
// Procedures that are visits on a calendar, not care a reader is talked out of ("cancel your appointment if you're sick").
const VISITS = /^(?:appointments?|appts?|visits?|check-?ups?|consults?|consultations?|follow-?ups?)$/;
// A verb that takes someone else off a treatment ("get him off that keppra", "pull your son off
// the Adderall", "wean Jake off"): the reader told to change another person's care.
const TAKES_OFF = /^(?:get|take|pull|wean|come|bring)$/;
// What may stand before an imperative in its clause: softeners, interjections, a vocative,
// and the modal frame said to the reader ("you need to", "you should").
const SOFTENERS = /^(?:just|honestly|seriously|so|and|then|please|definitely|totally|literally|ok|okay|girl|bro|sis|babe|hun|amiga|mama|now|also|really|simply|omg|yes|yeah|no|nah|mija|mijo|you|need|to|should|gotta|must|better|can|could|go|ahead|i'd|id|i|would|have|him|her|them|get|let|make|baby|honey|hon|yall|y'all|next|time|tonight|tomorrow|today)$/;

const w = (t: DocToken | undefined) => (t ? t.normal.replace(/[^\p{L}\p{N}'-]/gu, '') : '');

// The reader told what to do with a modal ("with that pattern you should just double ..."):
// advice to whoever reads it, whatever the clause opened with.
const READER = /^(?:you|u|ya)$/;
const MODAL = /^(?:should|can|could|need|gotta|must|have|better)$/;

function toldToReader(s: DocSentence, v: number): boolean {
  let modal = false;
  for (let i = v - 1; i >= Math.max(0, v - 5); i--) {
    const x = w(s.tokens[i]).toLowerCase();
    if (READER.test(x)) return modal;
    if (MODAL.test(x)) modal = true;
    else if (!/^(?:just|totally|definitely|honestly|really|to|absolutely|safely|prob|probably|def)$/.test(x)) return false;
  }
  return false;
}

// A condition that puts the reader on a medicine: "if you're on a statin", "if ur on Zentrova".
const READER_ON = /\bif (?:you're|youre|you are|ur|u r|u're|you've been|you been) (?:already )?(?:on|taking)\b/i;

function atClauseHead(s: DocSentence, v: number): boolean {
  if (toldToReader(s, v)) return true;
  // "have him skip", "let her stop": a causative puts the imperative on someone wherever it stands.
  if (v >= 2 && /^(?:have|let|make|get)$/.test(w(s.tokens[v - 2])) && /^(?:him|her|them)$/.test(w(s.tokens[v - 1]))) return true;
  // Words between the verb and what opens its clause that are not softeners: none for a plain
  // imperative; a condition's own subject and verb when "if" opens it.
  let content = 0;
  for (let i = v - 1; i >= 0; i--) {
    const t = s.tokens[i];
    // "if your knee swells just stop the lisinopril": the imperative answers a condition
    // ("if you stop ..." has nothing between, and is no imperative).
    if (/^(?:if|when|whenever)$/.test(w(t))) return content > 0;
    if (content > 0) {
      if (content++ > 14 || /[,;:.!?—–)]/.test(t.post)) return false;
      continue;
    }
    // "... every morning and you can throw that metformin out", "eat liver and stop the iron
    // pills": a conjunction opens a clause.
    if (/^(?:and|but|so|then)$/.test(w(t))) return true;
    // An emoji or a symbol between words ends what came before ("babe 💕 stop the sertraline").
    if (t.tags.has('Emoji') || !/[\p{L}\p{N}@]/u.test(t.text)) return true;
    // "told my neighbor to double ...", "told a guy in the comments to quit ...": advice
    // reported as given to someone, unless a clinician gave it ("his cardiologist told him to
    // stop"), or the infinitive is someone's instruction reported ("her doctor says to halve").
    if (w(t) === 'to') {
      const before = s.tokens.slice(Math.max(0, i - 9), i);
      const clinician = before.some((x) => wordClasses(w(x)).includes('clinician'));
      if (clinician) return false;
      if (before.some((x) => /^(?:told|tell|tells|telling|asked|advised|convinced)$/.test(w(x)))) return true;
      if (/^(?:says?|said|wants?|wanted|recommends?|recommended)$/.test(w(s.tokens[i - 1]))) return false;
    }
    if (/[,;:.!?—–)]/.test(t.post) || /^(?:@|u\/)/.test(t.text)) return true;
    if (SOFTENERS.test(w(t))) continue;
    // A name said to the reader ("Kelly, ...") ends at its comma, handled above.
    content = 1;
  }
  return content === 0;
}

function isMedicine(s: DocSentence, t: DocToken, products: Spans = []): 'medicine' | 'vaccine' | 'care' | undefined {
  const x = w(t);
  // The pack's products are medicines whatever they are called ("double your Zentrova").
  if (products.some((p) => p.start <= t.start && t.end <= p.end)) return 'medicine';
  if (VACCINE.has(x)) return 'vaccine';
  if (TREATMENT_NOUNS.has(x) || MEDICINE_WORD.test(x) || wordClasses(x).includes('drug')) return 'medicine';
  // A medicine named in two words ("beta blocker", "water pill"): the pair with the word before.
  const i = s.tokens.indexOf(t);
  if (i > 0 && wordClasses(`${w(s.tokens[i - 1]).toLowerCase()} ${x.toLowerCase()}`).includes('drug')) return 'medicine';
  if (s.mentions.some((m) => m.layer === 'health' && m.kind === 'medication' && m.start <= t.start && t.end <= m.end)) return 'medicine';
  if (!VISITS.test(x) && (wordClasses(x).includes('procedure') || s.mentions.some((m) => m.layer === 'health' && m.kind === 'procedure' && m.start <= t.start && t.end <= m.end))) return 'care';
  return undefined;
}

// Someone the reader can take off a treatment: a pronoun, a relative or patient ("your husband",
// "my son"), or a name.
const isSomeone = (t: DocToken) => /^(?:him|her|them|yourself|urself|your|ur|his|my|the|that|this|our)$/i.test(w(t)) || t.tags.has('Person') || wordClasses(w(t).toLowerCase()).some((c) => c === 'relative' || c === 'patient') || /^\p{Lu}\p{Ll}+$/u.test(w(t));

/** Where the care named at token i ends: past the health mention it opens ("blood thinner", "vitamin K shot"). */
function careEnd(s: DocSentence, i: number): number {
  const t = s.tokens[i];
  let end = t.end;
  for (const m of s.mentions) if (m.layer === 'health' && m.start <= t.start && t.end <= m.end) end = Math.max(end, m.end);
  return end;
}

/** "get him off", "pull your son off", "wean Jake off" at `v`: how many tokens through "off", or 0. */
function takenOff(s: DocSentence, v: number): number {
  if (!TAKES_OFF.test(w(s.tokens[v]))) return 0;
  for (let j = v + 1; j < Math.min(s.tokens.length, v + 4); j++) {
    if (w(s.tokens[j]) === 'off') return j > v + 1 ? j - v + 1 : 0;
    if (!isSomeone(s.tokens[j]) || endsClause(s.tokens[j])) return 0;
  }
  return 0;
}

// The reader told not to let care be given ("don't let them put you on a statin", "never let the
// hospital give your baby that shot"): advice against the treatment. Not "let fear keep you
// from the shot", which urges the care.
const LET_NOT = /^(?:don't|dont|never)$/;
const GIVES = /^(?:give|put|start|stick|inject)$/;

/** "don't let <someone> <give|put|start> ... <care>" at `v` ("let"): the index of the care, or -1. */
function letNotGiven(s: DocSentence, v: number, products: Spans): number {
  const toks = s.tokens;
  const negated = LET_NOT.test(w(toks[v - 1]).toLowerCase()) || (w(toks[v - 1]) === 'not' && w(toks[v - 2]).toLowerCase() === 'do');
  if (w(toks[v]).toLowerCase() !== 'let' || !negated) return -1;
  let gives = -1;
  for (let j = v + 1; j < Math.min(toks.length, v + 5) && gives < 0; j++) {
    if (GIVES.test(w(toks[j]))) gives = j;
    else if (endsClause(toks[j])) return -1;
  }
  if (gives < 0) return -1;
  for (let i = gives + 1; i < Math.min(toks.length, gives + 7); i++) {
    if (isMedicine(s, toks[i], products)) return i;
    if (endsClause(toks[i])) return -1;
  }
  return -1;
}

export interface StopAdvice {
  start: number;
  end: number;
  vaccine: boolean;
  /** Said of one particular person's treatment ("his buspirone", "get him off"). */
  particular: boolean;
}

/** Whether a sentence names a medicine, which a later "it" may stand for ("just double it"). */
export function namesMedicine(s: DocSentence): boolean {
  return s.tokens.some((t) => isMedicine(s, t) === 'medicine');
}

/**
 * Imperatives to stop or change a medicine in one sentence; with `medicineNear` (one named in
 * this sentence or the last), "it" and "them" stand for it ("just cut it in half").
 */
export function stopAdvice(s: DocSentence, medicineNear = false, products: Spans = []): StopAdvice[] {
  const out: StopAdvice[] = [];
  const toks = s.tokens;
  for (let v = 0; v < toks.length; v++) {
    const refused = letNotGiven(s, v, products);
    if (refused >= 0) {
      const kind = isMedicine(s, toks[refused], products);
      out.push({ start: toks[w(toks[v - 1]) === 'not' ? v - 2 : v - 1].start, end: careEnd(s, refused), vaccine: kind === 'vaccine', particular: true });
      continue;
    }
    const pair = `${w(toks[v])} ${w(toks[v + 1])}`;
    const off = takenOff(s, v);
    const caused = off > 0;
    const len = caused ? off : STOP_PAIRS.test(pair) ? 2 : STOP_VERBS.test(w(toks[v])) ? 1 : 0;
    if (!len || !atClauseHead(s, v)) continue;
    // "double check your pills" is care, not a dose.
    if (len === 1 && /^(?:double|triple)$/.test(w(toks[v])) && /^check/.test(w(toks[v + 1]))) continue;
    for (let i = v + len; i < Math.min(toks.length, v + len + 5); i++) {
      const pronoun = medicineNear && i === v + len && /^(?:it|them)$/.test(w(toks[i])) && !/^(?:up|out|off)$/.test(w(toks[i + 1]));
      const found = pronoun ? 'medicine' : isMedicine(s, toks[i], products);
      // A procedure is forgone as the verb's own object, determined ("skip the biopsy", "cancel
      // his surgery"), not dosed ("double the MRI"), reached through a preposition ("lower your
      // risk of surgery") nor a practice ("stop stretching cold").
      const direct = DETERMINER.test(w(toks[v + 1]).toLowerCase()) && !toks.slice(v + 1, i).some((t) => t.tags.has('Preposition'));
      const kind = found === 'care' && (caused || len > 1 || !FORGO_VERBS.test(w(toks[v])) || !direct) ? undefined : found;
      if (kind) {
        // "his buspirone", "get him off": one particular person's treatment; "your levothyroxine", the reader's.
        // "if you're on Zentrova and still get migraines, just double the dose": said to every
        // reader on the medicine, which makes it theirs.
        const onIt = /^(?:stop|quit|ditch|drop|double|triple|halve|cut)$/.test(w(toks[v])) && READER_ON.test(s.text.slice(0, toks[v].start - s.start));
        const particular = caused || onIt || toks.slice(Math.max(0, v - 3), i).some((t) => /^(?:his|him|her|their|them|your|ur|yr)$/.test(w(t)));
        out.push({ start: toks[v].start, end: careEnd(s, i), vaccine: kind === 'vaccine', particular });
        break;
      }
      if (/[,;:.!?]/.test(toks[i].post)) break;
    }
  }
  return out;
}
