// Where in a text a match of an RE2 program can start: one backward pass of a lazily built
// DFA over the reversed program. Most texts have no match, and most positions start none:
// this answers them at a few nanoseconds a character, and the Pike VM (regex-vm.ts) runs only
// from a position where a match is known to start. Each step costs at most the program's
// size (a state is a set of instructions), so the pass stays linear in the text.
import { Empty, Op } from './regex-program';

interface State {
  /** Instructions, reached by reading a character, from which a match can be completed here. */
  targets: Int32Array;
  /** Whether a match can start here. */
  accepts: boolean;
  /** Transitions by (code point, class of the code unit before), as met: a few per state. */
  next: Map<number, State>;
}

// Context classes of a code unit (all that RE2's empty-width assertions look at).
const NONE = 0;
const NEWLINE = 1;
const WORD = 2;
const OTHER = 3;
const classOf = (c: number) => (c < 0 ? NONE : c === 10 ? NEWLINE : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? WORD : OTHER);

/** The context class of the code unit at i (NONE outside the text). */
export const unitClass = (text: string, i: number) => (i < 0 || i >= text.length ? NONE : classOf(text.charCodeAt(i)));

/** RE2's empty-width conditions that hold between code units of these classes. */
export function context(before: number, after: number): number {
  let flags = 0;
  if (before === NONE) flags |= Empty.BEGIN_TEXT | Empty.BEGIN_LINE;
  else if (before === NEWLINE) flags |= Empty.BEGIN_LINE;
  if (after === NONE) flags |= Empty.END_TEXT | Empty.END_LINE;
  else if (after === NEWLINE) flags |= Empty.END_LINE;
  flags |= (before === WORD) !== (after === WORD) ? Empty.WORD_BOUNDARY : Empty.NO_WORD_BOUNDARY;
  return flags;
}

/**
 * The cache starts over beyond this many instructions held in states (about 2 MB), so that a
 * pathological program cannot grow it without bound; RE2 bounds its DFA's memory likewise.
 */
const MAX_HELD = 250_000;

export class MatchStarts {
  /** For each instruction, those that read a character and lead to it. */
  private readonly runePreds: number[][];
  /** For each instruction, those that lead to it without reading a character. */
  private readonly epsPreds: number[][];
  private readonly isTarget: Uint8Array;
  private readonly matches: number[] = [];
  private states = new Map<string, State>();
  private held = 0;
  private readonly initial = new Map<number, State>();
  private readonly marks: Int32Array;
  private generation = 0;

  constructor(
    private readonly code: Int32Array,
    private readonly reads: (i: number, c: number) => boolean,
    private readonly start: number,
  ) {
    const n = code.length / 3;
    this.runePreds = Array.from({ length: n }, () => []);
    this.epsPreds = Array.from({ length: n }, () => []);
    this.isTarget = new Uint8Array(n);
    this.marks = new Int32Array(n);
    for (let pc = 0; pc < n; pc++) {
      const [op, out, arg] = [code[3 * pc], code[3 * pc + 1], code[3 * pc + 2]];
      if (op === Op.MATCH) this.matches.push(pc);
      else if (op === Op.ALT) this.epsPreds[out].push(pc), this.epsPreds[arg].push(pc);
      else if (op === Op.NOP || op === Op.CAPTURE || op === Op.EMPTY) this.epsPreds[out].push(pc);
      else if (op !== Op.FAIL) {
        this.runePreds[out].push(pc);
        this.isTarget[out] = 1;
      }
    }
  }

  /** starts[p] is 1 when a match (possibly empty) starts at p, decoding from p. */
  scan(text: string): Uint8Array {
    const len = text.length;
    const starts = new Uint8Array(len + 1);
    let state = this.initialState(unitClass(text, len - 1));
    starts[len] = state.accepts ? 1 : 0;
    // The states at i + 1 and i + 2: a surrogate pair at i continues at i + 2.
    let at1 = state;
    let at2 = state;
    for (let i = len - 1; i >= 0; i--) {
      const c = text.codePointAt(i)!;
      const after = c > 0xffff ? at2 : at1;
      const before = unitClass(text, i - 1);
      const key = c * 4 + before;
      state = after.next.get(key) ?? this.step(after, key, c, before);
      starts[i] = state.accepts ? 1 : 0;
      at2 = at1;
      at1 = state;
    }
    return starts;
  }

  private initialState(before: number): State {
    let s = this.initial.get(before);
    if (!s) this.initial.set(before, (s = this.close(this.matches, context(before, NONE))));
    return s;
  }

  /** The state before reading c at a position whose previous code unit is of class `before`. */
  private step(after: State, key: number, c: number, before: number): State {
    const seeds = [...this.matches];
    for (const y of after.targets) for (const x of this.runePreds[y]) if (this.reads(3 * x, c)) seeds.push(x);
    const s = this.close(seeds, context(before, classOf(c)));
    if (this.held > MAX_HELD) this.reset();
    else after.next.set(key, s);
    return s;
  }

  /** Everything that leads to `seeds` without reading, under the empty-width context `cond`. */
  private close(seeds: number[], cond: number): State {
    const gen = ++this.generation;
    const stack = [...seeds];
    for (const pc of seeds) this.marks[pc] = gen;
    const targets: number[] = [];
    let accepts = false;
    while (stack.length) {
      const y = stack.pop()!;
      if (this.isTarget[y]) targets.push(y);
      if (y === this.start) accepts = true;
      for (const x of this.epsPreds[y]) {
        if (this.marks[x] === gen) continue;
        if (this.code[3 * x] === Op.EMPTY && (this.code[3 * x + 2] & ~cond) !== 0) continue;
        this.marks[x] = gen;
        stack.push(x);
      }
    }
    targets.sort((a, b) => a - b);
    const key = `${accepts ? 1 : 0}:${targets.join(',')}`;
    let s = this.states.get(key);
    if (!s) {
      this.states.set(key, (s = { targets: Int32Array.from(targets), accepts, next: new Map() }));
      this.held += targets.length + 1;
    }
    return s;
  }

  private reset(): void {
    this.states = new Map();
    this.initial.clear();
    this.held = 0;
  }
}
