import { describe, expect, it } from 'vitest';
import { remapSpans } from '../../../lib/dom/remap';

const spanOf = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, word });
const words = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('remapSpans', () => {
  const before = 'The confidential plan for ward 4 is ready.';
  const spans = [spanOf(before, 'confidential'), spanOf(before, 'ward 4')];

  it('keeps spans before an edit at the end and moves nothing', () => {
    const after = `${before} More soon`;
    expect(words(after, remapSpans(spans, before, after))).toEqual(['confidential', 'ward 4']);
  });

  it('moves spans after an insertion by its length', () => {
    const after = before.replace('The ', 'The very ');
    expect(words(after, remapSpans(spans, before, after))).toEqual(['confidential', 'ward 4']);
  });

  it('moves spans after a deletion back', () => {
    const after = before.replace('The ', '');
    expect(words(after, remapSpans(spans, before, after))).toEqual(['confidential', 'ward 4']);
  });

  it('drops a span the edit changed', () => {
    const after = before.replace('confidential', 'confidentia');
    expect(words(after, remapSpans(spans, before, after))).toEqual(['ward 4']);
  });

  it('drops a span when typing joins a letter onto its start', () => {
    const after = before.replace(' confidential', ' xconfidential');
    expect(words(after, remapSpans(spans, before, after))).toEqual(['ward 4']);
  });

  it('returns the same spans for the same text', () => {
    expect(remapSpans(spans, before, before)).toEqual(spans);
  });
});

describe('remapSpans at word edges', () => {
  const before = 'Keep it confidential please';
  const spans = [{ start: 8, end: 20 }];

  it('drops the span when letters are typed right after it', () => {
    const after = 'Keep it confidentially please';
    expect(remapSpans(spans, before, after)).toEqual([]);
  });

  it('keeps it when punctuation is typed right after it', () => {
    const after = 'Keep it confidential, please';
    expect(words(after, remapSpans(spans, before, after))).toEqual(['confidential']);
  });
});
