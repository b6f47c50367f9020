// The wider classes of the medical-claims frames: remedies beyond supplements (wellness
// devices, more herbs), verbs of control and relief, comparisons with clinicians, procedures
// and tests, a remedy set above a medicine with a sign, claims that proven care does nothing
// or is needless, blame laid on a vaccine, off-label use after an approval's scope, results
// promised to the reader's body, and advice to a Reddit handle. Sentences written for these
// tests, each class beside the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('a remedy or a wellness device + a verb of efficacy on an illness', () => {
  it.each([
    ['Weighted blankets prevent panic attacks in kids.', 'prevent panic attacks'],
    ['A daily ginkgo capsule prevents dementia.', 'prevents dementia'],
    ['Hibiscus tea lowers your blood pressure in a week.', 'lowers your blood pressure'],
    ['Chiropractic adjustments resolve ear infections in toddlers without antibiotics.', 'resolve ear infections'],
    ['This copper bracelet calms arthritis flares overnight.', 'calms arthritis'],
    ['Nettle tincture normalizes thyroid levels naturally.', 'normalizes thyroid'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'I have lower back pain again after the move.',
    'Metformin lowers blood sugar in most adults with type 2 diabetes.',
    'Keep calm and wash your hands this flu season.',
    'Ask the nurse whether the new wristband is right for you.',
    'Some people find ginkgo helps their memory, but the evidence is weak, so ask your doctor.',
    'Our cardiologists lower the risk of a second heart attack with proven medicines.',
  ])('leaves care, adjectives and hedged education alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a remedy ranked above clinicians, procedures, tests or medicines', () => {
  it.each([
    ['Honestly a good massage therapist fixes sciatica better than any surgeon.', 'sciatica'],
    ['Acupuncture is better than any orthopedic surgeon for back pain.', 'better than any orthopedic surgeon'],
    ['PeakForge Focus > Adderall for the late shifts, trust me.', 'PeakForge Focus > Adderall'],
    ['natural immunity > shots, every time.', '> shots'],
    ['Elderberry > Tamiflu, not even close.', 'Elderberry > Tamiflu'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Physical therapy works better than surgery for most back injuries, per the trial.',
    'Our surgeons are better than any in the state.',
    'Ages 5 > 3, so the older group goes first.',
    'Inhalers work better than any home remedy for asthma attacks.',
    'Her physical therapist is better than any orthopedic surgeon for back pain.',
  ])('leaves cited, personal and medicine-first comparisons alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('proven care said to do nothing or to be needless, and blame laid on a vaccine', () => {
  it.each([
    ['The flu shot doesn’t even work.', 'doesn’t even work'],
    ['Honestly the shingles vaccine doesn’t work, save your money.', 'vaccine doesn’t work'],
    ['Childhood vaccines are unnecessary when the immune system is strong.', 'vaccines are unnecessary'],
    ['Lowkey the HPV vaccine is why so many teen girls have hormonal acne now.', 'hormonal acne'],
    ['The flu shot is the reason my son got pneumonia last winter.', 'pneumonia'],
    ['Those boosters are why everyone has shingles this year.', 'shingles'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Antibiotics are unnecessary for most colds.',
    'Antibiotics don’t work on viruses like the common cold.',
    'Tylenol doesn’t work for my headaches, so my doctor switched me.',
    'The vaccine is why measles cases dropped so fast.',
    'The shot is the reason we could reopen the school.',
    'The flu shot can cause a sore arm and a low fever for a day or two.',
  ])('leaves education and the vaccine’s credit alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('off-label promotion after an approval’s scope', () => {
  it.each([
    ['Lumiva is FDA approved for frown lines but I’ve been injecting it in necks and it’s amazing.', 'approved for frown lines but'],
    ['The patch is not cleared for kids yet but it works great, ask me.', 'not cleared for kids yet but it works'],
    ['Our migraine drug is only approved for adults, but it helps teens too.', 'approved for adults, but it helps'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The device is FDA approved for adults with sleep apnea.',
    'Metformin is approved to lower blood sugar in adults with type 2 diabetes.',
  ])('leaves an approved indication stated plainly alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('one result promised to the reader', () => {
  it.each([
    ['After three sessions my patient’s psoriasis cleared completely, and yours will too.', 'yours will too'],
    ['Meet Rosa, 58: her A1c came down in a month on our plan. Your body can do this too.', 'Your body can do this too'],
    ["Stick with the walking program and that's your future too.", 'your future too'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'My kids got their flu shots today, I hope yours will too!',
    'It worked for me; results vary and yours may not, so talk to your doctor.',
    'I started magnesium last month and I have been sleeping better, though who knows why.',
  ])('leaves wishes, hedged stories and the author’s own experience alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('advice to a Reddit handle', () => {
  it.each([
    ['u/nightnurse_k honestly just double your levothyroxine this week.', 'double your levothyroxine'],
    ['u/sleepless_dad just stop the prednisone, a taper is overkill.', 'stop the prednisone'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'u/nightnurse_k the pharmacist can tell you whether to change the dose.',
    'u/sleepless_dad please don’t stop the prednisone without asking the doctor who prescribed it.',
  ])('leaves pointing to a clinician alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a remedy declared safe outright', () => {
  it.each([
    ['The cleanse is gentle, safe for kids, and totally natural.', 'safe'],
    ['Our elderberry gummies are completely harmless, even for toddlers.', 'harmless'],
    ['Kratom is safe, way safer than any opioid.', 'safe'],
    ['This colloidal silver spray is non-toxic so use it as much as you like.', 'toxic'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Melatonin is generally safe for short-term use in adults, but ask your pediatrician about kids.',
    'The flu vaccine is safe for pregnant women.',
    'Is turmeric safe with blood thinners?',
    'These supplements are not safe to mix with warfarin.',
    'The playground is safe for kids again.',
  ])('leaves hedged safety, vaccines, questions and warnings alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('proven care said only to hide an illness', () => {
  it.each([
    ['Antidepressants only mask the problem, they never fix it.', 'only mask'],
    ['Blood pressure pills just hide what your body is telling you.', 'just hide'],
    ['Steroid creams only cover up eczema.', 'only cover up'],
    ['Medicine only hides what the body is trying to heal.', 'only hides'],
    ['Statins just mask the real issue.', 'just mask'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Tylenol can mask a fever, so check the temperature before the dose.',
    'Makeup only hides the rash, it does not treat it.',
    'Painkillers don’t just mask pain after surgery, they help you move sooner.',
  ])('leaves education and non-care alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('everyone (or no one) of a group given one result', () => {
  it.each([
    ['Every single client who finished the detox got off their insulin.', 'got off their insulin'],
    ['Not one of my graduates has ever had a second heart attack.', 'second heart attack'],
    ['Every woman I’ve treated with my needles has conceived.', 'has conceived'],
    ['None of the kids on our gut protocol have had an ear infection since spring.', 'ear infection'],
    ['All of our members who stuck with the walks came off their blood pressure pills.', 'blood pressure pills'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Not one of my patients has missed an appointment this month.',
    'All of our members who stuck with the walks said they enjoyed the company.',
    'Every one of our families gets a follow-up call the week after discharge.',
  ])('leaves other results and reported evidence alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
