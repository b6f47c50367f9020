// A skeptic word clears only the claim it governs: the clause it stands in, the clause it
// introduces ("Myth: ..."), or, said as a bare comment ("that's a myth", "I'm skeptical"), the
// clause before it. A second clause's own claim or advice still counts, and a dismissal said
// beside advice to drop care argues that advice to anyone.
// Near-misses: hedged and debunking education, in one clause or commented on in the next.
import { describe, expect, it } from 'vitest';
import { governedSpans } from '../../../../lib/engine/detectors/shared/clauses';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('medical-claims: the scope of a skeptic marker', () => {
  it.each([
    ['Oregano oil kills strep, the rest is a myth.', 'kills strep'],
    ['Cupping heals sciatica; the warnings online are debunked nonsense.', 'heals sciatica'],
    ["Don't trust products promising miracle results, but this castor oil pack reverses fibroids.", 'reverses fibroids'],
    ['Be skeptical of detox teas; beetroot juice flushes toxins from your liver though.', 'flushes toxins'],
    ['Elderberry prevents the flu, no study shows the shot does anything.', 'prevents the flu'],
    ['Vitamin C megadoses cure colds, the research is unproven for everything else.', 'cure colds'],
    ["Oregano oil cures strep throat and there's no evidence antibiotics help.", 'cures'],
  ])('still flags the claim of another clause: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    ['Quit the penicillin when the fever breaks, taking every last pill is an old myth.', 'Quit the penicillin'],
    ['Stop your statin if your muscles ache, the cholesterol scare is debunked.', 'Stop your statin'],
  ])('reads advice to drop care, argued with a dismissal, as advice to anyone: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    // the marker in the claim's own clause
    "There's no evidence that zinc prevents colds.",
    'The claim that turmeric cures arthritis is a myth.',
    "It's a myth that elderberry syrup cures the flu.",
    'Be wary of anyone who claims colloidal silver cures infections.',
    'No study shows that ginger cures nausea, but it does settle my stomach.',
    // a bare comment on the clause before, or a label on the clause after
    "Some say turmeric cures arthritis, I'm skeptical.",
    "Turmeric cures arthritis, that's a myth.",
    'Ginger cures nausea, which is unproven.',
    'Zinc lozenges prevent colds, debunked.',
    'Myth: oregano oil kills strep.',
    // a condition the marker is about
    'If a tea says it cures diabetes, be skeptical of it and of the seller.',
    // a colon after the marker introduces a list of what to doubt
    'Be wary of these: anything that erases wrinkles overnight, pills that melt fat while you sleep, and teas with no side effects.',
    // the writer disputes the advice itself
    "Don't quit the penicillin when the fever breaks, that's a myth.",
  ])('leaves a debunked claim alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('governedSpans', () => {
  const skeptic = /\b(?:myth|skeptical)\b/gi;
  const read = (text: string) => governedSpans(text, skeptic).map((g) => text.slice(g.start, g.end).replace(/^\W+/, ''));

  it('governs its own clause only when it says something of its own', () => {
    expect(read('X cures Y, the rest is a myth')).toEqual(['the rest is a myth']);
  });

  it('comments on the clause before when bare, and introduces what follows a colon', () => {
    expect(read("X cures Y, that's a myth")).toEqual(["that's a myth", 'X cures Y']);
    expect(read('Myth: X cures Y, and Z prevents W')).toEqual(['Myth', 'X cures Y, and Z prevents W']);
  });

  it('leaves a denial before a bare comment standing: the myth is what it denies', () => {
    expect(read("you don't need X, that's a myth")).toEqual(["that's a myth"]);
  });
});

describe('medical-claims: a referral that names the dose', () => {
  it('reads asking the clinician for a dose as part of the advice, not a referral', () => {
    expect(flags('Marco, with numbers like yours you should triple the lisinopril, ask your doctor for the 40 mg tablets.').join()).toContain('triple the lisinopril');
  });

  it.each([
    'Marco, with numbers like yours you should triple the lisinopril, but ask your doctor first.',
    'Marco, if your pressure stays high, ask your doctor for a 24-hour monitor.',
  ])('still reads a plain referral as one: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

