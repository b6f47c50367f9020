// Frames of a post that sells: a pack product standing for a remedy, the writer's own result beside
// a code or link, an illness promised gone, ad copy with no subject, a remedy ranked above all care,
// dose changes told to a named reader, and "ask for it by name" read as a sales line, not a hedge.
// Sentences written for these tests, each beside near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims', { lists: { products: ['Veltrion'] } });
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('medical claims in a post that sells', () => {
  it.each([
    ['Do the ginger cleanse for ten days and your psoriasis will disappear.', 'psoriasis will disappear'],
    ['Two scoops of the mushroom blend and ur migraines will be history.', 'migraines will be history'],
    ['Reverses neuropathy without a single prescription. Link in bio.', 'Reverses neuropathy'],
    ['This castor oil pack is miles ahead of anything your dermatologist sells for eczema.', 'miles ahead of anything'],
    ['Oregano oil does more for a sinus infection than any antibiotic ever will.', 'more for a sinus infection than any antibiotic'],
    ['Marta, go ahead and double your Veltrion tonight, that usually does the trick.', 'double your Veltrion'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Take the full course of antibiotics and your strep will clear up.',
    'Your flu shot will not give you the flu.',
    'Inhalers work better than any home remedy for an asthma attack.',
    'Ginger tea may help some people with mild nausea; talk to your doctor first.',
    'Our new parking garage is miles ahead of the old lot.',
    'Will your headache go away on its own? Usually, but see us if it lasts.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
