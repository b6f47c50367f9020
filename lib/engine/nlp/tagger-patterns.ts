// compromise builds its tagger's match net on the first parse of a process: it parses the ~570
// patterns of its post-tagger from match syntax (~35 ms, a third of compromise's cold first
// parse in the engine's Worker; issue 16's cold start). Those parsed patterns depend only on
// compromise's version, so `npm run generate` stores them (tagger-patterns.generated.ts) and
// this serves each one, once, to that first build; anything else goes to compromise's parser.
import { TAGGER_PATTERNS } from './tagger-patterns.generated';

type Parse = (pattern: unknown, options: unknown, world: unknown) => unknown;
type Reg = Record<string, unknown> & { fastOr?: unknown; regex?: unknown; choices?: Reg[][] };

/** JSON cannot hold a Set or a RegExp: stored as { set: [...] } and { re: [source, flags] }. */
export function storable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (v instanceof Set ? { set: [...v] } : v instanceof RegExp ? { re: [v.source, v.flags] } : v)));
}

function revive(regs: Reg[]): Reg[] {
  for (const reg of regs) {
    const fastOr = reg.fastOr as { set?: string[] } | undefined;
    if (fastOr?.set) reg.fastOr = new Set(fastOr.set);
    const regex = reg.regex as { re?: [string, string] } | undefined;
    if (regex?.re) reg.regex = new RegExp(regex.re[0], regex.re[1]);
    for (const choice of reg.choices ?? []) revive(choice);
  }
  return regs;
}

/** compromise's parseMatch, answering the stored tagger patterns from the table. */
export function withStoredPatterns(parse: Parse, table: string = TAGGER_PATTERNS): Parse {
  let stored: Map<string, Reg[]> | undefined;
  return (pattern, options, world) => {
    if (typeof pattern === 'string' && (options === undefined || (typeof options === 'object' && options !== null && !Object.keys(options).length))) {
      stored ??= new Map(JSON.parse(table) as [string, Reg[]][]);
      const regs = stored.get(pattern);
      // Served once: compromise keeps what it is given, and builds its net once per process.
      if (regs) {
        stored.delete(pattern);
        return revive(regs);
      }
    }
    return parse(pattern, options, world);
  };
}
