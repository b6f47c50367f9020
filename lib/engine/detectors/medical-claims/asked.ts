// Claims asked as questions: a rhetorical question that takes a claim for granted makes it as
// surely as a statement. "Why isn't everyone with arthritis on turmeric?" urges a remedy on all
// who have a condition; "why are we still getting flu shots when a vitamin C drip does the same
// job?" says the remedy replaces the care; "why mask your migraines with another prescription?"
// says medicine only hides an illness. A plain question ("is turmeric worth trying?") asks.
import type { DocSentence } from '../../doc';
import { MEDICINE } from '../../lexicons/policy/health-claims';
import { gated } from '../../text/regex-gate';

export interface AskedClaim {
  kind: 'everyone' | 'insteadOfCare' | 'againstCare';
  start: number;
  end: number;
}

// Proven care a question can set a remedy against.
const CARE = String.raw`(?:${MEDICINE}|flu shots?|surgery|surgeries|chemo|radiation|therapy|physical therapy|pt)`;
const WE = String.raw`(?:we|you|u|people|anyone|anybody|folks|y'all|yall|everyone|doctors|docs)`;
// "Why isn't everyone (with migraines) on / taking / using it": asked of everyone, urged on everyone.
const EVERYONE = gated(/\bwhy (?:isn't|isnt|aren't|arent|is not|are not|ain't|don't|dont|doesn't) (?:every(?:one|body)|all (?:\S+ )?(?:patients|diabetics|moms|people)|more people|every (?:\S+ )?(?:patient|diabetic|mom|parent|woman|man|kid|person))\b(?:\s+\S+){0,4}?\s+(?:on|taking|using|doing|trying|drinking|getting)\b[^?.!]{0,60}/i);
// "Why are we still getting X when <remedy> does the same job / works better / naturally?"
const STILL = gated(new RegExp(String.raw`\bwhy (?:are|do|would|is|does|should|the heck|tf|tho|on earth)?\s*(?:are |do )?${WE} (?:still )?(?:\S+ )?(?:getting|taking|paying for|using|bothering with|injecting|get|take|pay for|use|putting (?:\S+ )?on)\b(?:\s+\S+){0,5}?\s+${CARE}\b(?:\s+\S+){0,8}?\s+when\b(?:\s+\S+){1,10}?\s+(?:does the same|do the same|works? (?:just as well|better|the same)|same job|naturally|for free|without (?:the )?side effects)`, 'iu'));
// "Why mask / cover up / numb your migraines with (another) prescription?": medicine said to hide, not treat.
const MASK = gated(new RegExp(String.raw`\bwhy (?:keep |would you |do you |are you )?(?:mask|masking|cover(?:ing)? up|numb(?:ing)?|band-?aid(?:ing)?|suppress(?:ing)?|poison(?:ing)?) (?:\S+ ){1,4}with (?:another |more |yet another |a )?(?:\S+ )?${MEDICINE}`, 'iu'));

/**
 * Claims made by a rhetorical question in one sentence; `remedyNear`: a remedy named here or just
 * before; `vaccineNear`: a vaccine is, which everyone may well be urged to get.
 */
export function askedClaims(s: DocSentence, remedyNear: boolean, vaccineNear: boolean): AskedClaim[] {
  if (!/\?/.test(s.text)) return [];
  const out: AskedClaim[] = [];
  const add = (m: RegExpExecArray | null, kind: AskedClaim['kind']) => {
    if (m) out.push({ kind, start: s.start + m.index, end: s.start + m.index + m[0].length });
  };
  if (remedyNear && !vaccineNear) add(EVERYONE.exec(s.text), 'everyone');
  if (remedyNear) add(STILL.exec(s.text), 'insteadOfCare');
  add(MASK.exec(s.text), 'againstCare');
  return out;
}
