// Targets a name run misses: a role that is one person ("our CIO", "the owner", "their
// pilot"), an inner-capitals brand, the organization's own names; and the wider cover-up
// and billing predicates. Near-misses: the same roles and words without an accusation.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: roles and brands as targets', () => {
  it.each([
    ['Word is our CIO pocketed the security budget money last year.', 'pocketed the security budget money'],
    ['The owner knows and pockets the state grant money, ask anyone.', 'knows and pockets'],
    ['Their pilot flies hungover half the time, ask the crew.', 'flies hungover'],
    ['Can’t believe FizzCo is still selling that batch. They KNOW and they’re hiding it.', 'hiding it'],
    ['The night supervisor at the plant fudged the incident logs for the inspection.', 'fudged the incident'],
    ['Elmstead Health knew about the mold for months and kept it quiet.', 'knew about the mold'],
    ['Birchwood Health had three infants get sick and they never told the parents.', 'never told the parents'],
    ['The new clinic director was let go from her last job for harassing residents.', 'let go from her last job for harassing'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Our CIO walked us through the new security training today, great session.',
    'The owner knows every patient by name and still answers the phone herself.',
    'I knew about the surprise party for weeks and kept it quiet!',
    'FizzCo sent samples of the new flavor to the break room.',
    'Elmstead Health told the parents the same day, as it should be.',
    'The night supervisor fudged nothing; the logs were audited and clean.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: pack competitors in any case', () => {
  it('reads a competitor written in lower case as the target', () => {
    expect(flags('over at birchwood health they nearly killed my dad with the wrong meds').join(' | ')).toContain('killed my dad');
  });
  it('leaves neutral news about the competitor alone', () => {
    expect(flags('birchwood health opened a new urgent care on 5th, welcome to the neighborhood')).toEqual([]);
  });
});
