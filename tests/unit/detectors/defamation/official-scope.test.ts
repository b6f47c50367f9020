// A cited record vouches only for the claim that rests on it. An official record ("was fined by the
// state", "according to the court filing") clears its own clause; a news story named as the source
// clears its whole sentence; neither clears a second, uncited accusation in another clause.
// Near-misses: the record alone, the record with the act it was for, a reported story told whole.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: what an official record clears', () => {
  it.each([
    ['Dr. Varga at Birchwood Health was fined by the state board in 2019, and he still shows up drunk to his cases.', 'shows up drunk'],
    ['Birchwood Health has been cited for staffing twice; their night nurse also steals narcotics from the cart.', 'steals narcotics'],
    ['According to the court filing, Birchwood Health settled a wage dispute, but their CFO pockets the grant money.', 'pockets the grant money'],
    ['Dr. Ilse Moran pleaded guilty to a traffic charge, and she botched my uncle’s hernia repair.', 'botched'],
  ])('flags the uncited clause of %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    // the record and the act it was for, in one clause
    'Birchwood Health was fined in 2020 for billing Medicare for visits that never happened.',
    'According to the court filing, Birchwood Health billed Medicare for visits that never happened.',
    'Dr. Ilse Moran was convicted of stealing opioids from the clinic she ran.',
    // a news story named as the source covers the whole sentence
    'According to the Tribune, Birchwood Health billed Medicare for phantom visits, and its CEO knew for months.',
    'As reported by the Courier, the Birchwood Health director embezzled the foundation funds; the trial starts in May.',
    // the record alone, and a neutral opinion beside it
    'Birchwood Health was fined by the state last year, and honestly their parking is still a mess.',
  ])('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
