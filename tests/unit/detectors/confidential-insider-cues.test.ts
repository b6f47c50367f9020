// Insider cues ("off the record", "you didn't hear it from me", "can't say more") make a post
// confidential only beside a non-public fact: a figure, a plan, a deal, a document. Alone they
// ride on crisis news, gossip or a personal secret. A made-up pack (Cobalt Ridge) stands in.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from './helpers';

const checker = checkerFor('confidential', { lists: { organization: ['Cobalt Ridge Health', 'Cobalt Ridge'] } });
const flags = (text: string) => flagged(checker, text, 'confidential');

describe('confidential: insider cues need a non-public fact', () => {
  it.each([
    'Skip the fountains at the east clinic for a while. You didn\'t hear it from me.',
    'If you have surgery next week maybe call ahead. Can\'t say more.',
    'My cousin is expecting twins and I\'m not supposed to know yet!',
    'Was my SSN leaked in the hack? Has anyone gotten a letter?',
    'Broken cells leak potassium into the sample, so the result reads high.',
    'The network is down again, our front desk is on sticky notes.',
    'Guest wifi is slow today, sorry to everyone in the waiting room.',
  ])('leaves a cue without a fact alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it.each([
    ['Off the record: the clinic budget got cut 12% for next year.', 'Off the record'],
    ['You didn\'t hear it from me, but the board approved the merger on Tuesday.', "You didn't hear it from me"],
    ['Can\'t say more, but the layoffs hit billing in March.', 'layoffs'],
    ['Internal only: the pharmacy moves to Elm Street.', 'Internal only'],
    ['Staff wifi is CobaltStaff-5 and the password is ridge2024', 'wifi is CobaltStaff-5'],
  ])('flags a cue with a fact, or a marker of the record: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
});
