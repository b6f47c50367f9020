// `check`: one draft (text or JSON output), or a JSON-lines batch in one process.
import { createChecker } from '../engine/checker';
import { PLATFORMS } from '../engine/types';
import { parseArgs, single, UsageError } from './args';
import { formatText } from './format';
import { eachJsonLine, readText, writeLine } from './io';
import { compileStack, loadStack } from './packs';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function checkPlatform(p: string | undefined): string | undefined {
  if (p !== undefined && !(PLATFORMS as readonly string[]).includes(p)) throw new UsageError(`unknown platform "${p}"; expected one of ${PLATFORMS.join(', ')}`);
  return p;
}

export async function check(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['--pack', '--platform', '--author', '--format'], ['--no-core', '--jsonl']);
  const format = single(args, '--format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const platform = checkPlatform(single(args, '--platform'));
  const author = single(args, '--author');
  const checker = createChecker(compileStack(loadStack(args.values.get('--pack') ?? [], !args.flags.has('--no-core'))));

  if (args.flags.has('--jsonl')) {
    if (args.positionals.length) throw new UsageError('check --jsonl reads stdin; do not give a file');
    const lines: string[] = [];
    await eachJsonLine((line) => {
      if (!line.ok) {
        lines.push(JSON.stringify({ id: null, findings: [], error: line.error }));
        return;
      }
      const { id, text } = line.value;
      if (typeof text !== 'string') {
        lines.push(JSON.stringify({ id: id ?? null, findings: [], error: '"text" must be a string' }));
        return;
      }
      const p = str(line.value.platform) ?? platform;
      const result = checker.check(text, { platform: p, author: str(line.value.author) ?? author });
      lines.push(JSON.stringify({ id: id ?? null, findings: result.findings, ...(result.truncated ? { truncated: result.truncated } : {}), ...(result.errors ? { errors: result.errors } : {}) }));
    });
    for (const l of lines) await writeLine(l);
    return 0;
  }

  if (args.positionals.length > 1) throw new UsageError('check takes one FILE (or - for stdin)');
  const file = args.positionals[0];
  const text = readText(file);
  const result = checker.check(text, { platform, author });
  if (format === 'json') await writeLine(JSON.stringify(result, null, 2));
  else await writeLine(formatText(file && file !== '-' ? file : 'stdin', text, result));
  return 0;
}
