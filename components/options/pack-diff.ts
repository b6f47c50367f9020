// What changes between two versions of a pack: rules added, removed and changed (by field),
// plus the top-level settings that differ. Pure, for the import preview.
import type { Pack, Rule } from '@/lib/policy/schema';

export interface RuleChange {
  id: string;
  fields: string[];
}

export interface PackDiff {
  from: string;
  to: string;
  added: string[];
  removed: string[];
  changed: RuleChange[];
  /** Top-level fields that differ (enforcement, lists, detectors, ...). */
  settings: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function ruleFields(a: Rule, b: Rule): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])).sort();
}

export function diffPacks(before: Pack, after: Pack): PackDiff {
  const old = new Map((before.rules ?? []).map((r) => [r.id, r]));
  const next = new Map((after.rules ?? []).map((r) => [r.id, r]));
  const added = [...next.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !next.has(id));
  const changed: RuleChange[] = [];
  for (const [id, rule] of next) {
    const prev = old.get(id);
    if (!prev) continue;
    const fields = ruleFields(prev, rule);
    if (fields.length) changed.push({ id, fields });
  }
  const skip = new Set(['rules', 'version', 'examples']);
  const top = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => !skip.has(k)));
  const settings = [...top]
    .filter((k) => !same((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k]))
    .sort();
  return { from: before.version, to: after.version, added, removed, changed, settings };
}
