// Reading drafts and JSON lines from files or stdin.
import fs from 'node:fs';
import readline from 'node:readline';
import { InputError } from './packs';

export function readText(file: string | undefined): string {
  try {
    return fs.readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${file ?? 'stdin'} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export type JsonLine = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** Calls `each` for every non-empty stdin line, in order, with the line parsed as a JSON object. */
export async function eachJsonLine(each: (line: JsonLine, lineNumber: number) => void): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      each({ ok: false, error: `line ${n}: not valid JSON` }, n);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) each({ ok: false, error: `line ${n}: expected a JSON object` }, n);
    else each({ ok: true, value: value as Record<string, unknown> }, n);
  }
}

/** Writes one output line; waits when the pipe is full so memory stays flat on long inputs. */
export async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) await new Promise((r) => process.stdout.once('drain', r));
}
