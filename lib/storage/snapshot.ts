// Builds the PolicySnapshot a content script or page receives: the stored packs in layer order,
// the user's per-rule changes and IT's settings as packs of their own, checked by composing them
// (compose.ts: layering, locks, list references; the matchers are compiled by the engine's Worker)
// so that a pack that cannot combine with the others is left out and reported, never shipped to
// a composer where it would break every check.
import { composePolicy, type PlannedRule, type PolicyPlan } from '../policy/compose';
import { PolicyError } from '../policy/errors';
import type { Pack } from '../policy/schema';
import type { PolicySnapshot } from '../protocol';
import { exceptionsAllowed, MANAGED_PACK_ID, siteActive, USER_PACK_ID } from './layers';
import { packsLocked } from './managed';
import type { PackRecord, Settings } from './schema';

/** Turns a stored pack's source into a validated pack, or throws. */
export type PackParser = (record: PackRecord) => Pack;


const LAYER: Record<PackRecord['origin'], number> = { builtin: 0, imported: 1, managed: 2 };

/** The active packs in layer order: built-in core, then the user's imports, then IT's. */
export function activeRecords(records: PackRecord[], settings: Settings): PackRecord[] {
  const locked = packsLocked(settings.managed);
  return records
    .filter((r) => r.enabled || r.origin === 'builtin' || (r.origin === 'managed' && locked))
    .sort((a, b) => LAYER[a.origin] - LAYER[b.origin] || a.installedAt - b.installedAt);
}

export interface Problem {
  pack: string;
  message: string;
}

export interface Composition {
  packs: Pack[];
  /** The packs composed, for what the snapshot does not carry (locks, forbidden exceptions). */
  policy: PolicyPlan;
  problems: Problem[];
}

/** The user's per-rule changes that the policy accepts: on rules that exist and are not locked. */
function userPack(records: PackRecord[], settings: Settings, rules: PlannedRule[]): Pack | undefined {
  const locked = packsLocked(settings.managed);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const overrides: NonNullable<Pack['overrides']> = {};
  for (const r of records) {
    if (r.origin === 'managed' && locked) continue;
    for (const [ruleId, o] of Object.entries(r.overrides)) {
      const rule = byId.get(ruleId);
      if (rule && !rule.locked && rule.pack === r.id) overrides[ruleId] = o;
    }
  }
  if (!Object.keys(overrides).length) return undefined;
  return { pack: USER_PACK_ID, version: '1.0.0', name: 'Your changes', overrides };
}

function managedPack(settings: Settings): Pack | undefined {
  const config = settings.managed.status === 'loaded' ? settings.managed.config : undefined;
  if (!config) return undefined;
  const pack: Pack = { pack: MANAGED_PACK_ID, version: '1.0.0', name: 'Managed settings' };
  if (config.enforcement) pack.enforcement = config.enforcement;
  if (config.allowPersonalExceptions !== undefined) pack.personalExceptions = { allowed: config.allowPersonalExceptions };
  return pack.enforcement || pack.personalExceptions ? pack : undefined;
}

/** Compiles `packs`, leaving out (and reporting) any pack but the first that does not combine. */
function combine(packs: Pack[], problems: Problem[]): { packs: Pack[]; policy: PolicyPlan } {
  let kept = packs;
  for (;;) {
    try {
      return { packs: kept, policy: composePolicy(kept) };
    } catch (e) {
      const culprit = e instanceof PolicyError ? e.pack : undefined;
      const index = kept.findIndex((p) => p.pack === culprit);
      // The core itself failing is a bug in the extension, not a pack to drop.
      if (index <= 0) throw e;
      problems.push({ pack: kept[index].pack, message: (e as Error).message });
      kept = kept.filter((_, i) => i !== index);
    }
  }
}

export function composePacks(records: PackRecord[], settings: Settings, parse: PackParser): Composition {
  const problems: Problem[] = [];
  const parsed: Pack[] = [];
  for (const r of activeRecords(records, settings)) {
    try {
      parsed.push(parse(r));
    } catch (e) {
      problems.push({ pack: r.id, message: (e as Error).message });
    }
  }
  const base = combine(parsed, problems);
  const extra = [userPack(records, settings, base.policy.rules), managedPack(settings)].filter((p): p is Pack => !!p);
  const { packs, policy } = extra.length ? combine([...base.packs, ...extra], problems) : base;
  return { packs, policy, problems };
}

export function buildSnapshot(composition: Composition, settings: Settings, hostname: string, now = Date.now()): PolicySnapshot {
  const snapshot: PolicySnapshot = {
    packs: composition.packs,
    revision: String(settings.revision),
    active: siteActive(settings, hostname, now),
    author: settings.author,
    exceptions: exceptionsAllowed(settings) ? settings.exceptions.map((e) => e.term) : [],
  };
  if (settings.pausedUntil > now) snapshot.pausedUntil = settings.pausedUntil;
  return snapshot;
}
