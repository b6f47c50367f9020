// compromise match patterns ("#Person is (a|an)? (fraud|liar)"), run per sentence: an existence
// rule whose matcher is made of patterns only.
import type { CompiledRule } from '../policy';
import type { RuleContext, RuleSpec } from './common';
import { matcherRule } from './existence';

export interface PatternSpec extends RuleSpec {
  type: 'pattern';
  match: string | string[];
}

export function patternRule(spec: PatternSpec, ctx: RuleContext): CompiledRule['run'] {
  return matcherRule(spec, ctx, { pattern: Array.isArray(spec.match) ? spec.match : [spec.match] });
}
