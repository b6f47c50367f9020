// Off-label promotion: a medicine urged or praised for a use it is not approved for ("ask your doctor
// about it off-label for fibromyalgia, it works", "off-label for weight loss is the best thing
// ever"). The word alone is not promotion: a class, a pharmacist or a rule explaining what off-label
// use is, or a question about it, promotes nothing.
import type { DocSentence } from '../../doc';
import { gated } from '../../text/regex-gate';

const OFF_LABEL = /\boff[- ]?label\b/i;
// Urging or praising the use: ask for it, try it, get it; it works, it's the best, everyone should.
const PROMOTES = gated(/\b(?:ask (?:\S+ ){0,3}(?:for|about)|try|get|grab|start|switch to|works?|worked|working|wonders|luck|success|results|clears?|cleared|cures?|cured|fixe[sd]|helps?|helped|best|amazing|game ?changer|miracle|magic|life ?changing|love|obsessed|every(?:one|body) should|should (?:all )?(?:be )?(?:on|get|try|take)|highly recommend|recommend)\b/i);
// Teaching or rules about it: what it means, whether it is legal, what reps may say.
const TEACHES = gated(/\b(?:means?|meaning|refers? to|defin\w+|is legal|legally|(?:is|are|so|very) common|commonly|fda|approved|approval|rules?|polic(?:y|ies)|promot\w+|evidence|stud(?:y|ies)|trials?|class|lecture|rounds|explain\w*|covered|taught|learn\w*|risks?|insurance|coverage|prior auth\w*|talk (?:to|with) your|ask your (?:prescriber|pharmacist))\b/i);

/** The span of off-label promotion in one sentence, or none; the urging may follow in `next` ("... Ask your doctor for it."). */
export function offLabelPromotion(s: DocSentence, next?: DocSentence): { start: number; end: number }[] {
  const m = OFF_LABEL.exec(s.text);
  if (!m || /\?\s*$/.test(s.text.trim()) || TEACHES.test(s.text) || !(PROMOTES.test(s.text) || (next && PROMOTES.test(next.text) && !TEACHES.test(next.text)))) return [];
  return [{ start: s.start + m.index, end: s.start + m.index + m[0].length }];
}
