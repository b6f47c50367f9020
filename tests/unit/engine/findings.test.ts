import { describe, expect, it } from 'vitest';
import { compareFindings, mapFinding, mergeFindings } from '../../../lib/engine/findings';
import { normalize } from '../../../lib/engine/text/normalize';
import type { Finding } from '../../../lib/engine/types';

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'r',
    category: 'brand-voice',
    severity: 'warning',
    start: 0,
    end: 1,
    message: 'm',
    explanation: '',
    policy: { pack: 'p' },
    confidence: 0.5,
    evidence: [],
    fixes: [],
    ...over,
  };
}

describe('mergeFindings', () => {
  it('merges overlapping findings of one category: the most severe wins, the span covers both', () => {
    const a = finding({ ruleId: 'a', start: 0, end: 5, severity: 'warning', evidence: [{ start: 0, end: 5, kind: 'x' }] });
    const b = finding({ ruleId: 'b', start: 3, end: 9, severity: 'error', evidence: [{ start: 3, end: 9, kind: 'y' }] });
    const [m, ...rest] = mergeFindings([a, b]);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: 'b', severity: 'error', start: 0, end: 9 });
    expect(m.evidence.map((e) => e.kind).sort()).toEqual(['x', 'y']);
  });

  it('keeps different categories and adjacent spans apart', () => {
    const a = finding({ start: 0, end: 5, category: 'phi' });
    const b = finding({ start: 2, end: 6, category: 'crisis' });
    const c = finding({ start: 5, end: 8, category: 'phi' });
    expect(mergeFindings([a, b, c])).toHaveLength(3);
  });

  it('orders by start, then severity, then category, then rule id, whatever the input order', () => {
    const list = [
      finding({ ruleId: 'z', start: 4, end: 5 }),
      finding({ ruleId: 'b', start: 0, end: 2, severity: 'info', category: 'quality' }),
      finding({ ruleId: 'a', start: 0, end: 2, severity: 'error', category: 'phi' }),
    ];
    const sorted = mergeFindings(list).map((f) => f.ruleId);
    expect(sorted).toEqual(['a', 'b', 'z']);
    expect(mergeFindings([...list].reverse()).map((f) => f.ruleId)).toEqual(sorted);
    expect(compareFindings(list[0], list[0])).toBe(0);
  });
});

describe('mapFinding', () => {
  it('maps the span, evidence and fix edits to the text as typed', () => {
    const n = normalize('say 𝐑𝐁 now');
    const at = n.text.indexOf('RB');
    const f = mapFinding(n, finding({ start: at, end: at + 2, evidence: [{ start: at, end: at + 2, kind: 'k' }], fixes: [{ title: 't', edits: [{ start: at, end: at + 2, text: 'X' }] }] }));
    expect(n.original.slice(f.start, f.end)).toBe('𝐑𝐁');
    expect(f.evidence[0]).toMatchObject({ start: f.start, end: f.end });
    expect(f.fixes[0].edits[0]).toMatchObject({ start: f.start, end: f.end, text: 'X' });
  });
});
