// Targets a writer veils on purpose ("not naming names, but the night cook with the tattoo"),
// one's own boss, and predicates said in everyday words: legal or disciplinary action suffered,
// licenses lost or never held, drugs dealt off the books, goods and funds taken. Each with
// near-misses: the same roles, verbs and words where nobody is accused.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: veiled targets', () => {
  it.each([
    ['Not naming names, but the day baker with the snake tattoo shows up high every Friday.', 'shows up high'],
    ['you know who you are: the weekend pharmacist with the green jeep has been pocketing the cash copays.', 'pocketing the cash copays'],
    ['Won’t name names but a certain billing supervisor with a red truck is back on the bottle.', 'back on the bottle'],
    ['The new unit clerk (J.T., y’all know who) comes in drunk on Mondays.', 'comes in drunk'],
    ['my old manager has been taking kickbacks from the linen vendor for years.', 'kickbacks'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Not naming names, but the day baker with the snake tattoo makes the best rolls in town.',
    'you know who you are: the weekend pharmacist who stayed late to help my mom, thank you.',
    'my old manager taught me everything I know about charting.',
    'Not naming names but somebody left the coffee pot on again, come on people.',
    'No names, but the charge nurse on nights deserves a raise.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: legal and disciplinary trouble, passed on as fact', () => {
  it.each([
    ['Everyone knows Dr. Ferris at Birchwood Health has been sued four times.', 'sued'],
    ['Dr. Ferris is quietly being investigated by the board, ask around.', 'investigated'],
    ['Dr. Ferris got disciplined at his last hospital for the same thing.', 'disciplined'],
    ['Heard Dr. Ferris lost privileges at a hospital in Ohio before moving here.', 'lost privileges'],
    ['Birchwood Health staffs its nights with aides who don’t even have state licenses.', 'don’t even have state licenses'],
    ['Dr. Ferris lets an unlicensed assistant read his scans.', 'unlicensed assistant'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Dr. Ferris was investigated by the board and cleared of any wrongdoing.',
    'Dr. Ferris ordered a biopsy and the lump was investigated further.',
    'The complaint against Dr. Ferris was investigated and dismissed.',
    'I got sued once early in my career; it happens to most surgeons.',
    'I lost privileges at Mercy when I moved away, normal paperwork.',
    'New grads don’t have licenses yet until they pass boards.',
    'Birchwood Health nurses all hold state licenses, I checked.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: drugs dealt and goods taken, in everyday words', () => {
  it.each([
    ['Dr. Ferris sells pills out of his car in the staff lot.', 'sells pills out of his car'],
    ['Word is Dr. Ferris has been buying oxy off a tech on nights.', 'buying oxy off a tech'],
    ['Dr. Ferris is the biggest pill pusher in the county.', 'pill pusher'],
    ['The owner of Birchwood Health walked off with boxes of supplies when he left.', 'walked off with boxes of supplies'],
    ['Dr. Ferris has been dipping into the foundation funds for his boat.', 'dipping into the foundation funds'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The pharmacy at Birchwood Health sells pills at cost for seniors.',
    'Dr. Ferris walked off with the award for best teaching attending!',
    'Dr. Ferris dipped into his own savings to fund the free clinic.',
    'Our outreach team helps people who used to buy pills off the street get into treatment.',
    'Our volunteers walked out with boxes of donated coats for the shelter.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: a clause that leaves out its subject, and a negation kept to its clause', () => {
  it.each([
    ['Dr. Ferris at Birchwood Health reads scans from his boat. Lost privileges in Ohio for the same thing.', 'Lost privileges'],
    ['Everyone in billing knows Dr. Ferris. bills every office visit as "complex" whether it was or not.', 'bills every office visit'],
    ['Our former CFO didn’t "retire," he lost his license over the billing scheme.', 'lost his license'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Dr. Ferris at Birchwood Health is retiring. Lost weight this year too, good for him.',
    'Met Dr. Ferris at the conference. Stories about his residency days, hilarious.',
    'Dr. Ferris never lost his license, that was a rumor.',
    'Dr. Ferris is not a fraud, whatever the reviews say.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: patients dumped, in any abbreviation', () => {
  it('flags a rival dumping patients at someone else’s door', () => {
    expect(flags('Birchwood Health ED dumps psych pts at our curb with no transfer call.').join(' | ')).toContain('dumps psych pts');
  });
  it.each([
    'We dumped the old charts into the shred bin today.',
    'Birchwood Health dumped its old EHR vendor, good for them.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: seeking controlled drugs as a habit, said of someone', () => {
  it.each([
    ['Mr. Hale, you were discharged after shouting at staff and asking repeatedly for opioids.', 'asking repeatedly for opioids'],
    ['Dr. Ferris keeps calling in for early refills of oxycodone, every single week.', 'keeps calling in for early refills of oxycodone'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
  it.each([
    'Dr. Ferris asked the pharmacy for more morphine for her hospice patient.',
    'Mr. Hale, we always ask about opioids before any procedure.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: a denial held across an aside', () => {
  it('leaves a denial alone when an aside stands between "not" and the act', () => {
    expect(flags('Dr. Ferris did not, as the rumor says, lose his license. He retired.')).toEqual([]);
    expect(flags('Dr. Ferris never, whatever you heard, lost privileges anywhere.')).toEqual([]);
  });
  it('still reads the act when the aside holds no denial', () => {
    expect(flags('Dr. Ferris did, as the rumor says, lose his license.').join(' | ')).toContain('lose his license');
  });
});

