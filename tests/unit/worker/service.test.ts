// The engine as the worker runs it: policies by revision, revisions per composer, and the
// answers a page acts on (need-policy, policy-error with the fail mode, dropped).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCheckQueue } from '../../../lib/engine/queue';
import { EngineService } from '../../../lib/engine/service';
import { loadPackFile } from '../../../lib/policy/files';
import type { CheckReply, CheckRequest } from '../../../lib/protocol';

const core = loadPackFile(path.resolve(__dirname, '../../../policies/healthcare-core.yaml'));
const RISKY = 'Keep the confidential roster to yourselves.';

const request = (over: Partial<CheckRequest> = {}): CheckRequest => ({
  type: 'engine/check',
  composer: 'tab1:c1',
  revision: 1,
  text: RISKY,
  platform: 'x',
  author: 'nurse',
  exceptions: [],
  policy: { revision: 'p1' },
  ...over,
});

describe('EngineService', () => {
  it('asks for the packs of a policy it has not compiled, then checks with them', () => {
    const service = new EngineService();
    expect(service.handle(request())).toEqual({ status: 'need-policy' });
    const reply = service.handle(request({ revision: 2, policy: { revision: 'p1', packs: [core] } }));
    expect(reply.status).toBe('ok');
    if (reply.status !== 'ok') return;
    expect(reply.findings.some((f) => f.category === 'confidential')).toBe(true);
    expect(reply.policy.packs.map((p) => p.id)).toContain('healthcare-core');
    // Compiled once: the next check names the revision only.
    expect(service.handle(request({ revision: 3 })).status).toBe('ok');
  });

  it('drops a request older than the newest it saw for that composer, not for others', () => {
    const service = new EngineService();
    service.load('p1', [core]);
    expect(service.handle(request({ revision: 5 })).status).toBe('ok');
    expect(service.handle(request({ revision: 4 }))).toEqual({ status: 'dropped' });
    expect(service.handle(request({ composer: 'tab2:c1', revision: 1 })).status).toBe('ok');
  });

  it('answers a policy that does not compile with its message and the fail mode the packs ask for', () => {
    const service = new EngineService();
    const broken = { ...core, failMode: 'closed', rules: [{ id: 'bad', type: 'pattern', category: 'confidential', severity: 'error', message: 'x', pattern: '(' }] } as unknown as typeof core;
    const reply = service.handle(request({ policy: { revision: 'bad', packs: [broken] } }));
    expect(reply.status).toBe('policy-error');
    if (reply.status === 'policy-error') {
      expect(reply.message.length).toBeGreaterThan(0);
      expect(reply.failClosed).toBe(true);
    }
  });

  it('forgets a composer: its revisions start again', () => {
    const service = new EngineService();
    service.load('p1', [core]);
    service.handle(request({ revision: 9 }));
    service.forget('tab1:c1');
    expect(service.handle(request({ revision: 1 })).status).toBe('ok');
  });
});

describe('the worker queue', () => {
  it('keeps one waiting check per composer: a burst of edits costs one check, of the newest text', () => {
    const service = new EngineService();
    service.load('p1', [core]);
    const posted: [number, CheckReply][] = [];
    const deferred: (() => void)[] = [];
    const queue = createCheckQueue(service, (id, reply) => posted.push([id, reply]), (fn) => deferred.push(fn));
    queue.push(1, request({ revision: 1, text: 'Fine day.' }));
    queue.push(2, request({ revision: 2, text: 'Fine day on the unit.' }));
    queue.push(3, request({ revision: 3 }));
    expect(posted).toEqual([
      [1, { status: 'dropped' }],
      [2, { status: 'dropped' }],
    ]);
    while (deferred.length) deferred.shift()!();
    expect(posted).toHaveLength(3);
    const [id, reply] = posted[2];
    expect(id).toBe(3);
    expect(reply.status === 'ok' && reply.findings.some((f) => f.category === 'confidential')).toBe(true);
  });

  it('runs idle steps only when no check waits', () => {
    const service = new EngineService();
    service.load('p1', [core]);
    const order: string[] = [];
    const deferred: (() => void)[] = [];
    const queue = createCheckQueue(service, (id) => order.push(`check ${id}`), (fn) => deferred.push(fn));
    queue.idle(() => order.push('warm 1'));
    queue.idle(() => order.push('warm 2'));
    queue.push(7, request());
    while (deferred.length) deferred.shift()!();
    expect(order).toEqual(['check 7', 'warm 1', 'warm 2']);
  });
});
