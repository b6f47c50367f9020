// Which site each tab's content script runs on, as the content script's own requests show it
// (host names only, in session memory that the browser clears on restart). The popup reads it
// when the tab's URL is hidden from the extension (no "tabs" permission, activeTab not granted).
import { browser } from 'wxt/browser';

const key = (tabId: number) => `tab:${tabId}`;

export async function rememberTabSite(tabId: number, url: string): Promise<void> {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  if (host) await browser.storage.session.set({ [key(tabId)]: host });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function tabSite(tabId: number): Promise<string | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  const host = stored[key(tabId)];
  return typeof host === 'string' ? host : undefined;
}
