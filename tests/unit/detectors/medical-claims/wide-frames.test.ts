// The wide frames of the medical-claims detector: a claim stated as absolute whatever its
// subject, results promised to the reader, claims against proven care, comparisons with any
// medicine, and imperatives that answer a condition. Sentences written for these tests, each
// beside the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('a verb of efficacy stated as absolute, whatever the subject', () => {
  it.each([
    ['This posture brace literally prevents sciatica, I wear it daily.', 'prevents sciatica'],
    ['Our new wristband STOPS nausea before it starts.', 'STOPS nausea'],
    ['Ten minutes of humming a day heals tinnitus, full stop.', 'heals tinnitus'],
    ['The clinic’s laser program is curing glaucoma that others gave up on.', 'curing glaucoma'],
    ['That smart ring catches every seizure before it happens.', 'catches every seizure'],
    ['Kelp tablets keep the flu away, period.', 'keep the flu'],
    ['A spoon of elderberry syrup a day kept my kids from getting strep three winters running.', 'kept my kids from getting strep'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Our cardiology team treats heart failure with the latest therapies.',
    'Statins lower the risk of heart attacks in people at high risk.',
    'The nurse literally treats every patient with kindness.',
    'I literally fixed my back pain with rest and stretching.',
    'Northgate literally killed my neighbor with a missed heart attack diagnosis.',
    'Keeping the rooms warm keeps patients from getting cold.',
    'The shingles vaccine prevents most cases of shingles in older adults.',
  ])('leaves care, people and plain approved uses alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('results promised to the reader', () => {
  it.each([
    ['Nettle tea every night and you will never get hay fever again.', 'you will never get hay fever'],
    ['Three drops under the tongue and you won’t catch a single cold this year.', 'catch a single cold'],
    ['Oil pulling twice a week and you will never need a root canal.', 'never need a root canal'],
    ['Stick to the juice plan and you’ll be off your blood pressure pills in a month.', 'off your blood pressure pills'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Get your flu shot and you won’t get as sick if you do catch it.',
    'Use your controller inhaler daily and you won’t need the rescue inhaler as often.',
    'You won’t need an appointment for the flu clinic, just walk in.',
    'Quit smoking and you will never regret it.',
  ])('leaves qualified results, prescribed care and logistics alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('claims against proven care', () => {
  it.each([
    ['Honestly, blood pressure meds are a scam for most of us.', 'meds are a scam'],
    ['The shingles shot wrecks your immune system for a month.', 'shot wrecks your immune system'],
    ['Booster shots do more harm than good at this point.', 'shots do more harm'],
    ['I have seen more complications from the RSV shot than from RSV itself.', 'more complications from the RSV shot'],
    ['The pneumonia vaccine isn’t even necessary if you eat well.', 'vaccine isn’t even necessary'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Vaccines are not poison; they are tested for years before approval.',
    'People say the flu shot is a scam, but the data says otherwise.',
    'Is the flu shot worth it this year?',
    'Stopping your statin suddenly can be dangerous.',
    'Mixing alcohol with benzos is dangerous.',
    'Insulin is life-saving for people with type 1 diabetes.',
  ])('leaves education, negation and questions alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('comparisons with medicines', () => {
  it.each([
    ['This herbal gargle clears a sore throat better than any antibiotic.', 'better than any antibiotic'],
    ['Our hydration facial works better than tretinoin.', 'better than tretinoin'],
    ['Black cohosh calms hot flashes just as well as estrogen.', 'as well as estrogen'],
    ['Their patch beats any migraine pill on the market.', 'beats any migraine pill'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'My new laptop works better than the old one.',
    'Walking works better than bed rest for most back pain, according to the guideline.',
  ])('leaves other comparisons and cited evidence alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('imperatives that answer a condition', () => {
  it.each([
    ['@marla_k if the swelling comes back just stop the amlodipine for a week.', 'stop the amlodipine'],
    ['hey girl 💕 skip the prednisone, your skin will sort itself out', 'skip the prednisone'],
    ['Hi Rosa! Next time skip the antibiotic drops we gave you and use warm tea bags.', 'skip the antibiotic'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'If you stop the amlodipine, call us first so we can plan it together.',
    'When patients stop the prednisone too fast they can feel awful, so we taper it.',
  ])('leaves conditions about stopping alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('pronouns that stand for what was just named', () => {
  it.each([
    ['@tomas_r your gabapentin making you foggy? just halve it for a week.', 'halve it'],
    ['Everyone lines up for the RSV shot every fall. It literally gives you RSV.', 'gives you RSV'],
    ['Skip the fancy serums and take cod liver oil, it heals eczema from the inside.', 'heals eczema'],
    ['Vitamin C at 5,000 mg a day prevents shingles.', 'prevents shingles'],
    ['This brace is the only thing that fixes plantar fasciitis.', 'fixes plantar fasciitis'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Your statin is doing its job. Don’t stop it without talking to us.',
    'The flu shot can’t give you the flu. It is made from inactivated virus.',
    'Keep taking the metformin. It helps your sugars stay steady.',
  ])('leaves support for prescribed care alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('own results told beside a sale', () => {
  it.each([
    ['Two months on the kelp gel and my psoriasis is gone! Use code KELP20 for 20% off.', 'psoriasis is gone'],
    ['Been taking these gummies since spring and I haven’t been sick once. Link in bio 💚', 'been sick'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'My cold is finally gone, back to work tomorrow!',
    'Haven’t been sick once this year, knock on wood.',
    'So glad your migraines are gone since your treatment, see you at your next visit!',
    'My cold is gone and we called a code blue on 4 West today.',
  ])('leaves stories without a sale alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('use beyond an approval', () => {
  it.each([
    ['Calmexa is only approved for migraine, but it works great for back pain too.', 'only approved for migraine'],
    ['It’s not approved for kids yet but I’ve been prescribing it to my teens.', 'not approved for kids'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The shingles vaccine is approved for adults over 50, but talk to your doctor about timing.',
    'It’s only approved for adults, but kids can get the pediatric version.',
  ])('leaves accurate statements of approval alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
