// Runs an RE2 program (regex-program.ts) with a Pike VM: a Thompson NFA simulation that keeps
// one thread per instruction, with capture slots, in priority order. Time is linear in the
// text times the program's size, whatever the expression (no backtracking), and the match is
// RE2's leftmost-first one. A backward DFA pass (regex-dfa.ts) first finds where matches can
// start, so the VM runs only from the leftmost of them. The loop mirrors re2js's Machine on
// UTF-16 input, so that spans are exactly re2js's (tests/unit/engine/rules/regex-vm.test.ts).
import type { Regex } from './regex';
import { context, MatchStarts, unitClass } from './regex-dfa';
import { Op, type RegexProgram } from './regex-program';

/** A set of instructions in insertion (priority) order, each with its capture slots. */
class Threads {
  readonly sparse: Int32Array;
  readonly dense: Int32Array;
  readonly caps: Int32Array;
  size = 0;

  constructor(n: number, ncap: number) {
    this.sparse = new Int32Array(n);
    this.dense = new Int32Array(n);
    this.caps = new Int32Array(n * ncap);
  }

  has(pc: number): boolean {
    const j = this.sparse[pc];
    return j < this.size && this.dense[j] === pc;
  }

  add(pc: number): number {
    const j = this.size++;
    this.sparse[pc] = j;
    this.dense[j] = pc;
    return j;
  }
}

/** RE2's empty-width context at pos: begin/end of text and line, word boundary or not. */
const contextAt = (text: string, pos: number) => context(unitClass(text, pos - 1), unitClass(text, pos));

function inRanges(ranges: Int32Array, c: number): boolean {
  let lo = 0;
  let hi = ranges.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c < ranges[2 * mid]) hi = mid;
    else if (c > ranges[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

export function programRegex(program: RegexProgram): Regex {
  const code = Int32Array.from(program.code);
  const classes = program.classes.map((c) => Int32Array.from(c));
  const n = code.length / 3;
  const { start, hit } = program;
  // Only the slots findAll reads are tracked: RE2 gives each group the same span either way.
  const ncap = 2 * hit + 2;
  let run = new Threads(n, ncap);
  let next = new Threads(n, ncap);
  const stack = new Int32Array(2 * n + 2);
  const matchcap = new Int32Array(ncap);
  const fresh = new Int32Array(ncap);

  function reads(i: number, c: number): boolean {
    switch (code[i]) {
      case Op.RUNE:
        return c === code[i + 2];
      case Op.CLASS:
        return inRanges(classes[code[i + 2]], c);
      case Op.ANY:
        return true;
      case Op.ANY_NOT_NL:
        return c !== 10;
      default:
        return false;
    }
  }

  const dfa = new MatchStarts(code, reads, start);
  // The match starts of the last text searched: findAll searches the same text again and again.
  let scanned: { text: string; starts: Uint8Array } | undefined;

  /** Adds pc and what it leads to without reading a character, in priority order. */
  function follow(q: Threads, pc0: number, pos: number, caps: Int32Array, off: number, cond: number): void {
    let top = 0;
    let pc = pc0;
    for (;;) {
      while (pc !== 0 && !q.has(pc)) {
        const d = q.add(pc);
        const i = 3 * pc;
        switch (code[i]) {
          case Op.ALT:
            stack[top++] = code[i + 2];
            stack[top++] = 0;
            pc = code[i + 1];
            break;
          case Op.EMPTY:
            pc = (code[i + 2] & ~cond) === 0 ? code[i + 1] : 0;
            break;
          case Op.NOP:
            pc = code[i + 1];
            break;
          case Op.CAPTURE: {
            const slot = code[i + 2];
            if (slot < ncap) {
              // Restored when the stack unwinds to this point (a negative entry).
              stack[top++] = -slot - 1;
              stack[top++] = caps[off + slot];
              caps[off + slot] = pos;
            }
            pc = code[i + 1];
            break;
          }
          case Op.FAIL:
            pc = 0;
            break;
          default:
            // A thread that reads a character, or a match: it keeps a copy of the slots.
            for (let k = 0, to = d * ncap; k < ncap; k++) q.caps[to + k] = caps[off + k];
            pc = 0;
        }
      }
      if (top === 0) return;
      top -= 2;
      const entry = stack[top];
      if (entry < 0) {
        caps[off - entry - 1] = stack[top + 1];
        pc = 0;
      } else pc = entry;
    }
  }

  /** The leftmost-first match that starts at `at` (one is known to), as RE2's NFA finds it. */
  function matchAt(text: string, at: number): Int32Array | null {
    const len = text.length;
    let matched = false;
    let pos = at;
    let cond = contextAt(text, pos);
    run.size = 0;
    next.size = 0;
    fresh.fill(-1);
    fresh[0] = pos;
    follow(run, start, pos, fresh, 0, cond);
    while (run.size > 0) {
      // The code point at pos (a lone surrogate reads as itself, as in re2js) and its width.
      const c = pos < len ? text.codePointAt(pos)! : -1;
      const width = c < 0 ? 0 : c > 0xffff ? 2 : 1;
      const to = pos + width;
      cond = contextAt(text, to);
      for (let j = 0; j < run.size; j++) {
        const i = 3 * run.dense[j];
        if (code[i] === Op.MATCH) {
          for (let k = 0; k < ncap; k++) matchcap[k] = run.caps[j * ncap + k];
          matchcap[1] = pos;
          matched = true;
          // Leftmost-first: the threads after this one have lower priority.
          break;
        }
        if (width > 0 && reads(i, c)) follow(next, code[i + 1], to, run.caps, j * ncap, cond);
      }
      run.size = 0;
      if (width === 0) break;
      pos = to;
      [run, next] = [next, run];
    }
    return matched ? matchcap : null;
  }

  function exec(text: string, from: number): Int32Array | null {
    if (scanned?.text !== text) scanned = { text, starts: dfa.scan(text) };
    const { starts } = scanned;
    // The first start a search from `from` reaches: it steps over the second half of a
    // surrogate pair (unless it begins there), as RE2 reads whole code points.
    for (let p = from; p <= text.length; p++) {
      if (starts[p] && (p === from || !isLowHalf(text, p))) return matchAt(text, p);
    }
    return null;
  }

  return { exec, hit };
}

const isLowHalf = (text: string, p: number) => {
  const c = text.charCodeAt(p);
  const b = p > 0 ? text.charCodeAt(p - 1) : 0;
  return c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff;
};
