// Parses stored packs once per source text, and composes the active policy once per revision.
import { loadPack } from '../policy/load';
import type { Pack } from '../policy/schema';
import type { PackRecord, Settings } from './schema';
import { composePacks, type Composition } from './snapshot';

const parsed = new Map<string, Pack>();

export function parseRecord(record: PackRecord): Pack {
  const hit = parsed.get(record.source);
  if (hit) return hit;
  const result = loadPack(record.source);
  if (!result.ok) throw new Error(`line ${result.error.line}: ${result.error.path ? `${result.error.path}: ` : ''}${result.error.message}`);
  // Sources are replaced, not edited: when the cache outgrows the stored packs, start over.
  if (parsed.size > 50) parsed.clear();
  parsed.set(record.source, result.pack);
  return result.pack;
}

let composed: { revision: number; composition: Composition } | undefined;

/** The composition for the stored state, recomputed only when the revision moved. */
export function composition(records: PackRecord[], settings: Settings): Composition {
  if (composed?.revision !== settings.revision) {
    composed = { revision: settings.revision, composition: composePacks(records, settings, parseRecord) };
  }
  return composed.composition;
}
