// A small argument parser for the CLI's fixed grammar; unknown flags are errors, not ignored.

export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string[]>;
}

/** Parses argv given which flags take a value and which stand alone. */
export function parseArgs(argv: string[], withValue: readonly string[], alone: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-' || !a.startsWith('-')) {
      out.positionals.push(a);
      continue;
    }
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (withValue.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      out.values.set(name, [...(out.values.get(name) ?? []), value]);
    } else if (alone.includes(name) && inline === undefined) out.flags.add(name);
    else throw new UsageError(`unknown option ${name}`);
  }
  return out;
}

export function single(args: ParsedArgs, name: string): string | undefined {
  const v = args.values.get(name);
  if (v && v.length > 1) throw new UsageError(`${name} is given more than once`);
  return v?.[0];
}
