import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openGuardrailDb } from '../../../lib/storage/db';
import { DB_VERSION } from '../../../lib/storage/migrations';
import { listErrors } from '../../../lib/storage/errors';
import { listEvents } from '../../../lib/storage/events';
import { listPacks } from '../../../lib/storage/packs';
import { getSettings } from '../../../lib/storage/settings';
import { createV1, createV2, freshName, V1_PACKS, V1_SETTINGS, V2_ERROR, V2_EVENT } from './fixtures';

async function expectV1DataKept(name: string) {
  const db = await openGuardrailDb(name);
  expect(db.version).toBe(DB_VERSION);
  const packs = await listPacks(db);
  expect(packs.map((p) => p.id).sort()).toEqual(V1_PACKS.map((p) => p.id).sort());
  for (const old of V1_PACKS) {
    const now = packs.find((p) => p.id === old.id)!;
    expect(now).toMatchObject(old);
    expect(now.overrides).toEqual({});
    expect(now.updatedAt).toBe(old.installedAt);
  }
  const settings = await getSettings(db);
  expect(settings.author).toBe(V1_SETTINGS.author);
  expect(settings.sites).toEqual({ 'www.reddit.com': false, 'x.com': false });
  expect(settings.exceptions.map((e) => e.term)).toEqual(V1_SETTINGS.exceptions);
  // Defaults fill what v1 did not have.
  expect(settings.retentionDays).toBe(90);
  return db;
}

describe('schema migrations', () => {
  it('creates the current schema from nothing', async () => {
    const db = await openGuardrailDb(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['errors', 'events', 'packVersions', 'packs', 'settings']);
    expect(await listPacks(db)).toEqual([]);
    db.close();
  });

  it('upgrades a version 1 database keeping every pack and setting', async () => {
    const name = freshName();
    await createV1(name);
    const db = await expectV1DataKept(name);
    // The stores v2 added exist and are usable.
    expect(await listEvents(db)).toEqual([]);
    db.close();
  });

  it('upgrades a version 2 database keeping packs, settings, events and errors', async () => {
    const name = freshName();
    await createV2(name);
    const db = await expectV1DataKept(name);
    const events = await listEvents(db);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject(V2_EVENT);
    expect((await listErrors(db))[0]).toMatchObject(V2_ERROR);
    db.close();
  });

  it('leaves the old database untouched when an upgrade step fails', async () => {
    const name = freshName();
    await createV1(name);
    // Corrupt the v1 settings record so the v3 step throws while reading it.
    const raw = await openDB(name, 1);
    await raw.put('settings', { exceptions: 'not a list' }, 'settings');
    raw.close();
    await expect(openGuardrailDb(name)).rejects.toThrow();
    const after = await openDB(name);
    expect(after.version).toBe(1);
    expect((await after.getAll('packs')).length).toBe(V1_PACKS.length);
    after.close();
  });

  it('a second page opening an older connection does not block the upgrade', async () => {
    const name = freshName();
    await createV1(name);
    const old = await openDB(name, 1, { blocking: () => old.close() });
    const db = await openGuardrailDb(name);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});
