// findAll stops early once the fast test finds nothing more: the spans must be exactly those
// of a search that runs to the end of the text, whatever precedes the last match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRegex, findAll, type Regex, type Span } from '../../../../lib/engine/rules/regex';

/** The plain search, to the end of the text. */
function reference(re: Regex, text: string): Span[] {
  const out: Span[] = [];
  const group = re.namedGroups().hit ?? 0;
  const m = re.matcher(text);
  for (let from = 0; from <= text.length && m.find(from); ) {
    const start = m.start(group);
    const end = m.end(group);
    if (end > start && start >= 0) out.push({ start, end });
    from = Math.max(end, m.start() + 1);
  }
  return out;
}

const SOURCES = [
  '\\bab\\b',
  '\\Bb',
  'a+',
  '(?m)^a',
  'b$',
  '\\bab(?P<hit>c+)\\b',
  'a\\s+b',
  '[^a]{1,3}b',
  '😀a?',
  '(?:ab|b)(?:\\b|c)',
];

const text = fc
  .array(fc.constantFrom('a', 'b', 'c', ' ', '\n', '😀', '.', 'ab', 'ba '), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('findAll', () => {
  it('property: finds the same spans as a search run to the end of the text', () => {
    const regexes = SOURCES.map((s) => compileRegex(s));
    fc.assert(
      fc.property(text, (t) => {
        for (const re of regexes) expect(findAll(re, t)).toEqual(reference(re, t));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a match right after one that ends inside a word', () => {
    const re = compileRegex('\\Bb');
    expect(findAll(re, 'abbb ab')).toEqual([
      { start: 1, end: 2 },
      { start: 2, end: 3 },
      { start: 3, end: 4 },
      { start: 6, end: 7 },
    ]);
  });
});
