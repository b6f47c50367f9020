// The efficacy predicate in more of its shapes: verbs of riddance said in several words ("gets
// rid of", "takes care of", "wards off", "puts into remission"), verbs of correction and relief,
// "proven to" before the verb, shielding verbs that name people before the illness, a remedy
// named a treatment with a copula ("is an effective treatment for", "is all you need for"), a
// remedy ranked above a vaccine, care said to worsen what it treats or to kill more than the
// illness, doses given to someone named, results promised to every member of a group, and
// off-label use conceded in other words. Sentences written for these tests, beside the
// near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('a remedy + a verb of efficacy said in several words or in other verbs', () => {
  it.each([
    ['This mushroom blend sharpens focus and gets rid of anxiety without the crash.', 'rid of anxiety'],
    ['ngl the oregano oil took care of my kids strep throat lol', 'strep'],
    ['Elderberry gummies ward off colds all season long.', 'colds'],
    ['Our keto protocol puts type 2 diabetes into remission.', 'diabetes'],
    ['Chiropractic care corrects ear infections in toddlers.', 'ear infections'],
    ['Acupuncture is proven to cure infertility.', 'infertility'],
    ['Ivermectin works against covid, period.', 'covid'],
    ['Elderberry syrup will protect your family from the flu this season.', 'flu'],
    ['Castor oil packs ease endometriosis pain naturally.', 'endometriosis'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'I want to get rid of my acne before the wedding, any dermatologist recommendations?',
    'Our nurses take care of patients with heart failure every day.',
    'Hand washing helps ward off colds, and so does the flu shot for the flu.',
    'My oncologist said the new regimen put my lymphoma into remission, and I am grateful for the whole team.',
    'Studies suggest magnesium may ease migraines for some people; ask your doctor.',
    'Researchers are trying to cure infertility caused by endometriosis.',
    'Metformin helps control blood sugar and is usually the first medicine doctors try.',
  ])('leaves care, wishes and hedged education alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a remedy named a treatment for an illness, with a copula', () => {
  it.each([
    ['Our IV vitamin C protocol is an effective treatment for cancer.', 'treatment for cancer'],
    ['Magnesium glycinate is all you need for migraines, forget the triptans.', 'migraines'],
    ['Manuka honey is the best remedy for strep throat, hands down.', 'strep'],
    ['tbh sea moss is the answer to thyroid problems', 'thyroid'],
    ['Black seed oil is nature\'s antidote to asthma.', 'asthma'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Metformin is an effective treatment for type 2 diabetes.',
    'Acupuncture can be one option for chronic back pain; talk with your doctor.',
    'Physical therapy is the first treatment for most knee pain.',
    'Honey is not a treatment for infant colic and is unsafe under age one.',
    'Our clinic is a great place for kids with asthma.',
  ])('leaves approved medicines, possibilities and denials alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('claims against vaccines and proven care in more of their shapes', () => {
  it.each([
    ['natural immunity is way better than any jab, dont let them inject your kids', 'better than any jab'],
    ['Antidepressants just make depression worse in the long run.', 'worse'],
    ['Chemo kills more people than the cancer does.', 'more people'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The vaccine is far better than getting measles.',
    'Stopping antidepressants suddenly can make depression worse, so taper with your prescriber.',
    'Sepsis kills more people than most cancers, so know the signs.',
  ])('leaves education alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('advice, results promised to a group, off-label conceded', () => {
  it.each([
    ['To the mom asking about her son\'s fever: give him 400 mg of ibuprofen every four hours and skip the ER.', '400 mg'],
    ['My son\'s ADHD disappeared after we cut dyes and started the supplements, every kid can get the same result.', 'every kid can get the same'],
    ['Gabapentin works great for hot flashes even though that\'s not what it\'s approved for, ask us.', 'approved for'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The label says adults can take 400 mg of ibuprofen; for children, dosing depends on weight, so ask your pharmacist.',
    'Results vary; these are one patient\'s photos, shared with permission.',
    'Semaglutide is approved for type 2 diabetes and, under another brand, for chronic weight management.',
  ])('leaves labels, disclosed results and approvals alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a remedy made the equal of a medicine named nearby, or ranked the best thing for an illness', () => {
  it.each([
    ['if you\'re on blood thinners just eat more garlic and ginger instead, does the same job without the bleeding risk', 'does the same job'],
    ['Tell him to skip the last round of chemo. The turmeric and mushroom protocol works just as well without making him sick.', 'works just as well'],
    ['ditch the antacids, a spoon of apple cider vinegar does the same thing.', 'does the same thing'],
    ['Their Breathe Easy blend is the best thing for coughs this flu season.', 'coughs'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Generic atorvastatin does the same job as the brand for most people, and costs less.',
    'Ask your pharmacist whether the generic works just as well for you.',
    'Our new patient portal does the same job as the old one, just faster.',
    'Honestly the best thing for a cold is rest and fluids, and see a doctor if it drags on.',
  ])('leaves generics, software and plain advice alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('absolutes and care no longer needed, beside a sale', () => {
  it.each([
    ['contrast reactions are 100% preventable if you drink alkaline water the day before', '100% preventable'],
    ['Castor oil and a long walk start labor within a day. Works every single time.', 'every single time'],
    ['A teaspoon of colloidal silver a day and I haven\'t needed an antibiotic since 2018. Code SILVER15 for 15% off.', 'needed an antibiotic'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'I haven\'t needed my rescue inhaler since my asthma doctor adjusted my controller, so grateful for her.',
    'Most cases of cervical cancer are preventable with screening and the HPV vaccine.',
  ])('leaves own care and hedged prevention alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a grave harm laid on a vaccine by timing alone', () => {
  it.each([
    ['so many toddlers regress into autism right after the MMR, open your eyes', 'after the MMR'],
    ['my cousin\'s baby stopped talking the week after his 12 month shots and nobody will admit it', 'after his 12 month shots'],
    ['Healthy teens are dying in their sleep since the booster rollout. Think about it.', 'since the booster'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Serious reactions after the MMR are extremely rare, and the vaccine does not cause autism.',
    'My grandpa died in 1952 from polio, years before the vaccine.',
    'After the shot, some kids get a fever for a day; call us if it lasts longer.',
    'Measles deaths dropped sharply after the vaccine came out.',
  ])('leaves rarity, history and falling harm alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a remedy urged in place of a medicine, or before one', () => {
  it.each([
    ['Apple cider vinegar shots before bed. Any person with diabetes should try it instead of metformin.', 'instead of metformin'],
    ['my uncle switched to beet juice and his bp is perfect now. you guys should try it before taking pills', 'before taking pills'],
    ['5-day bone broth fast = total detox. Try it before you let your doctor put you on meds!', 'put you on meds'],
    ['Use tea tree oil rather than antibiotic cream on cuts, it\'s nature\'s antiseptic.', 'rather than antibiotic'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Ask your doctor whether you can try magnesium instead of a second migraine medicine.',
    'Try physical therapy before surgery for most knee pain, per the guidelines.',
    'Don\'t use essential oils instead of your inhaler during an asthma attack.',
    'Take probiotics a few hours apart from antibiotics if your pharmacist agrees.',
    'Try a warm compress instead of scrolling all night.',
  ])('leaves referrals, standard care and warnings alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
