// Unsubstantiated superlatives about care ("best hospital in the state"), unless a ranking is cited.
import type { Doc } from '../../doc';
import { RANKING_CITED, SUPERLATIVES } from '../../lexicons/policy/language';
import { anyMatch } from '../shared/context';
import { alternation, scan } from '../shared/match';
import type { Issue } from './issue';

const SUPERLATIVE = alternation(SUPERLATIVES);
const CITED = alternation([RANKING_CITED], 'i');

export function superlatives(doc: Doc): Issue[] {
  return doc.sentences.flatMap((s) =>
    anyMatch(CITED, s.text)
      ? []
      : scan(SUPERLATIVE, s.text, s.start).map((h) => ({
          rule: 'superlative',
          start: h.start,
          end: h.end,
          severity: 'warning' as const,
          message: 'Unsubstantiated superlative',
          explanation: 'Claims like "best in the state" or "#1" need a named ranking behind them; cite it, or say what makes the care good instead.',
          confidence: 0.75,
        })),
  );
}
