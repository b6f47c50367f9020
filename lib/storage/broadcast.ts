// Tells open tabs (content scripts) and extension pages that the policy changed, so composers
// re-check without a reload. Any context that writes may call it; receivers skip a revision
// they already have, so a duplicate is harmless.
import { browser } from 'wxt/browser';
import type { PolicyChanged } from '../protocol';

export async function broadcastPolicyChanged(revision: number): Promise<void> {
  const message: PolicyChanged = { type: 'policy/changed', revision: String(revision) };
  // Tabs without a content script reject; that is expected.
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, message).catch(() => undefined))));
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
