// Makes the managed packs in storage match IT's configuration. The reading of storage.managed
// and the fetching of packUrls are passed in, so that this logic runs the same in tests.
import { loadPack } from '../policy/load';
import type { Db } from './db';
import { parseManagedConfig } from './managed';
import { listPacks, replaceManagedPacks, type PackMeta } from './packs';
import type { ManagedState } from './schema';

export interface ManagedSources {
  /** What storage.managed holds; undefined when there is no policy (Firefox rejects then). */
  read(): Promise<unknown>;
  /** The text at an https address; rejects on any failure. */
  fetchText(url: string): Promise<string>;
}

type Loaded = { meta: PackMeta; source: string; sourceUrl?: string };

function toLoaded(source: string, sourceUrl?: string): Loaded | string {
  const r = loadPack(source);
  if (!r.ok) return `line ${r.error.line}, ${r.error.path || 'file'}: ${r.error.message}`;
  const { pack, version, name } = r.pack;
  return { meta: { id: pack, version, ...(name ? { name } : {}) }, source, ...(sourceUrl ? { sourceUrl } : {}) };
}

/**
 * Reads the managed configuration and applies it; safe to call at any time and repeatedly.
 * A pack that fails to load or fetch keeps the version installed before (a broken update must
 * not remove the protection the previous one gave), and the failure is listed as a problem.
 */
export async function syncManaged(db: Db, sources: ManagedSources): Promise<ManagedState> {
  const state = parseManagedConfig(await sources.read());
  const config = state.config;
  const loaded: Loaded[] = [];
  const keep: string[] = [];
  if (config) {
    const current = (await listPacks(db)).filter((p) => p.origin === 'managed');
    let inlineFailed = false;
    config.packs.forEach((source, i) => {
      const r = toLoaded(source);
      if (typeof r === 'string') {
        inlineFailed = true;
        state.problems.push(`packs[${i}]: ${r}`);
      } else loaded.push(r);
    });
    if (inlineFailed) keep.push(...current.filter((p) => !p.sourceUrl).map((p) => p.id));
    for (const url of config.packUrls) {
      let r: Loaded | string;
      try {
        r = toLoaded(await sources.fetchText(url), url);
      } catch (e) {
        r = (e as Error).message;
      }
      if (typeof r === 'string') {
        state.problems.push(`${url}: ${r} (the version fetched before stays in force)`);
        keep.push(...current.filter((p) => p.sourceUrl === url).map((p) => p.id));
      } else loaded.push(r);
    }
  }
  await replaceManagedPacks(db, loaded, keep, state);
  return state;
}
