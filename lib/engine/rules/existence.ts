// "Never say this": terms, regular expressions or compromise patterns, each match a finding.
import type { CompiledRule } from '../policy';
import { makeFinding, RuleScope, type RuleContext, type RuleSpec } from './common';
import { compileMatcher, type MatcherSpec } from './matchers';

export interface ExistenceSpec extends RuleSpec, MatcherSpec {
  type: 'existence';
  caseSensitive?: boolean;
}

export function existenceRule(spec: ExistenceSpec, ctx: RuleContext): CompiledRule['run'] {
  return matcherRule(spec, ctx, spec, spec.caseSensitive);
}

/** Each match of the matcher, within the rule's scope and not silenced, is a finding. */
export function matcherRule(spec: RuleSpec, ctx: RuleContext, what: MatcherSpec, caseSensitive?: boolean): CompiledRule['run'] {
  const scope = new RuleScope(spec, ctx);
  const matcher = compileMatcher(what, ctx, caseSensitive);
  return (doc) => {
    if (!scope.applies(doc)) return [];
    return matcher
      .find(doc)
      .filter((s) => !scope.silenced(doc, s.start))
      .map((s) => makeFinding(spec, ctx, doc, s, `Avoid "$0".`));
  };
}
