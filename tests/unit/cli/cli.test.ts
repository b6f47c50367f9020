// The CLI as users and scripts run it: a real process, stdin and stdout, exit codes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrail-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |node:internal|\.ts:\d+:\d+\)/);

describe('guardrail check', { timeout: 240_000 }, () => {
  it('prints findings as JSON in the contract shape', () => {
    const r = run(['check', '--format', 'json'], 'His brother committed suicide last year.');
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.stdout);
    const f = findings.find((x: { ruleId: string }) => x.ruleId === 'brand-voice/safe-messaging');
    expect(Object.keys(f).sort()).toEqual(['category', 'confidence', 'end', 'evidence', 'explanation', 'fixes', 'message', 'policy', 'ruleId', 'severity', 'start'].sort());
    expect(f).toMatchObject({ category: 'brand-voice', severity: 'warning', start: 12, end: 29 });
    expect(f.fixes[0].edits[0]).toEqual({ start: 12, end: 29, text: 'died by suicide' });
  });

  it('prints readable text for a file, with the pack layered on core, platform and author', () => {
    const file = write('draft.txt', 'Proud of RB Health!\nThe strike vote is Thursday.');
    const r = run(['check', '--pack', 'policies/examples/riverbend.yaml', '--platform', 'x', '--author', 'nurse', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/draft\.txt:1:10 +warning +brand-voice .*\[riverbend\/terms\]/);
    expect(r.stdout).toMatch(/draft\.txt:2:\d+ +error +crisis/);
    expect(r.stdout).toMatch(/fix: Replace with "Riverbend Health"/);
    const exempt = run(['check', '--pack', 'policies/examples/riverbend.yaml', '--author', 'brand-team', file]);
    // The crisis detector (crisis/strike) leaves the communications team's own posts alone.
    expect(exempt.stdout).not.toMatch(/error +crisis/);
    const bare = run(['check', '--no-core', '--format', 'json', file]);
    expect(JSON.parse(bare.stdout).findings).toEqual([]);
  });

  it('answers 500 JSON lines in order from one process, and reports bad lines in place', () => {
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: `p${i}`, text: i % 2 ? `Post ${i}: homeless people need care` : `Post ${i}`, platform: 'x', author: 'nurse' }));
    lines.splice(250, 0, '{not json');
    const r = run(['check', '--jsonl', '--pack', 'policies/examples/riverbend.yaml'], lines.join('\n') + '\n');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(501);
    expect(out[250]).toEqual({ id: null, findings: [], error: 'line 251: not valid JSON' });
    const answered = out.filter((o) => o.id !== null);
    expect(answered.map((o) => o.id)).toEqual(Array.from({ length: 500 }, (_, i) => `p${i}`));
    expect(answered[1].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('brand-voice/person-first');
    expect(answered[0].findings).toEqual([]);
  });

  it('refuses bad usage and bad packs with one line and exit 2', () => {
    const bad = write('bad.yaml', 'pack: bad\nversion: 1.0.0\nrules:\n  - id: x\n    type: nope\n    category: quality\n');
    const r = run(['check', '--pack', bad], 'hello');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/bad\.yaml:5:11: rules\[0\]\.type: unknown rule type/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const u = run(['check', '--format', 'xml'], 'hi');
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/--format must be text or json/);
    noStack(u.stderr);
    const missing = run(['check', path.join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt \(ENOENT\)/);
  });
});

describe('guardrail identifiers', { timeout: 240_000 }, () => {
  it('answers one line per input line with kind, start and end', () => {
    const r = run(['identifiers', '--jsonl'], '{"id":"a","text":"Call 555-201-3344 or mail jo@example.org"}\n{"id":"b","text":"nothing here"}\n');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    for (const o of out) {
      expect(Array.isArray(o.identifiers)).toBe(true);
      for (const i of o.identifiers) expect(Object.keys(i).sort()).toEqual(['end', 'kind', 'start']);
    }
  });
});

describe('guardrail pack', { timeout: 240_000 }, () => {
  it('validate: exit 0 for the shipped packs, exit 2 with FILE:LINE:COL: path: message', () => {
    for (const file of ['policies/healthcare-core.yaml', 'policies/examples/riverbend.yaml']) {
      const r = run(['pack', 'validate', file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/valid/);
    }
    const broken = write('broken.yaml', 'pack: b\nversion: 1.0.0\nextends: [healthcare-core]\nrules:\n  - id: b/x\n    type: existence\n    category: quality\n    terms: [$nolist]\n');
    const r = run(['pack', 'validate', broken]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`${broken}:8:13: rules[0].terms[0]: unknown list "$nolist"; known lists: ${r.stderr.split('known lists: ')[1]?.trim()}`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('validate: a layering error points at the override that causes it', () => {
    const file = write('locked.yaml', 'pack: o\nversion: 1.0.0\nextends: [healthcare-core]\ndetectors:\n  phi:\n    enabled: false\n');
    const r = run(['pack', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/locked\.yaml:6:14: detectors\.phi\.enabled: detector "phi" is locked by pack "healthcare-core"/);
  });

  it('test: prints pass or FAIL per example, exit 1 on a failure and 0 when all pass', () => {
    const body = (expectFail: boolean) => `pack: t
version: 1.0.0
extends: [healthcare-core]
rules:
  - { id: t/word, type: existence, category: brand-voice, terms: [synergy] }
examples:
  - { text: "Pure synergy today.", expect: [t/word] }
  - { text: "A normal day.", expect: [${expectFail ? 't/word' : ''}] }
`;
    const failing = run(['pack', 'test', write('t1.yaml', body(true))]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/^pass +#1 /m);
    expect(failing.stdout).toMatch(/^FAIL +#2 .*\n +expected t\/word, not flagged/m);
    expect(failing.stdout).toMatch(/1 passed, 1 failed, 2 examples/);
    const passing = run(['pack', 'test', write('t2.yaml', body(false))]);
    expect(passing.code).toBe(0);
  });
});
