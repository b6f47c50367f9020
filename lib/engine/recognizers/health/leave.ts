// Health told as time away from work or as a birth, with no diagnosis: "went out on medical
// leave", "she's out sick", "on FMLA", "she had twins". An absence for health is a health fact
// about the person absent; a leave policy or form is not anyone's.
import type { Mention } from '../../doc';
import { gated } from '../../text/regex-gate';

// (The leading "out on" is kept so the mention ties to whoever is out: "she went out on medical leave".)
const HEALTH_LEAVE = gated(/\b(?:(?:out|off|back)\s+(?:on|from)\s+)?(?:medical|sick|disability|short-term disability|fmla)\s+leave\b(?!\s+(?:polic(?:y|ies)|forms?|paperwork|requests?|benefits?|rules?|bank|hours|pay|days|balance|process|laws?))|\bon\s+fmla\b|\bout\s+sick\b/gi);
// A birth told of someone: "she had twins", "had a baby boy on Monday".
const GAVE_BIRTH = gated(/\b(?:had|delivered)\s+(?:twins|triplets|quads|a\s+(?:healthy\s+)?(?:baby|little)\s+(?:boy|girl)|(?:a\s+)?(?:baby|twin|triplet)\s+(?:boys|girls))\b/gi);

/** Health-leave and birth mentions in one sentence, offsets relative to it. */
export function matchLeave(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(HEALTH_LEAVE)) out.push({ layer: 'health', kind: 'care-event', start: m.index, end: m.index + m[0].length, confidence: 0.7, value: 'health leave' });
  for (const m of text.matchAll(GAVE_BIRTH)) out.push({ layer: 'health', kind: 'pregnancy', start: m.index, end: m.index + m[0].length, confidence: 0.8, value: 'birth' });
  return out;
}
