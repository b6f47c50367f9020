// Versioned schema migrations. Each step upgrades the database from version n-1 to n inside the
// version-change transaction, so an upgrade that fails leaves the old database as it was.
// Never edit a released step: add a new one and bump DB_VERSION.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ExceptionRecord, GuardrailDB, PackRecord } from './schema';

type UpgradeTx = IDBPTransaction<GuardrailDB, StoreNames<GuardrailDB>[], 'versionchange'>;
type Step = (db: IDBPDatabase<GuardrailDB>, tx: UpgradeTx) => Promise<void> | void;

/** Layouts of earlier versions, as the migrations read them. */
interface V1Pack {
  id: string;
  version: string;
  name?: string;
  origin: PackRecord['origin'];
  source: string;
  sourceUrl?: string;
  enabled: boolean;
  installedAt: number;
}
interface V1Settings {
  author?: string;
  disabledSites?: string[];
  exceptions?: string[];
}

// The store names of earlier versions are not in the current typed schema, hence the casts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const raw = (tx: UpgradeTx, name: string) => tx.objectStore(name as any) as any;

const steps: Step[] = [
  // v1: packs with their source text, and all settings in a single record.
  (db) => {
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
  // v2: the event log (issue 7, never any text) and the extension's own error log.
  (db) => {
    db.createObjectStore('events', { keyPath: 'seq', autoIncrement: true }).createIndex('at', 'at');
    db.createObjectStore('errors', { keyPath: 'seq', autoIncrement: true }).createIndex('at', 'at');
  },
  // v3: earlier versions of packs are kept; packs gain per-rule overrides; settings move to one
  // record per key so that two pages changing different settings never overwrite each other.
  async (db, tx) => {
    db.createObjectStore('packVersions', { keyPath: ['id', 'version'] });
    const packs = raw(tx, 'packs');
    for (const old of (await packs.getAll()) as V1Pack[]) {
      const upgraded: PackRecord = { ...old, overrides: {}, updatedAt: old.installedAt };
      await packs.put(upgraded);
    }
    const settings = raw(tx, 'settings');
    const old = ((await settings.get('settings')) ?? {}) as V1Settings;
    await settings.delete('settings');
    if (old.author !== undefined) await settings.put(old.author, 'author');
    if (old.disabledSites?.length) {
      await settings.put(Object.fromEntries(old.disabledSites.map((h) => [h, false])), 'sites');
    }
    if (old.exceptions?.length) {
      const now = Date.now();
      const records: ExceptionRecord[] = old.exceptions.map((term) => ({ term, addedAt: now }));
      await settings.put(records, 'exceptions');
    }
  },
];

export const DB_VERSION = steps.length;

/** Runs every step between the stored version and the current one, in order. */
export async function migrate(db: IDBPDatabase<GuardrailDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < steps.length; v++) await steps[v](db, tx);
}
