// compromise match patterns ("#Person is (a|an)? (fraud|liar)"), run per sentence.
import type { CompiledRule } from '../policy';
import { makeFinding, RuleScope, type RuleContext, type RuleSpec } from './common';
import { compileMatcher } from './matchers';

export interface PatternSpec extends RuleSpec {
  type: 'pattern';
  match: string | string[];
}

export function patternRule(spec: PatternSpec, ctx: RuleContext): CompiledRule['run'] {
  const scope = new RuleScope(spec, ctx);
  const matcher = compileMatcher({ pattern: Array.isArray(spec.match) ? spec.match : [spec.match] }, ctx.lists);
  return (doc) => {
    if (!scope.applies(doc)) return [];
    return matcher
      .find(doc)
      .filter((s) => !scope.silenced(doc, s.start))
      .map((s) => makeFinding(spec, ctx, doc, s, `Avoid "$0".`));
  };
}
