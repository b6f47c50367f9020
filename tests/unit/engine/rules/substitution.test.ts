import { describe, expect, it } from 'vitest';
import { applyFix, checkerFor, spans } from './helpers';

const check = checkerFor(`
  - id: t/swap
    type: substitution
    category: brand-voice
    swap:
      committed suicide: died by suicide
      wheelchair-bound: wheelchair user
      Acme Corp: Acme Health
`);

describe('substitution rules', () => {
  it('flags the key and fixes it with the value, ignoring case', () => {
    const text = 'Her uncle Committed Suicide in 2019.';
    const [f] = check(text);
    expect(f.ruleId).toBe('t/swap');
    expect(spans(text, [f])).toEqual(['Committed Suicide']);
    expect(f.message).toBe('Say "died by suicide" instead of "Committed Suicide".');
    expect(applyFix(text, f)).toBe('Her uncle Died by suicide in 2019.');
  });

  it('keeps sentence case when the key starts a sentence', () => {
    const text = 'committed suicide is not the phrase. Committed suicide neither.';
    expect(check(text).map((f) => applyFix(text, f))).toEqual([
      'died by suicide is not the phrase. Committed suicide neither.',
      'committed suicide is not the phrase. Died by suicide neither.',
    ]);
  });

  it('matches through fancy Unicode letters, with offsets in the text as typed', () => {
    const text = 'Proud of our 𝐀𝐜𝐦𝐞 𝐂𝐨𝐫𝐩 team';
    const [f] = check(text);
    expect(text.slice(f.start, f.end)).toBe('𝐀𝐜𝐦𝐞 𝐂𝐨𝐫𝐩');
    expect(applyFix(text, f)).toBe('Proud of our Acme Health team');
  });

  it('matches hyphen and space spellings alike, and through zero-width characters', () => {
    expect(check('she is wheelchair bound')).toHaveLength(1);
    expect(check('she is wheelchair\u200B-bound')).toHaveLength(1);
  });

  it('matches inside hashtags, with or without the spaces, and keeps the hashtag shape in the fix', () => {
    const text = 'Never say #CommittedSuicide or #Acme Corp';
    const found = check(text);
    expect(spans(text, found)).toEqual(['CommittedSuicide', 'Acme Corp']);
    expect(applyFix(text, found[0])).toBe('Never say #DiedBySuicide or #Acme Corp');
  });

  it('respects word boundaries (near misses)', () => {
    expect(check('recommitted suicidehotline')).toEqual([]);
    expect(check('Acme Corporation announced')).toEqual([]);
    expect(check('the wheelchair-bounded region')).toEqual([]);
  });

  it('is case-sensitive when asked', () => {
    const cs = checkerFor(`
  - id: t/spell
    type: substitution
    category: brand-voice
    caseSensitive: true
    swap: { RiverBend: Riverbend }
`);
    expect(cs('Welcome to RiverBend')).toHaveLength(1);
    expect(cs('Welcome to Riverbend')).toEqual([]);
    expect(cs('Welcome to RIVERBEND')).toEqual([]);
  });
});
