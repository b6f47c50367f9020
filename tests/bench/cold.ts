// `node --cpu-prof --import tsx tests/bench/cold.ts`: import, compile the packs and check one
// post, for profiling the first check after start. Not a test.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPackFile } from '../../lib/policy/files';

const ROOT = path.resolve(import.meta.dirname, '../..');
const packs = [loadPackFile(path.join(ROOT, 'policies/healthcare-core.yaml')), loadPackFile(path.join(ROOT, 'policies/examples/riverbend.yaml'))];
const t0 = performance.now();
const { createChecker } = await import('../../lib/engine/checker');
const t1 = performance.now();
const checker = createChecker(packs);
const t2 = performance.now();
checker.check('Mrs. Alvarez in room 412 is finally home after her bypass!');
const t3 = performance.now();
console.log(JSON.stringify({ importMs: Math.round(t1 - t0), compileMs: Math.round(t2 - t1), firstCheckMs: Math.round(t3 - t2) }));
