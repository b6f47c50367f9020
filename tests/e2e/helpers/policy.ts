// Makes sure the content script gets a policy. The background answers policy/get itself; only
// when a build has no message listener yet does the test give its service worker a minimal
// stand-in answering with the built-in core pack (the test never changes background code).
// Tests of pack settings (enforcement, reasons, messages) answer with their own packs.
import type { BrowserContext } from 'playwright-core';
import type { PolicySnapshot } from '../../../lib/protocol';
import { CORE_PACK_PATH, loadPackFile } from '../../../lib/policy/files';
import type { Pack } from '../../../lib/policy/schema';
import { serviceWorker } from './browser';

interface Runtime {
  onMessage: {
    hasListeners(): boolean;
    addListener(fn: (message: { type?: string; event?: unknown }, sender: unknown, reply: (answer: unknown) => void) => void): void;
  };
}

export async function ensurePolicyAnswers(context: BrowserContext): Promise<'background' | 'stand-in'> {
  const worker = await serviceWorker(context);
  const answer: PolicySnapshot = { packs: [loadPackFile(CORE_PACK_PATH)], revision: 'e2e', active: true, author: 'nurse', exceptions: [] };
  return worker.evaluate((snapshot) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
    if (runtime.onMessage.hasListeners()) return 'background' as const;
    runtime.onMessage.addListener((message: { type?: string }, _sender, reply) => {
      if (message?.type === 'policy/get') reply(snapshot);
      else reply({ ok: true });
    });
    return 'stand-in' as const;
  }, answer);
}

/** What the stand-in answers to policy/get: a snapshot, or something that is not one. */
export type PolicyOverride = PolicySnapshot | { broken: true } | null;

interface StandIn {
  __e2eOverride?: PolicyOverride;
  __e2eEvents?: unknown[];
  __e2ePolicyRequests?: number;
  __e2eInstalled?: boolean;
}

/**
 * Test-only: answers policy/get with the given snapshot before the background does (its own
 * answer is asynchronous, and the first answer wins), records event/record messages for
 * assertions, and tells open tabs that the policy changed. null restores the background.
 */
export async function overridePolicy(context: BrowserContext, override: PolicyOverride): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(async (value) => {
    const g = globalThis as unknown as StandIn & { chrome: { runtime: Runtime; tabs: Tabs } };
    g.__e2eOverride = value;
    if (!g.__e2eInstalled) {
      g.__e2eInstalled = true;
      g.__e2eEvents = [];
      g.__e2ePolicyRequests = 0;
      g.chrome.runtime.onMessage.addListener((message: { type?: string; event?: unknown }, _sender, reply) => {
        if (message?.type === 'event/record') g.__e2eEvents!.push(message.event);
        if (message?.type !== 'policy/get') return;
        g.__e2ePolicyRequests!++;
        if (g.__e2eOverride) reply(g.__e2eOverride);
      });
    }
    const tabs = await g.chrome.tabs.query({});
    await Promise.all(tabs.map((t) => g.chrome.tabs.sendMessage(t.id!, { type: 'policy/changed', revision: 'e2e' }).catch(() => undefined)));
  }, override);
}

/** The events content scripts sent since the stand-in was installed, and how often they asked for the policy. */
export async function standInLog(context: BrowserContext): Promise<{ events: unknown[]; policyRequests: number }> {
  const worker = await serviceWorker(context);
  return worker.evaluate(() => {
    const g = globalThis as unknown as StandIn;
    return { events: g.__e2eEvents ?? [], policyRequests: g.__e2ePolicyRequests ?? 0 };
  });
}

interface Tabs {
  query(q: object): Promise<{ id?: number }[]>;
  sendMessage(id: number, message: object): Promise<unknown>;
}
