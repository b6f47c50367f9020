// The testimonial frame: a result on the writer's own body ("my eczema is gone", "haven't been
// sick once", "not one cold all winter") in a post that sells what brought it (a code, a link,
// "ask for it by name"). A result told as one person's story is experience; told beside a
// sale, it is offered as what every buyer can expect.
import type { DocSentence } from '../../doc';
import { gated } from '../../text/regex-gate';
import { wordClasses } from '../../lexicons/wordnet';
import { MEDICINE } from '../../lexicons/policy/health-claims';
import { ailmentAt, word } from './efficacy';

const MEDICINE_WORD = gated(new RegExp(`^${MEDICINE}$`, 'iu'));

/** A discount code in capitals ("code KELP20"), not a hospital's "code blue". */
export const PROMO_CODE = gated(/\b[Cc]ode:? [A-Z][A-Z0-9]{2,}\b/);

// The reader sent to their clinician to request a product, not to ask whether it suits them:
// "tell your endo you want the Medivance one", "ask your doctor to switch you to it".
const REQUESTED = String.raw`(?:tell|ask) (?:your|ur) \S+ (?:that )?(?:you|u) want (?:the |it\b|one\b|\p{Lu})|ask (?:your|ur) \S+ to (?:switch|put|start) (?:you|u)\b`;

/** What turns a story into a sales pitch: codes, links, discounts, asking for the product by name. */
export const PROMOTION = gated(new RegExp(String.raw`\b(?:(?:discount|promo|coupon|my) code|use (?:my|code)\b|link in (?:my )?(?:bio|comments?)|\d+ ?% off|(?:my|the) link\b|dm me (?:to order|for (?:a |my )?(?:code|discount|link))|ask (?:your|ur) \S+ (?:for|about) (?:\S+ ){0,3}by name|ask for (?:\S+ ){0,3}by name|storefront|affiliate|${REQUESTED})`, 'iu'));

// Staying well told as a result ("haven't been sick once", "not one single cold", "never sick").
const NEVER_SICK = gated(/\b(?:(?:haven't|havent|have not|hasn't|has not|never) (?:been|gotten|got|caught|had) (?:sick|ill|a (?:single )?(?:cold|sniffle|bug|thing)|so much as a \w+)|not (?:one|a) (?:single )?(?:cold|sniffle|bug|flu|infection)|(?:haven't|havent|have not) (?:caught|had) (?:a single|one|so much as a) \w+)/i);

export interface Testimonial {
  start: number;
  end: number;
}

// An illness said gone or undone ("my eczema is gone", "my fatty liver was reversed", "acne cleared").
const RESOLVED = /^(?:gone|reversed|cured|healed|vanished|disappeared)$/;

/** An illness said gone ("my eczema is gone", "joint pain gone"): the span from the illness to "gone". */
function goneAt(s: DocSentence): Testimonial | undefined {
  const toks = s.tokens;
  for (let g = 1; g < toks.length; g++) {
    if (!RESOLVED.test(word(toks[g]))) continue;
    for (let i = g - 1; i >= Math.max(0, g - 5); i--) {
      if (ailmentAt(s, i)) return { start: toks[i].start, end: toks[g].end };
      if (/[,;:.!?]/.test(toks[i].post) && i < g - 1) break;
    }
  }
  return undefined;
}

// "hasn't had one headache since", "haven't had a single flare in months": an illness said to
// have stopped, read at the negated "had" and an illness within three words after it.
const NOT_SINCE = /^(?:hasn't|hasnt|haven't|havent|hadn't|never|not|no)$/;
function noneSince(s: DocSentence): Testimonial | undefined {
  const toks = s.tokens;
  for (let h = 1; h < toks.length; h++) {
    // "haven't needed an antibiotic since", "haven't touched my inhaler in a year": care no longer used.
    if (/^(?:needed|touched|used|taken|filled|refilled)$/.test(word(toks[h])) && NOT_SINCE.test(word(toks[h - 1]))) {
      for (let i = h + 1; i < Math.min(toks.length, h + 4); i++) {
        if (MEDICINE_WORD.test(word(toks[i])) || wordClasses(word(toks[i])).includes('drug')) return { start: toks[h - 1].start, end: toks[i].end };
        if (/[,;:.!?]/.test(toks[i].post)) break;
      }
    }
    if (!/^(?:had|gotten|got|caught)$/.test(word(toks[h]))) continue;
    const neg = NOT_SINCE.test(word(toks[h - 1])) || (word(toks[h - 1]) === 'not' && /^(?:has|have)$/.test(word(toks[h - 2])));
    if (!neg) continue;
    for (let i = h + 1; i < Math.min(toks.length, h + 4); i++) {
      if (ailmentAt(s, i)) return { start: toks[h - 1].start, end: toks[i].end };
      if (/[,;:.!?]/.test(toks[i].post)) break;
    }
  }
  return undefined;
}

// A result vouched for as everyone's: said to work for all ("works for everybody", "worked for
// nearly everyone I sent"), called typical ("results like that are normal"), never failing, or
// counted over many people the writer watched ("seen it work in hundreds of my patients").
// Experience told as a rule is a testimonial presented as typical, sale or no sale.
const PEOPLE = String.raw`(?:patients|pts|clients|families|kids|children|babies|births|people|moms|mamas|women|men|folks|cases|times|athletes|residents)`;
const MANY = String.raw`(?:hundreds|dozens|thousands|a hundred|a thousand|countless|so many|\d{2,}|twenty|fifty)`;
const VOUCHED = gated(
  new RegExp(
    String.raw`\b(?:works?|worked|working) (?:for|on) (?:(?:nearly|almost|literally|basically|pretty much|just about) )?(?:every(?:one|body)|every (?:single )?(?:\S+ )?(?:patient|client|person|one|kid|mom|mama|family|woman|man|time)|all (?:of )?(?:my|our|them)\b|any(?:one|body))\b|\bresults? (?:like (?:that|this|these|hers|his|mine) )?(?:are|is) (?:pretty |totally |completely |really |super |very )?(?:typical|normal|standard|the norm|expected|common)\b|\btypical (?:result|outcome)s?\b|\b(?:(?:i've|i have|ive) )?(?:yet to see it|never seen it|not once seen it) fail\b|\b(?:seen|watched|witnessed) (?:it|this|that) (?:work|happen|help)?\s?(?:(?:in|with|on|for) )?(?:(?:over|more than) )?${MANY} (?:of )?(?:my |our )?${PEOPLE}\b|\b(?:seen|watched|witnessed) (?:it|this|that) (?:work |happen )?(?:again and again|over and over|time and (?:time )?again|every (?:single )?time)`,
    'i',
  ),
);
// Said as what results are not ("results not typical", "results vary") or of what is rare, it qualifies.
const QUALIFIES = /\b(?:not typical|atypical|results (?:may )?vary|not (?:a|the) typical|isn't typical|aren't typical|not everyone|doesn't work for everyone|won't work for everyone)\b/i;

/**
 * Results generalized in one sentence: the span of the words that make one person's result
 * everyone's, where a remedy is named here or just before (`remedyNear`) and the sentence or the
 * one before speaks of an illness or a body system (`ailmentNear`).
 */
export function generalizedResults(s: DocSentence, remedyNear: boolean, ailmentNear: boolean): Testimonial[] {
  if (!remedyNear || !ailmentNear || QUALIFIES.test(s.text) || /\?\s*$/.test(s.text.trim())) return [];
  const m = VOUCHED.exec(s.text);
  if (!m || /\b(?:not|never|n't|no)\s+$/i.test(s.text.slice(Math.max(0, m.index - 8), m.index))) return [];
  return [{ start: s.start + m.index, end: s.start + m.index + m[0].length }];
}

// Care a result made unneeded: "off my blood pressure pill", "replaced her inhaler", "cancelled my surgery".
const DROPPED_CARE = /^(?:replaced|cancell?ed|ditched|tossed|dropped|quit)$/;
const OWNER = /^(?:my|her|his|their|our|the|all|its)$/;

/** Token i names a medicine, or (`procedures`) a procedure of standard care. */
function careAt(s: DocSentence, i: number, procedures: boolean): boolean {
  const t = s.tokens[i];
  const x = word(t);
  if (MEDICINE_WORD.test(x) || wordClasses(x).includes('drug')) return true;
  return s.mentions.some((m) => m.layer === 'health' && (m.kind === 'medication' || (procedures && m.kind === 'procedure')) && m.start <= t.start && t.end <= m.end);
}

/**
 * A result told as care no longer needed ("she's off her levothyroxine", "it replaced my blood
 * pressure pill", "cancelled my surgery"): from the word that drops it to the care.
 */
function careDropped(s: DocSentence): Testimonial | undefined {
  const toks = s.tokens;
  for (let v = 0; v < toks.length; v++) {
    const x = word(toks[v]);
    const off = x === 'off' && /^(?:got|gotten|get|came|come|is|am|are|was|were|been|be|'s|'m|totally|completely|fully|now)$/.test(word(toks[v - 1]).replace(/^\p{L}+(?=')/u, ''));
    if (!off && !DROPPED_CARE.test(x)) continue;
    for (let i = v + 1; i < Math.min(toks.length, v + 5); i++) {
      if (!careAt(s, i, !off)) {
        if (/[,;:.!?]/.test(toks[i].post)) break;
        continue;
      }
      // "replaced my inhaler" names whose care went; "replaced the app with an inhaler" gained one.
      if (!OWNER.test(word(toks[v + 1])) && !off) return undefined;
      const end = Math.max(toks[i].end, ...s.mentions.filter((m) => m.layer === 'health' && m.start <= toks[i].start && toks[i].end <= m.end).map((m) => m.end));
      // The care heads what was dropped ("my blood pressure pill"), not a word before its head ("the inhaler log").
      const after = toks.find((t) => t.start >= end);
      if (after && after.tags.has('Noun') && !/[,;:.!?]/.test(s.text.slice(end - s.start, after.start - s.start))) continue;
      return { start: toks[v].start, end };
    }
  }
  return undefined;
}

/** Own results in one sentence of a post that promotes (`promoted`, read over the whole draft). */
export function testimonials(s: DocSentence, promoted: boolean): Testimonial[] {
  if (!promoted || /\?\s*$/.test(s.text.trim())) return [];
  const gone = goneAt(s) ?? noneSince(s) ?? careDropped(s);
  if (gone) return [gone];
  const m = NEVER_SICK.exec(s.text);
  return m ? [{ start: s.start + m.index, end: s.start + m.index + m[0].length }] : [];
}
