// The deck a session walks through: the active packs' own examples first (the organization's
// cases), then the built-in scenarios. Pure, so that the deck is the same in tests.
import { CATEGORIES, type Category } from '../../lib/engine/types';
import type { Pack } from '../../lib/policy/schema';
import { BUILTIN_SCENARIOS, type Scenario } from './scenarios';

export type Verdict = 'post' | 'rethink';

/** The answer the quiz expects: a draft that must be flagged should not be posted as it is. */
export function verdictOf(s: Scenario): Verdict {
  return s.expect.length ? 'rethink' : 'post';
}

const isCategory = (v: string): v is Category => (CATEGORIES as readonly string[]).includes(v);

/** Turns the packs' examples into cards; an expectation naming a rule or a detector's finding counts as its category. */
export function deckFromPacks(packs: readonly Pack[]): Scenario[] {
  const ruleCategory = new Map<string, Category>();
  for (const p of packs) for (const r of p.rules ?? []) ruleCategory.set(r.id, r.category);
  const out: Scenario[] = [];
  for (const p of packs) {
    (p.examples ?? []).forEach((ex, i) => {
      if (!ex.text.trim()) return;
      // A detector's finding id ("brand-voice/safe-messaging") names its category before the slash.
      const categoryOf = (e: string) => (isCategory(e) ? e : (ruleCategory.get(e) ?? (isCategory(e.split('/')[0]) ? (e.split('/')[0] as Category) : undefined)));
      const expect = [...new Set(ex.expect.map(categoryOf).filter((c): c is Category => !!c))];
      out.push({
        id: `${p.pack}#${i + 1}`,
        title: `${p.name ?? p.pack}, example ${i + 1}`,
        text: ex.text,
        platform: ex.platform ?? 'generic',
        author: ex.author ?? 'employee',
        expect,
        lesson: ex.note ?? (expect.length ? `Your organization's policy flags this as ${expect.join(', ')}.` : 'Your organization\'s policy has nothing against this post.'),
        source: p.name ?? p.pack,
      });
    });
  }
  return out;
}

export function buildDeck(packs: readonly Pack[]): Scenario[] {
  return [...deckFromPacks(packs), ...BUILTIN_SCENARIOS];
}
