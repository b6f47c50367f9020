import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../../lib/engine/text/normalize';
import { hostileText, splitsPair } from './unicode-arbitraries';

describe('normalize', () => {
  it('folds fancy letters, quotes, dashes, zero-width and spaced letters', () => {
    expect(normalize('𝐛𝐨𝐥𝐝 𝘪𝘵𝘢𝘭𝘪𝘤 𝚖𝚘𝚗𝚘').text).toBe('bold italic mono');
    expect(normalize('“it’s” — ok').text).toBe('"it\'s" - ok');
    expect(normalize('sui\u200Bcide').text).toBe('suicide');
    expect(normalize('tested for H I V today').text).toBe('tested for HIV today');
    expect(normalize('I am a b').text).toBe('I am a b');
    expect(normalize('Ｒｉｖｅｒｂｅｎｄ').text).toBe('Riverbend');
  });

  it('folds look-alike Cyrillic only inside Latin words', () => {
    expect(normalize('Riverbеnd').text).toBe('Riverbend'); // Cyrillic е
    expect(normalize('мир').text).toBe('мир');
  });

  it('keeps emoji and other scripts as typed', () => {
    const s = 'Proud 👩🏽‍⚕️ of العربية and 中文';
    expect(normalize(s).text).toBe(s);
  });

  it('maps every span back to whole units of the original', () => {
    const n = normalize('a 𝐛𝐨𝐥𝐝 b');
    const at = n.text.indexOf('bold');
    const { start, end } = toOriginal(n, at, at + 4);
    expect(n.original.slice(start, end)).toBe('𝐛𝐨𝐥𝐝');
  });

  it('property: offsets map back into the original, in order, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(), fc.string({ unit: 'binary', maxLength: 60 })), fc.nat(), fc.nat(), (original, a, b) => {
        const n = normalize(original);
        expect(n.startMap.length).toBe(n.text.length + 1);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.startMap[i]).toBeGreaterThanOrEqual(0);
          expect(n.startMap[i]).toBeLessThan(n.endMap[i]);
          expect(n.endMap[i]).toBeLessThanOrEqual(original.length);
          if (i > 0) expect(n.startMap[i]).toBeGreaterThanOrEqual(n.startMap[i - 1]);
        }
        const len = n.text.length;
        const s = len ? a % (len + 1) : 0;
        const e = len ? s + (b % (len - s + 1)) : 0;
        const span = toOriginal(n, s, e);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.end).toBeLessThanOrEqual(original.length);
        expect(splitsPair(original, span.start)).toBe(false);
        expect(splitsPair(original, span.end)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('property: plain ASCII text without spaced letters is unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 80 }), (s) => {
        fc.pre(!/(?:^|[^A-Za-z0-9])[A-Za-z] [A-Za-z] [A-Za-z](?![A-Za-z0-9])/.test(s));
        expect(normalize(s).text).toBe(s);
      }),
    );
  });
});
