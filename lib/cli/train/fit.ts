// One training of the learned second opinion on labelled rows: out-of-fold predictions over
// folds of whole rounds of writers, one bar per category under the whole-model clean budget,
// then each category that qualifies trained on all rows. `npm run train` runs it once.
import type { ModelWeights } from '../../engine/model/types';
import { CATEGORIES, writerRounds } from '../corpus';
import { chooseThresholds, examples, f1, KEEP, outcomes, outOfFold, precision, roundFolds, TRAIN, type Counts, type Outcome, type Row } from './cross-validate';
import { prune, trainLogistic } from './logistic';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const pr = (c: Counts) => `${pct(precision(c))} ${pct(c.tp / Math.max(1, c.tp + c.fn))} ${pct(f1(c))}`;

export function fit(data: readonly Row[], without = ''): { model: ModelWeights; report: string } {
  const groups = new Set(data.map((r) => r.group));
  const fold = roundFolds(groups, writerRounds());
  const folds = new Set(fold.values()).size;
  const model: ModelWeights = { version: 1, trainedOn: '', categories: {} };
  const byCategory: Record<string, Outcome[]> = {};
  for (const category of CATEGORIES) byCategory[category] = outcomes(data, category, outOfFold(data, category, (g) => fold.get(g)!));
  const choices = chooseThresholds(byCategory);
  const report = [`out of fold (${folds} folds, one per round of writers): rules P R F1 -> with model P R F1, the model's added warnings right/wrong, clean drafts it warns`];
  for (const category of CATEGORIES) {
    const choice = choices[category];
    const on = Number.isFinite(choice.threshold);
    report.push(`${category.padEnd(22)} ${pr(choice.rules)} -> ${pr(choice.withModel)}  ${on ? `at ${choice.threshold.toFixed(3)}: +${choice.added.tp}/-${choice.added.fp}, clean +${choice.cleanCount} (${(choice.cleanAdded * 100).toFixed(2)}%)` : 'off'}`);
    if (!on) continue;
    const final = prune(trainLogistic(examples(data, category), TRAIN), KEEP);
    const weights: Record<string, number> = {};
    for (const [f, w] of [...final.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) weights[f] = Math.round(w * 1000) / 1000;
    model.categories[category] = { bias: Math.round(final.bias * 1000) / 1000, threshold: choice.threshold, weights };
  }
  model.trainedOn = `${data.length} drafts from ${groups.size} groups (tuning writers${without ? `, without ${without}` : ''}, and the shared dev corpus); thresholds calibrated by cross-validation over ${folds} folds of whole rounds of writers, under one clean budget for all categories`;
  return { model, report: report.join('\n') };
}
