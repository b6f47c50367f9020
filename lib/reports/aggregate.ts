// Turns the event log (no text, times to the hour) into the counts the reports view charts and
// exports: findings by day, category and rule, publish outcomes, fixes, ignores and sites.
import { CATEGORIES, type Category } from '../engine/types';
import type { GuardrailEvent } from '../protocol';
import { dayKey, daysBetween } from './time';

export type Outcome = NonNullable<GuardrailEvent['outcome']>;
export type Reason = NonNullable<GuardrailEvent['reason']>;
export const OUTCOMES: readonly Outcome[] = ['edited', 'posted-anyway', 'blocked', 'abandoned', 'posted-clean'];
export const REASONS: readonly Reason[] = ['false-positive', 'approved', 'not-patient-info', 'other'];

export interface DayCounts {
  day: string;
  /** Publish attempts (clean or not) and the attempts the gate stopped. */
  attempts: number;
  gated: number;
  byCategory: Record<Category, number>;
  byRule: Record<string, number>;
}

export interface RuleCounts {
  ruleId: string;
  category: Category;
  /** Every time the rule fired and something was done about it: findings + fixes + ignores. */
  total: number;
  /** Times the rule was still in a draft being published. */
  findings: number;
  fixes: number;
  ignores: number;
}

export interface SiteCounts {
  site: string;
  attempts: number;
  gated: number;
  findings: number;
}

export interface GateShare {
  /** Gates the writer answered (edited, posted anyway, blocked, abandoned). */
  decided: number;
  edited: number;
  postedAnyway: number;
  blocked: number;
  abandoned: number;
  /** edited / (edited + postedAnyway), or undefined when neither happened. */
  editedShare?: number;
}

export interface ReportAggregates {
  days: DayCounts[];
  /** Per category, every finding resolved one way or another (see `countFinding`). */
  categories: Record<Category, number>;
  rules: RuleCounts[];
  sites: SiteCounts[];
  /** Every outcome recorded, gate decisions and plain publishes alike. */
  outcomes: Record<Outcome, number>;
  reasons: Record<Reason, number>;
  gate: GateShare;
  attempts: number;
  fixes: number;
  ignores: number;
}

const zeroCategories = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * A publish attempt: the gate opening (its decision comes as a second gate event with an outcome)
 * or a publish that went through without a gate. Counting findings only here counts each draft once.
 */
export function isAttempt(e: GuardrailEvent): boolean {
  return (e.kind === 'gate' && !e.outcome) || e.kind === 'publish';
}

/** Whether the event is a post that went out: clean, under "warn", or through "Post anyway". */
export function isPost(e: GuardrailEvent): boolean {
  return (e.kind === 'publish' && e.outcome !== 'blocked') || (e.kind === 'gate' && e.outcome === 'posted-anyway');
}

/** Counts events; with `range`, every day in it gets a row even when nothing happened. */
export function aggregate(events: readonly GuardrailEvent[], range?: { from: number; to: number }): ReportAggregates {
  const days = new Map<string, DayCounts>();
  const dayRow = (day: string) => {
    let row = days.get(day);
    if (!row) days.set(day, (row = { day, attempts: 0, gated: 0, byCategory: zeroCategories(), byRule: {} }));
    return row;
  };
  if (range) daysBetween(range.from, range.to).forEach(dayRow);
  const rules = new Map<string, RuleCounts>();
  const ruleRow = (f: GuardrailEvent['findings'][number]) => {
    let row = rules.get(f.ruleId);
    if (!row) rules.set(f.ruleId, (row = { ruleId: f.ruleId, category: f.category, total: 0, findings: 0, fixes: 0, ignores: 0 }));
    return row;
  };
  const sites = new Map<string, SiteCounts>();
  const siteRow = (site: string) => {
    let row = sites.get(site);
    if (!row) sites.set(site, (row = { site, attempts: 0, gated: 0, findings: 0 }));
    return row;
  };
  const out: ReportAggregates = {
    days: [],
    categories: zeroCategories(),
    rules: [],
    sites: [],
    outcomes: zeroes(OUTCOMES),
    reasons: zeroes(REASONS),
    gate: { decided: 0, edited: 0, postedAnyway: 0, blocked: 0, abandoned: 0 },
    attempts: 0,
    fixes: 0,
    ignores: 0,
  };

  /**
   * A finding is counted once, where it ended: fixed, ignored, or still in the draft at publish
   * time (a fixed or ignored finding is gone by then), so the three never overlap.
   */
  const countFinding = (e: GuardrailEvent, f: GuardrailEvent['findings'][number], as: 'findings' | 'fixes' | 'ignores') => {
    if (!(f.category in out.categories)) return;
    const day = dayRow(dayKey(e.at));
    day.byCategory[f.category]++;
    day.byRule[f.ruleId] = (day.byRule[f.ruleId] ?? 0) + 1;
    out.categories[f.category]++;
    const rule = ruleRow(f);
    rule.total++;
    rule[as]++;
  };

  for (const e of events) {
    if (range && (e.at < range.from || e.at > range.to)) continue;
    if (isAttempt(e)) {
      const day = dayRow(dayKey(e.at));
      const site = siteRow(e.site);
      day.attempts++;
      site.attempts++;
      out.attempts++;
      if (e.kind === 'gate') day.gated++, site.gated++;
      for (const f of e.findings) {
        countFinding(e, f, 'findings');
        if (f.category in out.categories) site.findings++;
      }
    }
    if (e.kind === 'fix' || e.kind === 'ignore') {
      for (const f of e.findings) countFinding(e, f, e.kind === 'fix' ? 'fixes' : 'ignores');
      out[e.kind === 'fix' ? 'fixes' : 'ignores']++;
    }
    if (e.outcome && e.outcome in out.outcomes) out.outcomes[e.outcome]++;
    if (e.reason && e.reason in out.reasons) out.reasons[e.reason]++;
    if (e.kind === 'gate' && e.outcome && e.outcome !== 'posted-clean') {
      out.gate.decided++;
      if (e.outcome === 'edited') out.gate.edited++;
      else if (e.outcome === 'posted-anyway') out.gate.postedAnyway++;
      else if (e.outcome === 'blocked') out.gate.blocked++;
      else if (e.outcome === 'abandoned') out.gate.abandoned++;
    }
  }
  const answered = out.gate.edited + out.gate.postedAnyway;
  if (answered) out.gate.editedShare = out.gate.edited / answered;
  out.days = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  out.rules = [...rules.values()].sort((a, b) => b.total - a.total || b.findings - a.findings || a.ruleId.localeCompare(b.ruleId));
  out.sites = [...sites.values()].sort((a, b) => b.attempts - a.attempts || a.site.localeCompare(b.site));
  return out;
}

/** Posts that went out on a site since a time (the frequency guardrail's count). */
export function postsSince(events: readonly GuardrailEvent[], site: string, since: number): number {
  return events.filter((e) => e.at >= since && e.site === site && isPost(e)).length;
}
