import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import { loadPack } from '../../../lib/policy/load';
import { parseManagedConfig } from '../../../lib/storage/managed';
import { DEFAULT_SETTINGS, type PackRecord, type Settings } from '../../../lib/storage/schema';
import { buildSnapshot, composePacks } from '../../../lib/storage/snapshot';

const CORE = `pack: core
version: 1.0.0
personalExceptions: { allowed: true, forbiddenCategories: [phi] }
rules:
  - id: core/secret
    category: confidential
    type: existence
    severity: error
    locked: true
    terms: [top secret]
  - id: core/caps
    category: quality
    type: existence
    severity: warning
    terms: [ASAP]
`;
const ORG = `pack: org
version: 2.0.0
extends: [core]
rules:
  - id: org/codename
    category: confidential
    type: existence
    severity: error
    terms: [Lanternfish]
`;
// Redefines a locked rule of the core: cannot combine.
const HOSTILE = `pack: hostile
version: 1.0.0
extends: [core]
rules:
  - id: core/secret
    category: confidential
    type: existence
    severity: info
    terms: [nothing]
`;

let t = 0;
function record(source: string, origin: PackRecord['origin'], extra: Partial<PackRecord> = {}): PackRecord {
  const r = loadPack(source);
  if (!r.ok) throw new Error(r.error.message);
  return { id: r.pack.pack, version: r.pack.version, origin, source, enabled: true, overrides: {}, installedAt: ++t, updatedAt: t, ...extra };
}
const parse = (r: PackRecord) => {
  const l = loadPack(r.source);
  if (!l.ok) throw new Error(l.error.message);
  return l.pack;
};
const settings = (over: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...over });
const ruleIds = (text: string, records: PackRecord[], s = settings()) => {
  const { packs } = composePacks(records, s, parse);
  return createChecker(packs).check(text).findings.map((f) => `${f.ruleId}:${f.severity}`);
};

describe('composePacks', () => {
  it('layers core, imported, managed; disabled imports are left out', () => {
    const { packs, problems } = composePacks(
      [record(ORG, 'managed'), record(CORE, 'builtin'), record(ORG.replace(/org/g, 'mine'), 'imported', { enabled: false })],
      settings(),
      parse,
    );
    expect(packs.map((p) => p.pack)).toEqual(['core', 'org']);
    expect(problems).toEqual([]);
  });

  it('applies the user\'s severity override on an unlocked rule and ignores it on a locked one', () => {
    const core = record(CORE, 'builtin', { overrides: { 'core/caps': { severity: 'error' }, 'core/secret': { enabled: false } } });
    expect(ruleIds('top secret, ASAP', [core]).sort()).toEqual(['core/caps:error', 'core/secret:error']);
  });

  it('ignores overrides on managed packs when IT locks them, applies them otherwise', () => {
    const org = (s: Settings) => ruleIds('Lanternfish', [record(CORE, 'builtin'), record(ORG, 'managed', { overrides: { 'org/codename': { severity: 'info' } } })], s);
    expect(org(settings({ managed: parseManagedConfig({ lockPacks: true }) }))).toEqual(['org/codename:error']);
    expect(org(settings({ managed: parseManagedConfig({ lockPacks: false }) }))).toEqual(['org/codename:info']);
  });

  it('a managed pack cannot be switched off while locked', () => {
    const off = record(ORG, 'managed', { enabled: false });
    expect(ruleIds('Lanternfish', [record(CORE, 'builtin'), off], settings({ managed: parseManagedConfig({ lockPacks: true }) }))).toEqual(['org/codename:error']);
    expect(ruleIds('Lanternfish', [record(CORE, 'builtin'), off], settings({ managed: parseManagedConfig({ lockPacks: false }) }))).toEqual([]);
  });

  it('leaves out and reports a pack that does not combine, keeping the rest working', () => {
    const { packs, problems } = composePacks([record(CORE, 'builtin'), record(HOSTILE, 'imported'), record(ORG, 'imported')], settings(), parse);
    expect(packs.map((p) => p.pack)).toEqual(['core', 'org']);
    expect(problems).toHaveLength(1);
    expect(problems[0].pack).toBe('hostile');
    expect(problems[0].message).toMatch(/locked/);
  });

  it('reports a stored pack whose source no longer loads', () => {
    const broken = { ...record(ORG, 'imported'), source: 'pack: org\nversion: nope\n' };
    const { packs, problems } = composePacks([record(CORE, 'builtin'), broken], settings(), parse);
    expect(packs.map((p) => p.pack)).toEqual(['core']);
    expect(problems.map((p) => p.pack)).toEqual(['org']);
  });

  it('IT\'s enforcement and exception settings become the last layer', () => {
    const { packs, policy } = composePacks(
      [record(CORE, 'builtin')],
      settings({ managed: parseManagedConfig({ enforcement: 'block', allowPersonalExceptions: false }) }),
      parse,
    );
    expect(packs.at(-1)).toMatchObject({ pack: 'managed', enforcement: 'block', personalExceptions: { allowed: false } });
    expect(policy.enforcement).toBe('block');
    expect(policy.personalExceptions.allowed).toBe(false);
  });
});

describe('buildSnapshot', () => {
  const comp = composePacks([record(CORE, 'builtin')], settings(), parse);
  const exceptions = [{ term: 'ASAP', addedAt: 1 }];

  it('is active by default, with the author, exceptions and revision', () => {
    const snap = buildSnapshot(comp, settings({ author: 'nurse', exceptions, revision: 7 }), 'www.linkedin.com');
    expect(snap).toMatchObject({ active: true, author: 'nurse', exceptions: ['ASAP'], revision: '7' });
    expect(snap.pausedUntil).toBeUndefined();
  });

  it('a site switched off (on its domain or exactly) is inactive; other sites are not', () => {
    const s = settings({ sites: { 'linkedin.com': false, 'x.com': false, 'www.x.com': true } });
    expect(buildSnapshot(comp, s, 'www.linkedin.com').active).toBe(false);
    expect(buildSnapshot(comp, s, 'www.x.com').active).toBe(true);
    expect(buildSnapshot(comp, s, 'mobile.x.com').active).toBe(false);
    expect(buildSnapshot(comp, s, 'bsky.app').active).toBe(true);
  });

  it('a pause makes every site inactive until it ends', () => {
    const now = 1_000_000;
    const s = settings({ pausedUntil: now + 60_000 });
    expect(buildSnapshot(comp, s, 'bsky.app', now)).toMatchObject({ active: false, pausedUntil: now + 60_000 });
    expect(buildSnapshot(comp, s, 'bsky.app', now + 60_001).active).toBe(true);
  });

  it('sends no exceptions when IT forbids them', () => {
    const s = settings({ exceptions, managed: parseManagedConfig({ allowPersonalExceptions: false }) });
    expect(buildSnapshot(comp, s, 'bsky.app').exceptions).toEqual([]);
  });
});
