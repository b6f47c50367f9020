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
import type { Spans } from './efficacy';

const MEDICINE_WORD = gated(new RegExp(`^${MEDICINE}$`, 'iu'));
const VACCINE = new Set(VACCINE_WORDS);
const TREATMENT_NOUNS = new Set(['pill', 'pills', 'meds', 'med', 'premed', 'cream', 'inhaler', 'pump', 'injections', 'drops', 'patch', 'script', 'antibiotic', 'antibiotics', 'dose', 'doses', 'dosage']);
// Two-word verbs of stopping first ("get off", "come off"), then one-word ones.
const STOP_PAIRS = gated(/^(?:get|come|go|stay|wean) off$|^(?:don't|dont) take$|^(?:stop|quit) taking$|^(?:throw|toss|taper) (?:out|off)$|^double up$|^cut out$/);
const STOP_VERBS = gated(/^(?:stop|quit|skip|ditch|drop|toss|dump|double|triple|halve|taper|switch|lower|throw|trash|spread|space|delay|cut|split|bump|raise|increase|decrease)$/);
// A verb that puts someone else on or off a treatment ("get him off that keppra", "have her skip").
const CAUSED = /^(?:him|her|them|yourself|urself)$/;
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

function isMedicine(s: DocSentence, t: DocToken, products: Spans = []): 'medicine' | 'vaccine' | undefined {
  const x = w(t);
  // The pack's products are medicines whatever they are called ("double your Zentrova").
  if (products.some((p) => p.start <= t.start && t.end <= p.end)) return 'medicine';
  if (VACCINE.has(x)) return 'vaccine';
  if (TREATMENT_NOUNS.has(x) || MEDICINE_WORD.test(x) || wordClasses(x).includes('drug')) return 'medicine';
  // A medicine named in two words ("beta blocker", "water pill"): the pair with the word before.
  const i = s.tokens.indexOf(t);
  if (i > 0 && wordClasses(`${w(s.tokens[i - 1]).toLowerCase()} ${x.toLowerCase()}`).includes('drug')) return 'medicine';
  if (s.mentions.some((m) => m.layer === 'health' && m.kind === 'medication' && m.start <= t.start && t.end <= m.end)) return 'medicine';
  return undefined;
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
    const pair = `${w(toks[v])} ${w(toks[v + 1])}`;
    const caused = /^(?:get|take|come)$/.test(w(toks[v])) && CAUSED.test(w(toks[v + 1])) && w(toks[v + 2]) === 'off';
    const len = caused ? 3 : STOP_PAIRS.test(pair) ? 2 : STOP_VERBS.test(w(toks[v])) ? 1 : 0;
    if (!len || !atClauseHead(s, v)) continue;
    // "double check your pills" is care, not a dose.
    if (len === 1 && /^(?:double|triple)$/.test(w(toks[v])) && /^check/.test(w(toks[v + 1]))) continue;
    for (let i = v + len; i < Math.min(toks.length, v + len + 5); i++) {
      const pronoun = medicineNear && i === v + len && /^(?:it|them)$/.test(w(toks[i])) && !/^(?:up|out|off)$/.test(w(toks[i + 1]));
      const kind = pronoun ? 'medicine' : isMedicine(s, toks[i], products);
      if (kind) {
        // "his buspirone", "get him off": one particular person's treatment; "your levothyroxine", the reader's.
        // "if you're on Zentrova and still get migraines, just double the dose": said to every
        // reader on the medicine, which makes it theirs.
        const onIt = /^(?:stop|quit|ditch|drop|double|triple|halve|cut)$/.test(w(toks[v])) && READER_ON.test(s.text.slice(0, toks[v].start - s.start));
        const particular = caused || onIt || toks.slice(Math.max(0, v - 3), i).some((t) => /^(?:his|him|her|their|them|your|ur|yr)$/.test(w(t)));
        out.push({ start: toks[v].start, end: toks[i].end, vaccine: kind === 'vaccine', particular });
        break;
      }
      if (/[,;:.!?]/.test(toks[i].post)) break;
    }
  }
  return out;
}
