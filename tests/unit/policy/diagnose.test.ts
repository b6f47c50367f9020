import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPackError } from '../../../lib/policy/errors';
import { diagnosePack, toDiagnostic } from '../../../lib/policy/diagnose';
import { loadPack } from '../../../lib/policy/load';

const broken = `pack: p
version: 1.0.0
rules:
  - id: a
    type: existence
    category: brand-voice
    severity: fatal
    terms: [x]
`;

describe('diagnosePack', () => {
  it('marks the offending value at the line and column the loader reports', () => {
    const [d] = diagnosePack(broken);
    expect(d.line).toBe(7);
    expect(d.column).toBe(15);
    expect(broken.slice(d.from, d.to)).toBe('fatal');
    expect(d.message).toBe('rules[0].severity: expected one of "error", "warning", "info"');
  });

  it('reads the same as the CLI line for every error, minus the file and position', () => {
    const text = broken.replace('type: existence', 'type: existance').replace('category: brand-voice', 'category: nope');
    const r = loadPack(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const ds = diagnosePack(text);
    expect(ds).toHaveLength(r.errors.length);
    ds.forEach((d, i) => expect(`pack.yaml:${d.line}:${d.column}: ${d.message}`).toBe(formatPackError('pack.yaml', r.errors[i])));
  });

  it('marks a quoted value whole and a YAML syntax error on its line', () => {
    const quoted = broken.replace('severity: fatal', 'severity: "very bad"');
    const [q] = diagnosePack(quoted);
    expect(quoted.slice(q.from, q.to)).toBe('"very bad"');
    const syntax = 'pack: p\nversion: 1.0.0\nrules: [\n';
    const [s] = diagnosePack(syntax);
    expect(s.message).toMatch(/YAML syntax/);
    expect(s.from).toBeGreaterThanOrEqual(0);
    expect(s.to).toBeLessThanOrEqual(syntax.length);
    expect(s.to).toBeGreaterThan(s.from);
  });

  it('finds nothing in a valid pack such as the shipped core pack', () => {
    expect(diagnosePack(readFileSync('policies/healthcare-core.yaml', 'utf8'))).toEqual([]);
  });

  it('keeps positions inside the text for errors past its end and after a byte-order mark', () => {
    const d = toDiagnostic('a: b', { line: 9, column: 40, path: '', message: 'x' });
    expect(d.from).toBeLessThanOrEqual(4);
    expect(d.to).toBeLessThanOrEqual(4);
    const bom = '\ufeff' + broken;
    const [b] = diagnosePack(bom);
    expect(bom.slice(b.from, b.to)).toBe('fatal');
  });
});
