// Small facts about the policy layers and site switches, free of the policy compiler so that
// light pages (the popup) can use them without bundling the engine.
import type { Settings } from './schema';

/** Ids of the packs the snapshot adds: the user's rule changes, and IT's settings. */
export const USER_PACK_ID = 'user';
export const MANAGED_PACK_ID = 'managed';

export function exceptionsAllowed(settings: Settings): boolean {
  const config = settings.managed.status === 'loaded' ? settings.managed.config : undefined;
  return config?.allowPersonalExceptions !== false;
}

/** The user's switch for a host: its own, else its nearest parent domain's (www.x.com -> x.com). */
export function siteSwitch(sites: Settings['sites'], hostname: string): boolean | undefined {
  const labels = hostname.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const v = sites[labels.slice(i).join('.')];
    if (v !== undefined) return v;
  }
  return undefined;
}

export function siteActive(settings: Settings, hostname: string, now = Date.now()): boolean {
  return siteSwitch(settings.sites, hostname) !== false && !(settings.pausedUntil > now);
}

