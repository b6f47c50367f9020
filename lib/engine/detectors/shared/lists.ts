// Reading a detector's pack data: named lists and links, with the names the packs use by default.
import type { CompiledPolicy, DetectorConfig } from '../../policy';

/**
 * The terms of a list a detector reads. The detector's settings may name other lists
 * (`config[key]`: a list name or names) or give terms inline (an array of terms); otherwise
 * the list called `fallback` is used.
 */
export function readList(policy: CompiledPolicy, config: DetectorConfig, key: string, fallback: string): string[] {
  const setting = config[key];
  const names = typeof setting === 'string' ? [setting] : Array.isArray(setting) ? [] : [fallback];
  const inline = Array.isArray(setting) ? setting.filter((t): t is string => typeof t === 'string') : [];
  const terms = names.flatMap((n) => policy.lists[n.replace(/^\$/, '')] ?? []);
  return [...terms, ...inline.flatMap((t) => (t.startsWith('$') ? policy.lists[t.slice(1)] ?? [] : [t]))];
}

/** Lists whose names start with `prefix` (e.g. "crisis/strike"), keyed by what follows it. */
export function listsWithPrefix(policy: CompiledPolicy, prefix: string): [string, string[]][] {
  return Object.entries(policy.lists)
    .filter(([name]) => name.startsWith(prefix) && name.length > prefix.length)
    .map(([name, terms]) => [name.slice(prefix.length), terms]);
}

/** The organization's own names (system, facilities, app), which several detectors need. */
export function ownNames(policy: CompiledPolicy, config: DetectorConfig): string[] {
  return readList(policy, config, 'organizationList', 'organization');
}
