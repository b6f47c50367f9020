// The one client of the engine: numbers each composer's edits, attaches the packs when asked,
// gives up after its timeout, and reports an answer overtaken by a newer edit as dropped.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../lib/engine-client';
import { EngineService } from '../../../lib/engine/service';
import { loadPackFile } from '../../../lib/policy/files';
import type { CheckRequest } from '../../../lib/protocol';

const core = loadPackFile(path.resolve(__dirname, '../../../policies/healthcare-core.yaml'));

describe('engine client', () => {
  it('sends the packs only when the engine asks for them', async () => {
    const service = new EngineService();
    const sent: CheckRequest[] = [];
    const client = createEngineClient(async (r) => (sent.push(r), service.handle(r)));
    client.setPolicy('p1', [core]);
    const first = await client.check('c1', 'Keep the confidential roster to yourselves.', { platform: 'x' });
    expect(first.status).toBe('ok');
    expect(sent.map((r) => !!r.policy.packs)).toEqual([false, true]);
    await client.check('c1', 'A fine day.', { platform: 'x' });
    expect(sent.map((r) => !!r.policy.packs)).toEqual([false, true, false]);
    expect(sent.map((r) => r.revision)).toEqual([1, 1, 2]);
  });

  it('answers unanswered when the engine is silent past the timeout, and before any policy', async () => {
    const client = createEngineClient(() => new Promise(() => undefined));
    expect(await client.check('c1', 'text', {})).toEqual({ status: 'unanswered' });
    client.setPolicy('p1', [core]);
    const t = Date.now();
    expect(await client.check('c1', 'text', {}, 50)).toEqual({ status: 'unanswered' });
    expect(Date.now() - t).toBeLessThan(5_000);
  });

  it('reports a check overtaken by a newer edit of the same composer as dropped', async () => {
    const service = new EngineService();
    service.load('p1', [core]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const client = createEngineClient(async (r) => {
      if (r.revision === 1) await gate;
      return service.handle(r);
    });
    client.setPolicy('p1', [core]);
    const older = client.check('c1', 'first text', {});
    const newer = client.check('c1', 'second text', {});
    expect((await newer).status).toBe('ok');
    release();
    expect(await older).toEqual({ status: 'dropped' });
  });
});
