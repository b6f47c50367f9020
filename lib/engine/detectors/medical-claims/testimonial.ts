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

/** Own results in one sentence of a post that promotes (`promoted`, read over the whole draft). */
export function testimonials(s: DocSentence, promoted: boolean): Testimonial[] {
  if (!promoted || /\?\s*$/.test(s.text.trim())) return [];
  const gone = goneAt(s) ?? noneSince(s);
  if (gone) return [gone];
  const m = NEVER_SICK.exec(s.text);
  return m ? [{ start: s.start + m.index, end: s.start + m.index + m[0].length }] : [];
}
