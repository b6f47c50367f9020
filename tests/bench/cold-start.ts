// `node --import tsx tests/bench/cold-start.ts PACKS.json [--warm] [--profile OUT.cpuprofile] [--regex N]`:
// what the engine's Worker does when it starts, in this fresh process: import the engine, compile
// the packs (given as the plain objects the Worker receives, so nothing is compiled beforehand),
// and answer the first check (--warm: after the warm-up steps the Worker runs in its idle time
// once a policy loads). Prints one JSON line. `npm run bench` runs it; a measurement, not
// a test. --profile writes a CPU profile of compile + first check (read it with top.mjs);
// --regex N prints the N expressions that took the longest inside RegExp exec (a first exec
// includes V8 compiling the expression).
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';

export const COLD_POST = 'Mrs. Alvarez in room 412 is finally home after her bypass!';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const packs = JSON.parse(fs.readFileSync(args[0], 'utf8'));

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { EngineService } = await import('../../lib/engine/service');
const t1 = performance.now();

const profile = option('--profile');
const session = new Session();
if (profile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
}
const regexTop = Number(option('--regex') ?? 0);
const exec = RegExp.prototype.exec;
const spent = new Map<string, number>();
if (regexTop) {
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const t = performance.now();
    const m = exec.call(this, s);
    const key = `${String(this.source.length).padStart(6)} chars /${this.flags}  ${this.source.slice(0, 70)}`;
    spent.set(key, (spent.get(key) ?? 0) + performance.now() - t);
    return m;
  };
}

const cpu1 = process.cpuUsage();
const service = new EngineService();
service.load('cold', packs);
let t2 = performance.now();
if (args.includes('--warm')) {
  for (const step of service.warmUpSteps('cold')) step();
  t2 = performance.now();
}
const reply = service.handle({ type: 'engine/check', composer: 'cold', revision: 1, text: COLD_POST, platform: 'x', author: '', exceptions: [], policy: { revision: 'cold' } });
const t3 = performance.now();
const cpu = process.cpuUsage(cpu1);
RegExp.prototype.exec = exec;

if (profile) {
  const { profile: data } = await session.post('Profiler.stop');
  fs.writeFileSync(profile, JSON.stringify(data));
}
if (regexTop) {
  const inRegex = [...spent.values()].reduce((a, b) => a + b, 0);
  console.error(`inside RegExp exec: ${inRegex.toFixed(0)} ms (${spent.size} expressions)`);
  for (const [k, t] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, regexTop)) console.error(`${t.toFixed(1).padStart(7)} ms  ${k}`);
}
const all = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    importMs: t1 - t0,
    // Compiling the packs (with --warm: and the warm-up steps).
    compileMs: t2 - t1,
    firstCheckMs: t3 - t2,
    coldMs: t3 - t1,
    // CPU time of the process (all its threads) for compile + first check, and from the start.
    coldCpuMs: (cpu.user + cpu.system) / 1000,
    totalCpuMs: (all.user + all.system) / 1000,
    findings: reply.status === 'ok' ? reply.findings.map((f) => f.ruleId) : reply.status,
  }),
);
