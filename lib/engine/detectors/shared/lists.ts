// Reading a detector's pack data: named lists and links, with the names the packs use by default.
import type { CompiledPolicy, DetectorConfig } from '../../policy';

/**
 * The terms of a list a detector reads. The detector's setting `config[key]` may name another
 * list, or give terms inline (where "$name" splices a list); otherwise the list `fallback` is used.
 */
export function readList(policy: CompiledPolicy, config: DetectorConfig, key: string, fallback: string): string[] {
  const setting = config[key];
  const named = (name: string) => policy.lists[name.replace(/^\$/, '')] ?? [];
  if (typeof setting === 'string') return named(setting);
  if (!Array.isArray(setting)) return named(fallback);
  return setting.filter((t): t is string => typeof t === 'string').flatMap((t) => (t.startsWith('$') ? named(t) : [t]));
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
