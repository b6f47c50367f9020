// The wider classes of material connection (advising, equity, hosting, meals and gifts, paid
// talks, family ties, referral perks) with promotion, and the near-misses that stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('conflict-of-interest');
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

describe('conflict-of-interest: wider material connections', () => {
  it.each([
    ["I've been advising the Brightpath team on their sleep tracker for a year, highly recommend it to every patient.", 'advising'],
    ['Stoked my stock options vest next spring, and honestly this charting tool is miles ahead of the rest.', 'options vest'],
    ['Loomwell put us up at a lakeside resort for their launch. Every clinic should be asking for their infusion chairs.', 'put us up at'],
    ["The Corvalis reps bought our whole unit breakfast again, go try their wound dressings, they're life-changing.", 'bought our whole unit breakfast'],
    ['Back from my talk for Nexamed in Denver, tell your cardiologist you want their monitor.', 'talk for'],
    ['My cousin Dana just opened Fern Physio downtown, go book a session, tell them I sent you.', 'My cousin Dana just opened'],
  ])('flags promotion with a connection: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'I was advised by my own doctor to try a sleep tracker, go download one if you snore.',
    'Our hospital catered lunch for nights, highly recommend the tacos in the cafeteria.',
    'My sister and I had dinner at the new diner, I highly recommend the pie.',
    "#ad I've been advising the Brightpath team, and their sleep tracker is the best on the market.",
    'Advising new grads: go get a good pair of compression socks, your legs will thank you.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
