import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { GuardrailEvent } from '../../../lib/protocol';
import { openGuardrailDb, type Db } from '../../../lib/storage/db';
import { clearErrors, listErrors, logError, MAX_ERRORS, MAX_MESSAGE } from '../../../lib/storage/errors';
import { clearEvents, listEvents, pruneEvents, recordEvent } from '../../../lib/storage/events';
import { setSetting } from '../../../lib/storage/settings';
import { freshName } from './fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const event = (at: number, extra: Partial<GuardrailEvent> = {}): GuardrailEvent => ({
  at,
  site: 'www.linkedin.com',
  kind: 'gate',
  packs: [{ id: 'healthcare-core', version: '1.0.0' }],
  findings: [{ ruleId: 'confidential/marker', category: 'confidential', severity: 'error' }],
  outcome: 'posted-anyway',
  reason: 'approved',
  ...extra,
});

let db: Db;
afterEach(() => db?.close());

describe('events', () => {
  it('stores only the allowed fields, the time to the hour and the host alone', async () => {
    db = await openGuardrailDb(freshName());
    const sneaky = { ...event(5 * HOUR + 1234), site: 'https://www.linkedin.com/feed/?draft=Mrs%20Alvarez', text: 'Mrs Alvarez in room 4' } as GuardrailEvent;
    (sneaky.findings[0] as unknown as Record<string, unknown>).excerpt = 'room 4';
    await recordEvent(db, sneaky);
    const [stored] = await listEvents(db);
    expect(stored.at).toBe(5 * HOUR);
    expect(stored.site).toBe('www.linkedin.com');
    expect(JSON.stringify(stored)).not.toMatch(/Alvarez|room 4/);
    expect(Object.keys(stored).sort()).toEqual(['at', 'findings', 'kind', 'outcome', 'packs', 'reason', 'seq', 'site']);
  });

  it('retention removes only events older than the setting', async () => {
    db = await openGuardrailDb(freshName());
    const now = 100 * DAY;
    await setSetting(db, 'retentionDays', 30);
    for (const age of [1, 29, 31, 90]) await recordEvent(db, event(now - age * DAY));
    expect(await pruneEvents(db, now)).toBe(2);
    expect((await listEvents(db)).map((e) => Math.round((now - e.at) / DAY)).sort((a, b) => a - b)).toEqual([1, 29]);
  });

  it('"clear all" empties the log', async () => {
    db = await openGuardrailDb(freshName());
    await recordEvent(db, event(HOUR));
    await clearEvents(db);
    expect(await listEvents(db)).toEqual([]);
  });
});

describe('error log', () => {
  it('cuts messages short and keeps only the newest entries', async () => {
    db = await openGuardrailDb(freshName());
    await logError(db, 'content', 'x'.repeat(5_000));
    expect((await listErrors(db))[0].message).toHaveLength(MAX_MESSAGE);
    for (let i = 0; i < MAX_ERRORS + 5; i++) await logError(db, 'content', `error ${i}`, i);
    const all = await listErrors(db);
    expect(all).toHaveLength(MAX_ERRORS);
    expect(all[0].message).toBe(`error ${MAX_ERRORS + 4}`);
    await clearErrors(db);
    expect(await listErrors(db)).toEqual([]);
  });
});
