// The engine's large expressions, found by asking: the Riverbend stack checks the warm-up
// drafts, the packs' own examples and any texts given while the gates record every source they
// are asked about (regex-gate.ts). Shared by `npm run regex-gates` and the table's staleness test.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker } from '../engine/checker';
import { recordSources } from '../engine/text/regex-gate';
import { WARM_UP_DRAFTS } from '../engine/warm-up';
import { loadPackFile } from '../policy/files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PACKS = ['policies/healthcare-core.yaml', 'policies/examples/riverbend.yaml'];
const PLATFORMS = ['x', 'facebook', 'linkedin'] as const;

/**
 * Sources of the expressions the engine asks the gates about while checking these texts, and of
 * the keyed alternations it reads (into `keyed`, each as its sources joined by U+0001).
 */
export function collectSources(texts: readonly string[] = [], keyed = new Set<string>()): Set<string> {
  const packs = PACKS.map((p) => loadPackFile(path.join(root, p)));
  const examples = packs.flatMap((p) => (p.examples ?? []).map((e) => e.text));
  const sources = new Set<string>();
  recordSources(sources, keyed);
  try {
    const checker = createChecker(packs);
    [...WARM_UP_DRAFTS, ...examples].forEach((t, i) => checker.check(t, { platform: PLATFORMS[i % PLATFORMS.length] }));
    for (const t of texts) checker.check(t);
  } finally {
    recordSources(null, null);
  }
  return sources;
}
