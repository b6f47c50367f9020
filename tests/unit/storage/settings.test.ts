import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { onDataChange } from '../../../lib/storage/changes';
import { openGuardrailDb, type Db } from '../../../lib/storage/db';
import { addException, forgetSite, getSettings, removeException, setSiteEnabled } from '../../../lib/storage/settings';
import { freshName } from './fixtures';

let db: Db;
afterEach(() => db?.close());

describe('settings', () => {
  it('defaults everything on a new database', async () => {
    db = await openGuardrailDb(freshName());
    expect(await getSettings(db)).toMatchObject({ author: '', sites: {}, exceptions: [], pausedUntil: 0, retentionDays: 90, revision: 0, managed: { status: 'not-loaded' } });
  });

  it('adds a site switch and forgets it again', async () => {
    db = await openGuardrailDb(freshName());
    await setSiteEnabled(db, 'forum.example.com', true);
    await setSiteEnabled(db, 'x.com', false);
    await forgetSite(db, 'forum.example.com');
    expect((await getSettings(db)).sites).toEqual({ 'x.com': false });
  });

  it('keeps one exception per term whatever its case, trims it, and removes it by term', async () => {
    db = await openGuardrailDb(freshName());
    await addException(db, '  Lakeside ', 'brand-voice');
    await addException(db, 'lakeside');
    await addException(db, '   ');
    expect((await getSettings(db)).exceptions).toEqual([{ term: 'Lakeside', category: 'brand-voice', addedAt: expect.any(Number) }]);
    await removeException(db, 'LAKESIDE');
    expect((await getSettings(db)).exceptions).toEqual([]);
  });

  it('announces each committed change with its revision', async () => {
    db = await openGuardrailDb(freshName());
    const seen: number[] = [];
    const off = onDataChange((c) => seen.push(c.revision));
    await setSiteEnabled(db, 'x.com', false);
    await addException(db, 'Lakeside');
    off();
    await setSiteEnabled(db, 'x.com', true);
    expect(seen).toEqual([1, 2]);
  });
});
