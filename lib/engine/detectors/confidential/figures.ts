// An internal figure read as a relation rather than a phrase: a sum or a share ($2M, 80k, 18%)
// and a money word it measures (budget, bonus, package, revenue, a cut), in one sentence whose
// owner is the organization (its names, a unit or department, its leaders). "The lab's budget
// for next year got cut 40%", "el presupuesto del depto baja 8%", "the new VP's package is
// $780K": budgets, results and pay the organization has not released. Prices told to patients,
// sales ("20% off"), fundraising and a writer's own pay are not the organization's secret.
import type { DocSentence } from '../../doc';
import type { Hit } from '../shared/match';
import { wordClasses } from '../../lexicons/wordnet';

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
/** A sum or a share: "$2M", "$780K", "80k", "3.2 million", "12%", "8 por ciento", "$0". */
const FIGURE = new RegExp(
  String.raw`(?:\$\s?${NUMBER}(?:\s?(?:k|m|mm|b|million|billion|thousand|mil|millones))?|\b${NUMBER}\s?(?:k|million|billion|mil(?:lones)?|millones)\b|\b${NUMBER}\s?(?:%|percent\b|por ciento\b))`,
  'gi',
);
/** What the figure measures: the organization's money and its people's pay, in English and Spanish. */
const MONEY_WORD =
  /\b(?:budgets?|budgeted|revenue|margins?|loss(?:es)?|deficit|profits?|surplus|earnings|financials|bonus(?:es)?|packages?|severance|salar(?:y|ies)|payroll|wages?|raises?|pay cut|cuts?|spend|spending|savings|overtime|(?:pulled|brought|took) in|generated|netted|grossed|presupuestos?|sueldos?|salarios?|aumentos?|recortes?|p[eé]rdidas|ganancias)\b/i;
/** The organization as owner: its units, its leaders, its staff as a group. */
const ORG_OWNER =
  /\b(?:(?:our|the|this|that|their|my|la|el|del|de la)\s+(?:\S+\s+)?(?:hospital|clinic|unit|units|department|dept|team|lab|floor|service line)|(?:la|el|del|de la|de|en la|en el)\s+(?:\S+\s+)?(?:hospital|cl[ií]nica|unidad|departamento|depto|piso|laboratorio|farmacia|[aá]rea|programa)|leadership|admin(?:istration)?|management|the board|board's|chief|officer|president|ceo|cfo|coo|cno|cmo|vps?|svp|execs?|executives?|c-suite|director|non-union|staff|nurses|rns|employees|finance|gerencia|la administraci[oó]n|jef[ae]s?)\b/i;
/** "Our" and "we" own the figure only in a post about work ("our budget" may be a family's). */
const WE = /\b(?:our|we|we're|us)\b/i;
/** A sale, a price or a gift: figures the public is meant to see. */
const NOT_INTERNAL =
  /\b(?:off|discount|coupon|promo|code|sale|price[sd]?|pricing|costs? (?:you|patients)|copays?|deductibles?|out of pocket|charges? (?:you|patients)|sell(?:s|ing)?|sold|buy(?:ing)?|donat\w+|raised|fundrais\w+|gala|pledged?|tuition|scholarships?|sign[- ]on|signing|referral|hiring bonus|loan|rent|mortgage|grocer(?:y|ies)|tip|tips|interest rate|apr|stocks?|portfolio|401k|ira|family|household|wedding|vacation|honeymoon|trip|christmas shopping)\b/i;
/** A package is pay beside a hire or a leader; beside a treatment it is what is sold. */
const PACKAGE = /^packages?$/i;
const ROLE = /\b(?:ceo|cfo|coo|cno|cmo|president|officer|chief|vps?|svp|director|execs?|executives?|hire|recruit|candidate|severance|exit|retirement|comp|compensation|pay)\b/i;
/** The writer's own pay: theirs to talk about. */
const OWN_PAY = /\b(?:i|i'm|i've|my)\b/i;
const PAY_WORD = /\b(?:salar(?:y|ies)|wages?|raises?|pay cut|sueldos?|salarios?|aumentos?)\b/i;
const GROUP = /\b(?:all|every|everyone|non-union|staff|nurses|rns|techs|employees|leadership|execs?|executives?|management|admin|ceo|cfo|vps?|director|new grads?|travell?ers?)\b/i;

/** "I got a 3% raise": the writer's own pay, told of no group of staff. */
export const ownPay = (text: string): boolean => OWN_PAY_TOLD.test(text) && !GROUP.test(text);
/** The writer receiving it: "I got a 3% raise", "my raise this year". */
const OWN_PAY_TOLD = /\b(?:i|i've|i'm|i am)\s+(?:\S+\s+)?(?:got|get|getting|make|making|earn|earning|received|receive)\b|\bmy (?:\S+ )?(?:raise|pay|salary|wage|bonus|paycheck)\b/i;

/** Figures of the organization's money or pay in one sentence, each from the figure to its money word. */
export function internalFigures(s: DocSentence, atWork: boolean): Hit[] {
  const text = s.text;
  if (!(ORG_OWNER.test(text) || (atWork && WE.test(text))) || NOT_INTERNAL.test(text)) return [];
  const word = MONEY_WORD.exec(text);
  if (!word || (PACKAGE.test(word[0]) && !ROLE.test(text))) return [];
  // "I got a 3% raise" is the writer's own pay; "2.1% for all non-union staff" is the organization's pay policy.
  if (PAY_WORD.test(word[0]) && OWN_PAY.test(text) && !GROUP.test(text)) return [];
  const out: Hit[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const start = Math.min(m.index, word.index);
    const end = Math.max(m.index + m[0].length, word.index + word[0].length);
    // The figure and its money word in one stretch of the sentence, not two ends of a long one.
    if (end - start > 90) continue;
    out.push({ start: s.start + start, end: s.start + end, text: text.slice(start, end) });
    break;
  }
  return out;
}

/** A sentence that names the organization's units, leaders or staff as a group. */
export const ownedByOrganization = (s: DocSentence): boolean => ORG_OWNER.test(s.text);

/** A rate of pay by its shape: "$92 an hour", "$19.40/hr", "$165k", "$140/hr". */
const RATE = /\$\s?\d[\d,]*(?:\.\d+)?(?:\s?k\b|\s?(?:\/\s?(?:hr|hour|yr|year|wk|week)\b|(?:an|a|per) (?:hour|year|week)\b))/gi;
/** A job, by its title: staff the organization pays. */
const JOB = /^(?:nurses?|rns?|lpns?|cnas?|travell?ers?|travel|agency|director|directors|manager|managers|specialist|specialists|tech|techs|technician|technicians|coordinator|coordinators|clerk|clerks|aide|aides|np|nps|pa|pas|ceo|cfo|coo|cno|cmo|vp|vps|officer|officers|supervisor|supervisors|hire|hires|grads?|hospitalists?|therapists?|pharmacists?|physicians?|surgeons?|analyst|analysts|educator|educators)$/i;
/** A public offer of pay (a job ad, a recruiter's post), a published statistic ("the average RN salary ... per the BLS"), a price charged. */
const HIRING = /\b(?:hiring|apply|applications?|openings?|job (?:posting|ad|fair)|careers?|recruit(?:ing|er)|sign[- ]on|average|median|national|statewide|according to|bls|survey|charg(?:e|es|ed|ing))\b/i;
const bare = (w: string) => w.replace(/[^\p{L}']/gu, '').toLowerCase();

/**
 * A rate of pay told of a job: "the new traveler down at the medical center: $92 an hour", "PFS
 * Specialist II starts at $19.40/hr", "the director they poached: $165k". A job named in the
 * rate's sentence or the one before it; not a job ad or a published statistic, not a price, not the
 * writer's own pay.
 */
export function ratesOfJobs(sentences: readonly DocSentence[]): Hit[] {
  const out: Hit[] = [];
  sentences.forEach((s, n) => {
    RATE.lastIndex = 0;
    const m = RATE.exec(s.text);
    if (!m || NOT_INTERNAL.test(s.text) || HIRING.test(s.text) || (OWN_PAY_TOLD.test(s.text) && !GROUP.test(s.text))) return;
    const near = [...(n > 0 ? sentences[n - 1].tokens : []), ...s.tokens];
    if (!near.some((t) => JOB.test(bare(t.normal)) || wordClasses(bare(t.normal)).includes('clinician'))) return;
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
  });
  return out;
}
