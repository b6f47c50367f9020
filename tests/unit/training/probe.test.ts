import { it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../../components/training/scenarios';
import { createChecker } from '../../../lib/engine/checker';
import { CORE_PACK_PATH, loadPackFile } from '../../../lib/policy/files';
it('probe', () => {
  const packs = [loadPackFile(CORE_PACK_PATH), loadPackFile(CORE_PACK_PATH.replace('healthcare-core.yaml', 'examples/riverbend.yaml'))];
  const c = createChecker(packs);
  for (const s of BUILTIN_SCENARIOS) {
    const hits = c.check(s.text, { platform: s.platform, author: s.author }).findings.filter((f) => f.severity !== 'info');
    const cats = [...new Set(hits.map((f) => f.category))];
    const ok = s.expect.length ? s.expect.every((e) => cats.includes(e)) : cats.length === 0;
    console.log(ok ? 'OK  ' : 'MISS', s.id, 'expect', s.expect.join(','), 'got', hits.map((f) => `${f.category}:${f.ruleId}`).join(' '));
  }
});
