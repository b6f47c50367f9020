// The universal-recommendation frame: a product or remedy the post names, urged on everyone who
// has a condition ("everyone with migraines should ask for it", "every diabetic should be on it",
// "it should be first-line for everyone", "I recommend them to every family I see"). Treatment depends on the person; urging it on all of
// them sells it as if it suited every case. Public-health advice is not this: a vaccine or a
// screening urged on everyone ("everyone over 50 should get one") names no remedy or product,
// and the detector calls this only where the draft names one and no vaccine.
import type { DocSentence } from '../../doc';
import { gated } from '../../text/regex-gate';

// Everyone, or everyone of a kind ("every migraine sufferer", "all my patients with diabetes", "every diabetic").
// ("every stroke survivor": anyone of a kind, not a time, "every morning".)
const EVERYONE = String.raw`(?:every(?:one|body)|every (?:single )?(?!(?:time|day|morning|night|evening|week|month|year|shift|season|dose|meal|visit)s?\b)(?:\S+ ){0,2}(?:patients?|sufferers?|diabetics?|survivors?|person|family|families|mom|parent|woman|man|kid|client|adult)|all (?:my |our |of (?:my |our |you )?)?(?:\S+ )?(?:patients|clients|families|moms|parents|people|diabetics))(?: (?:with|over|who (?:has|have|gets?|struggles? with)) (?:\S+ )?\S+)?`;
// Urged to ask for it, be on it, switch to it, try it, use it, do it. (Said to need one, of a
// device or a snack, is a plug for another rule.)
const URGED = String.raw`(?:should|needs? to|must|has to|have to|ought to|gotta) (?:\S+ )?(?:be )?(?:ask(?:ing)? (?:for|about)|on|switch(?:ing)?(?: to| over)?|try(?:ing)?|us(?:e|ing)|tak(?:e|ing)|start(?:ing)?(?: on)?|be on|request(?:ing)?|do(?:ing)?)`;
const FRAME = gated(new RegExp(String.raw`(?<!\b(?:not|no|never|nearly|almost) )\b${EVERYONE} ${URGED}(?: (?:it|this|these|them|one|that)\b|(?= asap|[.!,]|$))|\b(?:i )?recommend (?:it|them|this|these) to (?:every|all) (?:\S+ ){0,2}(?:patients?|famil(?:y|ies)|clients?|moms?|parents?|people|one|mamas?)\b|\bshould be (?:the )?first[- ]line (?:for|in) (?:everyone|every(?:body| patient)|all)\b`, 'i'));

/** Universal recommendations in one sentence: the spans of their wording. */
export function universalRecommendations(s: DocSentence): { start: number; end: number }[] {
  const m = FRAME.exec(s.text);
  return m ? [{ start: s.start + m.index, end: s.start + m.index + m[0].length }] : [];
}
