// Confidential frames read from their parts: a denial of publicity with the time still ahead,
// knowledge from inside a meeting or a draft, replacement staff arranged before a strike, a
// door or reader that fails in a way someone can use, and a door's code told as "code".
// A made-up organization's pack (Kestrel Health); sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const kestrel = checkerFor('confidential', { lists: { organization: ['Kestrel Health', 'Kestrel', 'Birchwood Clinic'] } });
const flags = (text: string) => flagged(kestrel, text, 'confidential');

describe('confidential: not public yet, told any way', () => {
  it.each([
    'Nothing has been announced yet, but Kestrel is moving the sleep lab to the north campus in May.',
    "It hasnt been made public yet so shh: Birchwood Clinic stops seeing walk-ins next month.",
    "Can't say more yet, but our unit is getting folded into step-down by spring.",
    "None of this is public yet, but nights lose a charge nurse in March.",
    'Keep it quiet till they announce it, but Kestrel is buying the two urgent cares on Route 9.',
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });
});

describe('confidential: known from inside', () => {
  it.each([
    'Heard it from my supervisor who was in the budget meeting: transport gets outsourced in Q2.',
    'Found out from the schedule draft that weekend sonography is cut in February.',
    'At the leadership huddle they said the wound clinic is moving to the main campus next year.',
    "The finance committee said today they're cutting the monitor budget until 2028.",
    'Sat on the call this morning and pharmacy is losing two techs at the end of the quarter.',
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });
});

describe('confidential: replacement staff arranged before a strike', () => {
  it.each([
    'If the nurses strike, admin already signed with a staffing agency for replacement RNs.',
    'Word is management booked 90 strike nurses for the week of the 12th.',
    "They're bringing in travel nurses at triple pay if we walk out, so much for no money.",
    'La gerencia ya contrató enfermeras de reemplazo por si hay huelga.',
    'Kestrel has already lined up agency staff from out of state in case the union goes on strike.',
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });
});

describe('confidential: a way in', () => {
  it.each([
    "The staff door by the loading dock doesn't latch after midnight, anyone can walk in.",
    'Heads up: the camera over the back stairwell is broken, total blind spot.',
    'The badge reader at the clinic entrance is busted so you can just push the door after 9.',
    'The side door by the dock is code 5512# if you need to skip the line.',
    "Guard at the garage entrance only does rounds at 1 and 3, so sneak your car in between.",
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });
});

describe('confidential frames: clean near-misses', () => {
  it.each([
    // Announced, public news.
    'Today we announced our new partnership with Northgate Pediatrics, read the press release on our site!',
    // The writer's own pay or job search.
    'I just got a 3% raise and I am thrilled.',
    "I'm a travel nurse and my agency booked me in Denver for the winter, so excited!",
    'Job hunting again: anyone know what travel nurses make in Denver these days?',
    // An accessibility complaint, not a way in.
    'The automatic doors at the west entrance are broken again, please fix them for our wheelchair users.',
    // General security education.
    'Security tip: use a password manager and turn on two-factor for your email.',
    'Phishing emails fake urgency, so hover over links before you click them.',
    // A secret with no fact behind it.
    "I can't say it yet but I'm so excited for Friday!",
    'We had a great meeting today, I love this team.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('confidential: readers and cameras out of service', () => {
  it.each([
    'The cameras in the east parking lot have been dead for a month and security knows.',
    'Since the outage the badge readers on the garage stairwells are stuck in unlocked mode.',
    'The alarm on the pharmacy back door has been offline since Tuesday.',
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });
  it.each([
    'My camera died halfway through the parade, so no pictures of the float, sorry!',
    'I never let my guard down on night shift, coffee is my security system.',
    'Our new grads got their badges today and the whole unit cheered.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
