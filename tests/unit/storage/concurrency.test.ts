import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openGuardrailDb } from '../../../lib/storage/db';
import { getPack, installPack, setRuleOverride } from '../../../lib/storage/packs';
import { addException, getSettings, setSetting, setSiteEnabled } from '../../../lib/storage/settings';
import { freshName } from './fixtures';

// Two options pages are two connections to the same database.
describe('two writers at once', () => {
  it('lose no site switch, exception, rule override or setting', async () => {
    const name = freshName();
    const [a, b] = await Promise.all([openGuardrailDb(name), openGuardrailDb(name)]);
    await installPack(a, { meta: { id: 'acme', version: '1.0.0' }, source: 'pack: acme\nversion: 1.0.0\n', origin: 'imported' });
    const sites = Array.from({ length: 20 }, (_, i) => `site${i}.example`);
    const writes: Promise<unknown>[] = [];
    sites.forEach((s, i) => writes.push(setSiteEnabled(i % 2 ? a : b, s, i % 3 !== 0)));
    sites.forEach((_, i) => writes.push(addException(i % 2 ? b : a, `term-${i}`, 'brand-voice')));
    sites.forEach((_, i) => writes.push(setRuleOverride(i % 2 ? a : b, 'acme', `acme/rule-${i}`, { severity: 'info' })));
    writes.push(setSetting(a, 'author', 'physician'), setSetting(b, 'retentionDays', 30));
    await Promise.all(writes);

    const settings = await getSettings(a);
    expect(Object.keys(settings.sites).sort()).toEqual([...sites].sort());
    sites.forEach((s, i) => expect(settings.sites[s]).toBe(i % 3 !== 0));
    expect(settings.exceptions.map((e) => e.term).sort()).toEqual(sites.map((_, i) => `term-${i}`).sort());
    expect(Object.keys((await getPack(b, 'acme'))!.overrides)).toHaveLength(20);
    expect(settings.author).toBe('physician');
    expect(settings.retentionDays).toBe(30);
    // 1 import + 62 changes, each counted once.
    expect(settings.revision).toBe(63);
    a.close();
    b.close();
  });
});
