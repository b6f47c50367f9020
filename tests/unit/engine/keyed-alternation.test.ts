// The keyed alternation must find exactly what the whole alternation finds: same spans, same
// order of preference between branches, same case and word-boundary behaviour.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globalOf } from '../../../lib/engine/by-sentence';
import { KeyedAlternation, fold } from '../../../lib/engine/detectors/shared/keyed';
import { alternation, scan, termMatchers } from '../../../lib/engine/detectors/shared/match';
import { firstWords, parse } from '../../../lib/engine/detectors/shared/regex-words';
import * as confidential from '../../../lib/engine/lexicons/policy/confidential';
import * as damaging from '../../../lib/engine/lexicons/policy/damaging-claims';
import * as endorsement from '../../../lib/engine/lexicons/policy/endorsement';
import * as health from '../../../lib/engine/lexicons/policy/health-claims';
import * as hedges from '../../../lib/engine/lexicons/policy/hedges';
import * as incidents from '../../../lib/engine/lexicons/policy/incidents';
import * as language from '../../../lib/engine/lexicons/policy/language';
import { hostileText } from './unicode-arbitraries';

const whole = (sources: readonly string[], flags = 'giu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, flags);
const keyed = (sources: readonly string[], flags = 'giu', tail = '') => {
  const re = KeyedAlternation.of(sources, flags, tail);
  if (!re) throw new Error('no plan');
  return re;
};
const spans = (re: RegExp, text: string) => scan(re, text).map((h) => `${h.start}-${h.end}`);
const words = (source: string) => {
  const w = firstWords(parse(source), fold);
  return w && [...w].sort();
};

describe('firstWords', () => {
  it('lists the first words of literals, classes, optional parts and alternations', () => {
    expect(words('cure[sd]? (?:my |your )?\\S+')).toEqual(['cure', 'cured', 'cures']);
    expect(words("alzheimer'?s")).toEqual(['alzheimer', 'alzheimers']);
    expect(words('z-?pa(?:c)?k')).toEqual(['z', 'zpack', 'zpak']);
    expect(words('(?:[Tt]he|[Oo]ur) (?:new )?hospital')).toEqual(['our', 'the']);
    expect(words('steal(?:s|ing)?(?! the show)')).toEqual(['steal', 'stealing', 'steals']);
    expect(words('100% (?:safe|sure)')).toEqual(['100']);
    // A mark may lead the first word, as in a hashtag.
    expect(words('#?heron(?:e?s)?')).toEqual(['#heron', '#herones', '#herons', 'heron', 'herones', 'herons']);
    expect(words('#(?:ad|ads)')).toEqual(['#ad', '#ads']);
  });

  it('gives up where the first word cannot be listed or the match may start elsewhere', () => {
    expect(words('\\S+ foo')).toBeNull();
    expect(words('\\p{L}+(?:pril|olol)')).toBeNull();
    expect(words('#? foo')).toBeNull();
    expect(words('##foo')).toBeNull();
    expect(words('(?:#|@)?\\S+')).toBeNull();
    expect(words("(?:'s)? foo")).toBeNull();
    expect(words('[^ ]+ing')).toBeNull();
    expect(words('a+b')).toBeNull();
    expect(words('\\d{1,6} jobs')).toBeNull();
  });

  it('refuses back-references, which splitting an alternation would renumber', () => {
    expect(() => parse('(a)\\1')).toThrow();
    expect(KeyedAlternation.of(['(a)\\1', 'b'], 'giu')).toBeNull();
    expect(alternation(['(a)\\1', 'b'])).not.toBeInstanceOf(KeyedAlternation);
  });
});

describe('KeyedAlternation', () => {
  it('keeps the alternation order between branches that start with the same word', () => {
    expect(spans(keyed(['a b', 'a']), 'x a b')).toEqual(['2-5']);
    expect(spans(keyed(['a', 'a b']), 'x a b')).toEqual(['2-3']);
  });

  it('keeps the alternation order between a word branch and a fallback branch at the same place', () => {
    expect(spans(keyed(['\\S+ foo', 'bar']), 'bar foo')).toEqual(['0-7']);
    expect(spans(keyed(['bar', '\\S+ foo']), 'bar foo')).toEqual(['0-3']);
    // Earlier fallback match wins over a later word match, and the other way round.
    expect(spans(keyed(['bar', '#\\w+']), '#x bar')).toEqual(['0-2', '3-6']);
    // A fallback match at a mark and a mark-led word match there too: order decides.
    expect(spans(keyed(['#ad', '#\\w+']), '#ad #adx')).toEqual(['0-3', '4-8']);
    expect(spans(keyed(['#ad', '#\\w+ \\w+']), '#ad x')).toEqual(['0-3']);
    expect(spans(keyed(['#\\w+ x', '#ad']), '#ad x')).toEqual(['0-5']);
  });

  it('finds hashtags and words led by a mark, and keeps the tail of term lists', () => {
    expect(spans(keyed(['#?heron(?:e?s)?'], 'giu', "(?:'s)?"), "Heron's #HERONS a#heron x#herons")).toEqual(['0-7', '8-15', '18-23', '26-32']);
    expect(spans(keyed(['project[\\s-]+heron', '#?heron'], 'giu', "(?:'s)?"), '#heron project heron')).toEqual(['0-6', '7-20']);
    expect(KeyedAlternation.of(['a'], 'giu', 'b')).toBeNull();
  });

  it('matches whole words only, case-insensitively as the flags say', () => {
    expect(spans(keyed(['cure[sd]?']), 'CURED obscured cures curest')).toEqual(['0-5', '15-20']);
    expect(spans(keyed(['Heron'], 'gu'), 'heron Heron')).toEqual(['6-11']);
    expect(spans(keyed(['ſtop'], 'giu'), 'STOP')).toEqual(['0-4']);
  });

  it('only compiles the branches of words the text contains', () => {
    const re = keyed(['cure[sd]? it', 'miracle cure', 'detox']);
    expect(re instanceof KeyedAlternation && re.branchesFor('Cures')).toEqual(['cure[sd]? it']);
    expect(re instanceof KeyedAlternation && re.branchesFor('tea')).toEqual([]);
  });

  it('behaves as a RegExp for test, matchAll, replace and sticky search, and its global twin stays keyed', () => {
    const re = keyed(['miracle (?:cure|pill)', 'detox'], 'iu');
    expect(re.test('a Miracle pill')).toBe(true);
    expect(re.test('a miracle')).toBe(false);
    const g = globalOf(re);
    expect(g).toBeInstanceOf(KeyedAlternation);
    expect([...'detox, miracle cure'.matchAll(g)].map((m) => [m.index, m[0]])).toEqual([[0, 'detox'], [7, 'miracle cure']]);
    expect('detox or miracle cure'.replace(g, '_')).toBe('_ or _');
    const y = new KeyedAlternation(re as KeyedAlternation, 'iuy');
    y.lastIndex = 1;
    expect(y.exec('xdetox')).toBeNull();
    y.lastIndex = 0;
    expect(y.exec('detox x')?.[0]).toBe('detox');
    expect(re.source).toBe(whole(['miracle (?:cure|pill)', 'detox']).source);
  });

  // Every lexicon alternation the detectors build, against the whole expression, on text made
  // of the lexicons' own words, case changes, punctuation and hostile Unicode.
  const lists: [string, readonly string[]][] = [];
  for (const mod of [confidential, damaging, endorsement, health, hedges, incidents, language]) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'string') lists.push([name, [value]]);
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) lists.push([name, value]);
      else if (value && typeof value === 'object' && !Array.isArray(value))
        for (const [kind, l] of Object.entries(value)) if (Array.isArray(l)) lists.push([`${name}.${kind}`, l]);
    }
  }
  const vocabulary = [...new Set(lists.flatMap(([, l]) => l.join(' ').match(/[a-z0-9']+|[#%$@=?&]/gi) ?? []))];
  const piece = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()),
    fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '-', "'s "),
  );
  const text = fc.oneof({ weight: 4, arbitrary: fc.array(piece, { maxLength: 30 }).map((p) => p.join(' ')) }, { weight: 1, arbitrary: hostileText(20) });

  it('matches pack term lists as the whole expression does, hashtags, plurals and possessives included', () => {
    const terms = ['Project Heron', 'Heron', 'back to paper charting', 'Bluebird', 'C. diff', 'Q3 budget', 'st. mary', 'Ward 4B', 'go-live'];
    for (const caseByTerm of [false, true]) {
      for (const re of termMatchers(terms, caseByTerm)) {
        expect(re).toBeInstanceOf(KeyedAlternation);
        const plain = new RegExp(re.source, re.flags);
        const t = "#ProjectHeron and project-heron's launch; herons, HERON! bluebird Bluebird's #Bluebirds c. diff Q3 budgets ward 4b #golive go live back to paper  charting";
        expect(spans(re, t)).toEqual(spans(plain, t));
        fc.assert(
          fc.property(fc.array(fc.constantFrom(...terms, ...terms.map((x) => x.toUpperCase()), '#', "'s", 's', ' ', '-', '. '), { maxLength: 12 }), (ps) => {
            const s = ps.join('');
            expect(spans(re, s)).toEqual(spans(plain, s));
          }),
          { numRuns: 100 },
        );
      }
    }
  });

  it('covers every lexicon alternation with a plan', () => {
    expect(lists.length).toBeGreaterThan(40);
    for (const [name, l] of lists) expect(KeyedAlternation.of(l, 'giu')?.keyed, name).toBe(true);
  });

  it.each(lists)('finds what the whole alternation finds: %s', (_, sources) => {
    const a = keyed(sources);
    const b = whole(sources);
    fc.assert(fc.property(text, (t) => {
        expect(spans(a, t)).toEqual(spans(b, t));
      }), { numRuns: 80 });
    // Sentences made of whole branches' words, so that many branches match.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sources.flatMap((s) => s.match(/[a-z][a-z ']+[a-z]/gi) ?? [])), { minLength: 1, maxLength: 8 }), (ws) => {
        const t = ws.join(' and ');
        expect(spans(a, t)).toEqual(spans(b, t));
      }),
      { numRuns: 60 },
    );
  });
});
