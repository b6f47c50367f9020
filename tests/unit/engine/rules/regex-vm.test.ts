// The Pike VM that runs pack expressions in the page must find exactly what re2js finds:
// random expressions from a grammar of RE2's syntax, on random texts (non-ASCII letters with
// case-folding orbits, emoji, lone surrogates), compared match by match from every position.
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { findAll, type Span } from '../../../../lib/engine/rules/regex';
import { compileProgram } from '../../../../lib/engine/rules/regex-re2';
import { programRegex } from '../../../../lib/engine/rules/regex-vm';

const flagsOf = (caseSensitive: boolean) => (caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);

/** re2js's own search: group 0 and "hit" of the first match at or after `from`. */
function re2Exec(re: RE2JS, text: string, from: number): number[] | null {
  const m = re.matcher(text);
  if (!m.find(from)) return null;
  const hit = re.namedGroups().hit ?? 0;
  return [m.start(), m.end(), m.start(hit), m.end(hit)];
}

/** findAll written against re2js's matcher (the implementation before the VM). */
function re2FindAll(re: RE2JS, text: string): Span[] {
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

const LITERALS = ['a', 'b', 'k', 's', 'A', 'K', 'S', 'é', 'É', 'ß', 'ſ', '\u212a', '1', ' ', '-', '\\.', '\\n', '😀', 'ab', 'the'];
const CLASSES = ['.', '\\d', '\\w', '\\s', '\\D', '\\W', '\\S', '[ab]', '[^ab]', '[a-k]', '[^\\s\\d]', '[é-ÿ]', '\\pL', '\\PL', '[😀a]', '[^😀]', '[[:alpha:]]', '[^\\pL\\pN*]', '(?s:.)'];
const ANCHORS = ['^', '$', '\\b', '\\B', '\\A', '\\z', '(?m:^)', '(?m:$)'];
const QUANTIFIERS = ['?', '*', '+', '??', '*?', '+?', '{0,2}', '{1,3}', '{2}', '{1,}', '{0,2}?'];

const { regex } = fc.letrec<{ regex: string; alt: string; seq: string; piece: string; atom: string }>((tie) => ({
  regex: fc.oneof(
    { weight: 3, arbitrary: tie('alt') },
    { weight: 1, arbitrary: fc.tuple(tie('seq'), tie('alt'), tie('seq')).map(([a, hit, b]) => `${a}(?P<hit>${hit})${b}`) },
  ),
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('|')),
  seq: fc.array(tie('piece'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('')),
  piece: fc.oneof(
    { weight: 3, arbitrary: tie('atom') },
    { weight: 2, arbitrary: fc.tuple(tie('atom'), fc.constantFrom(...QUANTIFIERS)).map(([a, q]) => `(?:${a})${q}`) },
    { weight: 1, arbitrary: fc.constantFrom(...ANCHORS) },
  ),
  atom: fc.oneof(
    { weight: 4, depthSize: 'small', withCrossShrink: true, arbitrary: fc.constantFrom(...LITERALS) },
    { weight: 3, arbitrary: fc.constantFrom(...CLASSES) },
    { weight: 1, arbitrary: tie('alt').map((a) => `(${a})`) },
    { weight: 1, arbitrary: tie('alt').map((a) => `(?:${a})`) },
  ),
}));

const PARTS = ['a', 'b', 'k', 'K', 's', 'S', 'ſ', '\u212a', 'é', 'É', 'ß', '1', '2', ' ', '\n', '.', '-', '*', '😀', '\ud83d', '\ude00', 'ab', 'ba ', 'the '];
const text = fc.array(fc.constantFrom(...PARTS), { maxLength: 24 }).map((xs) => xs.join(''));

describe('the regex VM', () => {
  it('property: matches exactly as re2js (group 0 and "hit", from every position, and findAll)', () => {
    fc.assert(
      fc.property(regex, fc.boolean(), fc.array(text, { minLength: 1, maxLength: 4 }), (source, caseSensitive, texts) => {
        const re = RE2JS.compile(source, flagsOf(caseSensitive));
        const vm = programRegex(compileProgram(source, caseSensitive));
        for (const t of texts) {
          for (let from = 0; from <= t.length; from++) {
            const caps = vm.exec(t, from);
            const got = caps && [caps[0], caps[1], caps[2 * vm.hit], caps[2 * vm.hit + 1]];
            expect(got, `${source} on ${JSON.stringify(t)} from ${from}`).toEqual(re2Exec(re, t, from));
          }
          expect(findAll(vm, t)).toEqual(re2FindAll(re, t));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('folds case like RE2, beyond ASCII', () => {
    const vm = programRegex(compileProgram('ks', false));
    expect(findAll(vm, 'KS \u212aſ ks')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
      { start: 6, end: 8 },
    ]);
    expect(findAll(programRegex(compileProgram('ks', true)), 'KS \u212aſ ks')).toEqual([{ start: 6, end: 8 }]);
  });

  it('reports the "hit" group and keeps word boundaries around emoji', () => {
    const vm = programRegex(compileProgram('\\bmy\\s+(?P<hit>cat)\\b', false));
    expect(findAll(vm, '😀my cat, My CAT😀 mycat')).toEqual([
      { start: 5, end: 8 },
      { start: 13, end: 16 },
    ]);
  });

  it('finishes catastrophic patterns on 30,000 characters, with the right answer', () => {
    const as = 'a'.repeat(30_000);
    const words = 'ab '.repeat(10_000);
    const run = (source: string, t: string) => findAll(programRegex(compileProgram(source, true)), t);
    expect(run('(a+)+b', as)).toEqual([]);
    expect(run('(a+)+b', `${as}b`)).toEqual([{ start: 0, end: 30_001 }]);
    expect(run('(a|aa)*c', as)).toEqual([]);
    expect(run('(a|aa)*c', `${as}c`)).toEqual([{ start: 0, end: 30_001 }]);
    expect(run('(\\w+\\s?)*$', `${words}!`)).toEqual([]);
    expect(run('(\\w+\\s?)*$', words)).toEqual([{ start: 0, end: 30_000 }]);
  });

  it('finds a match right after one that ends inside a word', () => {
    expect(findAll(programRegex(compileProgram('\\Bb', false)), 'abbb ab')).toEqual([
      { start: 1, end: 2 },
      { start: 2, end: 3 },
      { start: 3, end: 4 },
      { start: 6, end: 7 },
    ]);
  });
});
