// The reports view of the options page: what Guardrail found and how drafts ended, over a chosen
// period, charted and exportable. Built from the event log, which never holds any text.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Section } from '../shared/Section';
import { aggregate, OUTCOMES, type ReportAggregates } from '../../lib/reports/aggregate';
import { aggregatesCsv, aggregatesJson } from '../../lib/reports/export';
import { dayKey, startOfLocalDay } from '../../lib/reports/time';
import { buildWeeklyPayload, lastCompleteWeek } from '../../lib/reports/weekly';
import type { GuardrailEvent } from '../../lib/protocol';
import type { ReportsApi } from './api';
import { ChartCanvas } from './ChartCanvas';
import { chartConfigs } from './charts';
import { download } from './download';
import { TopTable } from './TopTable';
import './reports.css';

export const PERIODS = [7, 30, 90] as const;
const DAY = 86_400_000;
const OUTCOME_LABEL: Record<(typeof OUTCOMES)[number], string> = {
  edited: 'Edited at the gate',
  'posted-anyway': 'Posted anyway',
  blocked: 'Blocked',
  abandoned: 'Abandoned',
  'posted-clean': 'Posted with nothing to confirm',
};
const percent = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x * 100)}%`);

export function ReportsPanel({ api }: { api: ReportsApi }) {
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  const [events, setEvents] = useState<GuardrailEvent[]>();
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(() => Date.now());
  const [endpoint, setEndpoint] = useState<string>();
  const from = startOfLocalDay(now - (days - 1) * DAY);
  const load = useCallback(() => {
    const at = Date.now();
    setNow(at);
    api.events(startOfLocalDay(at - (PERIODS[PERIODS.length - 1] - 1) * DAY)).then(
      (e) => (setEvents(e), setError(undefined)),
      (e: Error) => setError(e.message),
    );
    api.orgEndpoint().then(setEndpoint, () => setEndpoint(undefined));
  }, [api]);
  useEffect(load, [load]);

  const report = useMemo<ReportAggregates | undefined>(() => events && aggregate(events, { from, to: now }), [events, from, now]);
  const charts = useMemo(() => report && chartConfigs(report), [report]);
  const period = { from: dayKey(from), to: dayKey(now) };
  const empty = !!report && !report.attempts && !report.rules.length;
  // Exactly what the organization-wide mode sends for the last complete week, shown before it goes.
  const weekly = useMemo(() => (events && endpoint ? JSON.stringify(buildWeeklyPayload(events, lastCompleteWeek(now)), null, 2) : undefined), [events, endpoint, now]);

  return (
    <Section title="Reports" testId="reports-panel">
      <p className="gr-muted">
        Counts from this browser only: which rules fired and how drafts ended. No text is ever recorded, so none can be shown or exported.
      </p>
      <div className="gr-row">
        <label>
          Period{' '}
          <select value={days} data-testid="reports-period" onChange={(e) => setDays(Number(e.target.value) as (typeof PERIODS)[number])}>
            {PERIODS.map((d) => (
              <option key={d} value={d}>
                last {d} days
              </option>
            ))}
          </select>
        </label>
        <button data-testid="reports-refresh" onClick={load}>
          Refresh
        </button>
        <button data-testid="reports-export-csv" disabled={!report} onClick={() => report && download(`guardrail-report-${period.from}-${period.to}.csv`, 'text/csv;charset=utf-8', aggregatesCsv(report))}>
          Export CSV
        </button>
        <button
          data-testid="reports-export-json"
          disabled={!report}
          onClick={() => report && download(`guardrail-report-${period.from}-${period.to}.json`, 'application/json', aggregatesJson(report, period.from, period.to))}
        >
          Export JSON
        </button>
      </div>
      <p data-testid="reports-org" data-on={!!endpoint}>
        Organization-wide report:{' '}
        {endpoint ? `on. Once a week, the past week's counts (categories, rules, outcomes; no text, no sites) are sent to ${endpoint}.` : 'off. Nothing leaves this browser.'}
      </p>
      {weekly ? (
        <details>
          <summary>What is sent for last week</summary>
          <pre className="gr-source" data-testid="reports-org-payload">
            {weekly}
          </pre>
        </details>
      ) : null}
      {error ? <p className="gr-error" role="alert">Could not read the event log: {error}</p> : null}
      {report && charts ? (
        <div data-testid="reports-ready" data-attempts={report.attempts}>
          {empty ? (
            <p className="gr-empty" data-testid="reports-empty">
              Nothing recorded in this period yet. Counts appear here once you write or publish on a watched site (see Sites): which rules found
              something, and whether drafts were edited or posted anyway. Try a longer period if you have used Guardrail before.
            </p>
          ) : null}
          <div className="rp-summary gr-row">
            <span>
              <strong>{report.attempts}</strong> publish attempts
            </span>
            <span data-testid="reports-edited-share">
              <strong>{percent(report.gate.editedShare)}</strong> of gated drafts edited rather than posted anyway
            </span>
            <span>
              <strong>{report.fixes}</strong> fixes applied, <strong>{report.ignores}</strong> ignored
            </span>
          </div>
          <div className="rp-grid">
            {/* Bare axes say nothing: the charts wait for something to draw. */}
            {empty ? null : (
              <>
                <figure>
                  <figcaption>Findings by day and category</figcaption>
                  <ChartCanvas config={charts.byCategory} label="Findings by day, stacked by category" testId="chart-categories" />
                </figure>
                <figure>
                  <figcaption>Top rules over time</figcaption>
                  <ChartCanvas config={charts.byRule} label="Findings per day of the five most frequent rules" testId="chart-rules" />
                </figure>
                <figure>
                  <figcaption>Gated drafts: edited or posted anyway</figcaption>
                  <ChartCanvas config={charts.gate} label="How drafts stopped at the gate ended" testId="chart-gate" />
                </figure>
              </>
            )}
            <figure>
              <figcaption>Outcomes</figcaption>
              <table className="gr-table" data-testid="reports-outcomes">
                <tbody>
                  {OUTCOMES.map((o) => (
                    <tr key={o} data-testid="report-outcome" data-outcome={o} data-count={report.outcomes[o]}>
                      <th scope="row">{OUTCOME_LABEL[o]}</th>
                      <td>{report.outcomes[o]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </figure>
          </div>
          <div className="rp-grid">
            <TopTable
              title="Top rules"
              testId="reports-rules"
              columns={['Rule', 'Category', 'Found', 'Still at publish', 'Fixed', 'Ignored']}
              items={report.rules}
              keyAttr="data-rule"
              keyOf={(r) => r.ruleId}
              cells={(r) => [r.ruleId, r.category, r.total, r.findings, r.fixes, r.ignores]}
            />
            <TopTable
              title="Top sites"
              testId="reports-sites"
              columns={['Site', 'Attempts', 'Gated']}
              items={report.sites}
              keyAttr="data-site"
              keyOf={(s) => s.site}
              cells={(s) => [s.site, s.attempts, s.gated]}
            />
          </div>
        </div>
      ) : !error ? (
        <p>Loading…</p>
      ) : null}
    </Section>
  );
}
