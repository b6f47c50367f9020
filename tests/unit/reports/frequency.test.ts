// The frequency guardrail through the whole checker: the count comes in with the check options.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import { pack as packSchema } from '../../../lib/policy/schema';

const packWith = (frequency: Record<string, unknown> | undefined) =>
  packSchema.parse({ pack: 'cadence', version: '1.0.0', ...(frequency ? { detectors: { frequency } } : {}) });
const DRAFT = 'Our flu clinic is open late on Thursday. Bring the whole family.';
const flagged = (checker: ReturnType<typeof createChecker>, postsToday?: number) =>
  checker.check(DRAFT, postsToday === undefined ? {} : { postsToday }).findings.filter((f) => f.ruleId === 'frequency/posts-per-day');

describe('frequency guardrail', () => {
  const checker = createChecker([packWith({ maxPostsPerDay: 3 })]);

  it('warns on the post that would go over the daily maximum', () => {
    const [f] = flagged(checker, 3);
    expect(f).toMatchObject({ category: 'quality', severity: 'warning', start: 0, policy: { pack: 'cadence' } });
    expect(DRAFT.slice(f.start, f.end)).toBe('Our flu clinic is open late on Thursday.');
    expect(f.message).toContain('3 times');
    expect(flagged(checker, 7)).toHaveLength(1);
  });

  it('stays quiet up to the maximum, and when the count is unknown', () => {
    expect(flagged(checker, 0)).toEqual([]);
    expect(flagged(checker, 2)).toEqual([]);
    expect(flagged(checker)).toEqual([]);
  });

  it('needs a pack that sets a whole, non-negative maximum', () => {
    expect(flagged(createChecker([packWith(undefined)]), 50)).toEqual([]);
    expect(flagged(createChecker([packWith({})]), 50)).toEqual([]);
    expect(flagged(createChecker([packWith({ maxPostsPerDay: 'five' })]), 50)).toEqual([]);
    expect(flagged(createChecker([packWith({ maxPostsPerDay: 2.5 })]), 50)).toEqual([]);
    expect(flagged(createChecker([packWith({ maxPostsPerDay: 3, enabled: false })]), 9)).toEqual([]);
  });

  it('takes the severity the pack sets and says "once" for one post', () => {
    const [f] = flagged(createChecker([packWith({ maxPostsPerDay: 1, severity: 'info' })]), 1);
    expect(f.severity).toBe('info');
    expect(f.message).toBe('You have posted once on this site today');
  });

  it('flags nothing in an empty draft', () => {
    expect(checker.check('', { postsToday: 9 }).findings).toEqual([]);
  });
});
