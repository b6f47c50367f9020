// `node --import tsx tests/bench/findings-dump.ts OUT.json`: the riverbend checker's findings
// (rules alone and with the learned second opinion) over every tuning-writer draft and the shared
// dev corpus, as compact JSON, so that two versions of the engine can be diffed finding by
// finding (issue 16: the lexicon matcher swap must not change any). Sealed writers are never read.
import fs from 'node:fs';
import { corpus, sharedDev } from '../../lib/cli/corpus';
import { riverbendChecker } from '../eval/engine';

const out = process.argv[2] ?? 'findings.json';
const drafts = [...corpus('tuning'), ...sharedDev()];
const dump: Record<string, Record<string, string[]>> = {};
for (const model of [false, true]) {
  const checker = riverbendChecker({ model });
  const mode = model ? 'model' : 'rules';
  dump[mode] = {};
  drafts.forEach((d, i) => {
    const findings = checker.check(d.text, { platform: d.platform, author: d.author }).findings;
    dump[mode][`${i}:${d.id}`] = findings.map((f) => `${f.category} ${f.ruleId} ${f.start}-${f.end} ${f.severity} ${f.confidence.toFixed(3)} ${f.message}`);
  });
}
fs.writeFileSync(out, JSON.stringify(dump, null, 1));
console.log(`${drafts.length} drafts, ${Object.values(dump).reduce((n, m) => n + Object.values(m).flat().length, 0)} findings -> ${out}`);
