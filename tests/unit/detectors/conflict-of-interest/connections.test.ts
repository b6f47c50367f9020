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

describe('conflict-of-interest: gifts, fees, equity and family in other words', () => {
  it.each([
    ["They sent it to me free and I'm on their nutrition advisory board. Most accurate monitor out there, get it!", 'sent it to me free'],
    ["My husband's family owns Oakleaf Bakery, best sourdough in the county, go visit!", "My husband's family owns"],
    ["Teton CPR Academy is the best class in the state, tell them Joe sent you, I get a finder's fee.", "finder's fee"],
    ['My Q4 faves, use GUTLOVE for 15% off everything at Sproutly.', 'use GUTLOVE for'],
    ['GIVEAWAY! I also got 10% equity in their seed round, enter below and tag 2 friends!', 'equity'],
    ['The only penlight I carry, grab it here amzn.to/3xAbCd', 'amzn.to/3xAbCd'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'My sister sent me this recipe and it is the only one I would ever make for the potluck.',
    'My husband runs marathons, so proud of him, go team!',
    'Use SPF 30 for daily wear, and reapply every two hours.',
    'We are giving away free flu shots at the clinic Saturday.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('conflict-of-interest: an employee claiming the patient seat', () => {
  const own = checkerFor('conflict-of-interest', { lists: { organization: ['Elmstead Health'] } });
  const ownFlags = (text: string) => flagged(own, text, 'conflict-of-interest');
  it.each([
    ['Elmstead neighbor here, the new pavilion at Elmstead Health is AMAZING!', 'neighbor here'],
    ['Speaking as a patient, not staff: Elmstead Health was wonderful, go there!', 'as a patient'],
    ['This review is fake. I’ve been a patient at Elmstead Health for years and they are wonderful.', 'been a patient at'],
  ])('flags %s', (text, words) => {
    expect(ownFlags(text).join(' | ')).toContain(words);
  });

  it.each([
    'I work at Elmstead Health and I was a patient there too last spring, the care was great.',
    'Our patients here at Elmstead Health are the best part of the job.',
  ])('leaves these alone: %s', (text) => {
    expect(ownFlags(text)).toEqual([]);
  });
});
