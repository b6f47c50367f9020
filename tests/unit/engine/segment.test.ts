import { describe, expect, it } from 'vitest';
import { paragraphs, sentences } from '../../../lib/engine/text/segment';

const texts = (s: string) => sentences(s).map((x) => s.slice(x.start, x.end));

describe('sentences', () => {
  it('does not split after titles and common abbreviations', () => {
    expect(texts('Dr. Lee saw Mrs. Alvarez on St. Mary St. today. She is fine.')).toEqual(['Dr. Lee saw Mrs. Alvarez on St. Mary St. today.', 'She is fine.']);
    expect(texts('Meds given approx. 3 p.m. then rest. Done!')).toEqual(['Meds given approx. 3 p.m. then rest.', 'Done!']);
  });

  it('does not split inside decimals, versions or initials', () => {
    expect(texts('Her A1c went from 9.5 to 6.8. Great work.')).toEqual(['Her A1c went from 9.5 to 6.8.', 'Great work.']);
    expect(texts('Update to v2.3.1 now. J. Smith agreed.')).toEqual(['Update to v2.3.1 now.', 'J. Smith agreed.']);
  });

  it('ends a sentence at every line break and keeps closing quotes and brackets', () => {
    expect(texts('first line\nsecond line')).toEqual(['first line', 'second line']);
    expect(texts('He said "stop!" Then left.')).toEqual(['He said "stop!"', 'Then left.']);
    expect(texts('Wow!!! Really?! Yes…')).toEqual(['Wow!!!', 'Really?!', 'Yes…']);
  });

  it('numbers paragraphs and trims white space', () => {
    const s = '  One. Two.\n\n\nThree.  ';
    expect(sentences(s).map((x) => [s.slice(x.start, x.end), x.paragraph])).toEqual([
      ['One.', 0],
      ['Two.', 0],
      ['Three.', 1],
    ]);
    expect(paragraphs(s)).toHaveLength(2);
  });

  it('yields nothing for empty or blank text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n \n')).toEqual([]);
  });
});
