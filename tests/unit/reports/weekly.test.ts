import { describe, expect, it, vi } from 'vitest';
import type { GuardrailEvent } from '../../../lib/protocol';
import { buildWeeklyPayload, lastCompleteWeek, sendWeeklyIfDue } from '../../../lib/reports/weekly';
import { isoWeekLabel, utcWeekStart } from '../../../lib/reports/time';
import { ev, f } from './helpers';

const HOUR = 3_600_000;
// Monday 23 November 2026, 00:00 UTC: ISO week 2026-W48.
const MONDAY = Date.UTC(2026, 10, 23);
const inWeek = (h: number) => MONDAY + h * HOUR;

const LOG: GuardrailEvent[] = [
  ev('gate', inWeek(10), { site: 'www.linkedin.com', findings: [f('core/phi', 'phi')], packs: [{ id: 'riverbend', version: '1.2.0' }, { id: 'healthcare-core', version: '1.0.0' }] }),
  ev('gate', inWeek(10), { site: 'www.linkedin.com', findings: [f('core/phi', 'phi')], outcome: 'posted-anyway', reason: 'approved' }),
  ev('publish', inWeek(30), { outcome: 'posted-clean' }),
  ev('ignore', inWeek(40), { findings: [f('core/shouting', 'quality', 'warning')] }),
  // The week before and the week after are not this week's.
  ev('gate', MONDAY - HOUR, { findings: [f('core/crisis', 'crisis')] }),
  ev('gate', MONDAY + 7 * 24 * HOUR, { findings: [f('core/crisis', 'crisis')] }),
];

describe('weeks', () => {
  it('finds the Monday (UTC) and labels ISO weeks, including across a year end', () => {
    expect(utcWeekStart(inWeek(100))).toBe(MONDAY);
    expect(isoWeekLabel(MONDAY)).toBe('2026-W48');
    // 1 January 2027 is a Friday: it belongs to 2026's last ISO week (W53).
    expect(isoWeekLabel(utcWeekStart(Date.UTC(2027, 0, 1)))).toBe('2026-W53');
    expect(isoWeekLabel(utcWeekStart(Date.UTC(2027, 0, 4)))).toBe('2027-W01');
    expect(lastCompleteWeek(inWeek(24 * 7 + 5))).toBe(MONDAY);
  });
});

describe('buildWeeklyPayload', () => {
  const payload = buildWeeklyPayload(LOG, MONDAY);

  it("counts the week's events only", () => {
    expect(payload.week).toBe('2026-W48');
    expect(payload.weekStart).toBe('2026-11-23');
    expect(payload.counts).toMatchObject({ attempts: 2, gated: 1, ignores: 1, fixes: 0 });
    expect(payload.counts.categories).toMatchObject({ phi: 1, crisis: 0 });
    expect(payload.counts.rules).toEqual({ 'core/phi': 1, 'core/shouting': 1 });
    expect(payload.counts.categories.quality).toBe(1);
    expect(payload.counts.outcomes).toMatchObject({ 'posted-anyway': 1, 'posted-clean': 1, edited: 0 });
    expect(payload.counts.reasons.approved).toBe(1);
    expect(payload.packs).toEqual([
      { id: 'healthcare-core', version: '1.0.0' },
      { id: 'riverbend', version: '1.2.0' },
    ]);
  });

  it('holds no site, no hour and no field a sender might have added', () => {
    const sneaky = LOG.map((e) => ({ ...e, text: 'Mrs Zephyrine in bed 4', user: 'nurse.kim' }) as GuardrailEvent);
    const json = JSON.stringify(buildWeeklyPayload(sneaky, MONDAY));
    expect(json).not.toMatch(/linkedin|x\.com|Zephyrine|nurse\.kim|T\d\d:/);
    expect(Object.keys(buildWeeklyPayload(sneaky, MONDAY)).sort()).toEqual(['counts', 'packs', 'schema', 'week', 'weekStart']);
  });
});

describe('sendWeeklyIfDue', () => {
  const now = MONDAY + 7 * 24 * HOUR + 5 * HOUR;
  const deps = (over: Partial<Parameters<typeof sendWeeklyIfDue>[0]>) => ({
    endpoint: 'https://reports.example.org/guardrail',
    lastSent: undefined,
    now,
    events: async (since: number) => LOG.filter((e) => e.at >= since),
    post: vi.fn(async () => undefined),
    ...over,
  });

  it('sends the last complete week once to an https endpoint', async () => {
    const d = deps({});
    expect(await sendWeeklyIfDue(d)).toBe(MONDAY);
    expect(d.post).toHaveBeenCalledTimes(1);
    const [url, body] = vi.mocked(d.post).mock.calls[0];
    expect(url).toBe('https://reports.example.org/guardrail');
    expect(JSON.parse(body).week).toBe('2026-W48');
    const again = deps({ lastSent: MONDAY });
    expect(await sendWeeklyIfDue(again)).toBeUndefined();
    expect(again.post).not.toHaveBeenCalled();
  });

  it('sends nothing without an endpoint, or to one that is not https', async () => {
    for (const endpoint of [undefined, '', 'http://reports.example.org/', 'not a url']) {
      const d = deps({ endpoint });
      expect(await sendWeeklyIfDue(d)).toBeUndefined();
      expect(d.post).not.toHaveBeenCalled();
    }
  });

  it('marks an empty week as done without sending it', async () => {
    const d = deps({ events: async () => [] });
    expect(await sendWeeklyIfDue(d)).toBe(MONDAY);
    expect(d.post).not.toHaveBeenCalled();
  });
});

describe('reportEndpoint in the managed configuration', () => {
  it('accepts an https address and refuses anything else', async () => {
    const { parseManagedConfig } = await import('../../../lib/storage/managed');
    expect(parseManagedConfig({ reportEndpoint: ' https://reports.example.org/weekly ' }).config?.reportEndpoint).toBe('https://reports.example.org/weekly');
    const plain = parseManagedConfig({ reportEndpoint: 'http://reports.example.org/weekly' });
    expect(plain.config?.reportEndpoint).toBeUndefined();
    expect(plain.problems).toEqual(['reportEndpoint: an https:// address (ignored).']);
    expect(parseManagedConfig({ lockPacks: true }).config?.reportEndpoint).toBeUndefined();
  });
});
