// Crisis topics by meaning, more ways staff tell them: the nurses acting together in any
// inflection (walking out, striking, voting, rallying), support for a strike without its name,
// a system placed before its state or refusing to load, sickness clustered at the place, and the
// event counted in days. A made-up pack decides the topics; sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const harbor = checkerFor('crisis', {
  lists: {
    organization: ['Harbor Point Health', 'Harbor Point', 'Dunmore Clinic', 'MyHarbor'],
    'crisis/ransomware': ['ransomware', 'cyber incident'],
    'crisis/labor': ['strike', 'walkout'],
    'crisis/well-water': ['water contamination', 'Legionella'],
  },
});
const flags = (text: string) => flagged(harbor, text, 'crisis');

describe('crisis: collective action and more consequences', () => {
  it.each([
    ['Word is the nurses at Harbor Point voted yes last night, so buckle up.'],
    ['Honestly if the RNs on our floor end up walking out Friday, I get it.'],
    ['Solidarity with our nurses, see you at the hospital entrance at 6.'],
    ["If it comes to that, I won't be crossing. Our unit sticks together."],
    ['honk if u support the nurses on Harbor Street today!!'],
    ['Every workstation in the cath lab just went dark again, runners everywhere at Harbor Point.'],
    ["MyHarbor still won't load for me, I can't see my results and nobody says why."],
    ['Three of the Dunmore Clinic front desk staff are out sick at once, and people are asking about the sinks.'],
    ['ransomware week 3 and our unit is out of sharpies'],
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Two nurses at another system got walked out for stealing, wild story from a friend.',
    'The crossing guard by the school is the nicest man alive. Harbor Point kids love him.',
    'We wore red today for heart health month at Harbor Point! ❤️',
    'My mother-in-law is at Dunmore Clinic with pneumonia, please keep her in your prayers.',
    'Our nurses voted Priya preceptor of the year and she cried, best day.',
    'My laptop still will not load Netflix, send help lol',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
