// `npm run train [-- --exclude w53-w57]`: trains the learned second opinion (lib/engine/model) on
// the tuning writers' drafts (less any excluded writers, so that a model can be measured on
// writers it never saw) and the shared development corpus, never on sealed writers. Each
// category's threshold is chosen on out-of-fold predictions (ten folds, each holding whole
// writers) under the calibration of cross-validate.ts: the warnings the model adds must be
// right nine times in ten and touch almost no clean draft; a category where no threshold
// qualifies stays off. Ten folds rather than one per writer: leaving one writer out at a time
// took most of an hour on this machine, for the same honest estimate.
// Writes lib/engine/model/weights.json.
import fs from 'node:fs';
import path from 'node:path';
import type { ModelWeights } from '../../engine/model/types';
import { CATEGORIES, writerSet } from '../corpus';
import { chooseThreshold, examples, f1, KEEP, outcomes, outOfFold, precision, ROOT, rows, type Counts } from './cross-validate';
import { prune, trainLogistic } from './logistic';

const OUT = path.join(ROOT, 'lib/engine/model/weights.json');
const FOLDS = 10;

const args = process.argv.slice(2);
const exclude = writerSet(args.includes('--exclude') ? args[args.indexOf('--exclude') + 1] ?? '' : '');

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const pr = (c: Counts) => `${pct(precision(c))} ${pct(c.tp / Math.max(1, c.tp + c.fn))} ${pct(f1(c))}`;

function main(): void {
  const t0 = performance.now();
  const data = rows(exclude);
  const groups = new Set(data.map((r) => r.group));
  // Writers dealt round-robin in id order: folds of similar size, the same on every run.
  const fold = new Map([...groups].sort().map((g, i) => [g, String(i % FOLDS)]));
  const model: ModelWeights = { version: 1, trainedOn: '', categories: {} };
  const report = [`out of fold (${FOLDS} folds of whole writers): rules P R F1 -> with model P R F1, the model's added warnings right/wrong, clean drafts it warns`];
  for (const category of CATEGORIES) {
    const choice = chooseThreshold(outcomes(data, category, outOfFold(data, category, (g) => fold.get(g)!)));
    const on = Number.isFinite(choice.threshold);
    report.push(`${category.padEnd(22)} ${pr(choice.rules)} -> ${pr(choice.withModel)}  ${on ? `at ${choice.threshold.toFixed(3)}: +${choice.added.tp}/-${choice.added.fp}, clean +${(choice.cleanAdded * 100).toFixed(2)}%` : 'off'}`);
    if (!on) continue;
    const final = prune(trainLogistic(examples(data, category)), KEEP);
    const weights: Record<string, number> = {};
    for (const [f, w] of [...final.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) weights[f] = Math.round(w * 1000) / 1000;
    model.categories[category] = { bias: Math.round(final.bias * 1000) / 1000, threshold: choice.threshold, weights };
  }
  const without = exclude.size ? `, without ${[...exclude].join(' ')}` : '';
  model.trainedOn = `${data.length} drafts from ${groups.size} groups (tuning writers${without}, and the shared dev corpus); thresholds calibrated by ${FOLDS}-fold cross-validation over writers`;
  fs.writeFileSync(OUT, JSON.stringify(model) + '\n');
  console.log(report.join('\n'));
  console.log(`${model.trainedOn}\nwrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
