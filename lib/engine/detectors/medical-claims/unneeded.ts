// Individual advice about someone's treatment, read over tokens: care declared unneeded ("you
// don't need the statin", "your mom does not need that colonoscopy") and a change of treatment
// put to a particular reader or person ("you can absolutely skip your pill", "your dad should
// come off the Eliquis"). A care word follows within a few words: a medicine, a procedure, a
// clinician (WordNet classes and the medical recognizer), or a vaccine.
import type { DocSentence, DocToken } from '../../doc';
import { wordClasses } from '../../lexicons/wordnet';
import { MEDICINE } from '../../lexicons/policy/health-claims';
import { VACCINE_WORDS } from '../../lexicons/policy/remedies';
import type { Spans } from './efficacy';

const MEDICINE_WORD = new RegExp(`^${MEDICINE}$`, 'iu');
const VACCINE = new Set(VACCINE_WORDS);
const CARE_NOUNS = new Set(['surgery', 'chemo', 'radiation', 'dialysis', 'colonoscopy', 'mammogram', 'biopsy', 'scan', 'mri', 'ct', 'meds', 'med', 'pill', 'pills', 'inhaler', 'insulin', 'statin', 'specialist', 'pulmonologist', 'cardiologist', 'oncologist', 'psychiatrist', 'therapy', 'injections', 'shot', 'shots', 'booster', 'antibiotics', 'steroids', 'oxygen', 'cpap']);
// Logistics, not care: "you don't need an appointment for a flu shot".
const LOGISTICS = new Set(['appointment', 'appointments', 'appt', 'referral', 'referrals', 'prescription', 'insurance', 'id', 'cash', 'permission', 'reservation', 'ride', 'form', 'forms', 'copay', 'fast', 'parking']);
// Who the advice is for: the reader, or a particular person.
const SUBJECT = /^(?:you|u|ya|y'all|he|she|they)$/;
const RELATIVE = /^(?:dad|mom|mum|mother|father|husband|wife|son|daughter|kid|kids|child|grandma|grandpa|sister|brother|aunt|uncle|cousin|baby|partner)$/;
const NEGATED_NEED = /^(?:don't|dont|do not|doesn't|doesnt|does not|won't|wont|shouldn't|shouldnt|should not)$/;
const MODAL = /^(?:should|can|could|must|gotta|ought|need|needs|have|has|might|may)$/;
const ADVERB = /^(?:just|absolutely|totally|safely|definitely|honestly|probably|really|simply|go|to|ahead|and|as|well|prob|def|literally|seriously|even)$/;
const CHANGE = /^(?:stop|skip|quit|drop|ditch|cancel|halve|double|lower|taper|wean|switch|come|get|go|turn|cut)$/;
const CHANGE_PARTICLE = /^(?:off|down|back|out)$/;
const DETERMINER = /^(?:the|a|an|that|this|those|these|your|his|her|their|ur|any|more|all|another|next|my)$/;

const w = (t: DocToken | undefined) => (t ? t.normal.replace(/[^\p{L}\p{N}'-]/gu, '').toLowerCase() : '');

export function isCare(s: DocSentence, t: DocToken, products: Spans = []): boolean {
  const x = w(t);
  if (LOGISTICS.has(x)) return false;
  if (products.some((p) => p.start <= t.start && t.end <= p.end)) return true;
  if (VACCINE.has(x) || CARE_NOUNS.has(x) || MEDICINE_WORD.test(x)) return true;
  const classes = wordClasses(x);
  if (classes.includes('drug') || classes.includes('procedure') || classes.includes('clinician')) return true;
  return s.mentions.some((m) => m.layer === 'health' && (m.kind === 'medication' || m.kind === 'procedure') && m.start <= t.start && t.end <= m.end);
}

/** The first care word within a few tokens after `from`, skipping determiners and adjectives; the clause ends it. */
function careAfter(s: DocSentence, from: number, reach = 5, products: Spans = []): DocToken | undefined {
  const toks = s.tokens;
  for (let i = from; i < Math.min(toks.length, from + reach); i++) {
    if (LOGISTICS.has(w(toks[i]))) return undefined;
    if (isCare(s, toks[i], products)) return toks[i];
    if (/[,;:.!?]/.test(toks[i].post)) return undefined;
  }
  return undefined;
}

// Someone in the reader's or a third person's care or life, by the word for them ("your guy",
// "her patient", "your little one"): WordNet's relatives and patients, and everyday words for a person.
const SOMEONE = /^(?:guy|girl|man|woman|lady|boy|kiddo|one|friend|client|pt)$/;
const OWNER = /^(?:your|ur|his|her|their)$/;

/**
 * The subject before token `i`: the reader ("you"), someone's relative or patient ("your dad",
 * "your guy with the ulcer" read at "guy"), or a person called by name ("Rick should just double
 * his insulin"): advice about a particular person's treatment.
 */
function subjectBefore(s: DocSentence, i: number): 'reader' | 'person' | undefined {
  const t = s.tokens[i - 1];
  const a = w(t);
  if (SUBJECT.test(a)) return 'reader';
  if ((RELATIVE.test(a) || SOMEONE.test(a) || wordClasses(a).some((c) => c === 'relative' || c === 'patient')) && OWNER.test(w(s.tokens[i - 2]))) return 'person';
  // A first name as the subject (not a clinician's name: "Dr. Shah should switch you" is their call).
  if (t && t.tags.has('Person') && !t.tags.has('Pronoun') && /^\p{Lu}/u.test(t.text) && !/^(?:dr|doctor|nurse)\.?$/i.test(w(s.tokens[i - 2]))) return 'person';
  return undefined;
}

export interface CareAdvice {
  start: number;
  end: number;
  /** Care declared unneeded, or a change of treatment. */
  kind: 'unneeded' | 'change';
  /** Said to a particular person ("your dad"), rather than to whoever reads. */
  person: boolean;
}

export function careAdvice(s: DocSentence, products: Spans = []): CareAdvice[] {
  const out: CareAdvice[] = [];
  const toks = s.tokens;
  for (let i = 1; i < toks.length; i++) {
    const who = subjectBefore(s, i);
    if (!who) continue;
    // "you don't need (to get) the statin", "your mom does not need that colonoscopy".
    let j = i;
    const neg = NEGATED_NEED.test(w(toks[j])) ? 1 : NEGATED_NEED.test(`${w(toks[j])} ${w(toks[j + 1])}`) ? 2 : 0;
    if (neg) {
      j += neg;
      if (/^needs?$/.test(w(toks[j]))) {
        j++;
        if (w(toks[j]) === 'to' && /^(?:get|take|have|do|see|keep|be on|start|bother)$/.test(w(toks[j + 1]))) j += 2;
        while (DETERMINER.test(w(toks[j]))) j++;
        const care = careAfter(s, j, 3, products);
        if (care) out.push({ start: toks[i - 1].start, end: care.end, kind: 'unneeded', person: who === 'person' });
        continue;
      }
      // "you shouldn't get the shot": a change of treatment in the negative.
      if (/^(?:get|take|have|do)$/.test(w(toks[j]))) {
        const care = careAfter(s, j + 1, 4, products);
        if (care) out.push({ start: toks[i - 1].start, end: care.end, kind: 'change', person: who === 'person' });
      }
      continue;
    }
    // "you can absolutely skip your pill", "your dad should come off the Eliquis".
    if (!MODAL.test(w(toks[j]))) continue;
    j++;
    while (j < toks.length && ADVERB.test(w(toks[j])) && !CHANGE.test(w(toks[j]))) j++;
    if (!CHANGE.test(w(toks[j]))) continue;
    const verb = w(toks[j]);
    j++;
    if (CHANGE_PARTICLE.test(w(toks[j]))) j++;
    else if (/^(?:come|get|go|turn|cut)$/.test(verb)) continue;
    const care = careAfter(s, j, 5, products);
    if (care) out.push({ start: toks[i - 1].start, end: care.end, kind: 'change', person: who === 'person' });
  }
  return out;
}

// Care declared unneeded for everyone in a group ("diabetics don't even need insulin", "my clients
// never need their meds again", "no need for antibiotics", "no flu shot needed"): with a remedy
// named beside it, the remedy is sold as the replacement. Quantified groups ("most kids don't
// need antibiotics") state evidence, not a replacement.
// "never need", and "no longer need" read at "longer".
const NEVER_NEED = /^(?:never|longer)$/;
const QUANTIFIED = /^(?:most|many|some|few|lots|several)$/;

export function careUnneededForAll(s: DocSentence, products: Spans = []): CareAdvice[] {
  const out: CareAdvice[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const x = w(toks[i]);
    let j = -1;
    // "don't (even|really) need", "never need", "no longer need".
    const neg = NEGATED_NEED.test(x) || NEVER_NEED.test(x) ? 1 : NEGATED_NEED.test(`${x} ${w(toks[i + 1])}`) ? 2 : 0;
    if (neg) {
      let k = i + neg;
      while (/^(?:even|really|actually|ever)$/.test(w(toks[k]))) k++;
      if (/^(?:need|needs|needed)$/.test(w(toks[k]))) j = k + 1;
    } else if (x === 'no' && w(toks[i + 1]) === 'need' && /^(?:for|of)$/.test(w(toks[i + 2]))) j = i + 3;
    if (j >= 0) {
      if (quantifiedBefore(toks, i)) continue;
      if (w(toks[j]) === 'to') continue;
      while (DETERMINER.test(w(toks[j]))) j++;
      const care = careAfter(s, j, 3, products);
      if (care) out.push({ start: toks[i].start, end: care.end, kind: 'unneeded', person: false });
      continue;
    }
    // "no flu shot needed", "no shots needed, ever".
    if (/^(?:no|zero)$/.test(x)) {
      for (let k = i + 1; k < Math.min(toks.length, i + 4); k++) {
        if (isCare(s, toks[k], products) && /^(?:needed|necessary|required)$/.test(w(toks[k + 1]))) {
          out.push({ start: toks[i].start, end: toks[k + 1].end, kind: 'unneeded', person: false });
          break;
        }
        if (/[,;:.!?]/.test(toks[k].post)) break;
      }
    }
  }
  return out;
}

/** A quantifier opens the clause before token `i` ("most kids with ear infections do not need"). */
function quantifiedBefore(toks: readonly DocToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (/[,;:.!?]/.test(toks[k].post)) return false;
    if (QUANTIFIED.test(w(toks[k]))) return true;
  }
  return false;
}
