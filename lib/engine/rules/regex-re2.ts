// RE2 (re2js) as the parser and validator of pack regular expressions, and their translation to
// programs, wherever packs are read: the engine's worker, the background and options page
// (validation), the CLI and the tests. It imports nothing else of the engine, so that the
// background validates packs without loading it (issue 16). The compilers the engine runs the
// programs with are in regex-default.ts.
import { RE2JS } from 're2js';
import { boundedMemo } from '../memo';
import { withoutListRefs } from './regex';
import { Op, type RegexProgram } from './regex-program';

const UNSUPPORTED: [RegExp, string][] = [
  [/\(\?<?[=!]/, 'lookahead and lookbehind ("(?=", "(?!", "(?<=", "(?<!") are not supported: RE2 runs in linear time without them'],
  [/\\[1-9]/, 'backreferences ("\\1") are not supported: RE2 runs in linear time without them'],
  [/\\k</, 'named backreferences ("\\k<name>") are not supported: RE2 runs in linear time without them'],
];

/** What RE2 cannot run at all in a source (look-arounds, back-references), without compiling it. */
export function unsupported(source: string): string | null {
  for (const [re, why] of UNSUPPORTED) if (re.test(source)) return why;
  return null;
}

/** Why a pack regular expression cannot be used, or null when it can. */
export function regexError(source: string): string | null {
  source = withoutListRefs(source);
  const why = unsupported(source);
  if (why) return why;
  try {
    compileProgram(source, false);
    return null;
  } catch (e) {
    const message = (e as Error).message.replace(/^error parsing regexp:\s*/, '');
    return `invalid regular expression: ${message}`;
  }
}

// re2js does not export its compiled program; these are the fields of its RE2, Prog and Inst
// that are read here (node_modules/re2js/build/index.js).
interface Re2Inst {
  op: number;
  out: number;
  arg: number;
  runes: Int32Array;
}
interface Re2Internals {
  re2Input: { prog: { inst: Re2Inst[]; start: number } };
}

const RE2_OP = { ALT: 1, ALT_MATCH: 2, CAPTURE: 3, EMPTY_WIDTH: 4, FAIL: 5, MATCH: 6, NOP: 7, RUNE: 8, RUNE1: 9, RUNE_ANY: 10, RUNE_ANY_NOT_NL: 11 };
const FOLD_CASE = 1;

const internals = (re: RE2JS) => (re as unknown as Re2Internals).re2Input.prog;

/**
 * The code points RE2 treats as equal to `rune` when ignoring case (its simple case-folding
 * orbit, "k" -> k K U+212A), as ranges: what re2js's parser folds the class (?i)[rune] to. The
 * class gets U+10FFFF too (no case, far from any letter), else RE2 would simplify it back to a
 * case-folded literal; it is taken out again.
 */
function foldOrbit(rune: number): number[] {
  const prog = internals(RE2JS.compile(`[\\x{${rune.toString(16)}}\\x{10ffff}]`, RE2JS.CASE_INSENSITIVE));
  const ranges = [...prog.inst.find((i) => i.op === RE2_OP.RUNE)!.runes];
  if (ranges[ranges.length - 2] === MAX_RUNE) ranges.length -= 2;
  else ranges[ranges.length - 1] = MAX_RUNE - 1;
  return ranges;
}
const MAX_RUNE = 0x10ffff;
const orbits = new Map<number, number[]>();

/** re2js's program for `source`, in the serializable form the Pike VM runs. Throws when invalid. */
function toProgram(re: RE2JS): RegexProgram {
  const prog = internals(re);
  const code: number[] = [];
  const classes: number[][] = [];
  const classIndex = new Map<string, number>();
  const classOf = (ranges: number[]) => {
    const key = ranges.join(',');
    let i = classIndex.get(key);
    if (i === undefined) classIndex.set(key, (i = classes.push(ranges) - 1));
    return i;
  };
  for (const inst of prog.inst) {
    switch (inst.op) {
      case RE2_OP.ALT:
      case RE2_OP.ALT_MATCH:
        code.push(Op.ALT, inst.out, inst.arg);
        break;
      case RE2_OP.CAPTURE:
        code.push(Op.CAPTURE, inst.out, inst.arg);
        break;
      case RE2_OP.EMPTY_WIDTH:
        code.push(Op.EMPTY, inst.out, inst.arg);
        break;
      case RE2_OP.FAIL:
        code.push(Op.FAIL, 0, 0);
        break;
      case RE2_OP.MATCH:
        code.push(Op.MATCH, 0, 0);
        break;
      case RE2_OP.NOP:
        code.push(Op.NOP, inst.out, 0);
        break;
      case RE2_OP.RUNE1:
        code.push(Op.RUNE, inst.out, inst.runes[0]);
        break;
      case RE2_OP.RUNE: {
        const { runes } = inst;
        if (runes.length === 1 && inst.arg & FOLD_CASE) {
          let orbit = orbits.get(runes[0]);
          if (!orbit) orbits.set(runes[0], (orbit = foldOrbit(runes[0])));
          code.push(Op.CLASS, inst.out, classOf(orbit));
        } else if (runes.length === 1) code.push(Op.RUNE, inst.out, runes[0]);
        else code.push(Op.CLASS, inst.out, classOf([...runes]));
        break;
      }
      case RE2_OP.RUNE_ANY:
        code.push(Op.ANY, inst.out, 0);
        break;
      case RE2_OP.RUNE_ANY_NOT_NL:
        code.push(Op.ANY_NOT_NL, inst.out, 0);
        break;
      default:
        // Lookbehinds: only compiled with a flag that is never passed.
        throw new Error(`unsupported RE2 instruction ${inst.op}`);
    }
  }
  return { code, classes, start: prog.start, hit: re.namedGroups().hit ?? 0 };
}

// Compiling is most of the cost of compiling a policy, and the same expressions come back
// (validation, then compilation; every settings change): programs are kept.
const compileWith = (caseSensitive: boolean) => boundedMemo(250, (source) => toProgram(RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE)));
const sensitive = compileWith(true);
const insensitive = compileWith(false);

/** The program of a pack expression (lists already expanded). Throws when RE2 rejects it. */
export function compileProgram(source: string, caseSensitive: boolean): RegexProgram {
  return (caseSensitive ? sensitive : insensitive)(source);
}
