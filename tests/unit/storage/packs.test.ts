import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openGuardrailDb, type Db } from '../../../lib/storage/db';
import {
  getPack,
  installPack,
  listPacks,
  PackChangeRefused,
  packVersions,
  removePack,
  restorePackVersion,
  replaceManagedPacks,
  setPackEnabled,
  setRuleOverride,
  syncBuiltins,
} from '../../../lib/storage/packs';
import { getSetting, setSetting } from '../../../lib/storage/settings';
import { freshName } from './fixtures';

const src = (id: string, version: string, extra = '') => `pack: ${id}\nversion: ${version}\n${extra}`;
const imported = (id: string, version: string, name?: string) => ({
  meta: { id, version, ...(name ? { name } : {}) },
  source: src(id, version, name ? `name: ${name}\n` : ''),
  origin: 'imported' as const,
});

let db: Db;
afterEach(() => db?.close());

async function fresh() {
  db = await openGuardrailDb(freshName());
  return db;
}

describe('installing packs', () => {
  it('keeps the replaced version and the user state when a new version is imported', async () => {
    await fresh();
    await installPack(db, imported('acme', '1.0.0'));
    await setPackEnabled(db, 'acme', false);
    await setRuleOverride(db, 'acme', 'acme/terms', { severity: 'error' });
    await installPack(db, imported('acme', '1.1.0', 'Acme'));
    const pack = await getPack(db, 'acme');
    expect(pack).toMatchObject({ version: '1.1.0', name: 'Acme', enabled: false, overrides: { 'acme/terms': { severity: 'error' } } });
    expect((await packVersions(db, 'acme')).map((v) => v.version)).toEqual(['1.0.0']);
  });

  it('re-importing the same text adds no history and keeps updatedAt', async () => {
    await fresh();
    const first = await installPack(db, imported('acme', '1.0.0'));
    const again = await installPack(db, imported('acme', '1.0.0'));
    expect(again.updatedAt).toBe(first.updatedAt);
    expect(await packVersions(db, 'acme')).toEqual([]);
  });

  it('an import that fails half-way leaves the previous pack and revision intact', async () => {
    await fresh();
    await installPack(db, imported('acme', '1.0.0', 'Old'));
    const revision = await getSetting(db, 'revision');
    // Fail the second write of the import (the pack itself), after its history record was written.
    const proto = IDBObjectStore.prototype;
    const put = proto.put;
    let calls = 0;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(installPack(db, imported('acme', '2.0.0', 'New'))).rejects.toThrow(/disk full/);
    } finally {
      proto.put = put;
    }
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(await getPack(db, 'acme')).toMatchObject({ version: '1.0.0', name: 'Old' });
    expect(await packVersions(db, 'acme')).toEqual([]);
    expect(await getSetting(db, 'revision')).toBe(revision);
  });

  it('every change bumps the revision', async () => {
    await fresh();
    const before = await getSetting(db, 'revision');
    await installPack(db, imported('acme', '1.0.0'));
    await setPackEnabled(db, 'acme', false);
    expect(await getSetting(db, 'revision')).toBe(before + 2);
  });
});

describe('who may replace or change what', () => {
  it('an import cannot replace the built-in core or a managed pack', async () => {
    await fresh();
    await syncBuiltins(db, [{ meta: { id: 'core', version: '1.0.0' }, source: src('core', '1.0.0') }]);
    await replaceManagedPacks(db, [{ meta: { id: 'org', version: '3.0.0' }, source: src('org', '3.0.0') }]);
    await expect(installPack(db, imported('core', '9.0.0'))).rejects.toBeInstanceOf(PackChangeRefused);
    await expect(installPack(db, imported('org', '9.0.0'))).rejects.toThrow(/organization/);
    expect((await getPack(db, 'core'))!.version).toBe('1.0.0');
    expect((await getPack(db, 'org'))!.version).toBe('3.0.0');
  });

  it('a managed pack takes over an imported pack of the same id, but never the core', async () => {
    await fresh();
    await syncBuiltins(db, [{ meta: { id: 'core', version: '1.0.0' }, source: src('core', '1.0.0') }]);
    await installPack(db, imported('org', '1.0.0'));
    const refused = await replaceManagedPacks(db, [
      { meta: { id: 'org', version: '2.0.0' }, source: src('org', '2.0.0') },
      { meta: { id: 'core', version: '5.0.0' }, source: src('core', '5.0.0') },
    ]);
    expect(refused).toEqual(['core']);
    expect(await getPack(db, 'org')).toMatchObject({ origin: 'managed', version: '2.0.0' });
    expect(await getPack(db, 'core')).toMatchObject({ origin: 'builtin', version: '1.0.0' });
  });

  it('the built-in pack cannot be switched off or removed; imported packs can', async () => {
    await fresh();
    await syncBuiltins(db, [{ meta: { id: 'core', version: '1.0.0' }, source: src('core', '1.0.0') }]);
    await installPack(db, imported('mine', '1.0.0'));
    await expect(setPackEnabled(db, 'core', false)).rejects.toThrow(/built-in/);
    await expect(removePack(db, 'core')).rejects.toThrow(/Only packs you imported/);
    await removePack(db, 'mine');
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['core']);
  });

  it('locked managed packs refuse switching off and rule overrides; unlocked ones allow them', async () => {
    await fresh();
    await replaceManagedPacks(db, [{ meta: { id: 'org', version: '1.0.0' }, source: src('org', '1.0.0') }]);
    await setPackEnabled(db, 'org', false);
    await setPackEnabled(db, 'org', true);
    await setSetting(db, 'managed', {
      status: 'loaded',
      problems: [],
      config: { packs: [], packUrls: [], lockPacks: true, allowPause: true, refreshMinutes: 360 },
    });
    await expect(setPackEnabled(db, 'org', false)).rejects.toThrow(/locked/);
    await expect(setRuleOverride(db, 'org', 'org/x', { severity: 'info' })).rejects.toThrow(/locked/);
    expect((await getPack(db, 'org'))!.enabled).toBe(true);
  });

  it('replacing the managed set removes packs IT dropped, but keeps those listed as failed', async () => {
    await fresh();
    const m = (id: string, v = '1.0.0') => ({ meta: { id, version: v }, source: src(id, v) });
    await replaceManagedPacks(db, [m('a'), m('b'), m('c')]);
    await replaceManagedPacks(db, [m('a', '1.1.0')], ['b']);
    const packs = await listPacks(db);
    expect(packs.map((p) => `${p.id}@${p.version}`).sort()).toEqual(['a@1.1.0', 'b@1.0.0']);
  });

  it('the built-in source follows the extension, keeping the user overrides', async () => {
    await fresh();
    await syncBuiltins(db, [{ meta: { id: 'core', version: '1.0.0' }, source: src('core', '1.0.0') }]);
    await setRuleOverride(db, 'core', 'core/x', { severity: 'info' });
    await syncBuiltins(db, [{ meta: { id: 'core', version: '1.1.0' }, source: src('core', '1.1.0') }]);
    expect(await getPack(db, 'core')).toMatchObject({ version: '1.1.0', overrides: { 'core/x': { severity: 'info' } } });
    const revision = await getSetting(db, 'revision');
    await syncBuiltins(db, [{ meta: { id: 'core', version: '1.1.0' }, source: src('core', '1.1.0') }]);
    expect(await getSetting(db, 'revision')).toBe(revision);
  });
});

describe('rolling back to an earlier version', () => {
  const meta = (source: string) => {
    const [, id] = /pack: (\S+)/.exec(source)!;
    const [, version] = /version: (\S+)/.exec(source)!;
    return { id, version };
  };

  it('makes the earlier version current, keeps the user state, and puts the replaced one in history', async () => {
    await fresh();
    await installPack(db, { ...imported('acme', '1.0.0'), sourceUrl: 'https://policy.example.org/acme.yaml' });
    await setPackEnabled(db, 'acme', false);
    await installPack(db, { ...imported('acme', '1.1.0'), sourceUrl: 'https://policy.example.org/acme.yaml' });
    const revision = await getSetting(db, 'revision');
    const restored = await restorePackVersion(db, 'acme', '1.0.0', meta);
    expect(restored).toMatchObject({ version: '1.0.0', source: src('acme', '1.0.0'), enabled: false, sourceUrl: 'https://policy.example.org/acme.yaml' });
    expect((await packVersions(db, 'acme')).map((v) => v.version).sort()).toEqual(['1.0.0', '1.1.0']);
    expect(await getSetting(db, 'revision')).toBeGreaterThan(revision);
    // And forward again: the rolled-back version is itself in history.
    expect((await restorePackVersion(db, 'acme', '1.1.0', meta)).version).toBe('1.1.0');
  });

  it('a version that no longer validates changes nothing', async () => {
    await fresh();
    await installPack(db, imported('acme', '1.0.0'));
    await installPack(db, imported('acme', '1.1.0'));
    const revision = await getSetting(db, 'revision');
    await expect(
      restorePackVersion(db, 'acme', '1.0.0', () => {
        throw new Error('rules[0].severity: not a severity');
      }),
    ).rejects.toThrow(/not a severity/);
    expect((await getPack(db, 'acme'))?.version).toBe('1.1.0');
    expect((await packVersions(db, 'acme')).map((v) => v.version)).toEqual(['1.0.0']);
    expect(await getSetting(db, 'revision')).toBe(revision);
  });

  it('refuses unknown versions, other ids in the text, and packs the user did not import', async () => {
    await fresh();
    await installPack(db, imported('acme', '1.0.0'));
    await installPack(db, imported('acme', '1.1.0'));
    await expect(restorePackVersion(db, 'acme', '0.9.0', meta)).rejects.toBeInstanceOf(PackChangeRefused);
    await expect(restorePackVersion(db, 'acme', '1.0.0', () => ({ id: 'other', version: '1.0.0' }))).rejects.toThrow(/names the pack "other"/);
    await replaceManagedPacks(db, [{ meta: { id: 'it', version: '1' }, source: src('it', '1') }]);
    await replaceManagedPacks(db, [{ meta: { id: 'it', version: '2' }, source: src('it', '2') }]);
    await expect(restorePackVersion(db, 'it', '1', meta)).rejects.toThrow(/Only packs you imported/);
    expect((await getPack(db, 'it'))?.version).toBe('2');
    expect((await getPack(db, 'acme'))?.version).toBe('1.1.0');
  });
});
