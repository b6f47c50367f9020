// Ties read as relations between the writer and a company, and promotion read from the sentence's
// structure: sentences written for these tests from the principle (the FTC's material connection),
// with a made-up organization, so the frames hold for any pack. Clean near-misses: disclosed ties,
// vendors named without promotion, colleagues praised, the organization's own posts, public news,
// and relatives whose doings are not a business.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('conflict-of-interest', { lists: { organization: ['Kestrel Health', 'Kestrel', 'Kestrel North Clinic'] } });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

describe('conflict of interest: ties read as relations', () => {
  it.each([
    // A company gives, sends, hosts or pays the writer.
    ['The nice folks at Kindleaf shipped me a whole box of their teas. Best chamomile I have ever had, go get some.', 'shipped me'],
    ["Medvanta's rep surprised our unit with new stethoscopes for everyone. Seriously the best scopes on the market, switch now.", 'surprised our'],
    ['The founders of Vitalia dropped off a crate of their protein bars for our break room. Best bars out there.', 'dropped off a crate'],
    ['Scored a free supply of Nuvo lotion from their rep. Nothing beats it for cracked hands, grab some.', 'Scored a free supply'],
    ["Back from three days in Cabo on Helixon's dime. Their glucose monitor is the smartest one out there, ask your doctor.", "on Helixon's dime"],
    // The writer works, advises, speaks for or owns part of the company.
    ['Spent the week helping the Oakridge Labs folks shape their new thermometer. Honestly nothing touches it, order one today.', 'helping the Oakridge'],
    // Typed without capitals, the word that owns a crew is its company's name.
    ['been helping the lumora team with their new inhaler app, honestly the best one out there, download it', 'helping the lumora'],
    ["I've been on the payroll at Nuvella for two years, and their sunscreen is the only one I put on my kids. Grab some!", 'payroll at Nuvella'],
    ['I hold a small stake in PulseFit, and their ring is hands down the best sleep tracker. Pick one up!', 'stake in PulseFit'],
    // A relative's business.
    ['My aunt runs Sunny Acres Bakery downtown and her sourdough is the best in town, grab a loaf!', 'My aunt runs'],
    ["Our daughter-in-law's new yoga studio just opened, best classes around, sign up this week!", 'studio'],
    ['My brother-in-law is the regional director at Orthovia, and honestly their new hip is the best on the market. Ask your surgeon for it!', 'brother-in-law'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    // Disclosed.
    '#ad Nuvella sent me their sunscreen to try. My honest take: it is the best one I have used.',
    'Paid partnership with Brightwave: their compression socks are great for long shifts.',
    'Disclosure: I consult for Orthovia. Their new knee implant is the best on the market, ask your surgeon.',
    'Full disclosure, my sister owns Sunny Acres Bakery, so I am biased, but her sourdough is the best in town.',
    // A vendor named, nothing promoted; a tie with nothing promoted.
    'Our supply room started stocking Medvanta stethoscopes this month.',
    'The Medvanta rep dropped off a box of their new stethoscopes for our unit to evaluate.',
    // A colleague's public work, the organization's own post, public news.
    'Huge congrats to my colleague Dr. Patel on her paper in NEJM, it is the best review of sepsis care I have read.',
    'Kestrel Health is proud to open our new cardiac wing this spring. Schedule your visit today.',
    'I work at Kestrel North Clinic and our flu shots are the best deal in town, book one today.',
    'Kestrel Health announced today it will expand its cancer center, according to the Gazette.',
    // Relatives and friends whose doings are not a business; a doctor's care.
    'My mom makes the best lasagna in the world, come try it.',
    'My dad started chemo last week and the nurses are the best out there.',
    'My brother works at the fire station and his crew is the best in town.',
    'My doctor gave me a new inhaler and it is the best one I have ever had.',
    // Typed without capitals, a shift's or a unit's people are no company.
    'been helping the night team with their new charting tool, honestly the best one out there, go try it',
    'spent all week helping the pharmacy folks with the new dispensing cabinets, the best ones out there',
    // A talk or a stake that is not for a company.
    'I speak English and Spanish, and our interpreters are the best out there.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
