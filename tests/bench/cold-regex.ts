// `node --import tsx tests/bench/cold-regex.ts [N]`: in this fresh process, compiles the packs and
// runs the first check, and prints the time spent inside RegExp exec per expression (first runs
// include V8's compile), largest first. Used to find which lexicon expressions dominate the
// worker's cold start (issue 16, item 4); a measurement, not a test.
import path from 'node:path';
import { createChecker } from '../../lib/engine/checker';
import { loadPackFile } from '../../lib/policy/files';

const ROOT = path.resolve(import.meta.dirname, '../..');
const n = Number(process.argv[2] ?? 15);
const packs = [loadPackFile(path.join(ROOT, 'policies/healthcare-core.yaml')), loadPackFile(path.join(ROOT, 'policies/examples/riverbend.yaml'))];

const exec = RegExp.prototype.exec;
const spent = new Map<string, number>();
RegExp.prototype.exec = function (this: RegExp, s: string) {
  const t = performance.now();
  const m = exec.call(this, s);
  const key = `${String(this.source.length).padStart(6)} chars /${this.flags}  ${this.source.slice(0, 60)}`;
  spent.set(key, (spent.get(key) ?? 0) + performance.now() - t);
  return m;
};
const t0 = performance.now();
createChecker(packs).check('Mrs. Alvarez in room 412 is finally home after her bypass!');
const total = performance.now() - t0;
RegExp.prototype.exec = exec;

const inRegex = [...spent.values()].reduce((a, b) => a + b, 0);
console.log(`compile packs + first check: ${total.toFixed(0)} ms, of it inside RegExp exec: ${inRegex.toFixed(0)} ms (${spent.size} expressions)`);
for (const [k, t] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${t.toFixed(1).padStart(7)} ms  ${k}`);
