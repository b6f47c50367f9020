// Frames of round 12: advice about a named or addressed third person's treatment, a recovery
// promised on a deadline or on the writer's word, subjects left unsaid after a product's name,
// a trade name as the remedy, "the only X worth taking" and "beats anything", "ask for it by
// name" as a sales line, and illnesses said to have stopped beside it. Near-misses: a
// clinician's instruction reported, hedged and referred recovery, plugs for apps and clinics,
// quoted marketing phrases, the writer's own care, an approved indication stated plainly.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');
// Another organization's pack: its product and partner are remedies whatever they are called.
const acme = checkerFor('medical-claims', { lists: { products: ['Dolorex'], partners: ['Acme Health'] } });
const acmeFlags = (text: string) => flagged(acme, text, 'medical-claims');

describe('medical-claims: third-person advice', () => {
  it.each([
    ['Tom needs to come off the warfarin before the trip, honestly.', 'come off the warfarin'],
    ['I told my neighbor last week to quit his lisinopril for good.', 'quit his lisinopril'],
    ['Told my coworker to go ahead and skip his Eliquis before the dental work.', 'skip his Eliquis'],
    ['Jenny, your husband can just halve his insulin on game days.', 'halve his insulin'],
    ['Sharon, Rick should just double his insulin when his sugar runs high.', 'double his insulin'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "My dad's cardiologist told him to stop his metformin before the CT scan.",
    "If your mom's doctor says to halve her insulin, follow that plan.",
    'The pharmacist told me to stop taking the ibuprofen with my blood thinner.',
    "My mom's oncologist wants her to skip the next round of chemo because her counts are low.",
    'Tom stopped his warfarin before surgery because his surgeon asked him to.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: recovery promised', () => {
  it.each([
    ["Rub the lavender balm on his chest tonight and he'll be fine by morning, I promise.", "he'll be fine"],
    ['Drink the raspberry leaf tea from week 32 and you will not tear, guaranteed.', 'guaranteed'],
    ["Start the magnesium drip and you'll sleep like a baby in three days, trust me.", "you'll sleep"],
    ["Do the oregano oil protocol for 5 days and you'll be back to normal, every time.", 'back to normal'],
    ["Give her the elderberry gummies and she'll be over the cold by tomorrow, promise.", "she'll be over"],
    ['Sip the turmeric tonic twice a day and your knees will feel brand new within a week, guaranteed.', 'your knees will feel'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Take the antibiotics as prescribed and you should feel better in a few days; call us if not.',
    'Most people feel better within a week, but call your doctor if the fever lasts.',
    "I promise I'll post the recipe for the ginger tea tomorrow.",
    'After my knee surgery I was back to normal in six weeks, slow and steady.',
    'Your appointment will be ready in MyRiverbend by tomorrow, I promise.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: named products and unsaid subjects', () => {
  it.each([
    ['Our CardioGuard supplement, reverses artery plaque for good.', 'reverses artery'],
    ['Heals torn ligaments in weeks, no surgery ever. Book your PRP session today!', 'Heals torn ligaments'],
    ['The new NeuroCalm headband stops migraines before they start. Link in bio!', 'stops migraines'],
    ['The NAD drip = migraines gone for good.', 'migraines gone'],
    ['The GlucoLoop pump = diabetes basically fixed, every diabetic needs one.', 'GlucoLoop pump = diabetes'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('reads the pack\'s own partner as the remedy', () => {
    expect(acmeFlags('Acme Health pump = diabetes basically fixed. Every diabetic needs one.').join(' | ')).toContain('pump = diabetes basically fixed');
    expect(flags('Acme Health pump = diabetes basically fixed. Every diabetic needs one.')).toEqual([]);
  });

  it.each([
    'The FlexFit app reminds me to stretch and my back feels better.',
    'My GoodRx coupon made the antibiotics cheaper this month.',
    "I tried the NeuroCalm headband for my migraines; it helped a little, not a cure.",
    'Physical therapy helped my shoulder heal after surgery.',
    "The labels all say 'boosts immunity', 'detox', 'balances hormones' — marketing, not medicine.",
    'Our new clinic = shorter waits, period.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: superiority', () => {
  it.each([
    ['Magnesium is the only migraine supplement worth taking, nothing else comes close.', 'the only migraine supplement worth taking'],
    ['Magnesium is the real answer for migraines, not triptans.', 'the real answer for migraines'],
    ['For knee pain, cupping beats anything the pharmacy sells.', 'beats anything'],
    ['This elderberry syrup is miles ahead of anything else for colds.', 'miles ahead of anything'],
    ['Our CBD balm is leagues ahead of any prescription cream for arthritis.', 'leagues ahead'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it("names the pack's product the only medicine worth taking", () => {
    expect(acmeFlags('Dolorex is the only migraine med worth taking, nothing else comes close.').join(' | ')).toContain('the only migraine med worth taking');
  });

  it.each([
    'Our new parking garage is miles ahead of the old lot.',
    'The measles vaccine is the only real protection for babies.',
    "Ibuprofen isn't the only option for period cramps.",
    "my cousin's new urgent care, FastCare, is honestly way better than anything else in town.",
    "Try the DocNow telehealth app, honestly better than anything we've got.",
    "Refills are down, so try the DocNow telehealth app. Honestly better than anything we've got.",
    'For most back injuries, physical therapy works better than surgery, per the trial.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: asked for by name', () => {
  it.each([
    ["If you get migraines, ask your doctor about Zentrova by name. My sister hasn't had one headache since.", "hasn't had one headache"],
    ["Tell your rheumatologist you want the FlexiJoint shots. My aunt hasn't had a single asthma attack since.", "hasn't had a single asthma"],
    ["Ask your neurologist to switch you to Zentrova. My husband hasn't had a migraine since.", "hasn't had a migraine"],
    ['If you\'ve got arthritis, ask for the CurcuMax drops by name, they work better than anything.', 'better than anything'],
    ["Ask for SinuClear by name at the pharmacy counter, I haven't had a sinus infection since.", "haven't had a sinus"],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Ask your doctor whether a migraine preventive is right for you.',
    'Zentrova is approved for migraine prevention in adults; ask your doctor if it\'s right for you.',
    "My mom hasn't had a migraine since her neurologist adjusted her plan, so grateful for her care team.",
    "Ask for the nurse by name at the front desk, she's wonderful.",
    "#ad I partnered with Pharmacor: Zentrova may reduce migraine days for some adults. Ask your doctor whether it's right for you.",
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: self-medication', () => {
  it.each([
    ['if you have a cough after visiting the clinic, just take whatever azithro you have left over.', 'just take whatever azithro'],
    ['got a sore throat? just start a z-pack and skip the urgent care wait', 'just start a z-pack'],
    ["honestly just ask for amoxicillin to be safe, don't wait.", 'just ask for amoxicillin'],
    ['Use the leftover antibiotics from last winter for this sinus thing.', 'leftover antibiotics'],
    ["Grab your sister's old inhaler if you're wheezing, same thing.", "sister's old inhaler"],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "Please don't take leftover antibiotics; bring them to our drop-off bin instead.",
    'This tea is lovely, but it is not a cure, no matter what the label says.',
    'Never share your old prescriptions with family.',
    'I just started amoxicillin for strep, day two and feeling better.',
    'My doctor said to just take ibuprofen and rest.',
    'Our pharmacy takes back old pills every Saturday.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: a change of dose said to every reader on the medicine', () => {
  it.each([
    ['if ur on Zentrova and still getting migraines just double the dose.', 'double the dose'],
    ["if you're on a statin and your muscles ache, just stop it.", 'stop it'],
    ["If you're taking lisinopril and it makes you cough, just quit it.", 'quit it'],
    ['if u r on sertraline and feel flat, honestly halve the dose for a week.', 'halve the dose'],
    ["If you've been on prednisone for a month, just stop the prednisone this weekend.", 'stop the prednisone'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "If you're on a blood thinner, don't stop it without talking to your doctor.",
    'If you miss a dose, skip it and take the next one on schedule.',
    "If you're on warfarin, stop eating huge amounts of kale overnight.",
    'Thank you for asking about the metformin schedule, we will call you.',
    "If you're on insulin, bring your pump supplies to the visit.",
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: wellness targets and an unsaid "than"', () => {
  it.each([
    ['tía stop the metformin, the cinnamon works better 🫶🏽', 'works better'],
    ['ditch the sumatriptan, the feverfew tea works way better', 'way better'],
    ['the NAD drip wiped out my burnout in one session, use ROSA20 for $25 off', 'wiped out my burnout'],
    ['Our adaptogen tea reverses burnout in about a week.', 'reverses burnout'],
    ['This ginger tonic cures hangovers, every single time.', 'cures hangovers'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Ibuprofen works better for my cramps than acetaminophen does.',
    'The new inhaler works better, my doctor switched me last month.',
    'Burnout is real; talk to your manager and take your PTO.',
    'Stretching helps, but for my back the physical therapy worked better than the pills.',
    'Burnout after night shifts is common; sleep and support help some people.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
