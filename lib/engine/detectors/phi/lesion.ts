// A finding on someone's body told in plain words: "a spot on his lung", "that mole on her
// back", "a lump in Ray's neck", "a shadow on her mammogram". No disease word is needed: a
// spot, a growth or a shadow on a named part of a person is a finding of an exam, their health
// information. Read as a frame (finding noun + on/in + their part), so it holds for wordings no
// lexicon lists; "a spot on the couch", "a bump in the road" and "my mole" are no one else's.
import type { Doc } from '../../doc';
import { execDoc } from '../../by-sentence';
import { gated } from '../../text/regex-gate';
import type { PostContext } from './context';
import type { Fact } from './facts';

const FINDING = String.raw`(?:spots?|lumps?|mass|masses|growths?|moles?|nodules?|shadows?|bumps?|lesions?|cysts?|patch|patches|sores?|ulcers?|polyps?|tumou?rs?|knots?|blockages?|clots?|bleeds?)`;
// Whose: a third person, the reader, or a name's possessive. (Not "my": the author's own.)
const WHOSE = String.raw`(?:his|her|their|your|ur|yr|[\p{Lu}][\p{Ll}]+['’]s)`;
const PART = String.raw`(?:lungs?|liver|kidneys?|pancreas|brain|spine|bones?|thyroid|breasts?|ovar(?:y|ies)|uterus|colon|bowel|bladder|prostate|testicles?|skin|scalp|face|cheek|nose|lip|lips|tongue|throat|neck|back|chest|belly|stomach|abdomen|arm|arms|leg|legs|shoulder|hip|knee|foot|feet|hand|hands|ear|ears|eye|eyes|head|heart|arter(?:y|ies)|x-?ray|scan|ct|mri|mammogram|ultrasound|films?|labs?)`;
const LESION = gated(new RegExp(String.raw`\b${FINDING}\s+(?:on|in|under|behind|near)\s+${WHOSE}\s+(?:(?:left|right|upper|lower|inner|outer|little|other)\s+)?${PART}\b`, 'giu'));

/** Findings on another person's body, told without a lexicon word. */
export function lesionFacts(doc: Doc, ctx: PostContext): Fact[] {
  const out: Fact[] = [];
  for (const { start, match: m } of execDoc(doc, LESION)) {
    const sentence = doc.sentenceAt(start)?.index ?? 0;
    if (ctx.aggregate.has(sentence) || ctx.education.has(sentence) || ctx.publicStatement.has(sentence)) continue;
    out.push({ kind: 'condition', start, end: start + m[0].length, sentence, weak: false, tied: true });
  }
  return out;
}
