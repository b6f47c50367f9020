// Messages between the content script, the extension pages and the background.
// Content scripts run in the page's origin and cannot open the extension's IndexedDB, so
// the background owns the data and answers these. No message carries draft text.
import type { Category, Severity } from './engine/types';
import type { RegexProgram } from './engine/rules/regex-program';
import type { Pack } from './policy/schema';

/** What a content script or page needs to check drafts on one site. */
export interface PolicySnapshot {
  /** Validated packs in layer order (core, organization, user), ready for createChecker. */
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
  /**
   * The packs' regular expressions compiled by re2js in the background, keyed by regexKey: the
   * content script runs them (regex-vm.ts) without shipping re2js. Only the background sets it.
   */
  regexPrograms?: Record<string, RegexProgram>;
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
  | { type: 'event/record'; event: GuardrailEvent }
  | { type: 'exception/add'; term: string; category: Category }
  | { type: 'log/error'; where: string; message: string };

/** Sent by the background to every tab and page when packs or settings change. */
export interface PolicyChanged {
  type: 'policy/changed';
  revision: string;
}
