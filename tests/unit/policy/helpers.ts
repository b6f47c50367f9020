// Building packs for tests from YAML text, through the real loader.
import { loadPack } from '../../../lib/policy/load';
import type { Pack } from '../../../lib/policy/schema';

export function pack(yaml: string): Pack {
  const r = loadPack(yaml);
  if (!r.ok) throw new Error(`test pack is invalid: ${r.error.line}:${r.error.column} ${r.error.path}: ${r.error.message}`);
  return r.pack;
}
