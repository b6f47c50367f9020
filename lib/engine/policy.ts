// What the engine needs from compiled packs. lib/policy builds it; detectors read it.
import type { Doc } from './doc';
import type { ModelWeights } from './model/types';
import type { Category, Finding, Severity } from './types';

export interface DetectorConfig {
  enabled: boolean;
  severity?: Severity;
  sensitivity: 'low' | 'medium' | 'high';
  exemptAuthors: string[];
  /** The pack the effective settings came from, for the finding's policy reference. */
  pack: string;
  /** Detector-specific settings, merged across packs (later packs win key by key). */
  [key: string]: unknown;
}

/** A pack rule ready to run. `run` returns findings with offsets into doc.text. */
export interface CompiledRule {
  id: string;
  type: string;
  category: Category;
  severity: Severity;
  pack: string;
  enabled: boolean;
  locked: boolean;
  run(doc: Doc): Finding[];
}

export interface PackInfo {
  id: string;
  version: string;
  name?: string;
  organization?: string;
}

/**
 * The organization's community, merged across packs: places and institutions that people there
 * know by name. The PHI detector reads a role tied to one of them as identifying.
 */
export interface Community {
  towns: string[];
  neighborhoods: string[];
  schools: string[];
  employers: string[];
  facilities: string[];
}

export interface CompiledPolicy {
  packs: PackInfo[];
  enforcement: 'warn' | 'confirm' | 'block';
  requireReason: boolean;
  failMode: 'open' | 'closed';
  personalExceptions: { allowed: boolean; forbiddenCategories: Category[] };
  links: Record<string, string>;
  /** Named lists, merged across packs (a later pack's list of the same name adds to it). */
  lists: Record<string, string[]>;
  /** The organization's towns, neighborhoods, schools, employers and facilities (absent: none known). */
  community?: Community;
  detectors: Record<string, DetectorConfig>;
  rules: CompiledRule[];
  /**
   * The learned second opinion (see lib/engine/model): left out, the checker uses the shipped
   * weights; null switches it off (the training run and the rules-only measurements do).
   */
  model?: ModelWeights | null;
}

/** A built-in detector: generic code for one category, parameterized by the policy. */
export interface Detector {
  id: string;
  category: Category;
  /** The detector weighs `sensitivity` itself (see lib/engine/sensitivity for the others). */
  ownSensitivity?: boolean;
  run(doc: Doc, config: DetectorConfig, policy: CompiledPolicy): Finding[];
  /**
   * The draft already does what the category asks (a conflict of interest disclosed), so the
   * learned second opinion, which cannot read that, stays silent on the category.
   */
  clears?(doc: Doc, config: DetectorConfig, policy: CompiledPolicy): boolean;
}
