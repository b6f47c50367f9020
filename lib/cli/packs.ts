// Loading the packs a command runs with: healthcare-core (unless --no-core), then each --pack.
import path from 'node:path';
import { compilePolicy } from '../policy/compile';
import { formatPackError, formatPath, PolicyError } from '../policy/errors';
import { CORE_PACK_PATH, loadPackFile, readPackFile } from '../policy/files';
import { locateInSource } from '../policy/load';
import type { CompiledPolicy } from '../engine/policy';
import type { Pack } from '../policy/schema';

/** A problem the user can fix; printed as one line, exit code 2. */
export class InputError extends Error {}

export interface LoadedPack {
  file: string;
  pack: Pack;
  source: string;
}

export const isCoreFile = (file: string) => path.resolve(file) === CORE_PACK_PATH;

/** Loads pack files in order; each is validated against the lists of the packs before it. */
export function loadStack(files: string[], withCore: boolean): LoadedPack[] {
  const all = withCore && !files.some(isCoreFile) ? [CORE_PACK_PATH, ...files] : files;
  const loaded: LoadedPack[] = [];
  for (const file of all) {
    const knownLists = loaded.flatMap((l) => Object.keys(l.pack.lists ?? {}));
    const r = readPackFile(file, loaded.length ? { knownLists } : {});
    if (!r.ok) throw new InputError(formatPackError(displayPath(file), r.error));
    loaded.push({ file, pack: r.pack, source: r.source! });
  }
  return loaded;
}

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** Compiles loaded packs; a layering error is reported at its place in the pack that caused it. */
export function compileStack(loaded: LoadedPack[]): CompiledPolicy {
  try {
    // A pack that extends healthcare-core gets it by id even with --no-core.
    return compilePolicy(
      loaded.map((l) => l.pack),
      { resolve: (id) => (id === 'healthcare-core' ? loadPackFile(CORE_PACK_PATH) : undefined) },
    );
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    const from = loaded.find((l) => l.pack.pack === e.pack);
    if (!from) throw new InputError(e.message);
    const { line, column } = locateInSource(from.source, e.path);
    throw new InputError(formatPackError(displayPath(from.file), { line, column, path: formatPath(e.path), message: e.message }));
  }
}
