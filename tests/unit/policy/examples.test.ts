import { describe, expect, it } from 'vitest';
import { runExamples } from '../../../lib/policy/run-examples';
import { loadPackFile } from '../../../lib/policy/files';
import { pack } from './helpers';

const base = pack(`
pack: base
version: 1.0.0
rules:
  - { id: base/word, type: existence, category: brand-voice, terms: [synergy] }
  - { id: base/info, type: existence, category: quality, severity: info, terms: [fyi] }
`);

describe('runExamples', () => {
  it('runs the last pack examples with the packs underneath, by category or rule id', () => {
    const top = pack(`
pack: top
version: 1.0.0
extends: [base]
examples:
  - { text: "Real synergy.", expect: [brand-voice] }
  - { text: "Real synergy.", expect: [base/word], reject: [quality] }
  - { text: "fyi only", expect: [] }
  - { text: "Nothing here", expect: [base/word] }
  - { text: "synergy", expect: [], note: nothing may be flagged }
  - { text: "synergy", expect: [base/word], reject: [brand-voice] }
`);
    const results = runExamples([base, top]);
    expect(results.map((r) => r.passed)).toEqual([true, true, true, false, false, false]);
    expect(results[3].problems).toEqual(['expected base/word, not flagged']);
    expect(results[4].problems).toEqual(['expected no findings, got brand-voice (base/word)']);
    expect(results[5].problems).toEqual(['must not flag brand-voice, got base/word']);
  });

  it('the shipped packs pass their rule-based examples', () => {
    const core = loadPackFile('policies/healthcare-core.yaml');
    const riverbend = loadPackFile('policies/examples/riverbend.yaml');
    // Examples that need built-in detectors are checked by `pack test` once those exist.
    const ruleBased = (r: ReturnType<typeof runExamples>[number]) => r.example.expect.every((e) => e.includes('/')) && r.example.expect.length > 0;
    for (const results of [runExamples([core]), runExamples([core, riverbend])]) {
      const failing = results.filter((r) => ruleBased(r) && !r.passed).map((r) => `${r.example.text}: ${r.problems.join('; ')}`);
      expect(failing).toEqual([]);
    }
    expect(riverbend.examples!.length).toBeGreaterThanOrEqual(40);
  });
});

describe('the shipped packs examples', () => {
  it('cover every enabled rule that can flag (warning or error) with a positive example', () => {
    for (const file of ['policies/healthcare-core.yaml', 'policies/examples/riverbend.yaml']) {
      const p = loadPackFile(file);
      const expected = new Set((p.examples ?? []).flatMap((e) => e.expect));
      const uncovered = (p.rules ?? []).filter((r) => r.enabled !== false && r.severity !== 'info' && !expected.has(r.id)).map((r) => r.id);
      expect(uncovered, file).toEqual([]);
      // And near misses: examples that must stay clean.
      expect((p.examples ?? []).filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(8);
    }
  });
});
