import { describe, expect, it } from 'vitest';
import { formatPackError, formatPath } from '../../../lib/policy/errors';
import { decodePack, loadPack, locateInSource } from '../../../lib/policy/load';

const yaml = `# a comment
pack: demo
version: 1.2.0
lists:
  names: [Ann, Bob]
rules:
  - id: demo/names
    type: existence
    category: phi
    terms: $names
  - id: demo/limit
    type: limit
    category: quality
    count: links
    max: 2
`;

describe('loadPack', () => {
  it('loads YAML, applying defaults and the single-term shorthand', () => {
    const r = loadPack(yaml);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.rules?.[0]).toMatchObject({ id: 'demo/names', severity: 'warning', terms: ['$names'] });
  });

  it('loads the same pack written as JSON, and accepts a byte-order mark', () => {
    const json = JSON.stringify({ pack: 'demo', version: '1.2.0', lists: { names: ['Ann', 'Bob'] }, rules: [{ id: 'demo/names', type: 'existence', category: 'phi', terms: '$names' }] }, null, 2);
    const a = loadPack(json);
    const b = loadPack(`\uFEFF${yaml}`);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.pack.rules?.[0]).toEqual(b.pack.rules?.[0]);
  });

  it('checks list references against the lists of the packs underneath when given', () => {
    const text = 'pack: org\nversion: 1.0.0\nextends: [core]\nrules:\n  - { id: o/x, type: existence, category: quality, terms: [$corelist] }\n';
    expect(loadPack(text).ok).toBe(true); // extends: the compiler checks it later
    expect(loadPack(text, { knownLists: ['corelist'] }).ok).toBe(true);
    const r = loadPack(text, { knownLists: ['other'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ line: 5, column: 60, path: 'rules[0].terms[0]', message: 'unknown list "$corelist"; known lists: $other' });
  });

  it('reports every problem, sorted by position, the first as `error`', () => {
    const r = loadPack('pack: x\nversion: 1\nrules:\n  - { id: a, type: limit, category: nope, count: links, max: 1 }\nfoo: 1\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.line}:${e.path}`)).toEqual(['2:version', '4:rules[0].category', '5:foo']);
    expect(r.error).toBe(r.errors[0]);
  });

  it('locates paths through YAML aliases', () => {
    const text = 'pack: x\nversion: 1.0.0\nx: &anchor\n  a: 1\n';
    expect(locateInSource(text, ['x', 'a'])).toEqual({ line: 4, column: 6 });
    expect(locateInSource(text, ['nothing', 'here'])).toEqual({ line: 1, column: 1 });
  });
});

describe('decodePack', () => {
  it('decodes UTF-8 with or without BOM and refuses UTF-16 and invalid bytes', () => {
    expect(decodePack(new TextEncoder().encode('pack: é'))).toEqual({ ok: true, text: 'pack: é' });
    expect(decodePack(new Uint8Array([0xfe, 0xff, 0, 0x70])).ok).toBe(false);
    expect(decodePack(new Uint8Array([0xc3])).ok).toBe(false);
  });
});

describe('error formatting', () => {
  it('formats paths and one-line messages', () => {
    expect(formatPath(['rules', 2, 'swap', 'RB Health'])).toBe('rules[2].swap["RB Health"]');
    expect(formatPath(['detectors', 'conflict-of-interest', 'severity'])).toBe('detectors.conflict-of-interest.severity');
    expect(formatPackError('a.yaml', { line: 3, column: 4, path: '', message: 'two\n  lines' })).toBe('a.yaml:3:4: (file): two lines');
  });
});
