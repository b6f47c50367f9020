import fs from 'node:fs';
import { compilePolicy } from './lib/policy/compile';
import { loadPack } from './lib/policy/load';
let t = performance.now();
const packs = ['policies/healthcare-core.yaml', 'policies/examples/riverbend.yaml'].map((f) => { const r = loadPack(fs.readFileSync(f, 'utf8')); if (!r.ok) throw 0; return r.pack; });
console.log('load', (performance.now() - t).toFixed(0));
for (let i = 0; i < 3; i++) { t = performance.now(); compilePolicy(packs); console.log('compile', (performance.now() - t).toFixed(0)); }
