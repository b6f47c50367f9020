// Settings, one record per key. Every change runs read-modify-write inside one readwrite
// transaction and bumps the revision in the same transaction, so concurrent writers (two
// options pages, the background) are serialized by IndexedDB and nothing is lost.
import { announceChange } from './changes';
import type { Db } from './db';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from './schema';

/** The part of an open readwrite settings store that bumping the revision needs. */
export interface SettingsStore {
  get(key: string): Promise<unknown>;
  put(value: unknown, key: string): Promise<unknown>;
}

export async function getSettings(db: Db): Promise<Settings> {
  const tx = db.transaction('settings');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const stored = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  return { ...structuredClone(DEFAULT_SETTINGS), ...stored } as Settings;
}

export async function getSetting<K extends SettingKey>(db: Db, key: K): Promise<Settings[K]> {
  const v = (await db.get('settings', key)) as Settings[K] | undefined;
  return v ?? structuredClone(DEFAULT_SETTINGS[key]);
}

/** Bumps the revision inside an open transaction on the settings store. */
export async function bumpRevision(store: SettingsStore): Promise<number> {
  const revision = (((await store.get('revision')) as number | undefined) ?? 0) + 1;
  await store.put(revision, 'revision');
  return revision;
}

/** Changes one setting from its current stored value, atomically. */
export async function updateSetting<K extends Exclude<SettingKey, 'revision'>>(
  db: Db,
  key: K,
  update: (current: Settings[K]) => Settings[K],
): Promise<Settings[K]> {
  const tx = db.transaction('settings', 'readwrite');
  const current = ((await tx.store.get(key)) as Settings[K] | undefined) ?? structuredClone(DEFAULT_SETTINGS[key]);
  const next = update(current);
  await tx.store.put(next, key);
  const revision = await bumpRevision(tx.store);
  await tx.done;
  announceChange({ revision });
  return next;
}

export function setSetting<K extends Exclude<SettingKey, 'revision'>>(db: Db, key: K, value: Settings[K]) {
  return updateSetting(db, key, () => value);
}

export function setSiteEnabled(db: Db, host: string, enabled: boolean) {
  return updateSetting(db, 'sites', (sites) => ({ ...sites, [host]: enabled }));
}

export function forgetSite(db: Db, host: string) {
  return updateSetting(db, 'sites', ({ [host]: _gone, ...rest }) => rest);
}

export function addException(db: Db, term: string, category?: Settings['exceptions'][number]['category']) {
  const clean = term.trim();
  return updateSetting(db, 'exceptions', (list) =>
    !clean || list.some((e) => e.term.toLowerCase() === clean.toLowerCase())
      ? list
      : [...list, { term: clean, ...(category ? { category } : {}), addedAt: Date.now() }],
  );
}

export function removeException(db: Db, term: string) {
  return updateSetting(db, 'exceptions', (list) => list.filter((e) => e.term.toLowerCase() !== term.toLowerCase()));
}
