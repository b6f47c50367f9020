// `node tests/bench/top.mjs FILE.cpuprofile [N]`: the top functions by self time and by total
// (inclusive) time, so a profile can be read without a browser.
import fs from 'node:fs';

const [file, n = '30'] = process.argv.slice(2);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((node) => [node.id, node]));
const dt = new Map();
prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const parent = new Map();
for (const node of prof.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const label = (node) => {
  const cf = node.callFrame;
  return `${cf.functionName || '(anon)'} ${cf.url.replace(/^.*\/(node_modules|main)\//, '')}:${cf.lineNumber + 1}`;
};
const self = new Map();
const incl = new Map();
for (const [id, t] of dt) {
  const node = byId.get(id);
  self.set(label(node), (self.get(label(node)) ?? 0) + t);
  // Inclusive: count each label once per sample stack.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur));
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) ?? 0) + t);
  }
}
const show = (title, m) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [l, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${l}`);
};
show('self time', self);
show('total time', incl);
