// Brand voice, wider classes: people named by a condition (WordNet's kinds of sick person, and a
// counted person followed by a verb), the writer among the organization's people by more ways of
// saying so, the organization ranked first, reported capitals and code lists, talking back at a
// patient, and lower-case or Spanish profanity. Each class with hard clean near-misses.
import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf, flagged } from '../helpers';

const checker = checkerFor('brand-voice', { lists: { organization: ['Marlow Health', 'Marlow Clinic'] } });
const rules = (text: string) => findingsOf(checker, text, 'brand-voice').map((f) => f.ruleId);
const flags = (text: string) => flagged(checker, text, 'brand-voice');

describe('brand-voice: people named by their condition', () => {
  it.each([
    ['The insomniacs on my timeline are awake again.', 'insomniacs'],
    ['Hemophiliacs still wait too long for factor in rural counties.', 'Hemophiliacs'],
    ['We had two narcoleptics in the sleep study this week.', 'narcoleptics'],
    ['Every diabetic needs a foot check once a year.', 'diabetic'],
    ['An epileptic was seizing in the lobby when I walked in.', 'epileptic'],
    ['Honestly asthmatics should skip the fireworks.', 'asthmatics'],
  ])('flags %s', (text, word) => {
    expect(rules(text)).toContain('brand-voice/person-first');
    expect(flags(text).join(' | ')).toContain(word);
  });

  it.each([
    'People with insomnia are awake again on my timeline.',
    'Grab the diabetic supplies from the cart on your way in.',
    'Meeting at Alcoholics Anonymous tonight, so proud of my dad.',
    'Our diabetic education classes start in May.',
    'Early treatment helps with schizophrenic symptoms.',
    'The patients in the study slept better with the new routine.',
  ])('leaves alone: %s', (text) => {
    expect(rules(text)).not.toContain('brand-voice/person-first');
  });
});

describe('brand-voice: the writer among the organization\'s people', () => {
  it.each([
    'as a medical assistant at a Marlow Health dermatology practice, here is my take on sunscreen.',
    'Marlow Health nurses, are we voting on Thursday or not?',
    '22 years in hospital billing at Marlow Health and I am telling you: ask for an itemized bill.',
    'Hospitalist at Marlow Health, it has been a long night.',
    'Our team got Mr. Lee walking again. Proud to work at Marlow Health!',
    'Nurses deserve better. Signed, a proud Marlow Health employee.',
    'Marlow Clinic valet here 🙋 parking tips for the holidays.',
    'I\'m working nights at Marlow Health this month, send coffee.',
  ])('asks for "views are my own": %s', (text) => {
    expect(rules(text)).toContain('brand-voice/views-own');
  });

  it.each([
    'ok so I\'m at Marlow Health right now and the parking lot is full.',
    'Is it true what I\'m hearing about the new wing at Marlow Clinic?',
    'As a Marlow Health patient with no connection to the place, I would pick them again.',
    'as someone who just had surgery at Marlow Health as a patient, those surgeons were kind.',
    'Opinions my own: I\'m just the NP at the Marlow Health clinic who nags about tetanus shots.',
    'I\'m the nurse practitioner at the Harlan clinic (part of Marlow Health). Views on here are my own!',
    'Marlow Health nurses, we see you and we thank you.',
    'The trainer at my gym is a Marlow Health nurse and she coached me through it.',
    'Congrats to my coworker Jess at the Marlow Clinic front desk on her new baby!',
  ])('leaves alone: %s', (text) => {
    expect(rules(text)).not.toContain('brand-voice/views-own');
  });
});

describe('brand-voice: the organization ranked first and nobody else measuring up', () => {
  it.each([
    'Honestly Marlow Clinic is the best, the doctors are lovely, go!',
    'Marlow Health is hands down #1 🙌',
    'Best place in the county, nobody comes close.',
    'With the most advanced surgical robot in the Midwest, we can get you home sooner.',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('brand-voice/superlative');
  });

  it.each([
    'Marlow Health is the best part of my week, honestly.',
    'My coworkers are the best!',
    'Marlow Health was named the best hospital in the state by U.S. News.',
    'Marlow Health is the best, according to the Leapfrog survey.',
    'Nobody comes to the Tuesday class, so we are moving it to Thursday.',
    'This new inhaler spacer works better than anything else out there.',
  ])('leaves alone: %s', (text) => {
    expect(rules(text)).not.toContain('brand-voice/superlative');
  });
});

describe('brand-voice: capitals reported or listed, not shouted', () => {
  it.each([
    'the deck literally said "INTERNAL - DO NOT FORWARD" across the top',
    'every laptop has a sticky note that says DO NOT TURN ON and honestly, same',
    '7 yrs ICU (CVICU, MICU, a little neuro), traveling since 2023',
    'adult ICU + PICU. ACLS / PALS / NRP. bilingual',
  ])('leaves alone: %s', (text) => {
    expect(rules(text)).not.toContain('brand-voice/all-caps');
  });

  it.each(['GET YOUR FLU SHOT NOW BEFORE IT IS TOO LATE PEOPLE', 'please PLEASE STOP PARKING IN THE AMBULANCE BAY'])('flags %s', (text) => {
    expect(rules(text)).toContain('brand-voice/all-caps');
  });
});

describe('brand-voice: talking back at a patient, profanity in lower case and in Spanish', () => {
  it.each([
    ['the guy in 12 wanted a steak at 3am and I\'m like sir you literally just had surgery 💀', 'brand-voice/mockery'],
    ['who tf decided the printer goes in the med room', 'brand-voice/profanity'],
    ['señora no le voy a llamar al pinche casero', 'brand-voice/profanity'],
    ['qué mierda de turno hoy', 'brand-voice/profanity'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'I\'m like so tired after three twelves, sir yes sir to my bed.',
    'Our TF-CBT training starts next week for the whole team.',
    'Pinch me, I finally passed boards!',
  ])('leaves alone: %s', (text) => {
    expect(rules(text).filter((r) => r === 'brand-voice/profanity' || r === 'brand-voice/mockery')).toEqual([]);
  });
});
