import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf, flagged } from './helpers';

const checker = checkerFor('medical-claims');
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('medical-claims detector', () => {
  it.each([
    ['This elderberry syrup cures the flu in two days flat.', 'cures the flu'],
    ['Our new laser treatment is risk-free and works every time.', 'risk-free'],
    ['The clinic guarantees you will be off your blood pressure pills in a month.', 'guarantees'],
    ['Apple cider vinegar shots reverse type 2 diabetes if you stick with them.', 'reverse type 2 diabetes'],
    ['These charcoal patches draw the toxins out of your liver while you sleep.', 'draw the toxins'],
    ['Every client I have put on this protocol has dropped two dress sizes. You will too!', 'You will too'],
    ['Semaglutide is not just for diabetes, ask for it to drop a few pounds before summer.', 'not just for diabetes'],
    ['Forget the inhaler, ditch the meds and breathe through a straw twice a day.', 'ditch the meds'],
    ['@kayla_runs from your photo that rash is definitely shingles, start the valacyclovir you have left over.', 'definitely shingles'],
    ['u/tiredmama you should double your sertraline until you feel better.', 'you should double your sertraline'],
    ['Take 1000 mg of vitamin C every hour and the cold is gone by morning.', 'Take 1000 mg'],
    ['Everyone over 50 should be taking a baby aspirin, no exceptions.', 'Everyone over 50 should be taking'],
    ['This breathing method will fix your anxiety in a week, I have seen it work on every client.', 'will fix your anxiety'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('makes individual advice an error and offers a softer wording for "100% safe"', () => {
    expect(findingsOf(checker, 'OP, you should stop your metoprolol tonight.', 'medical-claims')[0].severity).toBe('error');
    const [f] = findingsOf(checker, 'This sunscreen is 100% safe for babies.', 'medical-claims');
    expect(f.fixes[0].edits[0].text).toBe('generally safe for most people');
  });

  it.each([
    'Some people find that magnesium may help with leg cramps, but talk to your doctor first.',
    'The shingles vaccine does not guarantee you will never get shingles, but it cuts the risk a lot.',
    'There is no cure for type 1 diabetes yet, which is why research funding matters.',
    'Please do not stop your blood pressure medicine without checking with your care team.',
    'Antibiotics do not help with colds; rest and fluids do most of the work.',
    'If you have chest pain, call 911 and do not drive yourself.',
    'Our NICU graduates are little miracles, and we love seeing them at the reunion.',
    'Most people have no side effects from the flu shot beyond a sore arm.',
    'If a tea claims it cures cancer, be skeptical of anything promising no side effects.',
  ])('leaves hedged education and referrals alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
