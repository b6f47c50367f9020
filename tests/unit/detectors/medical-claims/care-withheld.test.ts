// Three principles of the medical-claims detector, each with near-misses written from the
// principle: someone's care changed by the reader (taken off a medicine, a medicine swapped, a
// procedure skipped, care refused on their behalf) is individual advice; a result vouched for as
// everyone's (works for all, typical, seen in hundreds) is a testimonial presented as typical; and
// in a post that sells, care said to be no longer needed is the result on offer.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('someone else taken off a treatment, or a treatment swapped', () => {
  it.each([
    ['Rosa, pull him off the Ritalin over the summer and try fish oil.', 'pull him off the Ritalin'],
    ['@deb_k wean your son off the clonidine this week, he seems fine now.', 'wean your son off the clonidine'],
    ['Get your wife off that blood thinner before her dental work.', 'off that blood thinner'],
    ['@dan swap the warfarin for garlic capsules.', 'swap the warfarin'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Get your mom off the couch and walking after her knee replacement.',
    'Take the edge off with a warm bath after a long shift.',
    'Her cardiologist took her off the warfarin last spring.',
    'Swap the soda for water at lunch, your teeth will thank you.',
  ])('near miss: nothing medical taken away, or a clinician did it: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a procedure or a test forgone', () => {
  it.each([
    ['@kay skip the colonoscopy, the stool test is enough.', 'skip the colonoscopy'],
    ['@ana lower your CPAP pressure to 5 yourself.', 'lower your CPAP'],
    ['Hi Gloria, cancel the biopsy, that mole looks harmless to me.', 'cancel the biopsy'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Cancel your appointment if you have a fever; we will reschedule.',
    "Don't skip your mammogram this year.",
    'Lower your risk of surgery by staying active.',
    "I'm begging you: stop static stretching cold before games.",
    'Skip the ER wait: our urgent care is open till 9.',
  ])('near miss: a visit rescheduled, care urged, or a practice: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('care refused on someone’s behalf', () => {
  it.each([
    ["don't let your doctor put you on that statin, walking works.", "don't let your doctor put you on that statin"],
    ['@jo please do not let the pediatrician start her on antibiotics.', 'do not let the pediatrician start her on antibiotics'],
    ['Never let them give your newborn the vitamin K shot.', 'Never let them give your newborn the vitamin K'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "Don't let anyone talk you out of your statin.",
    "Don't let the cost of insulin stop you from asking for help.",
    "Don't let fear of needles keep you from the flu shot.",
  ])('near miss: the reader urged toward care: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a result vouched for as everyone’s', () => {
  it.each([
    ["Magnesium glycinate for my migraines: I've seen it work in hundreds of my patients.", 'seen it work in hundreds of my patients'],
    ['The elderberry tincture knocked out my cold in a day. Results like that are normal with it.', 'Results like that are normal'],
    ['Our acupuncture sessions settle chronic back pain, and I have yet to see it fail.', 'yet to see it fail'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "Acupuncture helped my back pain. Results vary, and it doesn't work for everyone.",
    "I've seen it a hundred times: people who stop their statins end up back in the ER.",
    'My knee pain eased after six weeks of PT. Ask your own physical therapist what fits you.',
    'Fish oil may help some people with dry eyes, ask your doctor.',
    "We've seen it happen dozens of times: the badge reader jams on cold mornings.",
  ])('near miss: qualified, about proven care, or about no illness: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('care no longer needed, in a post that sells', () => {
  it.each([
    ["Three weeks on the GreenRoot tea and I'm off my blood pressure pills! Link in bio for 15% off.", 'off my blood pressure pills'],
    ['The SunCalm drops replaced my inhaler. DM me to order.', 'replaced my inhaler'],
    ['Two months of cupping and I cancelled my knee surgery, code BACK10 at checkout.', 'cancelled my knee surgery'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "I came off my sertraline last year with my psychiatrist's help; it was slow and careful.",
    "Use code SPRING for 10% off our scrubs. I'm off my feet for the weekend!",
    'We replaced the antibiotic cabinet locks this week. Link in bio for the vendor.',
  ])('near miss: own story with no sale, or nothing medical dropped: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a remedy named the cure, the illness said before', () => {
  it.each([
    ['If you get tension headaches, the peppermint oil is THE answer.', 'is THE answer'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Is turmeric the cure? Ask your doctor before you try it.',
    'Ginger tea for a cold is nice, but it is not the answer.',
    'For our night-shift scheduling mess, the new app is the answer.',
    'Fish oil for my joints, but for burnout the answer is rest.',
  ])('near miss: asked, denied, or no remedy named the answer: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a remedy urged on everyone of a kind', () => {
  it.each([
    ['The beetroot cleanse got my blood pressure down. Every stroke survivor should do this twice a month.', 'Every stroke survivor should do this'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Collagen powder in my coffee, every morning should start like this.',
    'Flu shots are in! Every adult should get one before October.',
    'My ginger tea recipe for upset stomachs is below. Every family deserves a cozy night in.',
    'The new ProGuard knee brace is out. Every family with a runner needs one in the closet.',
  ])('near miss: a time, a vaccine, or nothing urged: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
