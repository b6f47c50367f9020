// The packs bundled with the extension: healthcare-core is always active; the others are
// examples the options page offers to import.
import { parse } from 'yaml';
import coreSource from '@/policies/healthcare-core.yaml?raw';
import type { PackMeta } from '@/lib/storage/packs';

export const CORE_PACK_ID = 'healthcare-core';

export function builtinPacks(): { meta: PackMeta; source: string }[] {
  // Only the pack's identity is read here, on every start of the background: the file is
  // validated by the build's own tests (tests/unit/policy), and wherever the pack is used
  // (composition, the engine) it is loaded and validated like any other.
  const { pack, version, name } = parse(coreSource) as { pack: string; version: string; name?: string };
  if (pack !== CORE_PACK_ID || typeof version !== 'string') throw new Error('built-in pack: not healthcare-core with a version');
  return [{ meta: { id: pack, version, ...(name ? { name } : {}) }, source: coreSource }];
}
