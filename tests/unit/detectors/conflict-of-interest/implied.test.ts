// Conflicts of interest told in wider words: a product's health claim as its pitch beside a tie,
// selling it oneself ("message me to order"), having made it, advising its maker, a relative's
// business or job there, referral credit ("tell my sister I sent you"), and commissions in
// Spanish. Made-up pack and sentences, with clean near-misses: disclosed ties, vendor mentions
// without promotion, and family news that promotes nothing.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const lists = { organization: ['Kestrel Health'], partners: ['Vantora'], products: ['Calmira'] };
const checker = checkerFor('conflict-of-interest', { lists });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

describe('conflict of interest: ties and pitches in wider words', () => {
  it.each([
    ['Vantora brought the whole unit breakfast again. Calmira literally stops panic attacks before they start.'],
    ["I've been quietly advising a startup on their sleep app and it is hands down the one every nurse needs."],
    ['I joined the Brightleaf team last month and their greens powder is so good. Message me to order!'],
    ['These collagen chews are my go-to, I helped formulate them so yes I am biased lol. Link in bio.'],
    ["My cousin's new physical therapy clinic on Main is the best in town, go see them!"],
    ['Need a pharmacy? Oakline Rx is the best in the county. Tell my brother Sam I sent you.'],
    ['Compren las vitaminas de mi comadre, son lo mejor 🌿 y a mí me cae algo por cada venta jeje'],
  ])('flags: %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Vantora brought lunch for the unit today. We went over the new pump settings for an hour.',
    'My cousin just opened a bakery downtown, so proud of her!',
    'Thanksgiving at my mom\'s place was the best, and the pie was amazing.',
    '#ad I helped formulate these chews for Brightleaf and I am paid by them. Link in bio.',
    'My sister works at a clinic in Dayton and loves her team.',
  ])('stays clean: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

// Disclosures are the detector's own class (the core pack no longer lists them): each clears a tie.
describe('disclosures with no pack list', () => {
  it.each([
    'Vantora paid me to try these insoles and they are the best out there. #ad',
    'I am a paid speaker for Vantora, and Calmira is the best sleep aid out there.',
    'Vantora sent me these insoles and I love them. Material connection: they were free.',
  ])('clears: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
