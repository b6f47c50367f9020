// Unsubstantiated superlatives about care ("best hospital in the state"), unless a ranking is cited.
import { memoBySentence, type Doc } from '../../doc';
import { RANKING_CITED, SUPERLATIVES } from '../../lexicons/policy/language';
import { anyMatch } from '../shared/context';
import { alternation, findTerms, scan, type Hit } from '../shared/match';
import type { Issue } from './issue';

const SUPERLATIVE = alternation(SUPERLATIVES);
const CITED = alternation([RANKING_CITED], 'i');

/** Superlatives in one sentence, offsets relative to it (memoized with the sentence). */
const inSentence = (text: string) => (anyMatch(CITED, text) ? [] : scan(SUPERLATIVE, text));

// The organization itself ranked first, with nothing after to narrow it ("Lakeside Clinic is the
// best, go!", "X is hands down #1"): "is the best part of my week" ranks something else.
const RANKED_FIRST = /\b(?:is|are|'s)\s+(?:\S+\s+){0,2}(?:the\s+(?:best|greatest|finest)|(?:the\s+)?(?:#1|number one))(?=\s*(?:[,.!?;:)]|\p{Extended_Pictographic}|$|(?:period|hands down|by far|no contest)\b))/iu;

/** The organization (one of `names`) ranked first in a sentence, unless a ranking is cited. */
function ownRanked(doc: Doc, names: readonly string[]): Hit[] {
  if (!names.length) return [];
  const out: Hit[] = [];
  for (const s of doc.sentences) {
    const m = RANKED_FIRST.exec(s.text);
    if (!m || anyMatch(CITED, s.text)) continue;
    const named = findTerms(s.text, names).find((n) => n.end <= m.index + 1);
    if (named) out.push({ start: s.start + named.start, end: s.start + m.index + m[0].length, text: '' });
  }
  return out;
}

export function superlatives(doc: Doc, ownNames: readonly string[] = []): Issue[] {
  const found = doc.sentences.flatMap((s) => memoBySentence(s, inSentence, inSentence).map((h) => ({ start: h.start + s.start, end: h.end + s.start })));
  for (const h of ownRanked(doc, ownNames)) if (!found.some((f) => f.start < h.end && h.start < f.end)) found.push(h);
  return found.map((h) => ({
      rule: 'superlative',
      start: h.start,
      end: h.end,
      severity: 'warning' as const,
      message: 'Unsubstantiated superlative',
      explanation: 'Claims like "best in the state" or "#1" need a named ranking behind them; cite it, or say what makes the care good instead.',
      confidence: 0.75,
  }));
}
