// Packs -> PolicyPlan: layering (core -> organization -> user), list merging, overrides and
// locks, detector settings with defaults, and every list a rule names checked against the merged
// lists. Everything of compiling but the rules' matchers (compile.ts): the background composes
// the active packs with it, without loading the engine (issue 16).
import type { CompiledPolicy, CompiledRule, Community, DetectorConfig } from '../engine/policy';
import type { AnyRuleSpec } from '../engine/rules';
import { regexListRefs } from '../engine/rules/regex';
import { isListRef } from '../engine/rules/terms';
import { SEVERITY_RANK, type Category, type Severity } from '../engine/types';
import { PolicyError } from './errors';
import { orderPacks, type PackResolver } from './layer';
import type { DetectorSettings, Pack, Rule } from './schema';

export interface ComposeOptions {
  /** Supplies packs named in `extends` but not given (such as the built-in healthcare-core). */
  resolve?: PackResolver;
}

/** A rule as the layered packs leave it, before its matchers are compiled. */
export interface PlannedRule extends Omit<CompiledRule, 'run'> {
  spec: AnyRuleSpec;
}

/** The packs composed: a CompiledPolicy but for the rules' matchers. */
export interface PolicyPlan extends Omit<CompiledPolicy, 'rules' | 'model'> {
  rules: PlannedRule[];
}

interface RuleEntry {
  rule: Rule;
  pack: string;
  locked: boolean;
}

const weaker = (next: Severity, prev: Severity) => SEVERITY_RANK[next] > SEVERITY_RANK[prev];

function mergeLists(packs: Pack[]): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const p of packs) {
    for (const [name, items] of Object.entries(p.lists ?? {})) {
      lists[name] = [...new Set([...(lists[name] ?? []), ...items])];
    }
  }
  return lists;
}

const COMMUNITY_KEYS = ['towns', 'neighborhoods', 'schools', 'employers', 'facilities'] as const;

/** Each community list adds up across packs, like named lists. */
function mergeCommunity(packs: Pack[]): Community {
  const out: Community = { towns: [], neighborhoods: [], schools: [], employers: [], facilities: [] };
  for (const p of packs) for (const key of COMMUNITY_KEYS) out[key] = [...new Set([...out[key], ...(p.community?.[key] ?? [])])];
  return out;
}

function layerRules(packs: Pack[]): Map<string, RuleEntry> {
  const rules = new Map<string, RuleEntry>();
  for (const p of packs) {
    (p.rules ?? []).forEach((rule, i) => {
      const prev = rules.get(rule.id);
      if (prev?.locked) throw new PolicyError(`rule "${rule.id}" is locked by pack "${prev.pack}" and cannot be redefined`, p.pack, ['rules', i, 'id']);
      rules.set(rule.id, { rule, pack: p.pack, locked: !!(rule.locked || p.locked) });
    });
    for (const [id, o] of Object.entries(p.overrides ?? {})) {
      const entry = rules.get(id);
      if (!entry) throw new PolicyError(`overrides rule "${id}", which no earlier pack defines`, p.pack, ['overrides', id]);
      if (entry.locked && (o.enabled === false || (o.severity && weaker(o.severity, entry.rule.severity)))) {
        throw new PolicyError(`rule "${id}" is locked by pack "${entry.pack}": it cannot be switched off or made less severe`, p.pack, ['overrides', id]);
      }
      entry.rule = { ...entry.rule, ...(o.severity ? { severity: o.severity } : {}), ...(o.enabled !== undefined ? { enabled: o.enabled } : {}) };
    }
  }
  return rules;
}

const DETECTOR_DEFAULTS = { enabled: true, sensitivity: 'medium', exemptAuthors: [] } as const;

function layerDetectors(packs: Pack[]): Record<string, DetectorConfig> {
  const merged: Record<string, { settings: Record<string, unknown>; pack: string; lockedBy?: string }> = {};
  for (const p of packs) {
    for (const [id, settings] of Object.entries(p.detectors ?? {}) as [string, DetectorSettings][]) {
      const prev = merged[id];
      if (prev?.lockedBy) {
        for (const [key, value] of Object.entries(settings)) {
          if (key !== 'locked' && JSON.stringify(prev.settings[key]) !== JSON.stringify(value)) {
            throw new PolicyError(`detector "${id}" is locked by pack "${prev.lockedBy}": "${key}" cannot be changed`, p.pack, ['detectors', id, key]);
          }
        }
        continue;
      }
      const next = { ...(prev?.settings ?? {}), ...settings };
      const lockedBy = settings.locked || p.locked ? p.pack : undefined;
      merged[id] = { settings: next, pack: p.pack, lockedBy };
    }
  }
  const out: Record<string, DetectorConfig> = {};
  for (const [id, { settings, pack }] of Object.entries(merged)) {
    const { locked: _locked, ...rest } = settings;
    out[id] = {
      ...DETECTOR_DEFAULTS,
      ...rest,
      exemptAuthors: ((rest.exemptAuthors as string[] | undefined) ?? []).map((a) => a.toLowerCase()),
      pack,
    } as DetectorConfig;
  }
  return out;
}

/** Top-level settings: a later pack wins, unless an earlier pack is locked and the change is weaker. */
function layerSettings(packs: Pack[]) {
  const ENFORCEMENT = { warn: 0, confirm: 1, block: 2 } as const;
  let enforcement: CompiledPolicy['enforcement'] = 'confirm';
  let requireReason = false;
  let failMode: CompiledPolicy['failMode'] = 'open';
  let allowed = true;
  const forbidden = new Set<Category>();
  const links: Record<string, string> = {};
  let lockedBy: string | undefined;
  for (const p of packs) {
    const locked = (field: string) => new PolicyError(`"${field}" is locked by pack "${lockedBy}" and cannot be weakened`, p.pack, [field]);
    if (p.enforcement) {
      if (lockedBy && ENFORCEMENT[p.enforcement] < ENFORCEMENT[enforcement]) throw locked('enforcement');
      enforcement = p.enforcement;
    }
    if (p.requireReason !== undefined) {
      if (lockedBy && requireReason && !p.requireReason) throw locked('requireReason');
      requireReason = p.requireReason;
    }
    if (p.failMode) {
      if (lockedBy && failMode === 'closed' && p.failMode === 'open') throw locked('failMode');
      failMode = p.failMode;
    }
    if (p.personalExceptions) {
      if (lockedBy && !allowed && p.personalExceptions.allowed) throw locked('personalExceptions');
      allowed = p.personalExceptions.allowed;
      // Forbidden categories accumulate: a later pack can forbid more, never fewer.
      for (const c of p.personalExceptions.forbiddenCategories ?? []) forbidden.add(c);
    }
    Object.assign(links, p.links ?? {});
    if (p.locked) lockedBy = p.pack;
  }
  return { enforcement, requireReason, failMode, personalExceptions: { allowed, forbiddenCategories: [...forbidden] }, links };
}

/** The first list a rule names that the merged lists lack, as compiling would report it. */
function missingList(rule: Rule, lists: Record<string, string[]>): string | undefined {
  const r = rule as Rule & { terms?: string[]; regex?: string[]; then?: string[]; unless?: string[]; if?: unknown };
  const cond = typeof r.if === 'object' && r.if ? (r.if as { terms?: string[]; regex?: string[] }) : {};
  for (const t of [...(r.unless ?? []), ...(r.terms ?? []), ...(r.then ?? []), ...(cond.terms ?? [])]) {
    if (isListRef(t) && !lists[t.slice(1)]) return `unknown list "${t}"`;
  }
  for (const source of [...(r.regex ?? []), ...(cond.regex ?? [])]) {
    for (const name of regexListRefs(source)) if (!lists[name]) return `unknown list "{{${name}}}"`;
  }
  return undefined;
}

export function composePolicy(packs: Pack[], options: ComposeOptions = {}): PolicyPlan {
  const ordered = orderPacks(packs, options.resolve);
  const lists = mergeLists(ordered);
  const rules: PlannedRule[] = [];
  for (const { rule, pack, locked } of layerRules(ordered).values()) {
    const missing = missingList(rule, lists);
    if (missing) throw new PolicyError(`rule "${rule.id}": ${missing}`, pack, ['rules']);
    const spec = rule as AnyRuleSpec;
    rules.push({ id: spec.id, type: spec.type, category: spec.category, severity: spec.severity, pack, enabled: spec.enabled ?? true, locked, spec });
  }
  return {
    packs: ordered.map((p) => ({ id: p.pack, version: p.version, ...(p.name ? { name: p.name } : {}), ...(p.organization ? { organization: p.organization } : {}) })),
    ...layerSettings(ordered),
    lists,
    community: mergeCommunity(ordered),
    detectors: layerDetectors(ordered),
    rules,
  };
}
