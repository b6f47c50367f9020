import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openGuardrailDb, type Db } from '../../../lib/storage/db';
import { syncManaged, type ManagedSources } from '../../../lib/storage/managed-sync';
import { getPack, installPack, listPacks, setPackEnabled, syncBuiltins } from '../../../lib/storage/packs';
import { getSetting } from '../../../lib/storage/settings';

const pack = (id: string, version: string) => `pack: ${id}\nversion: ${version}\n`;
const URL_A = 'https://policy.example.org/a.yaml';

function sources(policy: unknown, web: Record<string, string | Error> = {}): ManagedSources {
  return {
    read: async () => policy,
    fetchText: async (url) => {
      const answer = web[url];
      if (answer === undefined) throw new Error('not found');
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

let db: Db;
afterEach(() => db?.close());
const open = async () => (db = await openGuardrailDb(`managed-${Math.random()}`));
const managedIds = async () => (await listPacks(db)).filter((p) => p.origin === 'managed').map((p) => `${p.id}@${p.version}`).sort();

describe('syncManaged', () => {
  it('goes from not loaded to empty when there is no policy', async () => {
    await open();
    expect((await getSetting(db, 'managed')).status).toBe('not-loaded');
    await syncManaged(db, sources({}));
    expect((await getSetting(db, 'managed')).status).toBe('empty');
    expect(await managedIds()).toEqual([]);
  });

  it('installs inline packs and packs from addresses as managed', async () => {
    await open();
    const state = await syncManaged(db, sources({ packs: [pack('org', '1.0.0')], packUrls: [URL_A], lockPacks: true }, { [URL_A]: pack('remote', '2.0.0') }));
    expect(state.status).toBe('loaded');
    expect(state.problems).toEqual([]);
    expect(await managedIds()).toEqual(['org@1.0.0', 'remote@2.0.0']);
    expect((await getPack(db, 'remote'))!.sourceUrl).toBe(URL_A);
    expect((await getSetting(db, 'managed')).config!.lockPacks).toBe(true);
  });

  it('a broken update or an unreachable address keeps the version installed before', async () => {
    await open();
    await syncManaged(db, sources({ packs: [pack('org', '1.0.0')], packUrls: [URL_A] }, { [URL_A]: pack('remote', '2.0.0') }));
    const state = await syncManaged(db, sources({ packs: ['pack: org\nversion: 1.1\n'], packUrls: [URL_A] }, { [URL_A]: new Error('HTTP 503') }));
    expect(await managedIds()).toEqual(['org@1.0.0', 'remote@2.0.0']);
    expect(state.problems).toHaveLength(2);
    expect(state.problems[0]).toMatch(/^packs\[0\]: line 2, version:/);
    expect(state.problems[1]).toMatch(/HTTP 503/);
  });

  it('removes packs IT no longer lists, and all of them when the policy goes away', async () => {
    await open();
    await syncManaged(db, sources({ packs: [pack('a', '1.0.0'), pack('b', '1.0.0')] }));
    await syncManaged(db, sources({ packs: [pack('a', '1.0.1')] }));
    expect(await managedIds()).toEqual(['a@1.0.1']);
    await syncManaged(db, sources({}));
    expect(await managedIds()).toEqual([]);
    expect((await getSetting(db, 'managed')).status).toBe('empty');
  });

  it('a managed pack replaces the user\'s import of the same id; the core is never replaced', async () => {
    await open();
    await syncBuiltins(db, [{ meta: { id: 'healthcare-core', version: '1.0.0' }, source: pack('healthcare-core', '1.0.0') }]);
    await installPack(db, { meta: { id: 'org', version: '0.9.0' }, source: pack('org', '0.9.0'), origin: 'imported' });
    await setPackEnabled(db, 'org', false);
    const state = await syncManaged(db, sources({ packs: [pack('org', '1.0.0'), pack('healthcare-core', '9.9.9')] }));
    expect(await getPack(db, 'org')).toMatchObject({ origin: 'managed', version: '1.0.0', enabled: true });
    expect(await getPack(db, 'healthcare-core')).toMatchObject({ origin: 'builtin', version: '1.0.0' });
    expect(state.problems.join()).toMatch(/built-in/);
  });

  it('the packs and IT\'s settings change together, in one revision', async () => {
    await open();
    const before = await getSetting(db, 'revision');
    await syncManaged(db, sources({ packs: [pack('org', '1.0.0')], lockPacks: true }));
    expect(await getSetting(db, 'revision')).toBe(before + 1);
    expect((await getSetting(db, 'managed')).config!.lockPacks).toBe(true);
  });

  it('an unchanged policy changes nothing (no new revision, so composers are not disturbed)', async () => {
    await open();
    const policy = { packs: [pack('org', '1.0.0')], enforcement: 'block' };
    await syncManaged(db, sources(policy));
    const revision = await getSetting(db, 'revision');
    await syncManaged(db, sources(policy));
    expect(await getSetting(db, 'revision')).toBe(revision);
  });
});
