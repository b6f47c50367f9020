// `node --import tsx tests/bench/profile.ts <full|inc><size> [runs] [out.cpuprofile]`: a loop
// over one bench scenario, profiled after the warm-up when an output file is named (read it
// with tests/bench/top.mjs). Not a test.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createChecker } from '../../lib/engine/checker';
import { tierUp } from '../../lib/engine/detectors/shared/keyed';
import { SentenceCache } from '../../lib/engine/doc';
import { loadPackFile } from '../../lib/policy/files';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS_DIR = path.resolve(ROOT, '../shared/corpus');
const scenario = process.argv[2] ?? 'full3000';

const texts: string[] = [];
for (const f of fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl'))) {
  for (const line of fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
}
function draftOf(n: number): string {
  let s = '';
  for (let i = 0; s.length < n; i++) s += texts[i % texts.length] + (i % 3 === 2 ? '\n\n' : ' ');
  const cut = s.lastIndexOf(' ', n);
  return s.slice(0, cut > n * 0.9 ? cut : n);
}

const t0 = performance.now();
const packs = [loadPackFile(path.join(ROOT, 'policies/healthcare-core.yaml')), loadPackFile(path.join(ROOT, 'policies/examples/riverbend.yaml'))];
const checker = createChecker(packs);
checker.check('Mrs. Alvarez in room 412 is finally home after her bypass!');
// As the Worker does in its idle time after the warm-up (keyed.ts tierUp).
if (!process.env.NO_TIER_UP) while (tierUp());
console.log(`load + first check: ${(performance.now() - t0).toFixed(0)} ms`);

const size = Number(scenario.replace(/\D/g, '')) || 3000;
const draft = draftOf(size);
const n = Number(process.argv[3] ?? 20);
// The incremental scenario starts from a draft that is already checked, as in the page.
if (!scenario.startsWith('full')) checker.check(draft, { platform: 'linkedin' });
const out = process.argv[4];
const session = new Session();
if (out) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const t = performance.now();
// CPU time as well: on a machine shared with other work, wall time measures the neighbours too.
const cpu = process.cpuUsage();
for (let k = 0; k < n; k++) {
  if (scenario.startsWith('full')) {
    const edited = draft.slice(0, 10) + String.fromCharCode(97 + (k % 26)) + draft.slice(11);
    createChecker(checker.policy, new SentenceCache()).check(edited, { platform: 'linkedin' });
  } else {
    const at = 500 + ((k * 137) % (size - 1000));
    checker.check(draft.slice(0, at) + 'x' + draft.slice(at), { platform: 'linkedin' });
  }
}
const used = process.cpuUsage(cpu);
console.log(`${scenario}: ${((performance.now() - t) / n).toFixed(2)} ms per check (CPU ${((used.user + used.system) / 1000 / n).toFixed(2)} ms)`);
if (out) {
  const { profile } = await session.post('Profiler.stop');
  fs.writeFileSync(out, JSON.stringify(profile));
}
