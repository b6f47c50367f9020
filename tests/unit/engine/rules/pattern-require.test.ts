import { describe, expect, it } from 'vitest';
import { applyFix, checkerFor, spans } from './helpers';

describe('pattern rules', () => {
  const check = checkerFor(`
  - id: t/crazy
    type: pattern
    category: brand-voice
    match:
      - '(he|she|patient) (is|was) (so|totally)? (crazy|insane)'
`);

  it('matches compromise patterns, including through contractions', () => {
    const text = 'The patient was totally insane today.';
    expect(spans(text, check(text))).toEqual(['patient was totally insane']);
    expect(check("She's so crazy, honestly.")).toHaveLength(1);
  });

  it('does not match near misses', () => {
    expect(check('This week was insane.')).toEqual([]);
    expect(check('The patient was calm.')).toEqual([]);
  });
});

describe('require rules', () => {
  const check = checkerFor(
    `
  - id: t/views
    type: require
    category: brand-voice
    exemptAuthors: [brand-team]
    if:
      regex: ['\\bI\\s+work\\s+at\\s+{{org}}']
    then: [$own-views]
`,
    'lists:\n  org: [Riverbend Health, Riverbend]\n  own-views: [Views are my own, opinions are mine]\n',
  );

  it('flags the condition when none of "then" appears, and appends the first one', () => {
    const text = 'I work at Riverbend and flu season is here.';
    const [f] = check(text);
    expect(spans(text, [f])).toEqual(['I work at Riverbend']);
    expect(applyFix(text, f)).toBe('I work at Riverbend and flu season is here.\n\nViews are my own');
  });

  it('is satisfied by any "then" anywhere, in any case', () => {
    expect(check('Opinions are mine. I work at Riverbend Health.')).toEqual([]);
    expect(check('I work at Riverbend. views are my own')).toEqual([]);
  });

  it('does not fire without the condition, or for an exempt author', () => {
    expect(check('I work near Riverbend.')).toEqual([]);
    expect(check('I work at Riverbend.', { author: 'brand-team' })).toEqual([]);
  });

  it('accepts a compromise pattern as the condition and pack fix templates', () => {
    const c = checkerFor(`
  - id: t/ad
    type: require
    category: conflict-of-interest
    if: 'use my (code|link)'
    then: ['#ad']
    fixes:
      - { title: 'Add #ad', append: ' #ad' }
`);
    const text = 'Use my code SAVE10!';
    const [f] = c(text);
    expect(f.fixes.map((x) => x.title)).toEqual(['Add #ad']);
    expect(applyFix(text, f)).toBe('Use my code SAVE10! #ad');
    expect(c('Use my code SAVE10! #ad')).toEqual([]);
    expect(c('Use my judgment.')).toEqual([]);
  });
});
