// Answers the requests of lib/protocol.ts. Content scripts cannot open the extension's
// IndexedDB, so every read and write they need goes through here. No request carries draft text.
import type { Db } from '@/lib/storage/db';
import { logError } from '@/lib/storage/errors';
import { listEvents, recordEvent, pruneEvents } from '@/lib/storage/events';
import { postsSince } from '@/lib/reports/aggregate';
import { startOfLocalDay } from '@/lib/reports/time';
import { listPacks } from '@/lib/storage/packs';
import { addException, getSettings } from '@/lib/storage/settings';
import { exceptionsAllowed } from '@/lib/storage/layers';
import { buildSnapshot } from '@/lib/storage/snapshot';
import type { PolicySnapshot, Request } from '@/lib/protocol';
import { composition } from '@/lib/storage/parse';

export type Reply = PolicySnapshot | { ok: true } | { ok: false; error: string };

function hostOf(site: string): string {
  try {
    return new URL(site.includes('://') ? site : `https://${site}`).hostname;
  } catch {
    return site.toLowerCase();
  }
}

export async function snapshotFor(db: Db, site: string): Promise<PolicySnapshot> {
  const host = hostOf(site);
  const [records, settings, today] = await Promise.all([listPacks(db), getSettings(db), listEvents(db, startOfLocalDay(Date.now()))]);
  return { ...buildSnapshot(composition(records, settings), settings, host), postsToday: postsSince(today, host, 0) };
}

export async function handle(db: Db, request: Request): Promise<Reply> {
  switch (request.type) {
    case 'policy/get':
      return snapshotFor(db, request.site);
    case 'event/record':
      await recordEvent(db, request.event);
      return { ok: true };
    case 'exception/add': {
      const [records, settings] = await Promise.all([listPacks(db), getSettings(db)]);
      const { policy } = composition(records, settings);
      const rules = policy.personalExceptions;
      if (!exceptionsAllowed(settings) || !rules.allowed) return { ok: false, error: 'Your organization does not allow personal exceptions.' };
      if (rules.forbiddenCategories.includes(request.category)) {
        return { ok: false, error: `Your organization does not allow personal exceptions for ${request.category} findings.` };
      }
      await addException(db, request.term, request.category);
      return { ok: true };
    }
    case 'log/error':
      await logError(db, request.where, request.message);
      return { ok: true };
    default:
      return { ok: false, error: 'unknown request' };
  }
}

/** Keeps the event log within its retention; run daily. */
export async function housekeeping(db: Db): Promise<void> {
  await pruneEvents(db);
}
