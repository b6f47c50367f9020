// The engine's dedicated Worker: one per browser, started by the offscreen document (Chrome,
// Edge) or the background page (Firefox). It holds the compiled policies, a sentence cache per
// composer and the NLP; pages only send text and draw the findings that come back.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCheckQueue } from '@/lib/engine/queue';
import { EngineService } from '@/lib/engine/service';
import type { FromWorker, ToWorker } from '@/lib/protocol';

/** The parts of a dedicated worker's global scope used here (the DOM typings lack the worker's). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}

export default defineUnlistedScript(() => {
  const scope = self as unknown as WorkerScope;
  const service = new EngineService();
  const queue = createCheckQueue(
    service,
    (id, reply) => scope.postMessage({ id, reply } satisfies FromWorker),
    (fn) => setTimeout(fn, 0),
  );
  scope.onmessage = (e: MessageEvent<ToWorker>) => {
    const message = e.data;
    if (message?.kind === 'check') queue.push(message.id, message.request);
    else if (message?.kind === 'preload' && !service.has(message.revision)) {
      service.load(message.revision, message.packs);
      service.warmUpSteps(message.revision).forEach((step) => queue.idle(step));
    }
  };
});
