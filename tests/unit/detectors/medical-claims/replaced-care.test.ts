// Care traded for a remedy: a medicine dropped or declared unneeded for everyone, with a remedy
// named beside it; the immune system promised invincible; a pack product ranked above "anything"
// only where an illness is in view. Sentences written for these tests, beside clean near-misses.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims', { lists: { products: ['Corvix'] } });
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('care traded for a remedy', () => {
  it.each([
    ['Ditch the steroid cream and rub in raw honey twice a day.', 'Ditch the steroid'],
    ['Start every morning with turmeric water and you can toss the ibuprofen.', 'toss the ibuprofen'],
    ['People with gout do not even need allopurinol once they start tart cherry juice.', 'not even need allopurinol'],
    ['Since adding the sea moss gel, my clients never need their inhalers.', 'never need their inhalers'],
    ['Elderberry all winter, no flu shot needed.', 'no flu shot needed'],
    ['A daily dose of garlic capsules keeps your immune system bulletproof.', 'immune system bulletproof'],
    ['This mushroom tincture resets your immune system in a week.', 'resets your immune system'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Most kids with ear infections do not need antibiotics, and honey can soothe a cough.',
    'Toss expired antibiotics at the pharmacy drop-off box.',
    'Please double check your pills against the list before you leave.',
    'You do not need an appointment for the flu shot this Saturday.',
    'Sleep, exercise and a balanced diet support a healthy immune system.',
    'Corvix is so much better than anything else out there for scheduling shifts.',
    'We flip the switch on Corvix at midnight, thanks to every super user.',
    'Swap the bouillon cube for garlic and oregano to skip the extra sodium.',
    'And skip the zinc nasal sprays, they have been linked to losing smell.',
    'If you taper too fast you can feel awful, so go slow with the prednisone.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
