// The event log of issue 7: what happened, never what was written, kept for a set number of days.
import type { GuardrailEvent } from '../protocol';
import type { Db } from './db';
import type { EventRecord } from './schema';
import { getSetting } from './settings';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Keeps only the fields an event may have, so that nothing a sender adds by mistake (text,
 * a full URL) is stored; times are rounded down to the hour and sites cut to the host name.
 */
export function sanitizeEvent(e: GuardrailEvent): GuardrailEvent {
  const clean: GuardrailEvent = {
    at: Math.floor(e.at / HOUR) * HOUR,
    site: hostOnly(e.site),
    kind: e.kind,
    packs: e.packs.map((p) => ({ id: String(p.id), version: String(p.version) })),
    findings: e.findings.map((f) => ({ ruleId: String(f.ruleId), category: f.category, severity: f.severity })),
  };
  if (e.outcome) clean.outcome = e.outcome;
  if (e.reason) clean.reason = e.reason;
  return clean;
}

function hostOnly(site: string): string {
  try {
    return new URL(site.includes('://') ? site : `https://${site}`).hostname;
  } catch {
    return '';
  }
}

export async function recordEvent(db: Db, event: GuardrailEvent): Promise<void> {
  await db.add('events', sanitizeEvent(event));
}

export function listEvents(db: Db, since = 0): Promise<EventRecord[]> {
  return db.getAllFromIndex('events', 'at', IDBKeyRange.lowerBound(since));
}

/** Deletes events older than the retention setting; returns how many went. */
export async function pruneEvents(db: Db, now = Date.now()): Promise<number> {
  const days = await getSetting(db, 'retentionDays');
  const tx = db.transaction('events', 'readwrite');
  let removed = 0;
  let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(now - days * DAY, true));
  while (cursor) {
    await cursor.delete();
    removed++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}

export async function clearEvents(db: Db): Promise<void> {
  await db.clear('events');
}
