import { describe, expect, it } from 'vitest';
import { aggregate, postsSince } from '../../../lib/reports/aggregate';
import { startOfLocalDay } from '../../../lib/reports/time';
import { at, ev, f } from './helpers';

const PHI = f('core/phi', 'phi');
const CODE = f('rb/codenames', 'confidential');
const TONE = f('core/shouting', 'quality', 'warning');

// One gated draft that was edited, one posted anyway, a clean post, a warn-mode post, a fix and an ignore.
const LOG = [
  ev('gate', at(2, 9), { findings: [PHI, TONE] }),
  ev('gate', at(2, 9), { findings: [PHI, TONE], outcome: 'edited' }),
  ev('publish', at(2, 10), { outcome: 'posted-clean' }),
  ev('gate', at(3, 14), { site: 'www.linkedin.com', findings: [CODE] }),
  ev('gate', at(3, 14), { site: 'www.linkedin.com', findings: [CODE], outcome: 'posted-anyway', reason: 'approved' }),
  ev('publish', at(3, 15), { findings: [PHI], outcome: 'posted-anyway' }),
  ev('fix', at(3, 16), { findings: [TONE] }),
  ev('ignore', at(4, 8), { findings: [CODE] }),
];

describe('aggregate', () => {
  it('counts each draft once: at the gate opening or the plain publish, not again at its decision', () => {
    const a = aggregate(LOG);
    expect(a.attempts).toBe(4);
    expect(a.categories.phi).toBe(2);
    expect(a.categories.crisis).toBe(0);
  });

  it('counts each finding where it ended: still there at publish, fixed or ignored', () => {
    const a = aggregate(LOG);
    // The shouting finding: once at a publish, once fixed; the codename: once at publish, once ignored.
    expect(a.categories.quality).toBe(2);
    expect(a.categories.confidential).toBe(2);
  });

  it('groups by local day, category and rule', () => {
    const a = aggregate(LOG);
    expect(a.days.map((d) => d.day)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
    const [d2, d3] = a.days;
    expect(d2).toMatchObject({ attempts: 2, gated: 1 });
    expect(d2.byCategory.phi).toBe(1);
    expect(d2.byRule).toEqual({ 'core/phi': 1, 'core/shouting': 1 });
    expect(d3).toMatchObject({ attempts: 2, gated: 1 });
    expect(d3.byRule).toEqual({ 'rb/codenames': 1, 'core/phi': 1, 'core/shouting': 1 });
    expect(a.days.map((d) => d.day)).not.toContain('2026-11-05');
  });

  it('fills every day of a range, including days without events', () => {
    const a = aggregate(LOG, { from: at(1, 0), to: at(5, 23) });
    expect(a.days.map((d) => d.day)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);
    expect(a.days[0].attempts).toBe(0);
  });

  it('leaves out events outside the range', () => {
    const a = aggregate(LOG, { from: at(3, 0), to: at(3, 23) });
    expect(a.attempts).toBe(2);
    expect(a.outcomes.edited).toBe(0);
    expect(a.outcomes['posted-anyway']).toBe(2);
  });

  it('shares gated drafts between edited and posted anyway, ignoring warn-mode publishes', () => {
    const a = aggregate(LOG);
    expect(a.gate).toEqual({ decided: 2, edited: 1, postedAnyway: 1, blocked: 0, abandoned: 0, editedShare: 0.5 });
    expect(a.outcomes).toMatchObject({ edited: 1, 'posted-anyway': 2, 'posted-clean': 1 });
    expect(a.reasons.approved).toBe(1);
    expect(aggregate([ev('publish', at(2), { outcome: 'posted-clean' })]).gate.editedShare).toBeUndefined();
  });

  it('ranks rules by findings and counts their fixes and ignores', () => {
    const a = aggregate(LOG);
    expect(a.rules.map((r) => r.ruleId)).toEqual(['core/phi', 'core/shouting', 'rb/codenames']);
    expect(a.rules[0]).toEqual({ ruleId: 'core/phi', category: 'phi', total: 2, findings: 2, fixes: 0, ignores: 0 });
    expect(a.rules.find((r) => r.ruleId === 'core/shouting')).toMatchObject({ total: 2, findings: 1, fixes: 1 });
    expect(a.rules.find((r) => r.ruleId === 'rb/codenames')).toMatchObject({ total: 2, findings: 1, ignores: 1 });
    expect(a.fixes).toBe(1);
    expect(a.ignores).toBe(1);
  });

  it('ranks sites by publish attempts', () => {
    const a = aggregate(LOG);
    expect(a.sites).toEqual([
      { site: 'x.com', attempts: 3, gated: 1, findings: 3 },
      { site: 'www.linkedin.com', attempts: 1, gated: 1, findings: 1 },
    ]);
  });

  it('skips findings of an unknown category rather than inventing one', () => {
    const odd = ev('publish', at(2), { findings: [{ ruleId: 'x', category: 'gossip' as never, severity: 'error' }], outcome: 'posted-anyway' });
    expect(aggregate([odd]).rules).toEqual([]);
  });
});

describe('postsSince', () => {
  it("counts today's posts on one site: clean, warn-mode and posted anyway, not edited or blocked", () => {
    const log = [
      ev('publish', at(5, 8), { outcome: 'posted-clean' }),
      ev('publish', at(5, 9), { outcome: 'posted-anyway' }),
      ev('gate', at(5, 10), { outcome: 'posted-anyway' }),
      ev('gate', at(5, 10)),
      ev('gate', at(5, 11), { outcome: 'edited' }),
      ev('gate', at(5, 11), { outcome: 'blocked' }),
      ev('publish', at(5, 12), { site: 'www.linkedin.com', outcome: 'posted-clean' }),
      ev('publish', at(4, 22), { outcome: 'posted-clean' }),
    ];
    expect(postsSince(log, 'x.com', startOfLocalDay(at(5, 13)))).toBe(3);
    expect(postsSince(log, 'www.linkedin.com', startOfLocalDay(at(5, 13)))).toBe(1);
  });
});
