// A company's hospitality told by its possessive and where it was held ("Vantora's retreat in Napa"),
// and gifts of flowers, baskets and treats, beside a promotion: sentences written for these tests.
// Near-misses: a restaurant's own special, the organization's own gala, hospitality with nothing promoted.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('conflict-of-interest', { lists: { organization: ['Kestrel Health', 'Kestrel'] } });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

describe('conflict of interest: hospitality and small gifts', () => {
  it.each([
    ['Vantora\'s retreat in Napa was gorgeous, and honestly Calmira is the best anxiety med out there, ask for it by name.', "Vantora's retreat"],
    ['Back from Orthovia\'s dinner at the steakhouse downtown; their knee is the best on the market, ask your surgeon.', "Orthovia's dinner"],
    ["Nuvella's brunch on the rooftop was so fun, and their sunscreen is the only one I put on my kids, grab some!", "Nuvella's brunch"],
    ['Brightwave sent me a gift basket and honestly their socks are the best out there, grab a pair.', 'sent me'],
    ['The folks at Kindleaf mailed me a bouquet and a tin of tea, best chamomile I have ever had, go get some.', 'mailed me'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "Chili's dinner special is back and it's the best deal in town, go get it.",
    "Kestrel's gala in the ballroom was the best night ever, go buy tickets for next year.",
    "Orthovia's dinner at the steakhouse was lovely, great conversation about knee outcomes.",
    'The Kindleaf booth had a basket of tea samples at the conference.',
    "Vantora's retreat in Napa made the news for its price tag.",
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
