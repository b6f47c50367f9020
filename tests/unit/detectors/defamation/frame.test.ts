// The accusation as a frame (frame.ts): a doer, a verb read by its lemma, and a victim, a record,
// money or a finding as its object, whatever the exact words. Sentences written from the
// principle; near-misses: policy opinions, staffing complaints, the writer's own mistakes,
// requests for discretion, and denials.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: the frame of an accusation', () => {
  it.each([
    // faking a record, by any verb of faking and any record
    ['The pharmacy director at Birchwood Health inflated the dispensing counts before the audit.', 'inflated the dispensing counts'],
    ['Dr. Ostrowski has been fudging his surgical logs for years.', 'fudging his surgical logs'],
    ['HR found the unit manager had been padding her mileage expenses.', 'padding her mileage expenses'],
    // money and drugs diverted
    ['The office manager at Birchwood Health siphoned the donation money into her own account.', 'siphoned the donation money'],
    // harm done to people in their care
    ['Dr. Vance at Birchwood Health mistreats the elderly residents on his rounds.', 'mistreats the elderly residents'],
    ['That night aide at Birchwood Health neglects the residents on her hall.', 'neglects the residents'],
    // hiding what happened, including by pronoun
    ['Birchwood Health ran the water tests in March and buried the results.', 'buried the results'],
    ['Birchwood Health found mold in the NICU. They sat on it for a month.', 'sat on it'],
    ['Birchwood Health had the report in hand and kept it quiet.', 'kept it quiet'],
    // knowing and letting it go on
    ['Management at Birchwood Health knew for months and kept scheduling surgeries in that OR.', 'knew for months'],
    ['Birchwood Health ran every client on one shared admin password, and they knew.', 'knew'],
    // billing against the facts
    ['Dr. Pruett bills the insurers for therapy sessions that never took place.', 'bills'],
    ['Their clinic manager at Birchwood Health charges Medicare as "extended visits" for five-minute checks.', 'charges'],
    // losing what patients entrusted
    ['Birchwood Health lost my neighbor’s pathology slides twice.', 'lost my neighbor’s pathology slides'],
    // impaired at work
    ['Dr. Ostrowski came to his shift intoxicated again.', 'came to his shift intoxicated'],
    // the writer's denial set against someone else
    ['Unlike Birchwood Health, we have never billed a family for a test that was not run.', 'billed'],
    // a negation in the sentence before does not clear this one
    ['Not the first time. Dr. Ostrowski falsified the anesthesia records last spring.', 'falsified the anesthesia records'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    // policy opinion and staffing complaints: the doer is a thing, not a person
    'Prior authorization is hurting patients every day, and Birchwood Health says so too.',
    'Understaffing at Birchwood Health hurts patients, and it will go on hurting them.',
    'Birchwood Health cut two night nurses and the ratios are unsafe, in my opinion.',
    // the writer's own mistakes
    'I fudged my step count on the wellness app at Birchwood Health, no shame.',
    'We lost the printed schedule at Birchwood Health again, my fault entirely.',
    // a request for discretion is no cover-up
    'Birchwood Health is merging with us in June, HR said keep it quiet until the town hall.',
    'Please keep it quiet for now, Dr. Ostrowski wants to tell his patients himself.',
    // denial and correction
    'Dr. Ostrowski never falsified anything; the board cleared him completely.',
    'Birchwood Health did not hide the results, they posted them the same day.',
    // praise and ordinary work
    'Shoutout to Dev in billing at Birchwood Health who never says no to a quick question.',
    'Dr. Ostrowski knows every resident by name.',
    'Dr. Ostrowski from Birchwood Health was in our ED on Tuesday and by Wednesday half the building knew.',
    'Birchwood Health charges the same price for every visit, and posts it.',
    'Cook-off results are in at Birchwood Health: chili wins again.',
    // a documented public outcome stated neutrally
    'Per the state inspection report, Birchwood Health was cited for late fall documentation.',
    // fiction
    'In the show, Dr. Grey falsified the trial data and got caught in the finale.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: bodies and places as targets', () => {
  it.each([
    ['Leadership at Elmstead Health knew for weeks and did nothing.', 'knew for weeks'],
    ['Word is IT sat on the breach report for a month.', 'sat on the breach report'],
    ['My old surgeon falsified my operative note, I have the records.', 'falsified my operative note'],
    ['That clinic on Main Street bills people for visits they never made.', 'bills'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Our pain management team at Elmstead Health won an award, so proud.',
    'Somebody is going to get hurt on these icy steps and leadership keeps saying it is fine.',
    'Leadership at Elmstead Health is cutting the education budget again, bad call if you ask me.',
    'That clinic on Main Street has the best flu shot hours in town.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
