// The content script's only channel: messages to the extension's background. Only checks carry
// draft text, to the engine's worker through the background; events, logs and exceptions never
// do, and nothing goes to the network.
import { browser } from 'wxt/browser';
import type { Category } from '../../lib/engine/types';
import type { CheckRequest, EngineWarm, GuardrailEvent, PolicySnapshot, Request, TabStatus } from '../../lib/protocol';

const POLICY_TIMEOUT_MS = 4_000;

function send(message: Request | EngineWarm): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** The engine client's transport. */
export const sendCheck = (request: CheckRequest): Promise<unknown> => send(request);

/** Starts the engine's worker ahead of the first check. */
export function warmEngine(): void {
  try {
    send({ type: 'engine/warm' }).catch(() => undefined);
  } catch {
    // The extension context is gone.
  }
}

/** The policy for this site, or undefined when the background does not answer in time. */
export async function fetchPolicy(site: string): Promise<PolicySnapshot | undefined> {
  try {
    const answer = await Promise.race([
      send({ type: 'policy/get', site }),
      new Promise<undefined>((r) => setTimeout(() => r(undefined), POLICY_TIMEOUT_MS)),
    ]);
    return isSnapshot(answer) ? answer : undefined;
  } catch {
    return undefined;
  }
}

function isSnapshot(v: unknown): v is PolicySnapshot {
  return !!v && typeof v === 'object' && Array.isArray((v as PolicySnapshot).packs) && typeof (v as PolicySnapshot).active === 'boolean';
}

export function onPolicyChanged(listener: () => void): () => void {
  const handler = (message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'policy/changed') listener();
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

/** Answers the popup's "tab/status" from this page's composers (counts only). */
export function onTabStatus(answer: () => TabStatus): () => void {
  const handler = (message: unknown, sender: { id?: string }, sendResponse: (r: TabStatus) => void) => {
    if ((message as { type?: string } | null)?.type !== 'tab/status' || sender.id !== browser.runtime.id) return undefined;
    sendResponse(answer());
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

/** Fire and forget: a lost event must never disturb the page. */
export function recordEvent(event: GuardrailEvent): void {
  send({ type: 'event/record', event }).catch(() => undefined);
}

export function addException(term: string, category: Category): void {
  send({ type: 'exception/add', term, category }).catch(() => undefined);
}

export function logError(where: string, error: unknown): void {
  // Only the error's own message: it never contains the draft, which stays out of logs.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  try {
    send({ type: 'log/error', where, message: message.slice(0, 500) }).catch(() => undefined);
  } catch {
    // The extension context is gone (updated or removed); there is nowhere to log to.
  }
}

/** Wraps a page event handler so that nothing Guardrail does can throw into the page. */
export function guarded<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (e) {
      logError(where, e);
    }
  };
}
