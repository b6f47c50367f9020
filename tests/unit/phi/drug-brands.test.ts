// Principle: a drug is known by its brand long after the brand leaves the market (the Orange
// Book's discontinued products): "on Vicodin", "took Zofran". Near misses: old brands that are
// English words ("well versed") or too short to tell from a word stay out.
import { describe, expect, it } from 'vitest';
import { recognizeHealth } from '../../../lib/engine/recognizers/health';

const meds = (t: string) => recognizeHealth(t).filter((m) => m.kind === 'medication').map((m) => t.slice(m.start, m.end));

describe('discontinued brands are medications', () => {
  it('finds brands no longer marketed, in any case', () => {
    expect(meds('she was on Vicodin after the fall')).toEqual(['Vicodin']);
    expect(meds('gave him zofran and toradol')).toEqual(['zofran', 'toradol']);
    expect(meds('took lortab for years')).toEqual(['lortab']);
  });

  it('near miss: an old brand that is an English word is the word', () => {
    expect(meds('she is well versed in the billing rules')).toEqual([]);
    expect(meds('a triad of volunteers ran the booth')).toEqual([]);
  });
});
