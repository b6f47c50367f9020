// `identifiers --jsonl`: every HIPAA identifier recognized in each line's text, whatever the context.
import { recognizeIdentifiers } from '../engine/recognizers/identifiers';
import { parseArgs, UsageError } from './args';
import { eachJsonLine, writeLine } from './io';

export async function identifiers(argv: string[]): Promise<number> {
  const args = parseArgs(argv, [], ['--jsonl']);
  if (!args.flags.has('--jsonl') || args.positionals.length) throw new UsageError('usage: identifiers --jsonl < lines of {"id","text"}');
  const lines: string[] = [];
  await eachJsonLine((line) => {
    if (!line.ok) {
      lines.push(JSON.stringify({ id: null, identifiers: [], error: line.error }));
      return;
    }
    const { id, text } = line.value;
    if (typeof text !== 'string') {
      lines.push(JSON.stringify({ id: id ?? null, identifiers: [], error: '"text" must be a string' }));
      return;
    }
    const found = recognizeIdentifiers(text).map(({ kind, start, end }) => ({ kind, start, end }));
    lines.push(JSON.stringify({ id: id ?? null, identifiers: found }));
  });
  for (const l of lines) await writeLine(l);
  return 0;
}
