// The programs of the packs' regular expressions, for the snapshot a content script receives:
// re2js (too large for content.js) compiles them here, once per policy revision.
import type { RegexProgram } from '../../lib/engine/rules/regex-program';
import { recordingCompiler } from '../../lib/engine/rules/regex-re2';
import { compilePolicy } from '../../lib/policy/compile';
import type { Pack } from '../../lib/policy/schema';

let last: { revision: string; programs: Record<string, RegexProgram> } | undefined;

/** Every expression compiling `packs` needs (lists spliced in, a rule's expressions joined), by regexKey. */
export function regexPrograms(packs: Pack[], revision: string): Record<string, RegexProgram> {
  if (last?.revision !== revision) {
    const recorder = recordingCompiler();
    compilePolicy(packs, { regex: recorder.compile });
    last = { revision, programs: recorder.programs };
  }
  return last.programs;
}
