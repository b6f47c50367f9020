// Example packs bundled with the extension (such as riverbend): offered for import, never active
// until the user imports them. Every pack file in policies/ but the built-in core.
import { loadPack } from '@/lib/policy/load';

const files = import.meta.glob<string>(['/policies/*.yaml', '/policies/*.json', '/policies/examples/*.yaml', '/policies/examples/*.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const CORE_FILE = '/policies/healthcare-core.yaml';

export function examplePacks(): { id: string; name?: string; source: string }[] {
  return Object.entries(files)
    .filter(([path]) => path !== CORE_FILE)
    .flatMap(([, source]) => {
      const r = loadPack(source);
      return r.ok ? [{ id: r.pack.pack, ...(r.pack.name ? { name: r.pack.name } : {}), source }] : [];
    });
}
