// Chart configurations built from the aggregates: findings by day and category, the top rules
// over time, and how gated drafts ended.
import type { ChartConfiguration } from 'chart.js';
import { CATEGORIES, type Category } from '../../lib/engine/types';
import type { ReportAggregates } from '../../lib/reports/aggregate';

export const CATEGORY_COLORS: Record<Category, string> = {
  phi: '#c5221f',
  defamation: '#8e24aa',
  'conflict-of-interest': '#e37400',
  confidential: '#1a73e8',
  crisis: '#5f6368',
  'medical-claims': '#188038',
  'brand-voice': '#d01884',
  quality: '#12b5cb',
};
const RULE_COLORS = ['#0b57d0', '#c5221f', '#188038', '#e37400', '#8e24aa'];
export const TOP_RULES = 5;

const stackedDays = (a: ReportAggregates): ChartConfiguration => ({
  type: 'bar',
  data: {
    labels: a.days.map((d) => d.day.slice(5)),
    datasets: CATEGORIES.filter((c) => a.categories[c] > 0).map((c) => ({
      label: c,
      data: a.days.map((d) => d.byCategory[c]),
      backgroundColor: CATEGORY_COLORS[c],
    })),
  },
  options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
});

const ruleLines = (a: ReportAggregates): ChartConfiguration => ({
  type: 'line',
  data: {
    labels: a.days.map((d) => d.day.slice(5)),
    datasets: a.rules
      .filter((r) => r.total > 0)
      .slice(0, TOP_RULES)
      .map((r, i) => ({
        label: r.ruleId,
        data: a.days.map((d) => d.byRule[r.ruleId] ?? 0),
        borderColor: RULE_COLORS[i],
        backgroundColor: RULE_COLORS[i],
        tension: 0.2,
      })),
  },
  options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
});

const gateShare = (a: ReportAggregates): ChartConfiguration => ({
  type: 'doughnut',
  data: {
    labels: ['Edited', 'Posted anyway', 'Blocked', 'Abandoned'],
    datasets: [
      {
        data: [a.gate.edited, a.gate.postedAnyway, a.gate.blocked, a.gate.abandoned],
        backgroundColor: ['#188038', '#c5221f', '#5f6368', '#dadce0'],
      },
    ],
  },
  options: { plugins: { legend: { position: 'right' } } },
});

export function chartConfigs(a: ReportAggregates) {
  return { byCategory: stackedDays(a), byRule: ruleLines(a), gate: gateShare(a) };
}
