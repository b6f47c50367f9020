// Opens Guardrail's database, running the migrations when its version is older than ours.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, migrate } from './migrations';
import { DB_NAME, type GuardrailDB } from './schema';

export type Db = IDBPDatabase<GuardrailDB>;

export function openGuardrailDb(name = DB_NAME): Promise<Db> {
  let db: Db | undefined;
  return openDB<GuardrailDB>(name, DB_VERSION, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      // A failed step aborts the version change, so the old database stays as it was; the
      // caller learns of it through openDB's rejection, not through the transaction's.
      tx.done.catch(() => undefined);
      migrate(upgrading, oldVersion, tx).catch(() => tx.abort());
    },
    // A newer version of the extension (another page or a restarted worker) wants to upgrade:
    // let it, instead of blocking it behind this connection.
    blocking() {
      db?.close();
      cached.delete(name);
    },
  }).then((opened) => (db = opened));
}

const cached = new Map<string, Promise<Db>>();

/** One shared connection per database name for the life of the page or worker. */
export function getDb(name = DB_NAME): Promise<Db> {
  let db = cached.get(name);
  if (!db) {
    db = openGuardrailDb(name);
    db.catch(() => cached.delete(name));
    cached.set(name, db);
  }
  return db;
}
