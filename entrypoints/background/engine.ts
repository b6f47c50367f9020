// Where the background sends checks: the one engine Worker of the browser. Chrome and Edge
// cannot start a Worker from a service worker, so an offscreen document hosts it (created on
// demand, created again when it is gone); Firefox's background page hosts it itself.
import { browser } from 'wxt/browser';
import type { CheckReply, CheckRequest, EngineRelay, Request } from '@/lib/protocol';
import { preloadPolicy } from './engine-policy';
import { WorkerLink } from './worker-link';

export interface EngineHost {
  check(request: CheckRequest): Promise<CheckReply>;
  /** Starts the engine (a composer appeared) so that the first check finds it ready. */
  warm(): void;
  /** The policy changed: the engine compiles the new one now (Firefox; Chrome's document listens itself). */
  policyChanged(): void;
}

const OFFSCREEN_URL = '/offscreen.html';
const WORKER_URL = '/engine-worker.js';

export function engineHost(ask: (request: Request) => Promise<unknown>): EngineHost {
  return typeof browser.offscreen?.createDocument === 'function' ? offscreenHost() : pageHost(ask);
}

/** Firefox (MV2): the background page starts the Worker itself. */
function pageHost(ask: (request: Request) => Promise<unknown>): EngineHost {
  const link = new WorkerLink(browser.runtime.getURL(WORKER_URL));
  const reload = () => void preloadPolicy(link, ask);
  let started = false;
  const warm = () => {
    if (started) return;
    started = true;
    link.start();
    reload();
  };
  return {
    check: (request) => (warm(), link.check(request)),
    warm,
    policyChanged: () => started && reload(),
  };
}

/** Chrome, Edge (MV3): the Worker lives in an offscreen document. */
function offscreenHost(): EngineHost {
  let known = false;
  let creating: Promise<void> | undefined;

  const exists = async () => {
    const contexts = await browser.runtime.getContexts({ contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT] });
    return contexts.length > 0;
  };
  const ensure = async (): Promise<void> => {
    if (known) return;
    creating ??= (async () => {
      if (!(await exists())) {
        await browser.offscreen.createDocument({
          url: OFFSCREEN_URL,
          reasons: [browser.offscreen.Reason.WORKERS],
          justification: 'Runs the policy checker in one Worker for every tab, off the pages.',
        });
      }
      known = true;
    })().finally(() => (creating = undefined));
    return creating;
  };
  const relay = (request: CheckRequest) => browser.runtime.sendMessage({ type: 'engine/relay', request } satisfies EngineRelay) as Promise<CheckReply | undefined>;

  return {
    async check(request) {
      await ensure();
      try {
        const reply = await relay(request);
        if (reply?.status) return reply;
      } catch {
        // No receiver: the document was closed (by the browser, or a crash).
      }
      known = false;
      await ensure();
      const reply = await relay(request);
      if (!reply?.status) throw new Error('the engine did not answer');
      return reply;
    },
    warm: () => void ensure().catch(() => undefined),
    policyChanged: () => undefined,
  };
}
