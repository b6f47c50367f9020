// Four classes read as structure (patterns.ts, adulteration.ts, frame.ts's impairment phrases):
// bad outcomes that keep following one person's care, money or drugs asked after, a product said
// to hold a contaminant, and impairment told by a phrase. Sentences written from the principle,
// each class in several wordings; near-misses: the same words with no target, praise, policy
// opinion, criticism of a practice in general, a reported court outcome, the writer's own state,
// and fiction.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: outcomes that keep following someone', () => {
  it.each([
    ["Strange how Dr. Varga's hip patients all seem to come back infected within a month.", 'come back infected'],
    ["Dr. Quinlan's knee replacements keep bouncing back to the ER, week after week.", 'bouncing back to the ER'],
    ['Patients of Dr. Arden at Birchwood Health keep dying after routine procedures.', 'dying'],
    ['Whenever Nurse Kelly is on nights, somebody on the floor codes.', 'codes'],
    ['Every time Dr. Sato takes call the NICU suddenly fills up. Just asking.', 'fills'],
    ["Half of Dr. Ferris's C-sections end up readmitted with wound infections.", 'end up readmitted'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    // the same outcome with nobody's care behind it
    'Our ICU fills up every winter with flu patients.',
    "Patients keep ending up in the ER because they can't afford their insulin.",
    'Every time I work nights, the ER fills up with car crashes.',
    // praise: the outcome is a good one
    "Dr. Varga's patients always come back to say thank you.",
    "Dr. Moss's patients keep getting better, it's amazing to watch.",
    // a wait, not a harm
    "Birchwood Health's ER fills up every weekend, the wait was long.",
  ])('leaves %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: money and drugs asked after', () => {
  it.each([
    'Birchwood Health raised $2 million for the new wing and there is still no wing. Where did the money go?',
    'The director at Birchwood Health got a new Porsche the month the grant came in. Where do you think those funds went?',
    'Dr. Ames runs the free clinic. Funny where all the donations end up.',
    'The school nurse at Oak Hill keeps the narcotics log. Where are all those oxy pills going?',
    'Councilman Reed Tully voted to cut the ambulance budget again. Where did the levy money go?',
    'hey @NorthgateMed how many people did your ED kill this year with those waits?',
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });

  it.each([
    "Where did the money go? I budgeted for groceries and it's gone already lol.",
    'Where did the time go, my baby is turning five!',
    'Birchwood Health raised $2 million for the new wing, and construction starts in May.',
    // a question about a budget in general, no one named
    'Where does the money go when a hospital charges $40 for an aspirin? A thread on chargemasters.',
  ])('leaves %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: a product said to hold a contaminant', () => {
  it.each([
    ['hey @PureFormFuel, your protein tested positive for lead. Again.', 'positive for lead'],
    ['Heads up, Vitality Greens powder tested positive for lead and arsenic.', 'positive for lead'],
    ["PureForm's protein is full of heavy metals, a lab checked.", 'full of heavy metals'],
    ['The gummies from SlimRight are laced with sibutramine.', 'laced with sibutramine'],
    ["Glow Serum by Dewy Co has mercury in it, don't put it on your face.", 'has mercury in it'],
    ["Birchwood Health's compounding pharmacy had bacteria in its eye drops and kept selling them.", 'had bacteria in its'],
    ['The pre-workout from Apex Fuel Labs is spiked with a banned stimulant.', 'spiked with a banned stimulant'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "Get your kids' blood tested for lead if you live in an older house.",
    "Our water was tested and there's no lead in it.",
    'She will lead the new infection control team at Birchwood Health.',
    'Lead poisoning awareness week starts Monday, test your home.',
    "PureForm's protein has 25 grams of protein in it.",
    'Vitality Greens does not have lead in it; the state lab report is public.',
    // a building's water is an incident at a place, not a product sold
    'Heard the water at Birchwood Health tested positive for bacteria, avoid the fountains for now.',
    // a practice criticized in general
    'Supplements sold online are sometimes laced with hidden drugs, so ask your pharmacist.',
  ])('leaves %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: impairment told by a phrase', () => {
  it.each([
    ['The night pharmacist at Birchwood Health is obviously using again, his pupils are pinned.', 'using'],
    ['Dr. Ross was slurring his words in the OR this morning.', 'slurring'],
    ['Nurse Jody at Birchwood Health is strung out half the time she is on the floor.', 'strung'],
    ['Everyone knows Dr. Nash is on something, he nods off between patients.', 'on something'],
    ['Dr. Pollard keeps nodding off during cases and nobody says a word.', 'nodding off'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    // the writer's own state, a patient's, an ordinary tiredness, an idiom
    'I was so tired after my double I was slurring my words.',
    'My patient was high on something when he came in, we called security.',
    'Dr. Kim is on call tonight.',
    'Dr. Lee was nodding along the whole meeting, I think she agreed.',
    'Dr. Nash is working on something big for the gala, stay tuned!',
    'My dad was slurring after his stroke and Dr. Ross got him to the cath lab in minutes.',
  ])('leaves %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: the near-misses each class must leave alone', () => {
  it.each([
    // opinion about policy
    'I think the new visitor policy at Birchwood Health is a mistake and the ICU will suffer for it.',
    // praise
    'Dr. Patel is the kindest surgeon I have ever worked with.',
    // a practice criticized in general
    'Upcoding is a real problem across the industry and regulators should act.',
    // a public, reported court outcome stated as reported
    'According to court records, Birchwood Health settled the billing case for $2 million last year.',
    // the writer's own mistake
    'I charted on the wrong patient yesterday and had to file an incident report.',
    // fiction with no real target
    "My character Dr. Evil steals organs in the comic I'm drawing, lol.",
    'In my novel, the hospital director poisons his rivals one by one.',
  ])('leaves %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
