// What the learned second opinion reads of a draft: features that mean the same for any writer.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import { compilePolicy } from '../../../lib/policy/compile';
import { CORE_PACK_PATH, loadPackFile } from '../../../lib/policy/files';

const checker = createChecker({ ...compilePolicy([loadPackFile(CORE_PACK_PATH)]), model: null });
const keys = (text: string, platform?: string) => [...checker.features(text, { platform }).features.keys()].sort();
const has = (text: string, feature: string, platform?: string) => keys(text, platform).includes(feature);

describe('second-opinion features', () => {
  it('do not change with case, doubled spaces or a dropped period and commas', () => {
    const sentences = [
      'Grabbed coffee with my neighbor, who told me her biopsy came back fine.',
      'Honestly the comfiest running shoes I have tried, go get a pair.',
      'The clinic manager keeps skimming from the supply budget.',
    ];
    for (const s of sentences) {
      const base = keys(s);
      expect(keys(s.toLowerCase())).toEqual(base);
      expect(keys(s.replace(/ /g, '  '))).toEqual(base);
      expect(keys(s.replace(/[.,]/g, ''))).toEqual(base);
    }
    const two = 'Long shift today. Our cafeteria finally has oat milk!';
    expect(keys(two.toLowerCase().replace(/ /g, '  '))).toEqual(keys(two));
  });

  it('pair who a sentence speaks of with what it says of them, within one sentence only', () => {
    const one = 'She came back after her hip replacement last spring.';
    expect(has(one, 'x:third&health-procedure')).toBe(true);
    const apart = 'She came back last spring. Hip replacements are common now.';
    expect(has(apart, 'w:she')).toBe(true);
    expect(has(apart, 'x:third&health-procedure')).toBe(false);
  });

  it('read words after a negation as denied', () => {
    expect(has('Our staff would never overcharge a family.', 'n:overcharge')).toBe(true);
    expect(has('Our staff would overcharge a family.', 'n:overcharge')).toBe(false);
    // The scope is a few words: a wrongdoing far from the "not" is not denied.
    expect(has('It was not raining when the treasurer went to court for fraud.', 'n:fraud')).toBe(false);
  });

  it('cross the platform with what the draft mentions', () => {
    const reply = 'Thank you for the kind words about your knee surgery!';
    expect(has(reply, 'plat:review-reply&health-procedure', 'review-reply')).toBe(true);
    expect(has(reply, 'plat:review-reply&health-procedure', 'linkedin')).toBe(false);
  });
});
