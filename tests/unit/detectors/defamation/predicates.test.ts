// Wider damaging predicates (impairment at work, harm in care, billing for work not done,
// discipline and credentials, cover-ups) about an identifiable target, and the near-misses.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: wider damaging predicates', () => {
  it.each([
    ['Word around the unit is Dr. Amara Quist showed up hungover to her Monday cases again.', 'showed up hungover'],
    ['Rumor is Dr. Hale might have been drinking before that surgery.', 'drinking before that surgery'],
    ['Dr. Colin Varga botched my mother’s knee and then blamed her for it.', 'botched'],
    ['Birchwood Health bills families for therapy sessions their staff never actually performed.', 'never actually performed'],
    ['Dr. Tessa Moreau at Birchwood Health let her license lapse last year and still sees patients.', 'let her license lapse'],
    ['Birchwood Health knew about the mold in the NICU for months and said nothing.', 'knew about'],
    ['The pharmacist at Birchwood Health keeps shorting people’s pill counts.', 'shorting people’s pill counts'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Dr. Amara Quist showed up with donuts for the whole night shift, legend.',
    'I came in hungover to my own birthday brunch, no regrets.',
    'We lost power for an hour but Birchwood Health kept every patient safe.',
    'Birchwood Health does not bill for missed appointments, which I appreciate.',
    'Dr. Colin Varga taught me how to fix a botched IV start without a second stick.',
    'Meet Jordan, a made-up persona (not a real person) for our writing class.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
