// The compilers of pack regular expressions the engine runs: RE2 programs (regex-re2.ts) on the
// Pike VM (regex-vm.ts) behind a lazy DFA (regex-dfa.ts). compilePolicy uses re2Compiler when
// given none.
import type { Regex, RegexCompiler } from './regex';
import { holdsAny, requiredLiterals } from './regex-literals';
import { compileProgram, regexError, unsupported } from './regex-re2';
import type { RegexProgram } from './regex-program';
import { programRegex } from './regex-vm';

/** Validates with the same messages as the pack validator, then compiles. */
function checkedProgram(source: string, caseSensitive: boolean): RegexProgram {
  const why = regexError(source);
  if (why) throw new Error(why);
  return compileProgram(source, caseSensitive);
}

/** The compiler of pack expressions, compiling each one at once. */
export const eagerRe2Compiler: RegexCompiler = (source, caseSensitive) => programRegex(checkedProgram(source, caseSensitive));

const HIT_GROUP = /\(\?P?<hit>/;

/**
 * The compiler of pack expressions, as eagerRe2Compiler but compiling an expression only once a
 * text holds one of the literals it cannot match without (regex-literals.ts): until then no text
 * can match, and a policy loads without compiling the rules its first check does not reach
 * (issue 16: RE2 compiling every pack expression was an eighth of the Worker's cold start). The
 * matches are the same. Packs reach the engine validated (loadPack); what a source read here
 * could still hide from RE2 surfaces as that rule's error on the check that first needs it.
 */
export const re2Compiler: RegexCompiler = (source, caseSensitive) => {
  // The reported group must be known without compiling: only expressions without one wait.
  const literals = HIT_GROUP.test(source) ? null : requiredLiterals(source);
  if (!literals) return eagerRe2Compiler(source, caseSensitive);
  const why = unsupported(source);
  if (why) throw new Error(why);
  let compiled: Regex | undefined;
  return {
    hit: 0,
    exec(text, from) {
      // Once compiled, the program's own prefilter (regex-dfa.ts) is the cheaper test.
      if (compiled) return compiled.exec(text, from);
      if (!holdsAny(literals, text)) return null;
      compiled = eagerRe2Compiler(source, caseSensitive);
      return compiled.exec(text, from);
    },
  };
};

export { re2Compiler as defaultRegexCompiler };
