// The worker's inbox: checks wait here between two checks, at most one per composer. A newer
// request of a composer replaces the one waiting (which is answered 'dropped' at once), so a
// burst of edits costs one check, of the newest text. Pure: the worker passes post and defer.
import type { CheckReply, CheckRequest } from '../protocol';
import type { EngineService } from './service';

export interface CheckQueue {
  push(id: number, request: CheckRequest): void;
  /** Runs between checks (a warm-up step); real checks go first. */
  idle(step: () => void): void;
}

export function createCheckQueue(service: EngineService, post: (id: number, reply: CheckReply) => void, defer: (fn: () => void) => void): CheckQueue {
  const waiting = new Map<string, { id: number; request: CheckRequest }>();
  const idleSteps: (() => void)[] = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    defer(drain);
  };
  // One unit of work per turn, so that messages arriving meanwhile reach `waiting` first.
  const drain = () => {
    scheduled = false;
    const next = waiting.entries().next();
    if (!next.done) {
      const [composer, { id, request }] = next.value;
      waiting.delete(composer);
      post(id, service.handle(request));
    } else idleSteps.shift()?.();
    if (waiting.size || idleSteps.length) schedule();
  };

  return {
    push(id, request) {
      const before = waiting.get(request.composer);
      if (service.superseded(request) || (before && before.request.revision > request.revision)) {
        post(id, { status: 'dropped' });
        return;
      }
      if (before) post(before.id, { status: 'dropped' });
      waiting.set(request.composer, { id, request });
      schedule();
    },
    idle(step) {
      idleSteps.push(step);
      schedule();
    },
  };
}
