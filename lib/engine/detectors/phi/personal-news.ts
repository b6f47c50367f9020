// A co-worker's personal news: the post is about them being away or unwell ("has been out for
// three weeks", "she's doing ok", "prayers up for our charge nurse", "send her good vibes").
// In such a story a care word is theirs, even without a possessive ("the chemo is rough"),
// unless the sentence turns to patients, whose care is their work.
import type { Doc } from '../../doc';
import { gated } from '../../text/regex-gate';

const AWAY_OR_UNWELL = gated(/\b(?:(?:been|is|was|she's|he's|they're|went|be|who's|who is)\s+out|out)\s+(?:on\s+(?:\w+\s+)?leave|sick|for\s+(?:a\s+few|a\s+couple(?:\s+of)?|several|two|three|four|five|six|a|\d+)\s+(?:more\s+)?(?:days|weeks?|months?|wks?))\b|\b(?:medical|sick|disability)\s+leave\b|\b(?:she's|he's|she is|he is|they're)\s+(?:doing\s+(?:ok|okay|better|alright|well|good)|recovering|hanging in|home resting|on the mend)\b|\b(?:prayers?(?:\s+up)?|praying|good vibes|love|well wishes|get well wishes)\s+for\s+(?:our|my|the)\b|\bsend(?:ing)?\s+(?:all\s+(?:the|our|my)\s+)?(?:her|him|them)\s+(?:your\s+|some\s+|all\s+the\s+)?(?:love|good vibes|prayers|cards|well wishes|meals)\b|\bkeep\s+(?:her|him|them)\s+in\s+(?:your|our)\s+(?:thoughts|prayers)\b|\b(?:she|he)(?:'ll|’ll| will)\s+be\s+back\b|\bget well soon\b/i);
// A sentence about patients or a case is the co-worker's work, not their health.
const ABOUT_PATIENTS = /\b(?:patients?|pts?|clients?|residents|case|cases|admits?|families)\b/i;

/** The sentences of a co-worker's personal-news story in which their care words are theirs. */
export function personalNewsSentences(doc: Doc, reach: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  const texts = [...reach].map((i) => doc.sentences[i]?.text ?? '');
  if (!texts.some((t) => AWAY_OR_UNWELL.test(t))) return out;
  for (const i of reach) if (!ABOUT_PATIENTS.test(doc.sentences[i]?.text ?? '')) out.add(i);
  return out;
}
