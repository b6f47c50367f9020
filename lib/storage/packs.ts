// Packs with their source text, versions and state. Each change is one transaction over the
// packs, their earlier versions and the revision: a change that fails part-way changes nothing.
import { announceChange } from './changes';
import type { Db } from './db';
import type { ManagedState, PackOrigin, PackRecord, PackVersionRecord, RuleOverrideRecord } from './schema';
import { bumpRevision } from './settings';

/** What storage needs to know about a pack it is given; the caller has already validated it. */
export interface PackMeta {
  id: string;
  version: string;
  name?: string;
}

export class PackChangeRefused extends Error {
  override name = 'PackChangeRefused';
}

/** Which origin may replace a pack of another: IT over the user's imports, nobody over the built-in core. */
const PRECEDENCE: Record<PackOrigin, number> = { imported: 0, managed: 1, builtin: 2 };

export async function listPacks(db: Db): Promise<PackRecord[]> {
  const order: Record<PackOrigin, number> = { builtin: 0, managed: 1, imported: 2 };
  const all = await db.getAll('packs');
  return all.sort((a, b) => order[a.origin] - order[b.origin] || a.installedAt - b.installedAt || a.id.localeCompare(b.id));
}

export function getPack(db: Db, id: string): Promise<PackRecord | undefined> {
  return db.get('packs', id);
}

/** Earlier versions of a pack, newest first. */
export async function packVersions(db: Db, id: string): Promise<PackVersionRecord[]> {
  const all = await db.getAll('packVersions', IDBKeyRange.bound([id, ''], [id, '\uffff']));
  return all.sort((a, b) => b.savedAt - a.savedAt);
}

function writeTx(db: Db) {
  return db.transaction(['packs', 'packVersions', 'settings'], 'readwrite');
}
type WriteTx = ReturnType<typeof writeTx>;

async function commit(tx: WriteTx): Promise<number> {
  const revision = await bumpRevision(tx.objectStore('settings'));
  await tx.done;
  announceChange({ revision });
  return revision;
}

async function fail(tx: WriteTx, message: string): Promise<never> {
  // The transaction may already have aborted itself (a failed request); that is fine too.
  try {
    tx.abort();
  } catch {
    /* already finished */
  }
  await tx.done.catch(() => undefined);
  throw new PackChangeRefused(message);
}

async function lockedByIt(tx: WriteTx): Promise<boolean> {
  const managed = (await tx.objectStore('settings').get('managed')) as ManagedState | undefined;
  return managed?.status === 'loaded' && !!managed.config?.lockPacks;
}

interface Incoming {
  meta: PackMeta;
  source: string;
  origin: PackOrigin;
  sourceUrl?: string;
}

/** Writes one pack inside an open transaction, keeping the version it replaces. */
async function put(tx: WriteTx, { meta, source, origin, sourceUrl }: Incoming, now: number): Promise<void> {
  const packs = tx.objectStore('packs');
  const old = await packs.get(meta.id);
  if (old && PRECEDENCE[origin] < PRECEDENCE[old.origin]) {
    const owner = old.origin === 'managed' ? 'your organization (managed)' : 'Guardrail (built in)';
    throw new PackChangeRefused(`A pack with the id "${meta.id}" is already installed by ${owner}; it cannot be replaced.`);
  }
  if (old && old.source !== source) {
    await tx.objectStore('packVersions').put({ id: old.id, version: old.version, source: old.source, savedAt: now });
  }
  const record: PackRecord = {
    id: meta.id,
    version: meta.version,
    ...(meta.name ? { name: meta.name } : {}),
    origin,
    source,
    ...(sourceUrl ? { sourceUrl } : {}),
    enabled: origin === 'imported' && old ? old.enabled : true,
    overrides: old?.overrides ?? {},
    installedAt: old?.installedAt ?? now,
    updatedAt: old && old.source === source ? old.updatedAt : now,
  };
  await packs.put(record);
}

/** Installs or replaces a pack; the previous version stays active if anything fails. */
export async function installPack(db: Db, incoming: Incoming): Promise<PackRecord> {
  const tx = writeTx(db);
  try {
    await put(tx, incoming, Date.now());
  } catch (e) {
    return fail(tx, (e as Error).message);
  }
  await commit(tx);
  return (await getPack(db, incoming.meta.id))!;
}

/**
 * Makes an earlier version of an imported pack the current one again, in one transaction: the
 * version read, checked by `validate` (which throws to refuse, e.g. when it no longer loads or
 * combines) and written as an import would be, so the version it replaces joins the history.
 */
export async function restorePackVersion(db: Db, id: string, version: string, validate: (source: string) => PackMeta): Promise<PackRecord> {
  const tx = writeTx(db);
  try {
    const current = await tx.objectStore('packs').get(id);
    if (!current) throw new PackChangeRefused(`No pack "${id}".`);
    if (current.origin !== 'imported') throw new PackChangeRefused('Only packs you imported can be rolled back; your organization or Guardrail sets the others.');
    const earlier = await tx.objectStore('packVersions').get([id, version]);
    if (!earlier) throw new PackChangeRefused(`Pack "${id}" has no earlier version ${version}.`);
    const meta = validate(earlier.source);
    if (meta.id !== id) throw new PackChangeRefused(`Version ${version} names the pack "${meta.id}", not "${id}".`);
    await put(tx, { meta, source: earlier.source, origin: 'imported', ...(current.sourceUrl ? { sourceUrl: current.sourceUrl } : {}) }, Date.now());
  } catch (e) {
    return fail(tx, (e as Error).message);
  }
  await commit(tx);
  return (await getPack(db, id))!;
}

/** Makes the bundled packs match the ones shipped with this version of the extension. */
export async function syncBuiltins(db: Db, builtins: { meta: PackMeta; source: string }[]): Promise<void> {
  const tx = writeTx(db);
  const packs = tx.objectStore('packs');
  let changed = false;
  const now = Date.now();
  for (const b of builtins) {
    const old = await packs.get(b.meta.id);
    if (old?.origin === 'builtin' && old.source === b.source) continue;
    // An imported or managed pack with the core's id gives way to the built-in.
    if (old && old.origin !== 'builtin') await packs.delete(old.id);
    await put(tx, { ...b, origin: 'builtin' }, now);
    changed = true;
  }
  if (changed) await commit(tx);
  else await tx.done;
}

/**
 * Replaces every managed pack with the given set in one transaction (the managed configuration
 * is the whole truth: a pack IT removed is removed here). Packs that failed to load are passed
 * in `keep` so that a bad update keeps the version that worked. When `state` is given, IT's
 * settings are written in the same transaction, so that no page ever sees the new packs with the
 * old locks. Returns the ids refused because they would replace the built-in core.
 */
export async function replaceManagedPacks(
  db: Db,
  packs: { meta: PackMeta; source: string; sourceUrl?: string }[],
  keep: string[] = [],
  state?: ManagedState,
): Promise<string[]> {
  const tx = writeTx(db);
  const store = tx.objectStore('packs');
  const now = Date.now();
  let changed = false;
  const wanted = new Set([...packs.map((p) => p.meta.id), ...keep]);
  for (const old of await store.getAll()) {
    if (old.origin === 'managed' && !wanted.has(old.id)) {
      await store.delete(old.id);
      changed = true;
    }
  }
  const refused: string[] = [];
  for (const p of packs) {
    const old = await store.get(p.meta.id);
    if (old?.origin === 'builtin') refused.push(p.meta.id);
    if (old?.origin === 'builtin' || (old?.origin === 'managed' && old.source === p.source)) continue;
    await put(tx, { ...p, origin: 'managed' }, now);
    changed = true;
  }
  if (state) {
    for (const id of refused) state.problems.push(`pack "${id}" has the id of the built-in pack and was not installed`);
    const settings = tx.objectStore('settings');
    if (!sameManagedState((await settings.get('managed')) as ManagedState | undefined, state)) {
      await settings.put(state, 'managed');
      changed = true;
    }
  }
  if (changed) await commit(tx);
  else await tx.done;
  return refused;
}

/** Equal but for when it was read: re-reading an unchanged policy must not bump the revision. */
function sameManagedState(a: ManagedState | undefined, b: ManagedState): boolean {
  if (!a) return false;
  const strip = ({ readAt: _readAt, ...rest }: ManagedState) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export async function setPackEnabled(db: Db, id: string, enabled: boolean): Promise<void> {
  const tx = writeTx(db);
  const packs = tx.objectStore('packs');
  const pack = await packs.get(id);
  if (!pack) return fail(tx, `No pack "${id}".`);
  if (!enabled && pack.origin === 'builtin') return fail(tx, 'The built-in pack cannot be switched off.');
  if (pack.origin === 'managed' && (await lockedByIt(tx))) return fail(tx, 'Your organization locked this pack.');
  await packs.put({ ...pack, enabled });
  await commit(tx);
}

/** Sets (or with `undefined` clears) the user's change to one rule of one pack. */
export async function setRuleOverride(db: Db, id: string, ruleId: string, override: RuleOverrideRecord | undefined): Promise<void> {
  const tx = writeTx(db);
  const packs = tx.objectStore('packs');
  const pack = await packs.get(id);
  if (!pack) return fail(tx, `No pack "${id}".`);
  if (pack.origin === 'managed' && (await lockedByIt(tx))) return fail(tx, 'Your organization locked this pack.');
  const overrides = { ...pack.overrides };
  if (override && (override.severity || override.enabled !== undefined)) overrides[ruleId] = override;
  else delete overrides[ruleId];
  await packs.put({ ...pack, overrides });
  await commit(tx);
}

export async function removePack(db: Db, id: string): Promise<void> {
  const tx = writeTx(db);
  const packs = tx.objectStore('packs');
  const pack = await packs.get(id);
  if (!pack) return fail(tx, `No pack "${id}".`);
  if (pack.origin !== 'imported') return fail(tx, 'Only packs you imported can be removed.');
  await packs.delete(id);
  await commit(tx);
}
