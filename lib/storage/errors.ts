// The extension's own error log: where something failed and a short message, for support.
import type { Db } from './db';
import type { ErrorRecord } from './schema';

/** Enough to diagnose; short so that a message can never carry a whole draft. */
export const MAX_MESSAGE = 300;
export const MAX_ERRORS = 500;

export async function logError(db: Db, where: string, message: string, now = Date.now()): Promise<void> {
  const tx = db.transaction('errors', 'readwrite');
  await tx.store.add({ at: now, where: where.slice(0, 100), message: message.slice(0, MAX_MESSAGE) });
  // Keep the newest MAX_ERRORS.
  const count = await tx.store.count();
  let extra = count - MAX_ERRORS;
  let cursor = extra > 0 ? await tx.store.openCursor() : null;
  while (cursor && extra-- > 0) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}

export async function listErrors(db: Db): Promise<ErrorRecord[]> {
  return (await db.getAll('errors')).reverse();
}

export async function clearErrors(db: Db): Promise<void> {
  await db.clear('errors');
}
