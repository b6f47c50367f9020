// `npm run train`: trains the learned second opinion (lib/engine/model) on the tuning writers'
// drafts and the shared development corpus, never on sealed writers. For each category it
// picks the probability threshold by leave-one-writer-out cross-validation: the threshold that
// gives the best F1 of rules-plus-model on writers the model did not see, with no more than a
// small rise in warned clean drafts, never below 0.6; a category where the model does not help
// stays off.
// Writes lib/engine/model/weights.json.
import fs from 'node:fs';
import path from 'node:path';
import type { ModelWeights } from '../../engine/model/types';
import { CATEGORIES } from '../corpus';
import { chooseThreshold, examples, KEEP, outOfFold, ROOT, rows } from './cross-validate';
import { prune, trainLogistic } from './logistic';

const OUT = path.join(ROOT, 'lib/engine/model/weights.json');

function main(): void {
  const t0 = performance.now();
  const data = rows();
  const groups = new Set(data.map((r) => r.group));
  const model: ModelWeights = { version: 1, trainedOn: '', categories: {} };
  const report: string[] = [];
  for (const category of CATEGORIES) {
    const choice = chooseThreshold(data, category, outOfFold(data, category));
    report.push(`${category.padEnd(22)} rules F1 ${(choice.base * 100).toFixed(1)} -> with model ${(choice.best * 100).toFixed(1)} (raise at ${choice.threshold}, clean warned +${(choice.cleanAdded * 100).toFixed(1)}%)`);
    if (!Number.isFinite(choice.threshold)) continue;
    const final = prune(trainLogistic(examples(data, category)), KEEP);
    const weights: Record<string, number> = {};
    for (const [f, w] of [...final.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) weights[f] = Math.round(w * 1000) / 1000;
    model.categories[category] = { bias: Math.round(final.bias * 1000) / 1000, threshold: choice.threshold, weights };
  }
  model.trainedOn = `${data.length} drafts from ${groups.size} groups (tuning writers and the shared dev corpus); thresholds by leave-one-writer-out cross-validation`;
  fs.writeFileSync(OUT, JSON.stringify(model) + '\n');
  console.log(report.join('\n'));
  console.log(`${model.trainedOn}\nwrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
