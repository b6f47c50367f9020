// A checker that keeps its sentence cache across keystrokes must report what a fresh checker
// reports on the same text: per-sentence memos (searches, targets, the model's features) may
// only save work. The drafts repeat short sentences ("1.", a hashtag, a sign-off), which a
// draft's other sentences surround differently, and are edited one character at a time.
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../../../lib/engine/checker';
import { CORE_PACK_PATH, loadPackFile } from '../../../lib/policy/files';
import type { CheckOptions } from '../../../lib/engine/types';

const DRAFTS: { text: string; options: CheckOptions }[] = [
  {
    text: [
      'Three things I learned this week on 5 North:',
      '1.',
      'Mrs. Delgado in bed 9 finally walked the hallway after her hip surgery.',
      '2.',
      'Our new charge nurse who runs nights is a fraud and everyone knows it.',
      '3.',
      'Hydrate. #NurseLife',
      'Views are my own.',
      '#NurseLife',
      'Views are my own.',
    ].join('\n'),
    options: { platform: 'linkedin' },
  },
  {
    text: 'Thank you for the review! We are so glad your knee is finally calming down after the injections. Thank you for the review! Dr. Okafor at Brightwater Clinic will see you at your follow-up. This turmeric blend cures arthritis, no prescription needed. Thank you for the review!',
    options: { platform: 'review-reply' },
  },
  {
    text: 'Shoutout to jenna marsh from the willow glen nursing home. The CEO of Northgate Staffing lied to every nurse on the unit. Use my code HEAL20 for 20% off the supplement I take. #ad #ad\n\nSee you Friday! See you Friday!',
    options: { platform: 'x' },
  },
];

/** One-character edits through the draft: an insertion, a replacement, a deletion, in turn. */
function edits(text: string, count: number): string[] {
  const out: string[] = [];
  let draft = text;
  for (let k = 0; k < count; k++) {
    const at = (k * 53 + 7) % draft.length;
    if (k % 3 === 0) draft = draft.slice(0, at) + 'e' + draft.slice(at);
    else if (k % 3 === 1) draft = draft.slice(0, at) + '.' + draft.slice(at + 1);
    else draft = draft.slice(0, at) + draft.slice(at + 1);
    out.push(draft);
  }
  return out;
}

let kept: Checker;
beforeAll(() => {
  kept = createChecker([loadPackFile(CORE_PACK_PATH), loadPackFile('policies/examples/riverbend.yaml')]);
});

describe('re-checking after each keystroke', () => {
  it.each(DRAFTS.map((d, i) => [i, d] as const))('draft %i: the kept checker reports what a fresh one does', (_, { text, options }) => {
    const fresh = () => createChecker(kept.policy);
    expect(kept.check(text, options)).toEqual(fresh().check(text, options));
    for (const edited of edits(text, 12)) expect(kept.check(edited, options)).toEqual(fresh().check(edited, options));
    // And back to the first text, whose sentences the cache now holds in other contexts.
    expect(kept.check(text, options)).toEqual(fresh().check(text, options));
    // (Two dozen full checks: slow on a loaded machine.)
  }, 120_000);
});

describe('an edit in one sentence that changes what the next one reads', () => {
  it('a medicine named or dropped before "does the same job" re-reads the remedy sentence', () => {
    const options: CheckOptions = { platform: 'x' };
    const withMedicine = 'My doctor keeps pushing metformin on me. Cinnamon tea does the same job, honestly.';
    const without = 'My doctor keeps pushing walking on me. Cinnamon tea does the same job, honestly.';
    for (const text of [withMedicine, without, withMedicine]) expect(kept.check(text, options)).toEqual(createChecker(kept.policy).check(text, options));
  });
});

