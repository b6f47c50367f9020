// Classes the medical-claims detector reads beyond its verb frame: absences promised in pairs,
// "natural, so safe", a remedy called a natural stand-in for a medicine, one treatment and the
// illness gone, medicines replaced or no longer needed, results with a stopwatch, comparisons
// with "anything the pharmacy has", off-label "not just for", vaccines declared unneeded, and
// stop-treatment advice put on one particular person ("have him skip", "get her off").
// Near-misses: hedged education, cited evidence, a clinician's routine instruction to the public.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('medical-claims: claim classes', () => {
  it.each([
    ['Our laser peel means no swelling and no downtime, book today.', 'no swelling and no downtime'],
    ["It's all natural, so it's harmless for pregnant women too.", "natural, so it's harmless"],
    ['Garlic is nature\'s antibiotic, skip the urgent care visit.', "nature's antibiotic"],
    ['Two sessions of cupping and my bursitis was completely gone.', 'bursitis was completely gone'],
    ['She started beet juice and now she doesn\'t need her blood pressure pills.', "doesn't need her blood pressure pills"],
    ['Our peptide stack has replaced sleeping pills for half my clients.', 'replaced sleeping pills'],
    ['With this balm, sprains heal three times as fast.', 'heal three times as fast'],
    ['Sea moss works better than anything the pharmacy sells for a cough.', 'anything the pharmacy sells'],
    ['This serum works for rosacea too, not just acne!', 'not just acne'],
    ["Teens honestly don't need the HPV vaccine if they're careful.", "don't need the HPV vaccine"],
    ['Every single client who did my 10-day reset has stayed diabetes free.', 'stayed diabetes free'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Elderberry may shorten colds a little for some people, but the evidence is mixed.',
    'Most people have no side effects from the flu shot beyond a sore arm.',
    'Natural does not mean safe: ask your pharmacist before mixing supplements with blood thinners.',
    'Physical therapy helps many people with back pain; talk to your doctor about whether it fits you.',
    'Infants under six months are too young for the flu vaccine, so everyone around them should get it.',
    'Our recovery unit replaced its old pumps with smart pumps this spring.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical-claims: stopping one particular person\'s treatment', () => {
  it.each([
    ['If the sertraline makes her that tired, have her skip the morning dose for a while.', 'skip the morning dose'],
    ['Honestly just get him off that prednisone and try fish oil.', 'get him off that prednisone'],
    ['Told my neighbor to double his metoprolol on stressful days and he feels great.', 'double his metoprolol'],
    ["Don't let them put your daughter on stimulants, cut out sugar instead.", 'put your daughter on stimulants'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Never stop a blood thinner on your own; your cardiologist will tell you when it is safe before a procedure.',
    'Our pharmacists can help you get off the waitlist for the shingles vaccine.',
    'He had to stop his metoprolol before the stress test, per the cardiology protocol.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
