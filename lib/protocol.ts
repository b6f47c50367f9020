// Messages between the content script, the extension pages, the background and the engine.
// Content scripts run in the page's origin and cannot open the extension's IndexedDB, so
// the background owns the data and answers the data requests; none of them carries draft
// text. Checks (CheckRequest) carry the draft to the engine's worker and nowhere else: the
// worker keeps no text beyond its in-memory sentence cache and sends none anywhere.
import type { PackInfo } from './engine/policy';
import type { Category, CheckResult, Severity } from './engine/types';
import type { Pack } from './policy/schema';

/** What a content script or page needs to check drafts on one site. */
export interface PolicySnapshot {
  /** Validated packs in layer order (core, organization, user): the engine compiles them, once per revision. */
  packs: Pack[];
  /** Changes whenever packs or settings change; lets receivers skip recompiling. */
  revision: string;
  /** False when Guardrail is off for this site or paused. */
  active: boolean;
  pausedUntil?: number;
  /** The writer's role from settings (nurse, physician, marketing, brand-team, ...). */
  author: string;
  /** Terms the user accepted for themselves. */
  exceptions: string[];
  /** Posts published on this site today, counted from the event log (the frequency guardrail). */
  postsToday?: number;
}

/** One thing that happened, recorded without any text the user wrote. */
export interface GuardrailEvent {
  /** Milliseconds since the epoch, rounded down to the hour. */
  at: number;
  /** Host name only (x.com), never a path. */
  site: string;
  kind: 'check' | 'gate' | 'fix' | 'ignore' | 'publish';
  packs: { id: string; version: string }[];
  findings: { ruleId: string; category: Category; severity: Severity }[];
  /** For gate and publish events. */
  outcome?: 'edited' | 'posted-anyway' | 'abandoned' | 'posted-clean' | 'blocked';
  /** A category chosen from a fixed list, never free text. */
  reason?: 'false-positive' | 'approved' | 'not-patient-info' | 'other';
}

export type Request =
  | { type: 'policy/get'; site: string }
  | CheckRequest
  | { type: 'event/record'; event: GuardrailEvent }
  | { type: 'exception/add'; term: string; category: Category }
  | { type: 'log/error'; where: string; message: string };

/** The popup asks one tab's content script what it watches (tabs.sendMessage, no permission). */
export interface TabStatusRequest {
  type: 'tab/status';
}

/** The answer: counts only, never the draft or a finding's text. */
export interface TabStatus {
  /** Composers watched on the page now. */
  composers: number;
  /** Findings of the drafts' last checks, by severity. */
  findings: Record<Severity, number>;
}

/** Sent by the background to every tab and page when packs or settings change. */
export interface PolicyChanged {
  type: 'policy/changed';
  revision: string;
}

/** What the page side needs of a compiled policy (the engine sends it with every answer). */
export interface PolicySummary {
  packs: PackInfo[];
  enforcement: 'warn' | 'confirm' | 'block';
  requireReason: boolean;
  failMode: 'open' | 'closed';
  personalExceptions: { allowed: boolean; forbiddenCategories: Category[] };
}

/**
 * One check of one composer's draft. `revision` grows with every edit of that composer's text:
 * the engine answers a request older than the newest it has seen for the composer with
 * 'dropped' instead of checking it. The policy goes by revision only; its packs are attached
 * when the engine answered 'need-policy' (a new policy, or a restarted worker).
 */
export interface CheckRequest {
  type: 'engine/check';
  /** Unique per page (the background prefixes the tab and frame). */
  composer: string;
  revision: number;
  text: string;
  platform: string;
  author: string;
  exceptions: string[];
  postsToday?: number;
  maxChars?: number;
  policy: { revision: string; packs?: Pack[] };
}

export type CheckReply =
  | ({ status: 'ok'; policy: PolicySummary } & CheckResult)
  /** A newer revision of this composer's text was asked for meanwhile. */
  | { status: 'dropped' }
  | { status: 'need-policy' }
  /** The packs do not compile; failClosed when one of them asks for fail-closed. */
  | { status: 'policy-error'; message: string; failClosed: boolean }
  /** The check itself threw. */
  | { status: 'failed'; message: string; policy: PolicySummary };

/** The background to the offscreen document (Chrome) that hosts the engine's worker. */
export interface EngineRelay {
  type: 'engine/relay';
  request: CheckRequest;
}

/** Tells the engine's host to start the worker (and load the policy) before the first check. */
export interface EngineWarm {
  type: 'engine/warm';
}

/** The engine's host to its worker: a check, or a policy to compile ahead of the checks. */
export type ToWorker = { kind: 'check'; id: number; request: CheckRequest } | { kind: 'preload'; revision: string; packs: Pack[] };

/** The worker's answer to one check. */
export interface FromWorker {
  id: number;
  reply: CheckReply;
}
