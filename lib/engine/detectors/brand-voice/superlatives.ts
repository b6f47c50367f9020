// Unsubstantiated superlatives about care ("best hospital in the state"), unless a ranking is cited.
import { memoBySentence, type Doc } from '../../doc';
import { RANKING_CITED, SUPERLATIVES } from '../../lexicons/policy/language';
import { anyMatch } from '../shared/context';
import { alternation, scan } from '../shared/match';
import type { Issue } from './issue';

const SUPERLATIVE = alternation(SUPERLATIVES);
const CITED = alternation([RANKING_CITED], 'i');

/** Superlatives in one sentence, offsets relative to it (memoized with the sentence). */
const inSentence = (text: string) => (anyMatch(CITED, text) ? [] : scan(SUPERLATIVE, text));

export function superlatives(doc: Doc): Issue[] {
  return doc.sentences.flatMap((s) =>
    memoBySentence(s, inSentence, inSentence).map((h) => ({
      rule: 'superlative',
      start: h.start + s.start,
      end: h.end + s.start,
      severity: 'warning' as const,
      message: 'Unsubstantiated superlative',
      explanation: 'Claims like "best in the state" or "#1" need a named ranking behind them; cite it, or say what makes the care good instead.',
      confidence: 0.75,
    })),
  );
}
