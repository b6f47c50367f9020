import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, paragraphs, sentences } from '../../../lib/engine/text/segment';

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

describe('run-on text', () => {
  it('cuts sentences longer than MAX_SENTENCE at a space, covering all the words', () => {
    const text = 'word '.repeat(1_000).trim();
    const spans = sentences(text);
    expect(spans.length).toBeGreaterThan(4);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toMatch(/^word( word)*$/);
    }
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text);
  });

  it('cuts text without spaces hard, never inside a surrogate pair', () => {
    const text = `a${'😀'.repeat(1_500)}`;
    const spans = sentences(text);
    expect(spans.length).toBe(4);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (const s of spans) expect(text.codePointAt(s.start)).not.toBe(undefined);
    expect(spans[0].end % 2).toBe(1);
  });
});
