import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../lib/reports/aggregate';
import { csvField, toCsv } from '../../../lib/reports/csv';
import { aggregatesCsv, aggregatesJson, CSV_HEADER } from '../../../lib/reports/export';
import { at, ev, f } from './helpers';

/** A minimal RFC 4180 reader, to prove what was written reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('csv escaping', () => {
  it('leaves plain fields alone and quotes commas, quotes and line breaks', () => {
    expect(csvField('core/phi')).toBe('core/phi');
    expect(csvField(12)).toBe('12');
    expect(csvField(undefined)).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('defuses values a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-3')).toBe("'-3");
    expect(csvField(-3)).toBe('-3');
  });

  it('round-trips through a CSV reader', () => {
    const rows = [['a,b', 'c"d', 'e\r\nf'], ['plain', '', 'x']];
    expect(parseCsv(toCsv(['h1', 'h2', 'h3'], rows))).toEqual([['h1', 'h2', 'h3'], ...rows]);
  });
});

describe('aggregate exports', () => {
  const log = [
    ev('gate', at(2, 9), { findings: [f('core/phi', 'phi')] }),
    ev('gate', at(2, 9), { findings: [f('core/phi', 'phi')], outcome: 'edited' }),
    ev('gate', at(2, 11), { site: 'www.facebook.com', findings: [f('evil,"rule', 'confidential')] }),
    ev('gate', at(2, 11), { site: 'www.facebook.com', findings: [f('evil,"rule', 'confidential')], outcome: 'posted-anyway', reason: 'other' }),
  ];
  const csv = aggregatesCsv(aggregate(log));
  const table = parseCsv(csv);
  const rowsOf = (metric: string) => table.filter((r) => r[0] === metric).map((r) => Object.fromEntries(CSV_HEADER.map((h, i) => [h, r[i]])));

  it('writes one tidy table with both gate outcomes', () => {
    expect(table[0]).toEqual([...CSV_HEADER]);
    expect(table.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    expect(rowsOf('outcome')).toContainEqual(expect.objectContaining({ outcome: 'edited', count: '1' }));
    expect(rowsOf('outcome')).toContainEqual(expect.objectContaining({ outcome: 'posted-anyway', count: '1' }));
    expect(rowsOf('reason')).toContainEqual(expect.objectContaining({ reason: 'other', count: '1' }));
  });

  it('keeps awkward rule ids intact inside one field', () => {
    expect(rowsOf('rule-total')).toContainEqual(expect.objectContaining({ rule: 'evil,"rule', category: 'confidential', count: '1' }));
    expect(rowsOf('findings')).toContainEqual(expect.objectContaining({ day: '2026-11-02', category: 'phi', count: '1' }));
    expect(rowsOf('site-gated')).toContainEqual(expect.objectContaining({ site: 'www.facebook.com', count: '1' }));
  });

  it('exports JSON with the period and the same counts', () => {
    const doc = JSON.parse(aggregatesJson(aggregate(log), '2026-11-01', '2026-11-07'));
    expect(doc).toMatchObject({ schema: 'guardrail.report/1', from: '2026-11-01', to: '2026-11-07' });
    expect(doc.aggregates.gate).toMatchObject({ edited: 1, postedAnyway: 1 });
  });
});
