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

  it('property: plain ASCII text without spaced letters or runs of spaces is unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 80 }), (s) => {
        fc.pre(!/(?:^|[^A-Za-z0-9])[A-Za-z] [A-Za-z] [A-Za-z](?![A-Za-z0-9])/.test(s) && !/[ \t]{2}|\t/.test(s));
        // Case is restored in caseless lines (see recase.test.ts); `cased` keeps it as typed.
        expect(normalize(s).cased).toBe(s);
        expect(normalize(s).text.toLowerCase()).toBe(s.toLowerCase());
      }),
    );
  });
});

describe('normalize, spacing', () => {
  it('reads runs of spaces and tabs as one space, and maps spans back over the run', () => {
    const original = 'Mrs.  Alvarez \t in   room 412';
    const n = normalize(original);
    expect(n.text).toBe('Mrs. Alvarez in room 412');
    const at = n.text.indexOf('room');
    expect(original.slice(toOriginal(n, at, at + 8).start, toOriginal(n, at, at + 8).end)).toBe('room 412');
  });

  it('keeps line breaks and a single space as they are', () => {
    expect(normalize('one\n\ntwo three').text).toBe('one\n\ntwo three');
  });
});

describe('normalize, long drafts', () => {
  // A long draft is normalized line by line: each line must come out as it does on its own.
  const filler = 'Plain words on a line of their own.\n'.repeat(60);

  it('normalizes a line within a long draft as it does alone', () => {
    for (const line of ['tested for H I V today', 'Riverbеnd 👩🏽‍⚕️ sui\u200Bcide', 'е\u0301 and 𝐛𝐨𝐥𝐝']) {
      const n = normalize(filler + line);
      expect(n.text.slice(filler.length)).toBe(normalize(line).text);
    }
  });

  it('property: a long draft maps like its lines, offsets shifted', () => {
    fc.assert(
      fc.property(hostileText(30), (tail) => {
        // A mark or a joiner after a line break attaches to it: that line is not cut there.
        fc.pre(tail.charCodeAt(0) < 0x80 || !tail);
        const long = normalize(filler + tail);
        const alone = normalize(tail);
        expect(long.text).toBe(filler + alone.text);
        for (let i = 0; i < alone.text.length; i++) {
          expect(long.startMap[filler.length + i]).toBe(alone.startMap[i] + filler.length);
          expect(long.endMap[filler.length + i]).toBe(alone.endMap[i] + filler.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
