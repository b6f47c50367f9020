// Three principles of the medical-claims detector, each with near-misses: a claim asked as a
// question that takes it for granted is still a claim; a device or test said never to miss, or to
// beat the standard test, is a claim beyond the evidence; and off-label use is promotion only
// when it is urged or praised, never when it is taught or asked about.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('medical-claims: claims asked as questions', () => {
  it.each([
    ['Why isn’t everyone with gout on tart cherry extract?', 'everyone with gout on tart cherry extract'],
    ['Did you know ashwagandha works better than sertraline for anxiety?', 'works better than sertraline'],
    ['why are we still taking statins when red yeast rice does the same job for free?', 'red yeast rice does the same'],
    ['Why mask your back pain with more pills? Our adjustments fix the cause.', 'mask your back pain with more pills'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Is tart cherry extract worth trying for gout? Asking my rheumatologist Monday.',
    'Why isn’t everyone on the schedule for the holiday party?',
    'Why isn’t everyone getting the flu shot this year?',
    'Did you know the flu shot is free at the clinic this week?',
    'Why are we still taking vitals every hour when the patient is stable?',
    'Why do you think your back pain got worse with the new pills?',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: accuracy claims for devices and tests', () => {
  it.each([
    ['The new home strep kits are 100% accurate, skip the clinic.', '100% accurate'],
    ['This heart monitor patch catches every arrhythmia, zero misses.', 'catches every arrhythmia'],
    ['Thermal scans are more accurate than a mammogram for breast cancer.', 'more accurate than a mammogram'],
    ['My HeartBand caught my dad’s AFib before any cardiologist did.', 'before any cardiologist did'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'My step tracker is 100% accurate at counting stairs lol.',
    'No home kit is more accurate than a lab draw, so come in for your A1c.',
    'Mammograms miss some cancers; no screening test catches every one.',
    'A CGM is more accurate than finger sticks for overnight lows, per the ADA guidance.',
    'Is the new heart monitor patch accurate for AFib? Asking for my dad.',
    'The triage nurse caught the sepsis before the doctor did, so proud of her.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: off-label promotion, not off-label teaching', () => {
  it.each([
    ['My doc put me on low-dose naltrexone off-label for fibro and it works wonders, ask for it!', 'off-label'],
    ['Semaglutide off label for acne is honestly a game changer, everyone should try it.', 'off label'],
    ['I have had great luck using it off-label for nerve pain. Ask your doctor for it by name.', 'off-label'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'In pharmacology today we covered what off-label prescribing means and why it is legal.',
    'Off-label use is common in pediatrics because so few drugs are tested in children.',
    'Reminder: reps cannot promote off-label uses; they may only answer unsolicited questions.',
    'Is it off-label to use metformin for PCOS? Asking for a class assignment.',
    'Grand rounds: the evidence behind off-label gabapentin for nerve pain.',
    'We covered off-label prescribing in pharmacology today. Try the practice quiz before Friday!',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: a post opened with a handle or a name speaks to that person', () => {
  it.each([
    ['@dana_r girl just stop taking the sertraline, it made my cousin gain weight.', 'stop taking the sertraline'],
    ['u/sleepy_mom you should just double his melatonin gummies tonight.', 'double his melatonin'],
    ['@coach_ben you can totally stop your beta blocker the week of the meet.', 'stop your beta blocker'],
    ['Uncle Joe, quit the atorvastatin, oat bran does the same thing.', 'quit the atorvastatin'],
    ['Hey Joe (you know who you are), stop taking the terbinafine.', 'stop taking the terbinafine'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    '@dana_r ask your prescriber before you change anything about the sertraline.',
    '@dana_r so glad the new job is going well, see you at book club!',
    '@coach_ben just stop the beta testers from posting spoilers lol',
    'Uncle Joe, so glad you are home! Keep taking the atorvastatin like Dr. Lee said.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
