// The look-ups that keep whole-draft scans linear answer exactly what the scans they replace
// answered: SpanIndex (enclosing, overlapping and enclosed spans), SentenceIndex (items of some
// sentences, in list order) and the token look-ups by offset, each against the plain scan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../../lib/engine/sorted';
import { SentenceIndex } from '../../../lib/engine/detectors/phi/sentence-index';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { tokenEndingAt, tokenFrom, tokensStartingAt, tokenStartingAt } from '../../../lib/engine/token-index';

const span = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })).map(([start, length]) => ({ start, end: start + length }));

describe('SpanIndex', () => {
  it('answers as a scan of every span does', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { minLength: 1, maxLength: 20 }), (spans, queries) => {
        const index = new SpanIndex(spans);
        for (const q of queries) {
          expect(index.encloses(q.start, q.end)).toBe(spans.some((s) => s.start <= q.start && q.end <= s.end));
          expect(index.overlaps(q.start, q.end)).toBe(spans.some((s) => s.start < q.end && q.start < s.end));
          expect(index.holdsOneWithin(q.start, q.end)).toBe(spans.some((s) => q.start <= s.start && s.end <= q.end));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an empty index holds nothing', () => {
    const index = new SpanIndex([]);
    expect(index.encloses(0, 0)).toBe(false);
    expect(index.overlaps(0, 5)).toBe(false);
    expect(index.holdsOneWithin(0, 5)).toBe(false);
  });
});

describe('SentenceIndex', () => {
  it('gives the items of some sentences in the order of the list, as a filter would', () => {
    const item = fc.record({ sentence: fc.integer({ min: 0, max: 8 }), id: fc.nat() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.array(fc.integer({ min: -1, max: 9 }), { maxLength: 5 }), (items, wanted) => {
        const index = new SentenceIndex(items);
        const set = new Set(wanted);
        expect(index.in(set)).toEqual(items.filter((x) => set.has(x.sentence)));
        for (const s of wanted) expect(index.at(s)).toEqual(items.filter((x) => x.sentence === s));
      }),
      { numRuns: 300 },
    );
  });
});

describe('token look-ups by offset', () => {
  it('find the token a scan of the draft finds, at every offset', () => {
    const doc = buildDoc("Mr. Okafor isn't in bed 7.\n\nShe ate   her breakfast!! Dr. O'Neil said so, didn't he?", 'generic', '', new SentenceCache());
    for (let at = -1; at <= doc.text.length + 1; at++) {
      expect(tokenStartingAt(doc, at)).toBe(doc.tokens.find((t) => t.start === at));
      expect(tokensStartingAt(doc, at)).toEqual(doc.tokens.filter((t) => t.start === at));
      expect(tokenEndingAt(doc, at)).toBe(doc.tokens.find((t) => t.end === at));
      expect(tokenFrom(doc, at)).toBe(doc.tokens.find((t) => t.start >= at));
    }
  });
});
