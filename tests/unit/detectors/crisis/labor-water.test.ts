// More of a topic's kind by meaning: wage offers and votes told as they happen, a walkout "if"
// the talks fail, systems "toast" and records nobody can pull up, not drinking from a place's
// fountains and the place's water itself. Made-up pack; the near-misses share the words.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const harbor = checkerFor('crisis', {
  lists: {
    organization: ['Harbor Point Health', 'Harbor Point', 'Elm Street Clinic'],
    'crisis/ransomware': ['ransomware', 'cyber incident'],
    'crisis/labor': ['strike', 'walkout', 'walk out', 'bargaining'],
    'crisis/well-water': ['water contamination'],
  },
});
const flags = (text: string) => flagged(harbor, text, 'crisis');

describe('crisis topics by meaning: more consequences', () => {
  it.each([
    ["Word from the table: admin's offer to the nurses is 1.5% over three years.", 'offer to the nurses is 1.5%'],
    ['Harbor Point nurses already voted, and if it passes they walk if nothing changes by the 1st.', 'nurses already voted'],
    ["Don't sign anything management hands you before the vote, Harbor Point nurses.", 'before the vote'],
    ['Our RNs walk out Monday if the talks fail, stock up on snacks.', 'walk out'],
    ['Harbor Point portal is toast again and we cannot pull anything up on the unit.', 'portal is toast'],
    ['If you have an appointment at Harbor Point this week, bring a printed list of your meds.', 'bring a printed list'],
    ["Elm Street Clinic water is a science project right now, I wouldn't let my kids drink from the fountains.", 'Elm Street Clinic water'],
    ['Mine are not drinking anything at Elm Street Clinic until we hear the all-clear.', 'the all-clear'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The kids went on strike against bedtime again, negotiations resume at 7.',
    'I rounded with the night crew and saw how many miles they walk, what a team.',
    'My PT and I are bargaining with myself over one more set of squats, lol.',
    'We offered 20% off flu-season hoodies at the Harbor Point gift shop fundraiser.',
    'Elm Street Clinic water bottles are back at the front desk, grab one on your way out!',
    'The county vote on the school levy is next week, go vote!',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
