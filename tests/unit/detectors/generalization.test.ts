// Everyday phrasings of each policy risk, and the near-misses that share their words: the
// detectors must read the risk, not a list of known posts.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from './helpers';

const organization = ['Pinecrest Health', 'Pinecrest', 'PineConnect'];

describe('defamation in everyday words', () => {
  const checker = checkerFor('defamation', { lists: { organization, competitors: ['Harbor Medical'] } });
  const flags = (text: string) => flagged(checker, text, 'defamation');

  it.each([
    ["Harbor Medical's head of surgery got busted for a DUI in March and kept operating.", 'busted for'],
    ['Dr. Okonjo at Harbor Medical smells like whiskey every morning on rounds.', 'smells like whiskey'],
    ['Nurse Halvorsen swiped the fentanyl patches from the med room, everyone saw.', 'swiped the fentanyl'],
    ['Dr. Tamura faked his residency, the whole department knows.', 'faked his residency'],
    ['Every case Dr. Brill takes ends up with an infection somehow.', 'ends up with an infection'],
    ['Dr. Marchetti misses fractures on half the films she reads.', 'misses fractures'],
    ['Nurse Abernathy documents wound checks she never did.', 'she never did'],
    ['Harbor Medical overbills every Medicaid family that walks in.', 'overbills'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('points an aside that names nobody back at the person just named', () => {
    expect(flags("Dr. Penrose's patients always seem to need a second surgery. How convenient.").length).toBeGreaterThan(0);
  });

  it.each([
    'Congrats to Dr. Penrose on her promotion! Just saying, she earned it.',
    'Dr. Okonjo gave a talk on alcohol use disorder and how to spot it in colleagues.',
    'A man was arrested downtown last night, police say.',
    'Our infection rates dropped again this quarter, great work everyone.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('conflict of interest through family ties', () => {
  const checker = checkerFor('conflict-of-interest', { lists: { organization } });
  const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

  it.each([
    ["My son-in-law's meal-prep startup is the best in the county, order tonight!", "son-in-law's meal-prep startup"],
    ["My sister's yoga studio just opened. Everybody should go check it out.", "sister's yoga studio"],
    ['My dad invented this pill organizer and every pharmacy needs one!', 'My dad invented'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "My sister's yoga studio just opened and I am so proud of her. #ad",
    'My brother-in-law just finished his first triathlon!',
    "These running shoes are great. Bought them myself, nobody sent me anything.",
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('confidential security details in plain words', () => {
  const checker = checkerFor('confidential', { lists: { organization, codenames: ['Falcon'], 'protected-subjects': ['Ridgeview'] } });
  const flags = (text: string) => flagged(checker, text, 'confidential');

  it.each([
    ['The gate code for the ambulance bay is still 8842.', '8842'],
    ['the lockbox by the pharmacy is 4-4-0-9 if you need it', '4-4-0-9'],
    ['Code for the linen closet on 3 is 7713 now', '7713'],
    ['Staff wifi password at Pinecrest is spruce2027', 'spruce2027'],
    ['Heads up, a 3% merit raise cap is coming for everyone.', '3% merit raise cap'],
    ['Falcon kickoff meeting got moved to Thursday.', 'Falcon'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Falcon spotted over the river trail this morning!',
    'The posted salary range for the radiology tech job is on our careers page.',
    'My bike lock is 3 years old and still works.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('crisis topics in other words', () => {
  const lists = { organization, 'crisis/outage': ['ransomware', 'system outage'], 'crisis/labor': ['strike', 'walkout'] };
  const checker = checkerFor('crisis', { lists });
  const flags = (text: string) => flagged(checker, text, 'crisis');

  it.each([
    ['Our family at Pinecrest is already lawyering up over the mix-up.', 'lawyering up'],
    ['Maintenance keeps flushing the pipes at our clinic and we were told not to use the sinks.', 'flushing the pipes'],
    ['If they cut ratios again we are striking, period.', 'striking'],
    ['Still charting by hand at our hospital, day six.', 'charting by hand'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Read an article about ransomware gangs targeting hospitals nationwide. Scary.',
    'The strike of the clock at midnight means our unit gets pizza.',
    'Strike a pose! Our unit rocked the costume contest.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical claims and advice in everyday words', () => {
  const checker = checkerFor('medical-claims', { lists: { organization } });
  const flags = (text: string) => flagged(checker, text, 'medical-claims');

  it.each([
    ['@tomasz you can just double your lisinopril if the readings stay high', 'double your lisinopril'],
    ['Priya, skip your morning metformin if you are fasting, it is fine.', 'skip your morning metformin'],
    ['This tea wipes out arthritis in a week.', 'wipes out arthritis'],
    ['Every cardiologist should be prescribing this drug first.', 'should be prescribing'],
    ['Works great for kids even though it is not approved for that use.', 'not approved for'],
    ['Every GP should be putting patients on this treatment.', 'should be putting patients on this'],
    ['@dana_k cut your sertraline in half this week and see how you feel', 'cut your sertraline'],
    ["Oregano oil got rid of my son's ear infection in two days, no antibiotics needed!", 'in two days'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "Don't double your dose if you miss one; call us and we'll help.",
    'Every therapist should be recommending the new scheduling app to clients.',
    'The antibiotics knocked out my ear infection, thank goodness.',
    'Ask your pharmacist before you cut any pill in half.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('brand names written apart', () => {
  const checker = checkerFor('brand-voice', { lists: { organization }, settings: { requireDisclaimer: false } });
  const flags = (text: string) => flagged(checker, text, 'brand-voice');

  it('flags a CamelCase name split mid-sentence, with the fix', () => {
    expect(flags('Log in to Pine Connect to see your results.')).toEqual(['Pine Connect']);
  });

  it('leaves the ordinary words at the start of a sentence alone', () => {
    expect(flags('Pine Connect is what my kids call our treehouse.')).toEqual([]);
  });
});
