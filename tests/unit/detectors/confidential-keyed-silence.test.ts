// Door codes told by a keypad's shape without the word "code", orders of silence from the
// organization, and its internal records cited as a source; each with clean near-misses.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from './helpers';

const checker = checkerFor('confidential', { lists: { organization: ['Kestrel Health', 'Kestrel'] } });
const flags = (text: string) => flagged(checker, text, 'confidential');

describe('confidential: a keypad code by its shape', () => {
  it.each([
    'heads up nights: the side entrance by pharmacy switched to 8812# after the old one got shared around',
    'lol the supply room door is still 1-3-5-7, who picked that',
    "we're punching 5531 on the stairwell keypads tonight",
  ])('flags %s', (text) => expect(flags(text).length).toBeGreaterThan(0));
  it.each([
    'The door to 4 West opens at 0700 and the family lounge is room 4410.',
    'Our new entrance on Elm St opens March 3, 2026, with parking for 120 cars.',
    'Call the front desk at 555-0100 if the door is locked.',
    'Gate 12 boarding for flight 2231 now, see you in Denver!',
  ])('leaves alone %s', (text) => expect(flags(text)).toEqual([]));
});

describe('confidential: the organization ordering silence, and its internal records', () => {
  it.each([
    'Management told the charge nurses not to confirm whether the ICU is closing.',
    'We were told not to answer any questions from reporters about the water at Kestrel.',
    'Per the internal staffing report, nights are short 4 RNs all of next month.',
  ])('flags %s', (text) => expect(flags(text).length).toBeGreaterThan(0));
  it.each([
    'My mom told me not to mention the surprise party to my dad lol',
    // A client asking staff for discretion is a favour, not the organization's order.
    'when the weather guy from channel 6 comes in for his botox and asks us not to tell anyone lol',
    'The nurse told me not to eat before the scan.',
    'My internal medicine rotation report is due Friday.',
  ])('leaves alone %s', (text) => expect(flags(text)).toEqual([]));
});

describe('confidential: a rate of pay told of a job', () => {
  it.each([
    'Guess what the new float pool manager makes. $138k plus bonus.',
    'Found out what they pay the agency traveler on 5 West. $88 an hour!!',
    'Patient Access Rep I at Kestrel starts at $18.75/hr, tops out at 21.',
  ])('flags %s', (text) => expect(flags(text).length).toBeGreaterThan(0));
  it.each([
    'Now hiring RNs for nights, $45/hr plus differential, apply on our careers page!',
    'Parking downtown is $12 a day now, ridiculous.',
    'Our nurse educator ran a CPR class for 40 people; tickets were $25 a person.',
  ])('leaves alone %s', (text) => expect(flags(text)).toEqual([]));
});
