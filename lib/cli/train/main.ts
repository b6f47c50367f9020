// `npm run train [-- --exclude w53-w57]`: trains the learned second opinion (lib/engine/model) on
// the tuning writers' drafts (less any excluded writers, so that a model can be measured on
// writers it never saw) and the shared development corpus, never on sealed writers. Features
// seen in fewer than three writers' drafts get no weight. The thresholds are chosen on
// out-of-fold predictions, each fold a whole round of writers (new writers arrive a round at a
// time, in the style of their day), under the calibration of cross-validate.ts: the warnings
// the model adds must be right nine times in ten, and all categories together may touch only a
// few clean drafts; a category where no threshold qualifies stays off (see fit.ts).
// Writes lib/engine/model/weights.json.
import fs from 'node:fs';
import path from 'node:path';
import { writerSet } from '../corpus';
import { ROOT, rows } from './cross-validate';
import { fit } from './fit';

const OUT = path.join(ROOT, 'lib/engine/model/weights.json');

const args = process.argv.slice(2);
const exclude = writerSet(args.includes('--exclude') ? args[args.indexOf('--exclude') + 1] ?? '' : '');

function main(): void {
  const t0 = performance.now();
  const { model, report } = fit(rows(exclude), [...exclude].join(' '));
  fs.writeFileSync(OUT, JSON.stringify(model) + '\n');
  console.log(report);
  console.log(`${model.trainedOn}\nwrote ${path.relative(ROOT, OUT)} (${fs.statSync(OUT).size} bytes) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
