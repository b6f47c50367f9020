// The sites Guardrail's content script runs on: those in the manifest and those the user added
// at run time (registered with chrome.scripting), as host names.
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/storage/schema';

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
