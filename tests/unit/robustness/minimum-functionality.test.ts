// Minimum functionality (CheckList): each principle of the category table gets a family of
// generated sentences that must be flagged, and near-misses that must not be, with the Riverbend
// pack and the learned second opinion as the product runs. Floors sit a little under what the
// engine does today (2026-12-06); near-miss families may not be flagged at all.
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../eval/families';
import { riverbendChecker } from '../../eval/engine';

/** Least share flagged for a risky family, most for a near-miss family; keyed by principle. */
const BOUND: Record<string, number> = {
  'health information tied to an identifiable person other than the author': 0.95,
  "the author's own health, aggregates and education are not PHI": 0,
  'damaging factual-sounding claims about identifiable people or organizations': 0.85,
  'praise and opinions on policy are not defamation': 0,
  'undisclosed material connections and endorsements': 0.9,
  'a recommendation with no connection is not a conflict of interest': 0,
  'internal-only material, unreleased financials, layoffs and security details': 0.95,
  'what is already public is not confidential': 0,
  'speculation on unfolding crisis topics by anyone outside the brand team': 0.9,
  'unsubstantiated health claims': 0.95,
  'education and skepticism about claims are not claims': 0,
  'person-first language': 1,
};

describe('minimum functionality: generated families and their near-misses', () => {
  const checker = riverbendChecker();
  const flagged = (text: string, category: string) =>
    checker.check(text, { author: 'nurse' }).findings.some((f) => f.category === category && f.severity !== 'info');

  it.each(FAMILIES.map((f) => [f.risky ? 'flags' : 'leaves clean', f.principle, f] as const))('%s: %s', (_, principle, family) => {
    const hits = family.sentences.filter((s) => flagged(s, family.category));
    const rate = hits.length / family.sentences.length;
    const bound = BOUND[principle];
    expect(bound, `no bound for "${principle}"`).toBeDefined();
    const failures = family.risky ? family.sentences.filter((s) => !hits.includes(s)) : hits;
    if (family.risky) expect(rate, `missed:\n${failures.slice(0, 8).join('\n')}`).toBeGreaterThanOrEqual(bound);
    else expect(rate, `flagged:\n${failures.slice(0, 8).join('\n')}`).toBeLessThanOrEqual(bound);
  });
});
