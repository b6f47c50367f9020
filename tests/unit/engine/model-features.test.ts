// What the learned second opinion reads of a draft: features that mean the same for any writer.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import { compilePolicy } from '../../../lib/policy/compile';
import { CORE_PACK_PATH, loadPackFile } from '../../../lib/policy/files';

const checker = createChecker({ ...compilePolicy([loadPackFile(CORE_PACK_PATH)]), model: null });
const keys = (text: string) => [...checker.features(text).features.keys()].sort();

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

  it('read the same words and word pairs whether a period splits two sentences or not', () => {
    const words = (text: string) => keys(text).filter((k) => /^[wb]:/.test(k));
    expect(words('Long shift today. Our cafeteria finally has oat milk')).toEqual(words('Long shift today our cafeteria finally has oat milk'));
  });
});
