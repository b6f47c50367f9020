// "If this, then that": when `if` matches and none of `then` appears anywhere in the draft,
// the first match is flagged and the fix appends the first `then` at the end.
import { findBySentence } from '../by-sentence';
import type { CompiledRule } from '../policy';
import { makeFinding, RuleScope, type RuleContext, type RuleSpec } from './common';
import { compileMatcher, type MatcherSpec } from './matchers';
import { compileTerms, expandTerms } from './terms';

export interface RequireSpec extends RuleSpec {
  type: 'require';
  if: string | MatcherSpec;
  then: string[];
}

export function requireRule(spec: RequireSpec, ctx: RuleContext): CompiledRule['run'] {
  const scope = new RuleScope(spec, ctx);
  const condition = compileMatcher(typeof spec.if === 'string' ? { pattern: [spec.if] } : spec.if, ctx);
  const required = expandTerms(spec.then, ctx.lists);
  const then = compileTerms(required);
  const first = required[0];
  return (doc) => {
    if (!scope.applies(doc) || findBySentence(doc, then, (text) => then.find(text)).length) return [];
    const hit = condition.find(doc).find((s) => !scope.silenced(doc, s.start));
    if (!hit) return [];
    const separator = /\n\s*$/.test(doc.text) || !doc.text ? '' : '\n\n';
    const end = doc.text.length;
    const fixes = spec.fixes?.length ? [] : [{ title: `Add "${first}"`, edits: [{ start: end, end, text: separator + first }] }];
    return [makeFinding(spec, ctx, doc, { ...hit, fixes }, `Add "${first}" to this post.`)];
  };
}
