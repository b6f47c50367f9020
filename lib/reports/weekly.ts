// The organization-wide aggregate: one week of counts, sent only when IT configured an https
// endpoint. It carries no text, no site, no hour, no identifier of the browser or the person:
// only how often each category and rule was found and how drafts at the gate ended.
import { CATEGORIES, type Category } from '../engine/types';
import type { GuardrailEvent } from '../protocol';
import { aggregate, type Outcome, type Reason } from './aggregate';
import { isoWeekLabel, utcWeekStart, WEEK } from './time';

export interface WeeklyPayload {
  schema: 'guardrail.weekly/1';
  /** ISO week (UTC), e.g. 2026-W48, and its Monday. */
  week: string;
  weekStart: string;
  /** The packs in force during the week (ids and versions: policy, not people). */
  packs: { id: string; version: string }[];
  counts: {
    attempts: number;
    gated: number;
    fixes: number;
    ignores: number;
    /** Findings per category and rule, each counted once where it ended (fixed, ignored or published). */
    categories: Record<Category, number>;
    rules: Record<string, number>;
    outcomes: Record<Outcome, number>;
    reasons: Record<Reason, number>;
  };
}

/** The last week that has fully ended before `now` (its Monday, UTC). */
export function lastCompleteWeek(now: number): number {
  return utcWeekStart(now) - WEEK;
}

export function buildWeeklyPayload(events: readonly GuardrailEvent[], weekStart: number): WeeklyPayload {
  const start = utcWeekStart(weekStart);
  const inWeek = events.filter((e) => e.at >= start && e.at < start + WEEK);
  const a = aggregate(inWeek);
  const packs = new Map<string, { id: string; version: string }>();
  for (const e of inWeek) for (const p of e.packs) packs.set(`${p.id}@${p.version}`, { id: p.id, version: p.version });
  const rules: Record<string, number> = {};
  for (const r of a.rules) rules[r.ruleId] = r.total;
  return {
    schema: 'guardrail.weekly/1',
    week: isoWeekLabel(start),
    weekStart: new Date(start).toISOString().slice(0, 10),
    packs: [...packs.values()].sort((x, y) => x.id.localeCompare(y.id) || x.version.localeCompare(y.version)),
    counts: {
      attempts: a.attempts,
      gated: a.days.reduce((n, d) => n + d.gated, 0),
      fixes: a.fixes,
      ignores: a.ignores,
      categories: { ...a.categories },
      rules,
      outcomes: { ...a.outcomes },
      reasons: { ...a.reasons },
    },
  };
}

export interface WeeklySendDeps {
  /** IT's endpoint; nothing is sent without one. */
  endpoint: string | undefined;
  /** The Monday (UTC) of the last week already sent, if any. */
  lastSent: number | undefined;
  now: number;
  events(since: number): Promise<readonly GuardrailEvent[]>;
  post(url: string, body: string): Promise<void>;
}

/**
 * Sends the last complete week once, if IT set an https endpoint. Returns the week now sent
 * (to remember), or undefined when nothing was due. Weeks without any event are not sent.
 */
export async function sendWeeklyIfDue(deps: WeeklySendDeps): Promise<number | undefined> {
  if (!deps.endpoint || !isHttps(deps.endpoint)) return undefined;
  const week = lastCompleteWeek(deps.now);
  if (deps.lastSent !== undefined && deps.lastSent >= week) return undefined;
  const payload = buildWeeklyPayload(await deps.events(week), week);
  if (payload.counts.attempts + payload.counts.fixes + payload.counts.ignores > 0) await deps.post(deps.endpoint, JSON.stringify(payload));
  return week;
}

function isHttps(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'https:';
}
