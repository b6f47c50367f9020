// Confidential: cues that a fact is not public yet, and internal figures (pay, budgets, losses)
// said as numbers. A made-up organization's pack: nothing here depends on Riverbend's lists.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from './helpers';

const checker = checkerFor('confidential', { lists: { organization: ['Maple Valley Health', 'Maple Valley'] } });
const flags = (text: string) => flagged(checker, text, 'confidential');

describe('not yet public', () => {
  it.each([
    ["Q3 numbers aren't out until the board meets, but Maple Valley lost $14M on the quarter.", "aren't out until"],
    ["They're not announcing it till Friday, but the clinic on Elm closes in March.", 'not announcing it till'],
    ['Leadership told us not to share it, but the new wing opens in June.', 'told us not to share'],
    ["The layoff numbers hasn't been reported yet: 40 positions at Maple Valley.", "hasn't been reported"],
  ])('flags the cue beside a fact: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "The results of the flu vaccine study aren't out until spring; we'll share them when they are.",
    'Not supposed to say this but I love my job.',
    "Don't tell anyone, but I cried at the retirement party.",
    'Our annual report is out today: read it on our website.',
  ])('near miss: no fact behind the cue, or already public: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('internal figures', () => {
  it.each([
    ['New grads at Maple Valley start at $29.40 an hour and the senior band caps at $84k.', 'start at $29.40'],
    ['Our capital budget for next year is 40k for six clinics.', 'budget for next year is 40k'],
    ['Heard the system lost $12M last quarter, brace yourselves.', 'lost $12M'],
    ['They are offering new hospitalists $310k base, per a friend.', 'offering new hospitalists $310k'],
  ])('flags pay, budgets and losses as figures: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Flu shots start at $20 at the pharmacy this week.',
    'I ran a 5k this weekend and lost 3 pounds.',
    'Maple Valley is hiring! New grads start at $29/hr, see the posting on our careers page.',
    'Our gala raised $40k for the pediatric wing, thank you all!',
  ])('near miss: a price, a race, a published job posting, a public total: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('figures that are nobody\'s internal numbers', () => {
  it.each([
    "Let's do a made-up example: say you make $60k and your deductible is $3,000.",
    'Agency contract postings for Maple Valley are offering $115/hr for 5-day blocks.',
  ])('near miss: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
