// The offscreen document (Chrome, Edge): an extension page the background creates only to host
// the engine's Worker (a service worker cannot start one). It relays the background's checks
// to the worker and keeps the worker's policy current.
import { browser } from 'wxt/browser';
import { WorkerLink } from '../background/worker-link';
import { preloadPolicy } from '../background/engine-policy';
import type { EngineRelay, PolicyChanged } from '@/lib/protocol';

const link = new WorkerLink(browser.runtime.getURL('/engine-worker.js'));
link.start();
const reload = () => preloadPolicy(link, (request) => browser.runtime.sendMessage(request));
void reload();

browser.runtime.onMessage.addListener((message: EngineRelay | PolicyChanged | { type?: string }, _sender, sendResponse) => {
  if (message?.type === 'engine/relay') {
    void link.check((message as EngineRelay).request).then(sendResponse);
    return true;
  }
  if (message?.type === 'policy/changed') void reload();
  // Everything else (a content script's own messages reach every extension page) is the background's.
  return false;
});
