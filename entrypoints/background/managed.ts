// IT's configuration from the browser: Chrome/Edge storage.managed, Firefox policies.json
// (3rdparty). Applied at start, when the policy changes, and on a schedule for packUrls.
import { browser } from 'wxt/browser';
import type { Db } from '@/lib/storage/db';
import { syncManaged as sync } from '@/lib/storage/managed-sync';
import type { ManagedState } from '@/lib/storage/schema';

export const REFRESH_ALARM = 'guardrail/pack-urls';
const FETCH_TIMEOUT_MS = 30_000;

const sources = {
  async read(): Promise<unknown> {
    try {
      return await browser.storage.managed.get();
    } catch {
      // Firefox rejects when no enterprise policy names the extension: that is "no policy".
      return undefined;
    }
  },
  async fetchText(url: string): Promise<string> {
    const response = await fetch(url, { cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (!response.url.startsWith('https://')) throw new Error('redirected away from https');
    return response.text();
  },
};

export async function syncManaged(db: Db): Promise<void> {
  await scheduleRefresh(await sync(db, sources));
}

async function scheduleRefresh(state: ManagedState): Promise<void> {
  if (!state.config?.packUrls.length) {
    await browser.alarms.clear(REFRESH_ALARM);
    return;
  }
  const period = state.config.refreshMinutes;
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes !== period) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: period, delayInMinutes: period });
}

export function watchManaged(onChange: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') onChange();
  });
}
