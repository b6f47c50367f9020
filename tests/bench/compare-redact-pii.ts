// Guardrail's PHI detector side by side with redact-pii (an npm PII redactor a team might pick
// instead), on the same labelled posts. A post counts as flagged by redact-pii when it redacts
// anything; by Guardrail when it raises a phi warning or error.
// Run from the project root: npx tsx tests/bench/compare-redact-pii.ts [../shared/corpus/*.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import { SyncRedactor } from 'redact-pii';
import { compileStack, loadStack } from '../../lib/cli/packs';
import { createChecker } from '../../lib/engine/checker';

interface Post {
  id: string;
  text: string;
  platform: string;
  author: string;
  labels: string[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  cleanFlagged: number;
  clean: number;
  ms: number;
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync('../shared/corpus').filter((f) => f.endsWith('.jsonl')).map((f) => path.join('../shared/corpus', f));
const posts: Post[] = files.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Post));

function tally(flag: (p: Post) => boolean): Tally {
  const t: Tally = { tp: 0, fp: 0, fn: 0, tn: 0, cleanFlagged: 0, clean: 0, ms: 0 };
  const start = performance.now();
  for (const p of posts) {
    const want = p.labels.includes('phi');
    const got = flag(p);
    if (want && got) t.tp++;
    else if (!want && got) t.fp++;
    else if (want) t.fn++;
    else t.tn++;
    if (p.labels.length === 0) {
      t.clean++;
      if (got) t.cleanFlagged++;
    }
  }
  t.ms = performance.now() - start;
  return t;
}

const redactor = new SyncRedactor();
const redactPii = tally((p) => redactor.redact(p.text) !== p.text);

const checker = createChecker(compileStack(loadStack(['policies/examples/riverbend.yaml'], true)));
const guardrail = tally((p) =>
  checker.check(p.text, { platform: p.platform, author: p.author }).findings.some((f) => f.category === 'phi' && f.severity !== 'info'),
);

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '0.0');
function row(name: string, t: Tally): string {
  const precision = t.tp / (t.tp + t.fp || 1);
  const recall = t.tp / (t.tp + t.fn || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return `| ${name} | ${pct(t.tp, t.tp + t.fp)} | ${pct(t.tp, t.tp + t.fn)} | ${(100 * f1).toFixed(1)} | ${t.tp}/${t.fp}/${t.fn} | ${pct(t.cleanFlagged, t.clean)} | ${(t.ms / posts.length).toFixed(2)} |`;
}

console.log(`PHI, post level, ${posts.length} posts (${posts.filter((p) => p.labels.includes('phi')).length} with phi, ${posts.filter((p) => !p.labels.length).length} clean)\n`);
console.log('| tool | precision % | recall % | F1 % | tp/fp/fn | clean posts flagged % | ms per post |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(row('Guardrail (phi findings; time is the full check, all categories)', guardrail));
console.log(row('redact-pii 3.4 (any redaction)', redactPii));
