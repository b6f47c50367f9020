// The shape of Guardrail's IndexedDB database at its current version. Earlier versions live
// only in migrations.ts (and in the test fixtures that prove every upgrade keeps the data).
import type { DBSchema } from 'idb';
import type { GuardrailEvent } from '../protocol';
import type { Category, Severity } from '../engine/types';

export const DB_NAME = 'guardrail';

/** Where a pack came from: bundled with the extension, imported by the user, or pushed by IT. */
export type PackOrigin = 'builtin' | 'imported' | 'managed';

/** A user's change to one rule of one pack. */
export interface RuleOverrideRecord {
  severity?: Severity;
  enabled?: boolean;
}

export interface PackRecord {
  /** The pack's own id (its `pack:` field). */
  id: string;
  version: string;
  name?: string;
  origin: PackOrigin;
  /** The text exactly as loaded (YAML or JSON), so that export gives back what was imported. */
  source: string;
  /** The https address it was imported or refreshed from. */
  sourceUrl?: string;
  enabled: boolean;
  /** Per-rule severity changes and switches, keyed by rule id. */
  overrides: Record<string, RuleOverrideRecord>;
  installedAt: number;
  updatedAt: number;
}

/** A version a pack had before it was replaced, kept for the "what changed" preview and rollback. */
export interface PackVersionRecord {
  id: string;
  version: string;
  source: string;
  savedAt: number;
}

export interface ExceptionRecord {
  term: string;
  /** The category of the finding the user accepted (unknown for exceptions from schema v1). */
  category?: Category;
  addedAt: number;
}

/** Stored events carry an auto-incremented key; the event itself has no text. */
export interface EventRecord extends GuardrailEvent {
  seq?: number;
}

export interface ErrorRecord {
  seq?: number;
  at: number;
  where: string;
  message: string;
}

/** What the managed (enterprise) configuration looked like when last read. */
export type ManagedStatus = 'not-loaded' | 'empty' | 'loaded';

export interface ManagedConfig {
  packs: string[];
  packUrls: string[];
  lockPacks: boolean;
  enforcement?: 'warn' | 'confirm' | 'block';
  allowPersonalExceptions?: boolean;
  allowedSites?: string[];
  allowPause: boolean;
  refreshMinutes: number;
  /** An https address that receives the organization-wide weekly counts; none are sent without it. */
  reportEndpoint?: string;
}

export interface ManagedState {
  status: ManagedStatus;
  config?: ManagedConfig;
  /** Problems with the configuration or its packs, shown on the options page. */
  problems: string[];
  readAt?: number;
}

/** Every setting, one record each, so that two pages changing different settings never clash. */
export interface Settings {
  author: string;
  /** Sites the user switched off (false) or on (true), by host name. */
  sites: Record<string, boolean>;
  exceptions: ExceptionRecord[];
  pausedUntil: number;
  retentionDays: number;
  /** Bumped by every change to packs or settings; serves as the policy revision. */
  revision: number;
  managed: ManagedState;
}
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  author: '',
  sites: {},
  exceptions: [],
  pausedUntil: 0,
  retentionDays: 90,
  revision: 0,
  managed: { status: 'not-loaded', problems: [] },
};

export interface GuardrailDB extends DBSchema {
  packs: { key: string; value: PackRecord };
  packVersions: { key: [string, string]; value: PackVersionRecord };
  settings: { key: string; value: unknown };
  events: { key: number; value: EventRecord; indexes: { at: number } };
  errors: { key: number; value: ErrorRecord; indexes: { at: number } };
}
