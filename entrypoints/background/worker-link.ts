// The host's end of the engine's Worker (the offscreen document's in Chrome and Edge, the
// background page's in Firefox): starts it, matches answers to requests, and starts it again
// when it dies or stops answering, re-sending what was pending, so a dead worker costs one
// slow check and loses nothing.
import type { CheckReply, CheckRequest, FromWorker, ToWorker } from '@/lib/protocol';
import type { Pack } from '@/lib/policy/schema';

/** Silence, with checks pending, after which the worker is taken for dead and replaced. */
const STALL_MS = 3_000;
/** A replaced worker that was only busy gets more time on its next silence, up to this. */
const MAX_STALL_MS = 24_000;

export class WorkerLink {
  private worker: Worker | undefined;
  private pending = new Map<number, { message: ToWorker; resolve: (reply: CheckReply) => void }>();
  private nextId = 1;
  private lastHeard = 0;
  private stallMs = STALL_MS;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private preloaded: ToWorker | undefined;
  /** Workers started so far (read by tests and the bench through the host). */
  starts = 0;

  constructor(private url: string) {}

  check(request: CheckRequest): Promise<CheckReply> {
    const id = this.nextId++;
    const message: ToWorker = { kind: 'check', id, request };
    return new Promise((resolve) => {
      if (!this.pending.size) this.lastHeard = Date.now();
      this.pending.set(id, { message, resolve });
      this.post(message);
      this.watch();
    });
  }

  /** Compiles a policy (and warms the engine up) ahead of the checks; kept for a restarted worker. */
  preload(revision: string, packs: Pack[]): void {
    this.preloaded = { kind: 'preload', revision, packs };
    this.post(this.preloaded);
  }

  /** Starts the worker now if it is not running (a composer appeared). */
  start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.url);
    this.starts++;
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      this.lastHeard = Date.now();
      this.stallMs = STALL_MS;
      const entry = this.pending.get(e.data?.id);
      if (!entry) return;
      this.pending.delete(e.data.id);
      entry.resolve(e.data.reply);
    };
    // A script error at start-up, or the worker crashing: a new one takes over.
    worker.onerror = () => this.restart();
    this.worker = worker;
    if (this.preloaded) worker.postMessage(this.preloaded);
    return worker;
  }

  private post(message: ToWorker): void {
    this.start().postMessage(message);
  }

  private watch(): void {
    this.watchdog ??= setInterval(() => {
      if (!this.pending.size) {
        clearInterval(this.watchdog);
        this.watchdog = undefined;
      } else if (Date.now() - this.lastHeard > this.stallMs) {
        this.stallMs = Math.min(this.stallMs * 2, MAX_STALL_MS);
        this.restart();
      }
    }, 250);
  }

  /** Replaces the worker and sends it every check still unanswered. */
  private restart(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.lastHeard = Date.now();
    for (const { message } of this.pending.values()) this.post(message);
  }
}
