// Promotion of the organization's own partners and vendors (lists `partners`, `products`,
// `partner/<name>`): an employee who praises the vendor's product, or who promotes while saying
// the vendor paid, hosted or fed them, speaks with a material connection that needs a
// disclosure. Naming a vendor is not promoting it, a report ("we switched to X") or a question
// is not praise, and an accusation ("paid off the reviewers") is not a promotion.
import type { Doc, DocSentence } from '../../doc';
import { PROMOTION } from '../../lexicons/policy/endorsement';
import { negatedBefore } from '../shared/context';
import { alternation, findTermsInDoc, scan, type Hit } from '../shared/match';
import { pitches } from './pitch';

const PROMOTING = alternation(PROMOTION);
// Praise in any wording: the writer commends the thing itself.
const PRAISE =
  /\b(?:lov(?:e|es|ed|ing)|amazing|incredible|fantastic|best|game[- ]?changer|life[- ]?chang\w+|changed (?:my|their|our) li(?:fe|ves)|must[- ]have|(?:highly )?recommend(?:s|ed|ing)?|obsessed|five stars|worth every|go-to|the real deal|(?:the )?only (?:one|\w+) (?:i'd|i would|worth)|the biggest (?:\w+ ){0,3}to happen|(?:is|are) the future)\b/gi;
// Endorsement in any wording, narrower than praise ("the best predictor I have found" is not one):
// beside a stated tie to any company it promotes ("they sent me one to try ... not even close").
const ENDORSE =
  /\b(?:lov(?:e|ed|ing) (?:it|them|this|these|mine|my)|game[- ]?changer|life[- ]?chang\w+|changed (?:my|their|our) li(?:fe|ves)|must[- ]have|(?:highly )?recommend(?:s|ed|ing)? (?:it|them|this|these)|obsessed|five stars|worth every|go-to|like nothing else|not even close|first[- ]line for everyone|(?:should|needs? to) have (?:one|two|three|it|them|these)|needs? (?:one|two|these|it|a pair|some)(?: of these)?)\b/gi;
// Calls to act and comparisons: the writer urges readers to it. With a tie to the vendor they promote; alone
// ("ask your doctor about X") they are a patient's tip, not an endorsement.
const CALL =
  /\b(?:(?:should|must|needs? to) (?:try|switch|ask|get|use|be on)|try (?:it|them|this)|ask (?:your|ur) (?:\w+ )?(?:doctor|doc|neuro\w*|endo\w*|cardiologist|provider|ob)|ask about|tell\w* (?:every\w*|all|anyone|any\w*) (?:\S+ ){0,3}to (?:ask|use|try|get|buy|go)|every (?:\S+ ){1,4}needs? (?:it|them|one)|you(?:'re| are) behind|(?:aren't|isn't|not) (?:on|using) (?:\S+ ){0,2}yet|(?:you|y'all|everyone) should (?:too|also|as well|do the same)|works? (?:way |much |so much )?better than)\b/gi;
// A tie to the vendor: money, gifts, meals, travel, talks, advice, equity.
const TIE =
  /\b(?:flew|fly|flies|flying|paid|pays|sponsor\w*|gift\w*|sent (?:me|us)|dinner|lunch|breakfast|cater\w*|steakhouse|gave (?:me|us|our)|trip|speaker|speaking|talks?|present(?:ing|ed)|consult\w*|advis\w+|stock|shares (?:in|of)|(?:my|our|own|owns|hold|holding|bought|buying) (?:\S+ )?shares|summit|invited|took (?:us|me|our|a few|the)|covered|hosted|honorari\w+|samples|expenses|retreat|tour|swag|goodies|tickets to|\$\p{Lu}{2,5})\b/iu;
// A question about it ("anybody else switch to X?") asks, it does not promote.
const ASKS = /\?\s*$/;
// Money that buys an outcome is an accusation about the partner, not a promotion of it.
const ACCUSATION = /\b(?:paid off|pays off|paying off|brib\w+|kickbacks?|cook(?:ed|ing) the|rigg\w+|fraud\w*|lied|lying|cover(?:ed)?[- ]up)\b/i;
// The writer disowns a tie ("no relationship with them", "not paid by anyone").
const NO_TIE = /\b(?:no (?:relationship|affiliation|connection|ties?)|not (?:paid|sponsored|affiliated)|nobody paid|no one paid|unpaid|not an ad)\b/i;

/** Mentions of a pack partner or product that the post promotes with praise, or with a stated tie. */
export function partnerPromotion(doc: Doc, names: readonly string[]): Hit[] {
  if (!names.length) return [];
  // Vendors are written in lower case as often as not ("pharmacor took us to dinner").
  const mentions = findTermsInDoc(doc, names);
  if (!mentions.length || doc.sentences.some((s) => NO_TIE.test(s.text))) return [];
  // An accusation is about the vendor only where the vendor is named ("... St. Aldric gets kickbacks" is about St. Aldric).
  const sentences = [...new Set(mentions.map((h) => doc.sentenceAt(h.start)).filter((s): s is DocSentence => !!s))];
  if (sentences.some((s) => ACCUSATION.test(s.text))) return [];
  const praised = sentences.filter((s) => urges(s, PRAISE));
  const tied = sentences.filter((s) => TIE.test(s.text));
  // A tie counts where the post promotes anything; praise of the vendor's product counts alone.
  const promotes = praised.length > 0 || doc.sentences.some((s) => urges(s, PRAISE) || urges(s, CALL) || promotesAnything(s));
  const chosen = praised.length ? praised : promotes ? tied : [];
  return chosen.map((s) => mentions.find((h) => h.start >= s.start && h.end <= s.end)!);
}

/**
 * Praise and calls in any wording ("love it", "a game changer", "every ED should have three"):
 * weaker than a promotion, they promote beside a stated tie.
 */
export function praiseBesideTie(doc: Doc): Hit[] {
  return doc.sentences.filter((s) => urges(s, ENDORSE) || urges(s, CALL) || pitches(s).length > 0).map((s) => ({ start: s.start, end: s.end, text: s.text }));
}

function urges(s: DocSentence, re: RegExp): boolean {
  if (ASKS.test(s.text.trim())) return false;
  // Praise the writer denies ("not a game changer") does not promote.
  return scan(re, s.text).some((h) => !negatedBefore(s.text, h.start, 12) || /^(?:aren't|isn't|not)/i.test(h.text));
}

function promotesAnything(s: DocSentence): boolean {
  if (ASKS.test(s.text.trim())) return false;
  // "we switched to X" reports a change; "switch to X" urges it.
  return scan(PROMOTING, s.text).some((h) => !/^switched/i.test(h.text) && !negatedBefore(s.text, h.start, 12));
}
