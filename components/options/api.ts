// What the options page needs from the extension. The entrypoint implements it with storage and
// browser APIs; the components only render and call it, so they hold no browser code.
import type { EngineClient } from '@/lib/engine-client';
import type { PackError } from '@/lib/policy/errors';
import type { ExampleResult } from '@/lib/policy/examples';
import type { Pack } from '@/lib/policy/schema';
import type { PlannedRule } from '@/lib/policy/compose';
import type { Category } from '@/lib/engine/types';
import type { ErrorRecord, PackRecord, PackVersionRecord, RuleOverrideRecord, Settings } from '@/lib/storage/schema';
import type { PackDiff } from './pack-diff';

export interface PackView {
  record: PackRecord;
  pack?: Pack;
  /** Why the stored source no longer loads or combines (shown, the pack is left out). */
  problem?: string;
  /** The pack's rules as compiled, with locks. */
  rules: PlannedRule[];
  /** IT locked it, or it is the built-in core. */
  lockedByIt: boolean;
}

export interface OptionsState {
  packs: PackView[];
  settings: Settings;
  /** Packs bundled as examples that can be imported (riverbend). */
  examples: { id: string; name?: string; source: string }[];
  /** Categories for which the organization forbids personal exceptions. */
  forbiddenExceptionCategories: Category[];
  exceptionsAllowed: boolean;
  eventCount: number;
  /** The extension's own error log, newest first, for support. */
  errors: ErrorRecord[];
  /** Sites the content script runs on: built in, and added at run time. */
  sites: { host: string; builtin: boolean }[];
}

/** The result of checking a candidate pack before it is installed. */
export type Candidate =
  | { ok: false; errors: PackError[]; source: string }
  | {
      ok: true;
      source: string;
      pack: Pack;
      /** The version it would replace, if any. */
      previous?: PackRecord;
      diff?: PackDiff;
      examples: ExampleResult[];
      /** Why it cannot be installed (a lock, a conflict with another pack). */
      refused?: string;
    };

export interface OptionsApi {
  load(): Promise<OptionsState>;
  /** Validates a pack without storing anything. */
  check(source: string): Promise<Candidate>;
  fetchFromUrl(url: string): Promise<string>;
  readFile(file: File): Promise<string>;
  install(candidate: Extract<Candidate, { ok: true }>, sourceUrl?: string): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  setRuleOverride(packId: string, ruleId: string, override: RuleOverrideRecord | undefined): Promise<void>;
  versions(id: string): Promise<PackVersionRecord[]>;
  /** Makes an earlier version of an imported pack current again (checked as an import is). */
  rollback(id: string, version: string): Promise<void>;
  selfTest(id: string): Promise<ExampleResult[]>;
  export(id: string): Promise<void>;
  setAuthor(author: string): Promise<void>;
  setSite(host: string, enabled: boolean): Promise<void>;
  /** Stops checking a site the user added, and returns its permission. */
  removeSite(host: string): Promise<void>;
  addException(term: string): Promise<void>;
  removeException(term: string): Promise<void>;
  setRetention(days: number): Promise<void>;
  clearEvents(): Promise<void>;
  clearErrors(): Promise<void>;
  /** The packs composers use now, for the "try it" box. */
  activePacks(): Promise<Pack[]>;
  /** The extension's engine, which "try it" checks with. */
  engine: EngineClient;
  /** Calls back whenever stored data changes (from this page or another). */
  subscribe(listener: () => void): () => void;
}

