// Quality: a readability grade as a hint. Platform limits and the counts of links, hashtags and
// capitals are pack `limit` rules (lib/engine/rules), so they are not counted again here.
// Pack data: setting maxGrade (default 10).
import { memoBySentence } from '../../doc';
import type { Detector } from '../../policy';
import { makeFinding } from '../shared/finding';
import { countSentence, gradeOf } from './readability';

/** Below this many words a grade says little. */
const MIN_WORDS = 30;

export const quality: Detector = {
  id: 'quality',
  category: 'quality',
  run(doc, config) {
    const maxGrade = typeof config.maxGrade === 'number' ? config.maxGrade : 10;
    if (doc.tokens.length < MIN_WORDS) return [];
    const r = gradeOf(doc.sentences.map((s) => memoBySentence(s, countSentence, countSentence)));
    if (r.words < MIN_WORDS || r.grade <= maxGrade) return [];
    const start = doc.sentences[0].start;
    const end = doc.sentences[doc.sentences.length - 1].end;
    return [
      makeFinding(config, {
        ruleId: 'quality/readability',
        category: 'quality',
        severity: 'info',
        start,
        end,
        message: `Reading level: grade ${r.grade}`,
        explanation: `This reads at about grade ${r.grade} (Flesch-Kincaid); posts for the public read best at grade ${maxGrade} or below. Shorter sentences and everyday words help.`,
        confidence: 0.6,
        evidence: [{ start, end, kind: 'readability' }],
      }),
    ];
  },
};
