// Conflicts of interest by class, each read from structure: a pitch in any words beside a tie
// (asking your clinician, "every X should", "DM me", "the most ... I have seen"); hospitality and
// gifts in wider wording (taken out to a named place, thanked for a pass, goods sent "for me");
// holdings (stock, shares, a position, a seed round); seats a company gives ("Acme's guest
// speaker"); paid referrals ("tell em Dana sent you", "so I get my credit"); codes and the writer's
// links by shape; and employees posing as outsiders ("as a proud Kestrel patient", a hushed tie,
// an alt account). Sentences written for these tests, with a made-up organization and vendors;
// each class has clean near-misses.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const lists = { organization: ['Kestrel Health', 'Kestrel', 'Kestrel North Clinic'], partners: ['Vantora'], products: ['Calmira'] };
const checker = checkerFor('conflict-of-interest', { lists });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');
const flagsAll = (texts: string[]) => it.each(texts)('flags: %s', (text) => expect(flags(text).length).toBeGreaterThan(0));
const cleanAll = (texts: string[]) => it.each(texts)('stays clean: %s', (text) => expect(flags(text)).toEqual([]));

describe('a pitch in any words beside a tie', () => {
  flagsAll([
    'Brightfield sent me a crate of their electrolyte packs. Talk to your cardiologist about adding them.',
    'Orrin Labs flew me out for their launch last month. Honestly every ICU in the state should be running their monitor.',
    'Got into the seed round of WardWise and it is the most elegant staffing tool I have seen in my career.',
    'The Pellam rep took our whole clinic to Marchetti\'s on Friday. Ask your pediatrician for the Pellam spacer.',
    'Halvorsen gave me a free year of their meditation app. DM me for a trial invite!',
  ]);
  cleanAll([
    // A tie with no pitch; a pitch with no tie; advice to see a doctor.
    'Brightfield sent me a crate of their electrolyte packs to evaluate for the unit. Results next month.',
    'Talk to your cardiologist before you start any new supplement.',
    'Every ICU in the state should be running sepsis drills this winter.',
    'My husband took me to Marchetti\'s for our anniversary and the tiramisu is the best.',
    'Call your doctor if the rash spreads. The pharmacy sent me a reminder text today.',
  ]);
});

describe('hospitality and gifts in wider wording', () => {
  flagsAll([
    'Their team took our whole department to Castellan Steakhouse last week. Every CFO should be on Ledgerly.',
    'Thanks to my friends at Orrin Labs for the VIP pass and the lovely hotel! Their new monitor is the only one any family should trust.',
    'Quillon sent over two of their new smart scales for me and my sister to try. Honestly the best scale on the market.',
    'Orrin Labs gave everyone on our committee one of their new pulse oximeters. Every clinic needs one, ask your doctor for it.',
    'The Dovetail folks keep sending me each new flavor as it comes out, and everyone needs these protein bars, go buy some!',
  ]);
  cleanAll([
    'Thanks to my friends at the fire station for the tour, the kids loved it.',
    'Our manager took the whole unit to Castellan Steakhouse for nurses week. Best night of the year.',
    'Orrin Labs gave everyone on our committee a demo of their new pulse oximeter. We vote next month.',
    '#ad Thanks to Orrin Labs for the VIP pass! Their new monitor is the only one any family should trust.',
    'Thank you Kestrel Health for the pizza party, best unit ever!',
  ]);
});

describe('holdings and seats a company gives', () => {
  flagsAll([
    'Loaded up on more Zephra stock this morning. Their new joint supplement is a game changer, everyone needs to try it.',
    'Bought more shares today 📈 Vantora\'s new glucose sensor is the best on the market, ask your endo about it.',
    'Topped up my Quillon position before earnings. Every diabetic should be asking for their new meter.',
    'Heading to Denver as Orrin Labs\' guest speaker next week 🎤 their inhaler is hands down the best out there.',
    'I hold options in Brightfield and their hydration app is the best one out there, download it today!',
  ]);
  cleanAll([
    'The stock market dropped today and my retirement account is sad.',
    'She shares her recovery story in the video, and it is the best thing I have watched all week.',
    'We stock the new Vantora sensors in the supply room now.',
    'Disclosure: I own shares in Zephra. Their new joint supplement is a game changer.',
    'Heard a great guest speaker from Orrin Labs at grand rounds today.',
  ]);
});

describe('paid referrals, codes and the writer\'s links by shape', () => {
  flagsAll([
    'Best plumber in Dayton is Kettering Pipe, they are the only ones y\'all should call. They kick me $20 for every job I send, so tell em Dana sent you.',
    'Need a new dentist? Go to Brightsmile on Oak and tell them I referred you so I get my credit 😉',
    'Lavender Peak roll-on knocks out my tension headaches every time. GLOWNURSE15 at checkout.',
    'Best gym in town is Forge Fitness!! say KESSFIT at the desk for 30% off your first month',
    'Our new favorite tea for sleepy nights 🍵 Comment TEA for the link!',
    'Nightly routine: cleanser, serum, the Dewberry cream. Everything is linked on my LTK!',
  ]);
  cleanAll([
    'COVID19 cases are up again this week, mask up in the waiting room.',
    'The #CODE15 drill went well, thanks everyone.',
    'Tell them Dr. Shah sent you when you check in at radiology, it speeds up the paperwork.',
    'Kestrel North Clinic: 20% off sports physicals this month, book with us today.',
    'Our unit code of conduct got a refresh, 12 pages of it.',
  ]);
});

describe('employees posing as outsiders', () => {
  flagsAll([
    'As a proud Kestrel patient (and totally unbiased 😇), the Kestrel app is the best patient app around.',
    'Writing this as a random west side resident: Kestrel North Clinic has the shortest waits by far, go there.',
    'Hi I\'m a totally normal patient and Kestrel Health was AMAZING, go there for everything!! (shhh I work in the kitchen don\'t tell 🤫)',
    'Just a regular neighbor here, Kestrel\'s eye clinic is hands down the best anywhere. (shh don\'t tell em I work there)',
    'Posting this from my alt account lol: Kestrel Health is the best hospital in the state, five stars!',
    'Honestly I have nothing to do with them, but Kestrel North Clinic is the best clinic in town, period.',
  ]);
  cleanAll([
    // An employee who says so; a patient advocate; a real patient's thanks with no rave; the author's own practice in a bio.
    'I work at Kestrel Health and I am proud of our new cardiac wing, views are my own.',
    'As a patient advocate at Kestrel, I help families find their way through billing.',
    'As a patient myself last year, I know how scary the waiting room can be. Be kind to each other.',
    'Dr. Lee, DPT | owner, Northside Physio | running, knees and the occasional marathon.',
    'Shh, the baby is finally asleep. I work nights at Kestrel so naps are sacred.',
    'I work at Kestrel North Clinic and honestly it is the best urgent care in town, come see us!',
    'Huge shoutout to my coworker Dana, the best charge nurse I have ever worked with.',
  ]);
});
