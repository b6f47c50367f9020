// Pack topics matched by meaning: a topic's kind (outage, strike, contamination) brings the
// consequences and euphemisms staff use without naming the event. Two made-up packs show it is
// the pack's topics that decide, not one organization's words.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const harbor = checkerFor('crisis', {
  lists: {
    organization: ['Harbor Point Health', 'Harbor Point', 'MyHarbor'],
    partners: ['Chartwell'],
    'crisis/ransomware': ['ransomware', 'cyber incident'],
    'crisis/labor': ['strike', 'walkout'],
    'crisis/well-water': ['water contamination'],
  },
});
const flags = (text: string) => flagged(harbor, text, 'crisis');

describe('crisis topics by meaning', () => {
  it.each([
    ['Fourth day without Chartwell on our unit and still no word from anyone.', 'without Chartwell'],
    ['MyHarbor is still down, so we cannot see a single lab. Any idea when the systems come back?', 'MyHarbor is still down'],
    ['Week 2 of paper orders and runners on our floor, my feet hurt.', 'Week 2 of paper'],
    ['Our ED is diverting ambulances again tonight, the screens are all dark.', 'diverting ambulances'],
    ['If you were ever seen at Harbor Point, freeze your credit today.', 'freeze your credit'],
    ['Authorization vote is Monday, nurses, vote yes and see you on the picket line.', 'Authorization vote'],
    ['Bring your own water bottle if you have an appointment at Harbor Point this week.', 'Bring your own water'],
  ])('flags a consequence of an active topic: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('needs the pack topic: without an outage topic, a dead system is just a bad day', () => {
    const other = checkerFor('crisis', { lists: { organization: ['Harbor Point'], 'crisis/labor': ['strike'] } });
    expect(flagged(other, 'MyHarbor is still down on our unit, any idea when the systems come back?', 'crisis')).toEqual([]);
  });

  it.each([
    'Our power went out at home, day 3 without wifi and the kids are feral.',
    'Chartwell is the best charting system out there, our unit loves the new update.',
    'Fourteen years as a nurse and I still love the first coffee of the shift with our team.',
    'A scab that will not heal after three weeks needs a look from your dermatologist.',
    'Lives are on the line every shift, thank you to our ICU crew.',
  ])('leaves everyday talk alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('crisis: a listed one-word term split into everyday words', () => {
  const strike = checkerFor('crisis', { lists: { 'crisis/strike': ['strike', 'walkout'] } });
  it('does not read "walk out" on its own as the listed walkout', () => {
    expect(flagged(strike, 'some nights you walk out to the car and just sit there for a minute', 'crisis')).toEqual([]);
  });
  it('still reads it beside the rest of the topic', () => {
    expect(flagged(strike, 'The strike vote is Thursday and the whole unit should walk out.', 'crisis').join(' | ')).toContain('walk out');
  });
});
