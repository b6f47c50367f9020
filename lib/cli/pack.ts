// `pack validate FILE` and `pack test FILE`.
import { runExamples } from '../policy/run-examples';
import { parseArgs, UsageError } from './args';
import { compileStack, displayPath, isCoreFile, loadStack } from './packs';

function oneFile(argv: string[], what: string): string {
  const args = parseArgs(argv, [], []);
  if (args.positionals.length !== 1) throw new UsageError(`usage: pack ${what} FILE`);
  return args.positionals[0];
}

/** Exit 0 when the pack is valid (with healthcare-core underneath unless it is core). */
function validate(argv: string[]): number {
  const file = oneFile(argv, 'validate');
  const loaded = loadStack([file], !isCoreFile(file));
  compileStack(loaded);
  const p = loaded[loaded.length - 1].pack;
  const n = (xs: unknown[] | Record<string, unknown> | undefined) => (Array.isArray(xs) ? xs.length : Object.keys(xs ?? {}).length);
  console.log(`${displayPath(file)}: valid: ${p.pack} ${p.version}, ${n(p.rules)} rules, ${n(p.lists)} lists, ${n(p.detectors)} detector settings, ${n(p.examples)} examples`);
  return 0;
}

const excerpt = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 70 ? `${one.slice(0, 67)}...` : one;
};

/** Runs the pack's examples; exit 1 when any fails. */
function test(argv: string[]): number {
  const file = oneFile(argv, 'test');
  const loaded = loadStack([file], !isCoreFile(file));
  compileStack(loaded);
  const results = runExamples(loaded.map((l) => l.pack));
  for (const r of results) {
    const where = `#${r.index + 1}${r.example.platform ? ` [${r.example.platform}]` : ''}`;
    console.log(`${r.passed ? 'pass' : 'FAIL'}  ${where.padEnd(16)} ${excerpt(r.example.text)}`);
    for (const p of r.problems) console.log(`        ${p}`);
  }
  const failed = results.filter((r) => !r.passed).length;
  console.log(`${results.length - failed} passed, ${failed} failed, ${results.length} examples in ${displayPath(file)}`);
  return failed ? 1 : 0;
}

export function pack(argv: string[]): number {
  const [sub, ...rest] = argv;
  if (sub === 'validate') return validate(rest);
  if (sub === 'test') return test(rest);
  throw new UsageError('usage: pack validate FILE | pack test FILE');
}
