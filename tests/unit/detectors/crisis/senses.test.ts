// Crisis words in other senses: games, the power grid, defences that held, walking out of a
// place, a contract with no labour talk, figures of speech. A made-up organization's pack shows
// the senses read the words around the hit, not one organization's lists.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const harbor = checkerFor('crisis', {
  lists: {
    organization: ['Harbor Point Health', 'Harbor Point'],
    competitors: ['Bayview Medical'],
    'crisis/cyber': ['ransomware', 'hackers', 'phishing', 'outage', 'the attack'],
    'crisis/labor': ['walkout', 'the contract', 'strike vote'],
    'crisis/water': ['legionella', 'sink'],
  },
});
const flags = (text: string) => flagged(harbor, text, 'crisis');

describe('crisis words in the topic sense', () => {
  it.each([
    ['Hackers locked our servers at Harbor Point and the systems are still down.', 'Hackers'],
    ['A phishing email got through at our hospital and now the EHR is offline.', 'phishing'],
    ['Outage on our unit since 6am, paper everything.', 'Outage'],
    ['Strike vote is Thursday; if they stall on the contract we walk out together.', 'Strike vote'],
    ['Nurses are sick of waiting, the union says the contract talks stalled again.', 'the contract'],
    ['They taped off every sink on our unit after the legionella results.', 'legionella'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
});

describe('crisis words in other senses (near misses)', () => {
  it.each([
    ['a game', 'The hackers in our Friday Fortnite lobby were ridiculous, reported three of them.'],
    ['the power grid', 'Power outage on our street since the storm, the generator at the firehouse is running.'],
    ['a defence that held', 'Our security team blocked 40,000 phishing emails last month, nice work.'],
    ['a drill', 'Phishing awareness training is due Friday for everyone on our unit.'],
    ['walking out of a place', 'Some nights on our unit you walk out to the car and just sit there.'],
    ['leaving a business', 'If the spa skips a screening before the drip, walk out.'],
    ['a personal contract', 'Week two of the contract and our unit already feels like home.'],
    ['a figure of speech', 'Prior auth is a massive time sink for our clinic staff.'],
    ["a rival's incident", "Bayview Medical's 'maintenance' lined up with their data leak. They got hit with ransomware, everyone knows it."],
  ])('%s: %s', (_sense, text) => {
    expect(flags(text)).toEqual([]);
  });
});
