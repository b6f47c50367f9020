// Counts and lengths: characters per platform, hashtags, links, mentions, capitals and more.
import type { CompiledRule } from '../policy';
import { makeFinding, RuleScope, type RuleContext, type RuleSpec } from './common';
import { count, type CountKind } from './count';

export interface LimitSpec extends RuleSpec {
  type: 'limit';
  count: CountKind;
  max?: number;
  perPlatform?: Partial<Record<string, number>>;
}

const NOUN: Record<CountKind, string> = {
  characters: 'characters',
  hashtags: 'hashtags',
  links: 'links',
  mentions: 'mentions',
  emoji: 'emoji',
  'caps-words': 'words in capitals',
  exclamations: 'exclamation marks',
  sentences: 'sentences',
  words: 'words',
};

export function limitRule(spec: LimitSpec, ctx: RuleContext): CompiledRule['run'] {
  const scope = new RuleScope(spec, ctx);
  return (doc) => {
    if (!scope.applies(doc)) return [];
    const max = spec.perPlatform?.[doc.platform] ?? spec.max;
    if (max === undefined || scope.silenced(doc, 0, true)) return [];
    const c = count(doc, spec.count);
    const span = c.excess(max);
    if (!span) return [];
    const where = spec.perPlatform?.[doc.platform] !== undefined ? ` on ${doc.platform}` : '';
    const message = `${c.total} ${NOUN[spec.count]}; the limit${where} is ${max}.`;
    return [makeFinding(spec, ctx, doc, { ...span, matched: String(c.total) }, message)];
  };
}
