// `npm run eval`: scores the engine on the project's corpus, tuning writers and sealed writers
// apart, and on the shared development corpus. Misses are printed for tuning drafts only:
// sealed drafts are measured, never read (see tests/corpus/README.md).
//   npm run eval [-- --misses] [--rules] [--json] [--only tuning|dev] [--sealed] [--writers w34-w38,w44]
// --writers keeps the drafts of those writers (ids or ranges): e.g. the writers a change was made without.
// Sealed writers are scored only with --sealed: their figures are read once, at the end of a round.
import { corpus, sharedDev, writerSet, type Draft } from '../../lib/cli/corpus';
import { findingsOf, riverbendChecker } from './engine';
import { formatScore, score, type Score } from './score';

const args = process.argv.slice(2);
const misses = args.includes('--misses');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const checker = riverbendChecker({ model: !args.includes('--rules') });
const writers = args.includes('--writers') ? writerSet(args[args.indexOf('--writers') + 1] ?? '') : undefined;
const keep = (drafts: Draft[]) => (writers ? drafts.filter((d) => writers.has(d.writer ?? d.id.slice(0, 3))) : drafts);
const run = findingsOf(checker);

const sets: [string, () => Draft[]][] = [
  ['tuning writers', () => corpus('tuning')],
  ['sealed writers', () => corpus('sealed')],
  ['shared dev corpus', sharedDev],
];
const out: Record<string, Omit<Score, 'misses'>> = {};
const t0 = performance.now();
for (const [name, load] of sets) {
  if (only && !name.startsWith(only)) continue;
  if (name === 'sealed writers' && !args.includes('--sealed')) continue;
  const s = score(keep(load()), run);
  const { misses: m, ...rest } = s;
  out[name] = rest;
  if (args.includes('--json')) continue;
  console.log(formatScore(name, s) + '\n');
  if (misses && name !== 'sealed writers') {
    for (const x of m) console.log(`[${x.kind}: ${x.category}] ${x.id}\n  ${x.text.replace(/\n/g, '\n  ')}`);
    console.log();
  }
}
if (args.includes('--json')) console.log(JSON.stringify(out));
else console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s, learned second opinion ${checker.policy.model ? 'on' : 'off'}`);
