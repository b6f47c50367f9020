// The organization-wide weekly aggregate (issue 7): when IT set `reportEndpoint`, the counts of
// the last complete week are posted once. The week last sent is remembered in storage.local.
import { browser } from 'wxt/browser';
import { sendWeeklyIfDue } from '@/lib/reports/weekly';
import type { Db } from '@/lib/storage/db';
import { listEvents } from '@/lib/storage/events';
import { getSetting } from '@/lib/storage/settings';

const SENT_KEY = 'reports.weeklySent';
const TIMEOUT_MS = 30_000;

export async function sendWeeklyReport(db: Db): Promise<void> {
  const managed = await getSetting(db, 'managed');
  const endpoint = managed.status === 'loaded' ? managed.config?.reportEndpoint : undefined;
  if (!endpoint) return;
  const stored = (await browser.storage.local.get(SENT_KEY))[SENT_KEY];
  const sent = await sendWeeklyIfDue({
    endpoint,
    lastSent: typeof stored === 'number' ? stored : undefined,
    now: Date.now(),
    events: (since) => listEvents(db, since),
    async post(url, body) {
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`report endpoint answered HTTP ${response.status}`);
    },
  });
  if (sent !== undefined) await browser.storage.local.set({ [SENT_KEY]: sent });
}
