// A patient's review in its own form (stars, the writer's own visit, the place called the best of its
// kind) posted by a healthcare employee poses as the patient it claims to come from, whichever care
// place it names. Sentences written for these tests; near-misses: a review without the visit or
// without the rave, a visit told without a review's form, and an employee who says where they work.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('conflict-of-interest', { lists: { organization: ['Kestrel Health', 'Kestrel'] } });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

describe('conflict of interest: a patient review in its own form', () => {
  it.each([
    '⭐⭐⭐⭐⭐ I was a patient here last winter and honestly the best clinic around, nobody waits long.',
    'Best urgent care in Dunmore!! Came in for a cut on my hand and they stitched me up in 20 minutes. 5 stars',
    'Had my baby there in May and the nurses were wonderful, best hospital in the valley. Five stars from me.',
    'Went in with a migraine and walked out smiling. Best ER in the county, 10/10.',
    'five stars. we were patients at the Oak Street office for years, best dentist in town hands down',
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });

  it.each([
    // Stars and a rave, no visit of the writer's own.
    '5 stars to the crew who fixed our roof, best roofers in town.',
    // A visit and stars, no place called the best.
    'Came in for a flu shot, five stars, quick and painless.',
    // A visit and a rave told without the review's form.
    'I was a patient there years ago and they were the best clinic in town back then.',
    // The writer says where they work.
    'I work at Kestrel and I was a patient here too: best clinic around, 10/10.',
    // A review about the review, quoted by the organization's team.
    'Thank you for the five stars, Maria! We share every kind word with our front desk team.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('conflict of interest: a patient seat said with a unit after it', () => {
  it.each([
    ['I was a patient on 4 East last spring and every nurse was amazing, give Kestrel a chance.', 'I was a patient on'],
    ['I was a patient in the cardiac unit and Kestrel is the best hospital in the state, hands down.', 'I was a patient in'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('stays quiet when the writer says they work there', () => {
    expect(flags('I work at Kestrel and I was a patient on 4 East once, give Kestrel a chance.')).toEqual([]);
  });
});
