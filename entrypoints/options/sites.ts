// The sites Guardrail's content script runs on: those in the manifest and those the user added
// at run time (registered with chrome.scripting under an optional host permission).
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/storage/schema';

/** The content script as WXT builds it. */
const CONTENT_SCRIPT = 'content-scripts/content.js';
const scriptId = (host: string) => `site:${host}`;
const originOf = (host: string) => `https://${host}/*`;

/** Asks for the host's permission (call it straight from a click) and registers the content script there. */
export async function addSite(host: string): Promise<void> {
  if (!(await browser.permissions.request({ origins: [originOf(host)] }))) throw new Error(`Guardrail needs your permission to run on ${host}.`);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(host)] });
  if (!existing.length) {
    await browser.scripting.registerContentScripts([
      { id: scriptId(host), matches: [originOf(host)], js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
}

/** Starts the content script on an open page of a site just added, without a reload. */
export async function startOnTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] }).catch(() => undefined);
}

/** Stops the content script on a site the user added, and gives the permission back. */
export async function removeSite(host: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [originOf(host)] });
}

/** "https://*.x.com/*" -> "x.com". */
export function hostOfPattern(pattern: string): string | undefined {
  const m = /^https?:\/\/(?:\*\.)?([^/*]+)\//.exec(pattern);
  return m?.[1];
}

export async function contentScriptSites(settings: Settings): Promise<{ host: string; builtin: boolean }[]> {
  const builtin = new Set(
    (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []).map(hostOfPattern).filter((h): h is string => !!h),
  );
  const added = new Set<string>();
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  for (const s of registered) for (const m of s.matches ?? []) {
    const h = hostOfPattern(m);
    if (h && !builtin.has(h)) added.add(h);
  }
  for (const h of Object.keys(settings.sites)) if (!builtin.has(h)) added.add(h);
  return [...[...builtin].sort().map((host) => ({ host, builtin: true })), ...[...added].sort().map((host) => ({ host, builtin: false }))];
}
