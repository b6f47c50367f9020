// "Say X, never Y": every key found becomes a finding whose first fix writes the value.
import { findBySentence } from '../by-sentence';
import type { CompiledRule } from '../policy';
import type { Finding } from '../types';
import { makeFinding, matchCase, RuleScope, type RuleContext, type RuleSpec } from './common';
import { compileTerms } from './terms';

export interface SubstitutionSpec extends RuleSpec {
  type: 'substitution';
  swap: Record<string, string>;
  caseSensitive?: boolean;
}

export function substitutionRule(spec: SubstitutionSpec, ctx: RuleContext): CompiledRule['run'] {
  const scope = new RuleScope(spec, ctx);
  const norm = (k: string) => k.trim().replace(/[\s-]+/g, ' ');
  const key = spec.caseSensitive ? norm : (k: string) => norm(k).toLowerCase();
  const swap = new Map(Object.entries(spec.swap).map(([k, v]) => [key(k), v]));
  const matcher = compileTerms(Object.keys(spec.swap), spec.caseSensitive);
  return (doc) => {
    if (!scope.applies(doc)) return [];
    const out: Finding[] = [];
    for (const m of findBySentence(doc, matcher, (text) => matcher.find(text))) {
      const value = swap.get(key(m.term)) ?? '';
      const written = doc.text.slice(m.start, m.end);
      if (scope.silenced(doc, m.start)) continue;
      // A hashtag keeps its shape: "#CommittedSuicide" -> "#DiedBySuicide".
      const inTag = m.hashtag || doc.text[m.start - 1] === '#';
      const text = inTag ? hashtagWords(value) : matchCase(written, value);
      const title = value ? `Replace with "${text}"` : `Remove "${written}"`;
      const hit = { start: m.start, end: m.end, fixes: [{ title, edits: [{ start: m.start, end: m.end, text }] }] };
      const message = value ? `Say "${value}" instead of "${written}".` : `Avoid "${written}".`;
      out.push(makeFinding(spec, ctx, doc, hit, message));
    }
    return out;
  };
}

/** "died by suicide" -> "DiedBySuicide", the way multi-word hashtags are written. */
function hashtagWords(value: string): string {
  return value
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
