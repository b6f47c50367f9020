// The efficacy, comparison, anti-vaccine and stop-treatment frames of the medical-claims detector:
// wording no phrase list names, and the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged, findingsOf } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('medical-claims efficacy frame', () => {
  it.each([
    ['Ginger root tea soothes nothing, it reverses gastritis outright.', 'reverses gastritis'],
    ['Our spinal adjustments strengthen immunity so your kids miss fewer school days.', 'strengthen immunity'],
    ['Oregano oil kills strep faster than anything, keep a bottle in the cabinet.', 'kills strep'],
    ['A weekly vitamin drip prevents migraines for most of our members.', 'prevents migraines'],
    ['Zinc lozenges help your body beat pneumonia without a trip to the doctor.', 'beat pneumonia'],
    ['Cupping heals sciatica in three sessions at our studio.', 'heals sciatica'],
    ['Fermented garlic honey protects your immune system all winter.', 'protects your immune system'],
  ])('flags a remedy with a verb of efficacy: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('reads a pack product as a remedy, whatever it is called', () => {
    const withProduct = checkerFor('medical-claims', { lists: { products: ['Calmora'] } });
    expect(flagged(withProduct, 'Calmora prevents panic attacks, ask for a sample.', 'medical-claims').join()).toContain('prevents panic attacks');
    expect(flags('Calmora prevents panic attacks, ask for a sample.')).toEqual([]);
  });

  it.each([
    ['Beetroot powder works better than blood pressure pills, trust me.', 'better than blood pressure pills'],
    ['This peppermint balm is faster than ibuprofen for tension headaches.', 'faster than ibuprofen'],
  ])('flags a comparison with a standard treatment: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    ['Every year the flu jab gives half my unit the flu.', 'gives half my unit the flu'],
    ['That MMR caused his autism, nobody can tell me otherwise.', 'caused his autism'],
  ])('flags a vaccine said to cause an illness: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Metformin treats type 2 diabetes for most people who take it as prescribed.',
    'If a supplement says it cures arthritis, be skeptical and ask your pharmacist.',
    'No herb reverses kidney disease, whatever the ads say.',
    'Turmeric does not prevent cancer; there is no evidence it does.',
    'The amoxicillin cleared up my sinus infection after a week.',
    'Can elderberry really prevent the flu?',
    'The flu shot cannot give you the flu, the virus in it is inactivated.',
    'The measles vaccine lowers the risk of measles for nearly everyone.',
    'Physical therapy works better than rest alone for most back injuries, per the trial we read in journal club.',
    'Zinc may help a cold end a day sooner for some people.',
  ])('leaves education, skepticism and experience alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims stop-treatment frame', () => {
  it.each([
    ['@runner_dee honestly just quit the metoprolol, your pressure is fine now.', 'quit the metoprolol'],
    ['Marcus, come off the sertraline this week, you seem great.', 'come off the sertraline'],
    ['Nobody under 40 needs it. Skip the booster.', 'Skip the booster'],
  ])('flags an imperative to stop a medicine: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('makes it an error', () => {
    expect(findingsOf(checker, '@runner_dee honestly just quit the metoprolol.', 'medical-claims')[0].severity).toBe('error');
  });

  it.each([
    'Please never stop your metoprolol without a plan from your cardiologist.',
    'Stop the bleeding with firm pressure before anything else.',
    'I had to skip the booster clinic today because of the snow.',
    'Quit smoking and your lungs start to recover within weeks.',
  ])('leaves warnings and other imperatives alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: one result promised to all, and remedies called cures', () => {
  it.each([
    ['My knee brace fixed my patellar pain and it will do the same for yours.', 'it will do the same'],
    ['Started the program in March, down two sizes, and y’all will see the same thing.', 'will see the same'],
    ['Cold plunges are basically the cure for depression.', 'are basically the cure'],
    ['Our laser works just as well as steroid shots without the side effects.', 'without the side effects'],
  ])('flags %s', (text, words) => {
    expect(flags(text.replace(/’/g, "'")).join(' | ').replace(/’/g, "'")).toContain(words);
  });

  it.each([
    'Kindness is the cure for burnout on a hard unit.',
    'Results vary, and what worked for me may not work for you.',
    'No medicine works without the risk of side effects, so ask your pharmacist.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: equations, proven care called harmful, advice said with "you should"', () => {
  it.each([
    ['Beet capsules = zero migraines, trust me.', 'capsules = zero migraines'],
    ['Ashwagandha every night = zero anxiety.', '= zero anxiety'],
    ['Hot take: epidurals cause autism.', 'cause autism'],
    ['Fluoride is a neurotoxin, period.', 'Fluoride is a neurotoxin'],
    ['Vaccines are behind the asthma epidemic.', 'behind the asthma'],
    ['Our ozone therapy heals cavities without drilling!', 'heals cavities'],
    ['Sage tincture works better than triptans for kids.', 'better than triptans'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    '1 bag of chips = no regrets.',
    'Fluoride is not a toxin at the levels in tap water.',
    'Epidurals can cause a drop in blood pressure, so we watch for it.',
    'The flu shot = no excuses this year, book yours.',
    "Don't take antibiotics for a cold, they don't work on viruses.",
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('reads "don\'t take" said to someone by handle as stopping a treatment', () => {
    expect(flags("@jess_g no mija, don't take the labetalol they gave you").join(' | ')).toContain("don't take the labetalol");
  });
});
