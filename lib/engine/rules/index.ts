// Turns one pack rule into a CompiledRule whose run() is pure and does no per-check compiling.
import type { CompiledRule } from '../policy';
import type { RuleContext, RuleSpec } from './common';
import { existenceRule, type ExistenceSpec } from './existence';
import { limitRule, type LimitSpec } from './limit';
import { patternRule, type PatternSpec } from './pattern';
import { requireRule, type RequireSpec } from './require';
import { substitutionRule, type SubstitutionSpec } from './substitution';

export type AnyRuleSpec = SubstitutionSpec | ExistenceSpec | PatternSpec | RequireSpec | LimitSpec;

function runner(spec: AnyRuleSpec, ctx: RuleContext): CompiledRule['run'] {
  switch (spec.type) {
    case 'substitution':
      return substitutionRule(spec, ctx);
    case 'existence':
      return existenceRule(spec, ctx);
    case 'pattern':
      return patternRule(spec, ctx);
    case 'require':
      return requireRule(spec, ctx);
    case 'limit':
      return limitRule(spec, ctx);
  }
}

export function compileRule(spec: AnyRuleSpec, ctx: RuleContext): CompiledRule {
  return {
    id: spec.id,
    type: spec.type,
    category: spec.category,
    severity: spec.severity,
    pack: ctx.pack,
    enabled: spec.enabled ?? true,
    locked: spec.locked ?? false,
    run: runner(spec, ctx),
  };
}

export type { RuleContext, RuleSpec };
export { regexListRefs } from './regex';
