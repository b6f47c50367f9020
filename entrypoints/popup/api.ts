// The popup's PopupApi: the current tab's site, run-time site registration, pause and links.
import { browser } from 'wxt/browser';
import type { PopupApi, PopupState } from '@/components/popup/api';
import { broadcastPolicyChanged } from '@/lib/storage/broadcast';
import { getDb } from '@/lib/storage/db';
import { mayAddSite, pauseAllowed } from '@/lib/storage/managed';
import { getSetting, getSettings, setSetting, setSiteEnabled } from '@/lib/storage/settings';
import { tabSite } from '@/lib/storage/tab-sites';
import { MANAGED_PACK_ID, siteSwitch, USER_PACK_ID } from '@/lib/storage/layers';
import type { PolicySnapshot, Request, TabStatusRequest } from '@/lib/protocol';
import { isTabStatus } from '@/lib/tab-status';
import { addSite, contentScriptSites, hostOfPattern, startOnTab } from '../options/sites';

/** The tab the popup is about: the active one, or the one named by "?tab=" (how tests open it). */
async function activeTab() {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (named) return browser.tabs.get(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The packs in force, as the background serves them to composers (the popup bundles no engine). */
function snapshot(site: string): Promise<PolicySnapshot> {
  const request: Request = { type: 'policy/get', site };
  return browser.runtime.sendMessage(request);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const u = new URL(url);
  return u.protocol === 'https:' ? u.hostname : undefined;
}

async function written(): Promise<void> {
  await broadcastPolicyChanged(await getSetting(await getDb(), 'revision'));
}

function covers(hosts: string[], host: string): boolean {
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

export const popupApi: PopupApi = {
  async load(): Promise<PopupState> {
    const db = await getDb();
    const [settings, tab] = await Promise.all([getSettings(db), activeTab()]);
    const host = hostOf(tab?.url) ?? (tab?.id !== undefined ? await tabSite(tab.id) : undefined);
    const policy = await snapshot(host ?? '');
    const builtinHosts = (await contentScriptSites(settings)).filter((s) => s.builtin).map((s) => s.host);
    const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
    const registeredHosts = registered.flatMap((r) => r.matches ?? []).map(hostOfPattern).filter((h): h is string => !!h);
    return {
      host,
      covered: !!host && covers([...builtinHosts, ...registeredHosts], host),
      canAdd: !!host && mayAddSite(host, settings.managed),
      siteOn: !host || siteSwitch(settings.sites, host) !== false,
      ...(settings.pausedUntil > Date.now() ? { pausedUntil: settings.pausedUntil } : {}),
      pauseAllowed: pauseAllowed(settings.managed),
      packs: policy.packs
        .filter((p) => p.pack !== USER_PACK_ID && p.pack !== MANAGED_PACK_ID)
        .map((p) => ({ id: p.pack, version: p.version, ...(p.name ? { name: p.name } : {}) })),
      managed: settings.managed.status === 'loaded',
    };
  },

  async tabStatus() {
    const tab = await activeTab();
    if (tab?.id === undefined) return undefined;
    const request: TabStatusRequest = { type: 'tab/status' };
    // No content script on the tab (a page Guardrail does not run on) rejects: nothing watched.
    const answer: unknown = await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
    return isTabStatus(answer) ? answer : undefined;
  },

  async addSite(host) {
    // First, while the click still counts as the user's gesture for the permission prompt.
    await addSite(host);
    const tab = await activeTab();
    if (tab?.id !== undefined) await startOnTab(tab.id);
    await setSiteEnabled(await getDb(), host, true);
    await written();
  },

  async setSite(host, on) {
    await setSiteEnabled(await getDb(), host, on);
    await written();
  },

  async pause(minutes) {
    const db = await getDb();
    if (!pauseAllowed(await getSetting(db, 'managed'))) throw new Error('Your organization does not allow pausing.');
    await setSetting(db, 'pausedUntil', Date.now() + minutes * 60_000);
    await written();
  },

  async resume() {
    await setSetting(await getDb(), 'pausedUntil', 0);
    await written();
  },

  async openOptions() {
    await browser.runtime.openOptionsPage();
    window.close();
  },

  async openTraining() {
    // training.html is the training page of issue 7.
    const getURL = browser.runtime.getURL as (path: string) => string;
    await browser.tabs.create({ url: getURL('/training.html') });
    window.close();
  },
};
