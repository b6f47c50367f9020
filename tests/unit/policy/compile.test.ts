import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import { compilePolicy } from '../../../lib/policy/compile';
import { PolicyError } from '../../../lib/policy/errors';
import { pack } from './helpers';

const core = pack(`
pack: core
version: 1.0.0
lists:
  words: [alpha, beta]
detectors:
  phi: { severity: error, sensitivity: high, locked: true }
  crisis: { severity: warning, topics: [a] }
rules:
  - id: core/words
    type: existence
    category: brand-voice
    severity: warning
    terms: [$words]
  - id: core/locked
    type: existence
    category: confidential
    severity: error
    locked: true
    terms: [secret]
`);

const org = (body: string) => pack(`pack: org\nversion: 1.0.0\nextends: [core]\n${body}`);

function ruleOf(policy: ReturnType<typeof compilePolicy>, id: string) {
  const r = policy.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

function compileError(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return e as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

describe('compilePolicy layering', () => {
  it('merges lists: a later pack adds to a list of the same name', () => {
    const policy = compilePolicy([core, org('lists:\n  words: [gamma, alpha]\n')]);
    expect(policy.lists.words).toEqual(['alpha', 'beta', 'gamma']);
    const found = createChecker(policy).check('gamma and alpha').findings.map((f) => f.ruleId);
    expect(found).toEqual(['core/words', 'core/words']);
  });

  it('lets a later pack change a severity or switch a rule off', () => {
    const lowered = compilePolicy([core, org('overrides:\n  core/words: { severity: info }\n')]);
    expect(ruleOf(lowered, 'core/words').severity).toBe('info');
    expect(createChecker(lowered).check('alpha').findings[0].severity).toBe('info');
    const off = compilePolicy([core, org('overrides:\n  core/words: { enabled: false }\n')]);
    expect(ruleOf(off, 'core/words').enabled).toBe(false);
    expect(createChecker(off).check('alpha').findings).toEqual([]);
  });

  it('refuses to switch off or weaken a locked rule, but allows making it stricter', () => {
    const e = compileError(() => compilePolicy([core, org('overrides:\n  core/locked: { enabled: false }\n')]));
    expect(e.message).toMatch(/locked by pack "core"/);
    expect(e.pack).toBe('org');
    expect(e.path).toEqual(['overrides', 'core/locked']);
    const locked = pack(`pack: core2\nversion: 1.0.0\nrules:\n  - {id: c/x, type: existence, category: quality, severity: warning, locked: true, terms: [x]}\n`);
    expect(() => compilePolicy([locked, pack('pack: o\nversion: 1.0.0\noverrides:\n  c/x: { severity: info }\n')])).toThrow(/cannot be switched off or made less severe/);
    const stricter = compilePolicy([locked, pack('pack: o\nversion: 1.0.0\noverrides:\n  c/x: { severity: error }\n')]);
    expect(ruleOf(stricter, 'c/x').severity).toBe('error');
  });

  it('refuses to redefine a locked rule and names an override of an unknown rule', () => {
    expect(() => compilePolicy([core, org('rules:\n  - {id: core/locked, type: existence, category: confidential, terms: [other]}\n')])).toThrow(/locked by pack "core" and cannot be redefined/);
    expect(() => compilePolicy([core, org('overrides:\n  core/typo: { enabled: false }\n')])).toThrow(/overrides rule "core\/typo", which no earlier pack defines/);
  });

  it('lets a later pack replace an unlocked rule of the same id', () => {
    const policy = compilePolicy([core, org('rules:\n  - {id: core/words, type: existence, category: brand-voice, severity: error, terms: [delta]}\n')]);
    expect(policy.rules.filter((r) => r.id === 'core/words')).toHaveLength(1);
    const checker = createChecker(policy);
    expect(checker.check('alpha').findings).toEqual([]);
    expect(checker.check('delta').findings[0].severity).toBe('error');
  });

  it('orders packs so that extended packs come first, whatever order they are given in', () => {
    const policy = compilePolicy([org('overrides:\n  core/words: { severity: info }\n'), core]);
    expect(policy.packs.map((p) => p.id)).toEqual(['core', 'org']);
    expect(ruleOf(policy, 'core/words').severity).toBe('info');
  });

  it('resolves extends by id through the resolver (the built-in core)', () => {
    const policy = compilePolicy([org('')], { resolve: (id) => (id === 'core' ? core : undefined) });
    expect(policy.packs.map((p) => p.id)).toEqual(['core', 'org']);
    expect(() => compilePolicy([org('')])).toThrow(/extends "core", which is not loaded/);
  });

  it('reports circular extends across packs', () => {
    const a = pack('pack: a\nversion: 1.0.0\nextends: [b]\n');
    const b = pack('pack: b\nversion: 1.0.0\nextends: [c]\n');
    const c = pack('pack: c\nversion: 1.0.0\nextends: [a]\n');
    expect(compileError(() => compilePolicy([a, b, c])).message).toBe('circular extends: a -> b -> c -> a');
  });

  it('refuses the same pack id twice', () => {
    expect(() => compilePolicy([core, core])).toThrow(/given twice/);
  });

  it('reports an unknown list only the combined packs can reveal', () => {
    const bad = org('rules:\n  - {id: o/x, type: existence, category: quality, terms: [$missing]}\n');
    expect(() => compilePolicy([core, bad])).toThrow(/rule "o\/x": unknown list "\$missing"/);
  });
});

describe('compilePolicy detector settings', () => {
  it('fills defaults for every detector named in any pack and merges key by key', () => {
    const policy = compilePolicy([core, org('detectors:\n  crisis: { severity: error, exemptAuthors: [Brand-Team] }\n  defamation: {}\n')]);
    expect(policy.detectors.crisis).toEqual({ enabled: true, sensitivity: 'medium', severity: 'error', topics: ['a'], exemptAuthors: ['brand-team'], pack: 'org' });
    expect(policy.detectors.defamation).toEqual({ enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'org' });
    expect(policy.detectors.phi).toMatchObject({ enabled: true, severity: 'error', sensitivity: 'high', pack: 'core' });
    expect(policy.detectors.phi).not.toHaveProperty('locked');
  });

  it('refuses changes to a locked detector, but accepts restating the same value', () => {
    expect(() => compilePolicy([core, org('detectors:\n  phi: { enabled: false }\n')])).toThrow(/detector "phi" is locked by pack "core": "enabled" cannot be changed/);
    expect(compilePolicy([core, org('detectors:\n  phi: { severity: error }\n')]).detectors.phi.severity).toBe('error');
  });
});

describe('compilePolicy top-level settings', () => {
  it('takes later values and keeps forbidden categories accumulating', () => {
    const a = pack('pack: a\nversion: 1.0.0\nenforcement: confirm\npersonalExceptions: { allowed: true, forbiddenCategories: [phi] }\nlinks: { statement: "https://a.example/s" }\n');
    const b = pack('pack: b\nversion: 1.0.0\nenforcement: block\nfailMode: closed\npersonalExceptions: { forbiddenCategories: [crisis] }\n');
    const p = compilePolicy([a, b]);
    expect(p.enforcement).toBe('block');
    expect(p.failMode).toBe('closed');
    expect(p.personalExceptions).toEqual({ allowed: true, forbiddenCategories: ['phi', 'crisis'] });
    expect(p.links).toEqual({ statement: 'https://a.example/s' });
  });

  it('a locked pack cannot have its enforcement weakened or its rules switched off', () => {
    const org1 = pack('pack: org1\nversion: 1.0.0\nlocked: true\nenforcement: block\nrules:\n  - {id: o/x, type: existence, category: quality, terms: [x]}\n');
    expect(() => compilePolicy([org1, pack('pack: user\nversion: 1.0.0\nenforcement: warn\n')])).toThrow(/"enforcement" is locked by pack "org1"/);
    expect(() => compilePolicy([org1, pack('pack: user\nversion: 1.0.0\noverrides:\n  o/x: { enabled: false }\n')])).toThrow(/locked/);
    expect(compilePolicy([org1, pack('pack: user\nversion: 1.0.0\nenforcement: block\n')]).enforcement).toBe('block');
  });
});
