// The pack's absolute claims ("miracle cure", "100% safe"): the medical-claims detector reads the
// list `absolute-claims` (setting `absoluteClaimsList`), so the pack adds wording without a
// second rule deciding the same thing.
import type { Doc } from '../../doc';
import { SKEPTIC_MARKERS } from '../../lexicons/policy/hedges';
import { anyMatch } from '../shared/context';
import { alternation, findTermsInDoc, type Hit } from '../shared/match';

const SKEPTIC_RE = alternation(SKEPTIC_MARKERS, 'i');
// Warnings about such promises (education, not a claim), beyond the detector's skeptic markers.
const WARNING_ABOUT = /\b(?:any(?:one|thing|body) (?:promising|who promises|that promises)|no (?:proof|evidence|studies)|never been proven|not proven)\b/i;

const DENIED = /\bsuch thing as\s+$|(?:\b(?:not|never)|n't)\s+(?:a\s+|an\s+)?$|\b(?:no|nothing|nobody)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * Whether the claim at `at` is denied by the words just before it ("not risk-free", "isn't a
 * miracle cure"); an item of a list of absences ("no needles, no side effects") is not.
 */
export const deniedBefore = (text: string, at: number): boolean => DENIED.test(text.slice(Math.max(0, at - 16), at));

/** Listed absolute claims the writer makes: not in a sentence that warns about them, not negated. */
export function absoluteClaims(doc: Doc, terms: readonly string[]): Hit[] {
  if (!terms.length) return [];
  return findTermsInDoc(doc, terms).filter((h) => {
    const s = doc.sentenceAt(h.start);
    if (s && (anyMatch(SKEPTIC_RE, s.text) || WARNING_ABOUT.test(s.text))) return false;
    // "not risk-free", "isn't a miracle cure"; a list of claims ("no needles, no side effects") stays one.
    return !deniedBefore(doc.text, h.start);
  });
}
