// The stored tagger patterns (tagger-patterns.ts) must be what compromise itself would parse,
// else compromise's tagging changes: this fails after a compromise upgrade until
// `npm run generate` rewrites the table.
import { describe, expect, it } from 'vitest';
import { taggerPatterns } from '../../../lib/cli/tagger-patterns';
import { withStoredPatterns } from '../../../lib/engine/nlp/tagger-patterns';
import { TAGGER_PATTERNS } from '../../../lib/engine/nlp/tagger-patterns.generated';
import { analyze } from '../../../lib/engine/nlp';

describe('build-time parsed tagger patterns', () => {
  it('hold exactly what compromise parses from its post-tagger today', () => {
    const live = taggerPatterns();
    const stored = JSON.parse(TAGGER_PATTERNS) as [string, unknown][];
    expect(stored.map(([p]) => p)).toEqual(live.map(([p]) => p));
    expect(stored).toEqual(live);
  });

  it('serve a stored pattern once, revived (Sets and RegExps), and anything else from the parser', () => {
    const calls: string[] = [];
    const parse = withStoredPatterns((p) => (calls.push(String(p)), ['parsed']), JSON.stringify([['(a|b) /x+/', [{ operator: 'or', fastOr: { set: ['a', 'b'] } }, { regex: { re: ['x+', 'i'] } }]]]));
    const first = parse('(a|b) /x+/', {}, null) as { fastOr?: Set<string>; regex?: RegExp }[];
    expect(first[0].fastOr).toEqual(new Set(['a', 'b']));
    expect(first[1].regex).toBeInstanceOf(RegExp);
    expect(first[1].regex!.test('XX')).toBe(true);
    expect(calls).toEqual([]);
    expect(parse('(a|b) /x+/', {}, null)).toEqual(['parsed']);
    expect(parse('other', { fuzzy: 0.8 }, null)).toEqual(['parsed']);
    expect(calls).toEqual(['(a|b) /x+/', 'other']);
  });

  it('leave the tagging as compromise gives it', () => {
    const tags = (t: string) => analyze(t).tokens.map((k) => [k.text, [...k.tags].sort().join(',')]);
    // Passive and participle patterns are among the stored ones.
    expect(tags('The patient was being transferred by the team')).toContainEqual(['transferred', expect.stringContaining('Passive')]);
  });
});
