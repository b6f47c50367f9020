// Reading packs from disk (Node only: the CLI, tests and benchmarks; the extension reads
// packs from its own storage).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPackError } from './errors';
import { decodePack, loadPack, type LoadOptions, type LoadResult } from './load';
import { LIMITS, type Pack } from './schema';

export const CORE_PACK_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../policies/healthcare-core.yaml');

/** Reads and validates a pack file; errors carry positions like loadPack's. */
export function readPackFile(file: string, options: LoadOptions = {}): LoadResult & { source?: string } {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    // Refuse before reading: a huge file should not be pulled into memory to be rejected.
    if (size > LIMITS.packBytes * 4) {
      const error = { line: 1, column: 1, path: '', message: `the pack is ${size.toLocaleString('en-US')} bytes; the limit is ${LIMITS.packBytes.toLocaleString('en-US')}` };
      return { ok: false, error, errors: [error] };
    }
    bytes = fs.readFileSync(file);
  } catch (e) {
    const error = { line: 1, column: 1, path: '', message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
    return { ok: false, error, errors: [error] };
  }
  const decoded = decodePack(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error, errors: [decoded.error] };
  return { ...loadPack(decoded.text, options), source: decoded.text };
}

/** Reads a pack file or throws an Error whose message is the one-line `FILE:LINE:COL: path: what`. */
export function loadPackFile(file: string, options: LoadOptions = {}): Pack {
  const r = readPackFile(file, options);
  if (!r.ok) throw new Error(formatPackError(file, r.error));
  return r.pack;
}
