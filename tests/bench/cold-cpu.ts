// `node --import tsx tests/bench/cold-cpu.ts [RUNS] [REF...]`: the engine's cold start as the
// Worker pays it, in CPU time (steadier than wall time on a loaded machine): the engine bundled
// by esbuild as the extension bundles it, then in each of RUNS fresh processes (default 7) its
// module evaluation, compiling the Riverbend stack, and the first check of a 200-character
// draft; medians printed. With git REFs (commits, branches), each ref's engine is measured too,
// runs interleaved, so that a before/after comparison shares the machine's load.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPackFile } from '../../lib/policy/files';

const ROOT = path.resolve(import.meta.dirname, '../..');
const runs = Number(process.argv[2] ?? 7);
const refs = process.argv.slice(3);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrail-cold-'));
const DRAFT = 'So proud of our nurses on 4 West! Mrs. Alvarez in room 412 finally went home after her bypass, and our new clinic on Main St opens Monday. Book a visit at riverbend.example.org #RiverbendCares today!';

const packsFile = path.join(dir, 'packs.json');
fs.writeFileSync(packsFile, JSON.stringify(['policies/healthcare-core.yaml', 'policies/examples/riverbend.yaml'].map((p) => loadPackFile(path.join(ROOT, p)))));
const esbuild = path.join(ROOT, 'node_modules/.bin/esbuild');
const bundle = (src: string, out: string) => execFileSync(esbuild, [path.join(src, 'lib/engine/service.ts'), '--bundle', '--format=esm', '--platform=node', `--outfile=${out}`, '--log-level=error'], { cwd: src });

const engines: [string, string][] = [['working tree', path.join(dir, 'engine.mjs')]];
bundle(ROOT, engines[0][1]);
for (const ref of refs) {
  const src = path.join(dir, `src-${engines.length}`);
  fs.mkdirSync(src);
  execFileSync('sh', ['-c', `git archive ${ref} lib | tar -x -C ${src}`], { cwd: ROOT });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'));
  engines.push([ref, path.join(dir, `engine-${engines.length}.mjs`)]);
  bundle(src, engines[engines.length - 1][1]);
}

const probe = path.join(dir, 'probe.mjs');
fs.writeFileSync(
  probe,
  `import fs from 'node:fs';
const packs = JSON.parse(fs.readFileSync(${JSON.stringify(packsFile)}, 'utf8'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu();
const { EngineService } = await import(process.argv[2]);
const c1 = cpu();
const service = new EngineService();
service.load('cold', packs);
const c2 = cpu();
const reply = service.handle({ composer: 'cold', revision: 1, text: ${JSON.stringify(DRAFT)}, platform: 'x', author: '', exceptions: [], policy: { revision: 'cold' } });
const c3 = cpu();
console.log(JSON.stringify({ module: c1 - c0, compile: c2 - c1, check: c3 - c2, findings: reply.findings?.length ?? reply.status }));`,
);

const rows = new Map<string, Record<string, number>[]>(engines.map(([name]) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, file] of engines) rows.get(name)!.push(JSON.parse(execFileSync(process.execPath, [probe, file], { encoding: 'utf8' })));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [name, rs] of rows) {
  const m = (k: string) => median(rs.map((r) => r[k]));
  console.log(
    `${name.padEnd(14)} CPU medians of ${runs}: module evaluation ${m('module').toFixed(0)} ms, compile ${m('compile').toFixed(0)} ms, first check ${m('check').toFixed(0)} ms, compile + first check ${median(rs.map((r) => r.compile + r.check)).toFixed(0)} ms (findings ${rs[0].findings})`,
  );
}
fs.rmSync(dir, { recursive: true, force: true });
