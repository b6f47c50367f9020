// The host's end of the engine Worker: a worker that dies or falls silent with checks pending is
// replaced and the pending checks are sent again, so a dead worker costs one slow check. The
// browser's Worker is replaced by a small double here; the e2e suite closes the real one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerLink } from '../../../entrypoints/background/worker-link';
import type { CheckRequest, FromWorker, ToWorker } from '../../../lib/protocol';

class FakeWorker {
  static all: FakeWorker[] = [];
  received: ToWorker[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public url: string) {
    FakeWorker.all.push(this);
  }
  postMessage(m: ToWorker) {
    this.received.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number) {
    this.onmessage?.({ data: { id, reply: { status: 'dropped' } } } as MessageEvent<FromWorker>);
  }
}

const request = { type: 'engine/check', composer: 'c', revision: 1, text: 't', platform: 'x', author: '', exceptions: [], policy: { revision: 'p' } } as CheckRequest;

beforeEach(() => {
  FakeWorker.all = [];
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('WorkerLink', () => {
  it('replaces a worker that stays silent with a check pending, and sends the check again', async () => {
    const link = new WorkerLink('/engine-worker.js');
    const reply = link.check(request);
    const [first] = FakeWorker.all;
    expect(first.received.map((m) => m.kind)).toEqual(['check']);
    await vi.advanceTimersByTimeAsync(3_500);
    expect(first.terminated).toBe(true);
    const second = FakeWorker.all[1];
    expect(second.received).toEqual(first.received);
    second.answer((second.received[0] as { id: number }).id);
    await expect(reply).resolves.toEqual({ status: 'dropped' });
  });

  it('starts a new worker after a crash, with the preloaded policy first', () => {
    const link = new WorkerLink('/engine-worker.js');
    link.preload('p', []);
    void link.check(request);
    FakeWorker.all[0].onerror?.();
    const second = FakeWorker.all[1];
    expect(second.received.map((m) => m.kind)).toEqual(['preload', 'check']);
  });

  it('leaves a worker that answers alone', async () => {
    const link = new WorkerLink('/engine-worker.js');
    const reply = link.check(request);
    FakeWorker.all[0].answer(1);
    await reply;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeWorker.all).toHaveLength(1);
  });
});
