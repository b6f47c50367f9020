// Packs -> CompiledPolicy: the packs composed (compose.ts), then every rule compiled once.
import type { CompiledPolicy } from '../engine/policy';
import { compileRule } from '../engine/rules';
import type { RegexCompiler } from '../engine/rules/regex';
import { defaultRegexCompiler } from '../engine/rules/regex-default';
import { composePolicy, type ComposeOptions } from './compose';
import { PolicyError } from './errors';
import type { Pack } from './schema';

export interface CompileOptions extends ComposeOptions {
  /** Compiles pack regular expressions; re2js by default. */
  regex?: RegexCompiler;
}

export function compilePolicy(packs: Pack[], options: CompileOptions = {}): CompiledPolicy {
  const plan = composePolicy(packs, options);
  const rules = plan.rules.map(({ spec, pack, locked }) => {
    try {
      return { ...compileRule(spec, { pack, lists: plan.lists, regex: options.regex ?? defaultRegexCompiler }), locked };
    } catch (e) {
      throw new PolicyError(`rule "${spec.id}": ${(e as Error).message}`, pack, ['rules']);
    }
  });
  return { ...plan, rules };
}
