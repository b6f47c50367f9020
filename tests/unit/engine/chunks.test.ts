import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunks } from '../../../lib/engine/text/chunks';

describe('chunks', () => {
  it('cuts after a line break or a sentence end before a capital, once a piece is long enough', () => {
    expect(chunks('aaaa bbbb\ncccc. Dddd eeee. ffff', 4)).toEqual(['aaaa bbbb\n', 'cccc. ', 'Dddd eeee. ffff']);
    expect(chunks('short', 100)).toEqual(['short']);
  });

  it('does not cut between a line break and a mark that belongs to it', () => {
    expect(chunks('abc\n\u0301def', 2)).toEqual(['abc\n\u0301def']);
  });

  it('property: the pieces make up the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 50 }), (text, size) => {
        expect(chunks(text, size).join('')).toBe(text);
      }),
    );
  });
});
