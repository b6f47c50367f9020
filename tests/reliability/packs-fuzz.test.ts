// The loader under fuzzing: random text, random JSON and YAML documents and mutated valid packs
// always give a valid pack or one well-formed error, never an exception, and never hang.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createChecker } from '../../lib/engine/checker';
import { buildDoc, SentenceCache } from '../../lib/engine/doc';
import { compilePolicy } from '../../lib/policy/compile';
import { formatPackError } from '../../lib/policy/errors';
import { loadPack } from '../../lib/policy/load';

const core = fs.readFileSync('policies/healthcare-core.yaml', 'utf8');
const riverbend = fs.readFileSync('policies/examples/riverbend.yaml', 'utf8');

function wellFormed(source: string): void {
  const started = Date.now();
  let r: ReturnType<typeof loadPack>;
  expect(() => (r = loadPack(source))).not.toThrow();
  // Far above normal: only a hang would cross it.
  expect(Date.now() - started).toBeLessThan(5_000);
  if (r!.ok) return;
  const { line, column, message } = r!.error;
  expect(line).toBeGreaterThanOrEqual(1);
  expect(column).toBeGreaterThanOrEqual(1);
  expect(message.length).toBeGreaterThan(0);
  const text = formatPackError('p.yaml', r!.error);
  expect(text).not.toMatch(/\n\s+at |\[object Object\]/);
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(':', '- ', '  ', '\n', '"', "'", '[', '{', '&a ', '*a', '!!binary ', '$', '{{x}}', '\t', '#', '\uFEFF', '\u0000')) }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(source: string, ms: Mutation[]): string {
  let s = source;
  for (const m of ms) {
    if (m.kind === 'delete') {
      const at = m.at % (s.length + 1);
      s = s.slice(0, at) + s.slice(at + m.length);
    } else if (m.kind === 'insert') {
      const at = m.at % (s.length + 1);
      s = s.slice(0, at) + m.text + s.slice(at);
    } else {
      const lines = s.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      s = lines.join('\n');
    }
  }
  return s;
}

describe('pack loader fuzzing', { timeout: 300_000 }, () => {
  it('random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), wellFormed), { numRuns: 300 });
  });

  it('random JSON and YAML documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        wellFormed(JSON.stringify(value));
        wellFormed(stringify(value));
      }),
      { numRuns: 200 },
    );
  });

  it('random values in the shape of a pack', () => {
    const anything = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }));
    const ruleish = fc.record(
      { id: fc.oneof(fc.constant('r/a'), anything), type: fc.oneof(fc.constantFrom('substitution', 'existence', 'pattern', 'require', 'limit'), anything), category: fc.oneof(fc.constantFrom('quality', 'phi'), anything), terms: anything, regex: anything, match: anything, swap: fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })), anything), count: anything, max: anything, if: anything, then: anything },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.record({ pack: fc.oneof(fc.constant('p'), anything), version: fc.oneof(fc.constant('1.0.0'), anything), rules: fc.oneof(fc.array(ruleish, { maxLength: 4 }), anything), lists: fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), fc.array(fc.string({ maxLength: 8 }))), anything) }, { requiredKeys: [] }), (value) => {
        wellFormed(stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('mutated valid packs', () => {
    fc.assert(
      fc.property(fc.constantFrom(core, riverbend), fc.array(mutation, { minLength: 1, maxLength: 4 }), (source, ms) => wellFormed(mutate(source, ms))),
      { numRuns: 120 },
    );
  });

  it('the shipped packs load, and a huge list within the limits loads', () => {
    expect(loadPack(core).ok).toBe(true);
    const big = `pack: big\nversion: 1.0.0\nlists:\n  names:\n${Array.from({ length: 5000 }, (_, i) => `    - name${i}`).join('\n')}\nrules:\n  - { id: b/names, type: existence, category: quality, terms: [$names] }\n`;
    const r = loadPack(big);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const checker = createChecker([r.pack]);
    expect(checker.check('hello name4999 and name12').findings.map((f) => f.start)).toEqual([6, 19]);
  });

  it('catastrophic regular expressions from a pack finish quickly (RE2 is linear)', () => {
    const r = loadPack(`pack: redos\nversion: 1.0.0\nrules:\n  - { id: r/x, type: existence, category: quality, regex: ['(a+)+$', '(a|aa)+b', '([a-z]+)*@', '(\\w+\\s?)*$'] }\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [rule] = compilePolicy([r.pack]).rules;
    // Many short sentences, so that building the Doc (compromise) stays cheap and only the rule is timed.
    const doc = buildDoc(`${'a'.repeat(30_000)}!\n${'word '.repeat(6_000)}`, 'generic', '', new SentenceCache());
    const started = Date.now();
    expect(rule.run(doc).length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
