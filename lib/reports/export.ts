// The exports of the reports view: the aggregates as CSV (one tidy table, a row per count) and
// as JSON. Both are built from counts only, so no export can hold what anyone wrote.
import type { ReportAggregates } from './aggregate';
import { toCsv, type Cell } from './csv';

export const CSV_HEADER = ['metric', 'day', 'category', 'rule', 'site', 'outcome', 'reason', 'count'] as const;
type Row = Partial<Record<(typeof CSV_HEADER)[number], Cell>>;

export function aggregatesCsv(a: ReportAggregates): string {
  const rows: Row[] = [];
  for (const d of a.days) {
    rows.push({ metric: 'attempts', day: d.day, count: d.attempts }, { metric: 'gated', day: d.day, count: d.gated });
    for (const [category, count] of Object.entries(d.byCategory)) if (count) rows.push({ metric: 'findings', day: d.day, category, count });
    for (const [rule, count] of Object.entries(d.byRule)) rows.push({ metric: 'rule-findings', day: d.day, rule, count });
  }
  for (const r of a.rules) {
    rows.push({ metric: 'rule-total', category: r.category, rule: r.ruleId, count: r.total });
    if (r.findings) rows.push({ metric: 'rule-at-publish', category: r.category, rule: r.ruleId, count: r.findings });
    if (r.fixes) rows.push({ metric: 'rule-fixes', category: r.category, rule: r.ruleId, count: r.fixes });
    if (r.ignores) rows.push({ metric: 'rule-ignores', category: r.category, rule: r.ruleId, count: r.ignores });
  }
  for (const s of a.sites) {
    rows.push({ metric: 'site-attempts', site: s.site, count: s.attempts }, { metric: 'site-gated', site: s.site, count: s.gated });
  }
  for (const [outcome, count] of Object.entries(a.outcomes)) rows.push({ metric: 'outcome', outcome, count });
  for (const [reason, count] of Object.entries(a.reasons)) rows.push({ metric: 'reason', reason, count });
  return toCsv(CSV_HEADER, rows.map((r) => CSV_HEADER.map((h) => r[h])));
}

export interface ReportExport {
  schema: 'guardrail.report/1';
  /** The period covered, as local days. */
  from: string;
  to: string;
  aggregates: ReportAggregates;
}

export function aggregatesJson(a: ReportAggregates, from: string, to: string): string {
  const doc: ReportExport = { schema: 'guardrail.report/1', from, to, aggregates: a };
  return JSON.stringify(doc, null, 2);
}
