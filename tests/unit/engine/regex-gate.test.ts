// Build-time regex gates (regex-gate.ts): a gate only ever spares an expression that cannot
// match, a source the table does not know runs ungated, and the table knows every large
// expression the engine meets (else it is stale: `npm run regex-gates`).
import { describe, expect, it } from 'vitest';
import { collectSources } from '../../../lib/cli/regex-gates-collect';
import { createChecker } from '../../../lib/engine/checker';
import { scan } from '../../../lib/engine/detectors/shared/match';
import { KeyedAlternation, storedBranches } from '../../../lib/engine/detectors/shared/keyed';
import { MIN_GATED_SOURCE, gateLiterals, holdsLiteral, mayMatch, sourceHash, useGates } from '../../../lib/engine/text/regex-gate';
import { GATES, KEYS } from '../../../lib/engine/text/regex-gates.generated';
import { WARM_UP_DRAFTS } from '../../../lib/engine/warm-up';
import { loadPackFile } from '../../../lib/policy/files';

const packs = [loadPackFile('policies/healthcare-core.yaml'), loadPackFile('policies/examples/riverbend.yaml')];
const examples = packs.flatMap((p) => (p.examples ?? []).map((e) => e.text));

// Case and script variants a gate must see through: shouting, title case, two-byte text.
const variants = (t: string) => [t, t.toUpperCase(), t.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()), t.replace(/([.!?])(\s|$)/g, '$1 \u{1F642}$2')];
const TEXTS = [...WARM_UP_DRAFTS, ...examples].flatMap(variants);

const keyed = new Set<string>();
const sources = collectSources([], keyed);

/** The expression as the engine may compile it: with the u flag when its syntax allows. */
function compiled(source: string): RegExp[] {
  const out: RegExp[] = [];
  for (const flags of ['giu', 'gi']) {
    try {
      out.push(new RegExp(source, flags));
    } catch {
      // Not valid with these flags: the engine does not use it so.
    }
  }
  return out;
}

describe('regex gates', () => {
  it('the table covers every large expression the engine meets (else run `npm run regex-gates`)', () => {
    expect(sources.size).toBeGreaterThan(100);
    const missing = [...sources].filter((s) => !(sourceHash(s) in GATES));
    expect(missing.map((s) => s.slice(0, 100))).toEqual([]);
  });

  it('the table holds the branches and first words of every keyed alternation searched, as read now', () => {
    expect(keyed.size).toBeGreaterThan(30);
    const stale = [...keyed].filter((joined) => KEYS[sourceHash(joined)] !== storedBranches(joined.split('\u0001')));
    expect(stale.map((s) => s.slice(0, 100))).toEqual([]);
  });

  it('a keyed alternation the table does not know is read from its sources, with the same answers', () => {
    const branches = ['(?:brand|wholly) new (?:clinic|wing)s?', '\\S+ (?:clinic|wing) opening', 'new (?:clinic|wing)'];
    expect(sourceHash(branches.join('\u0001')) in KEYS).toBe(false);
    const keyedRe = KeyedAlternation.of(branches, 'giu')!;
    expect(keyedRe.keyed).toBe(true);
    const whole = new RegExp(`(?<![\\p{L}\\p{N}])(?:${branches.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const text = 'A brand new clinic, the east wing opening, and a new wing.';
    expect(scan(keyedRe, text)).toEqual(scan(whole, text));
    expect(scan(keyedRe, text).length).toBe(3);
  });

  it('a gated expression has no match in a text that lacks all its literals', () => {
    let gated = 0;
    let matched = 0;
    for (const source of sources) {
      const literals = gateLiterals(source, 0);
      if (!literals.length) continue;
      gated++;
      for (const re of compiled(source)) {
        for (const text of TEXTS) {
          const hit = re.test(text);
          re.lastIndex = 0;
          if (hit) matched++;
          // Every text an expression matches holds one of its literals.
          if (hit) expect(holdsLiteral(literals, text), `/${source.slice(0, 80)}/ on ${text.slice(0, 60)}`).toBe(true);
        }
      }
    }
    expect(gated).toBeGreaterThan(100);
    expect(matched).toBeGreaterThan(50);
  });

  it('the engine finds the same with the gates as without them', () => {
    const check = (on: boolean) => {
      useGates(on);
      try {
        const checker = createChecker(packs);
        return TEXTS.map((t) => checker.check(t, { platform: 'x' }).findings.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.severity} ${f.confidence}`));
      } finally {
        useGates(true);
      }
    };
    expect(check(true)).toEqual(check(false));
    // Two engines from cold, the ungated one compiling every expression afresh: slow on a loaded machine.
  }, 120_000);

  it('a changed expression (its source not in the table) runs ungated and still matches', () => {
    const gatedSource = [...sources].find((s) => gateLiterals(s).length && compiled(s).length);
    expect(gatedSource).toBeDefined();
    // The same expression with a branch added after the table was made: a stale entry must not hide it.
    const changed = `${gatedSource}|zebra-crossing-${'x'.repeat(MIN_GATED_SOURCE)}`;
    expect(sourceHash(changed) in GATES).toBe(false);
    const re = new RegExp(changed, 'giu');
    const text = `a zebra-crossing-${'x'.repeat(MIN_GATED_SOURCE)} here`;
    expect(mayMatch(re, text)).toBe(true);
    expect(scan(re, text).map((h) => h.start)).toEqual([2]);
  });

  it('a short expression is never gated: compiling it costs less than asking', () => {
    expect(gateLiterals('\\bhospital\\b')).toEqual([]);
    expect(mayMatch(/\bhospital\b/gi, 'no such word')).toBe(true);
  });

  it('a text holds a gate literal exactly when it contains it, for long lists (read by trigrams) as for short', () => {
    const literals = ['consolidat', 'merge', 'outsourc', 'layoff', 'ab', 'x', 'ward\u00e9s', 'noon'];
    const texts = ['', 'ab', 'We merged the two units.', 'MERGING', 'ward\u00e9s du soir', 'at noon \u{1F642}', 'a morning shift', 'consolidation of labs', 'outsourced billing', 'nothing here', 'wardes', 'noo n', 'layof'];
    for (const text of texts) {
      const folded = text.toLowerCase();
      for (const list of [literals, literals.slice(0, 2), literals.slice(1, 6), literals.slice(4)]) {
        expect(holdsLiteral(list, text), `${list} in "${text}"`).toBe(list.some((l) => folded.includes(l)));
      }
    }
  });

  it('a keyed alternation leaves out only branches the text cannot match, with the same answers', () => {
    // Long branches (gated) and a short one (never gated), two that share a first word.
    const branches = ['the (?:best|finest) (?:hospital|clinic) in (?:town|the county)', 'the (?:worst|saddest) (?:ward|unit) of (?:all|the year)', 'the end'];
    const whole = new RegExp(`(?<![\\p{L}\\p{N}])(?:${branches.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const keyed = KeyedAlternation.of(branches, 'giu')!;
    for (const text of ['THE BEST CLINIC IN TOWN and the end', 'the saddest unit of the year', 'the best ward of all', 'the end', 'The Finest Hospital in the County, the worst unit of all']) {
      const spans = (re: RegExp) => scan(re, text).map((h) => `${h.start}-${h.end}`);
      expect(spans(keyed)).toEqual(spans(whole));
    }
  });
});
