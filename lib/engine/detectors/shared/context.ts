// Reading a claim in its context: is it hedged or negated.
import { HEDGES } from '../../lexicons/policy/hedges';
import { alternation } from './match';

const HEDGE_RE = alternation(HEDGES, 'i');
const NEGATION_BEFORE = /(?:(?:^|[^\p{L}])(?:not|never|no|nobody|nothing|without|neither|nor)|n't)(?:\s+\S+){0,2}\s*$/iu;

export function isHedged(sentence: string): boolean {
  return HEDGE_RE.test(sentence);
}

/** A negation in the few words just before `at` ("is not a fraud", "never botched"). */
export function negatedBefore(text: string, at: number, window = 24): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(0, at - window), at));
}

export function anyMatch(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const ok = re.test(text);
  re.lastIndex = 0;
  return ok;
}

/**
 * A negation just before `at` in its own clause: "not guaranteed" is denied, "you will not
 * tear, guaranteed" is not (the negation belongs to the clause before the comma).
 */
// A negation held across an aside between commas: "did not, as the rumor says, lose his license".
const NEGATED_ACROSS_ASIDE = /(?:(?:^|[^\p{L}])(?:not|never)|n[’']t)\s*,\s*(?:as|like|according to|contrary to|despite|whatever|no matter what)\b[^,;:]{0,40},\s*(?:\S+\s+)?$/iu;

export function negatedInClause(text: string, at: number, window = 16): boolean {
  if (NEGATED_ACROSS_ASIDE.test(text.slice(Math.max(0, at - window - 56), at))) return true;
  const before = text.slice(Math.max(0, at - window), at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'));
  return negatedBefore(cut >= 0 ? before.slice(cut + 1) : before, cut >= 0 ? before.length - cut - 1 : before.length, window);
}
