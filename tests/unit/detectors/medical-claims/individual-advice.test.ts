// Individual advice about one person's care: care declared unneeded ("you don't need the
// statin") and a change of treatment put to a reader or a named person. Education about care in
// general, and logistics ("you don't need an appointment"), stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('care declared unneeded', () => {
  it.each([
    ["@marco_b u don't need the statin bro, just cut carbs for a month.", "u don't need the statin"],
    ["Hi Dana, you don't need surgery for that knee, just rest and it'll heal on its own.", "you don't need surgery"],
    ['@kim_r your mom does not need that colonoscopy, cancel it and save yourself the prep.', 'does not need that colonoscopy'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words.split(' ').slice(-1)[0]);
  });

  it.each([
    "You don't need an appointment for a flu shot, walk-ins are welcome all week.",
    "You don't need a referral to see our dermatologists.",
    "You don't need antibiotics for most colds; rest and fluids help.",
    "You don't need to be a patient here to join the walking club.",
  ])('near miss: logistics, or education about care in general: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a change of treatment for a particular person', () => {
  it.each([
    ['@jenn_k your dad should come off the Eliquis before his biopsy.', 'Eliquis'],
    ['To whoever asked: you can absolutely skip your blood pressure pill on days you feel fine.', 'skip your blood pressure pill'],
    ['Pat, you should just drop the metformin and go low carb.', 'drop the metformin'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words.split(' ')[0]);
  });

  it.each([
    'You can stop by the pharmacy for your flu shot anytime.',
    'You should ask your doctor before you change any medicine.',
    'Your dad should come by the clinic for his flu shot this week.',
  ])('near miss: a visit, or advice to ask a clinician: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a condition promised gone', () => {
  it.each([
    ['Slap the tape on and ur tendinitis is gone by the weekend, i promise.', 'tendinitis is gone by the weekend'],
    ['Keep coming in and your migraines will be gone for good.', 'migraines will be gone for good'],
  ])('flags: %s (an "i promise" assures, it does not debunk)', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'My headache is gone after a nap, finally.',
    'It will be gone by Friday, the sale ends soon.',
    'Be wary of any tea that promises your arthritis will be gone for good.',
  ])('near miss: a report, a sale, a warning: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
