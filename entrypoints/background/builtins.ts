// The packs bundled with the extension: healthcare-core is always active; the others are
// examples the options page offers to import.
import coreSource from '@/policies/healthcare-core.yaml?raw';
import { loadPack } from '@/lib/policy/load';
import type { PackMeta } from '@/lib/storage/packs';

export const CORE_PACK_ID = 'healthcare-core';

export function builtinPacks(): { meta: PackMeta; source: string }[] {
  const result = loadPack(coreSource);
  // The build's own tests load this file; failing here means a broken release.
  if (!result.ok) throw new Error(`built-in pack: line ${result.error.line}: ${result.error.message}`);
  const { pack, version, name } = result.pack;
  return [{ meta: { id: pack, version, ...(name ? { name } : {}) }, source: coreSource }];
}
