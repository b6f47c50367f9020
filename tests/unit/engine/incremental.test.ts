// The speed machinery must not change results: batched NLP parses each sentence as a parse of
// its own would, and sentence memos follow the edited sentence.
import { describe, expect, it } from 'vitest';
import { buildDoc, memoBySentence, SentenceCache, type DocSentence } from '../../../lib/engine/doc';
import { analyze, analyzeAll, matchPattern, type Analysis } from '../../../lib/engine/nlp';


const plain = (a: Analysis) => a.tokens.map((t) => ({ ...t, tags: [...t.tags].sort() }));

// Lines that compromise might join or split: an open quotation or parenthesis continued on
// the next line, a line of punctuation only, emoji at the end of a line, contractions.
const LINES = [
  'Our charge nurse said "the new unit',
  'opens in May" and nobody believed her.',
  'Mr. Okafor (bed 12, the one with',
  'the broken hip) finally went home today 😭',
  '---',
  "She's so crazy, isn't she?",
  'Dr. Lee is a fraud 🙃',
  'Flu shots are free at Lakeside Clinic this week.',
];

describe('analyzeAll', () => {
  it('parses every text as analyze() does alone, also where compromise joins lines', () => {
    const batch = analyzeAll(LINES);
    LINES.forEach((line, i) => {
      expect(batch[i].text).toBe(line);
      expect(plain(batch[i])).toEqual(plain(analyze(line)));
    });
  });

  it('matches compromise patterns with offsets into each text, not into the batch', () => {
    const batch = analyzeAll(LINES);
    const alone = analyze(LINES[6]);
    expect(matchPattern(batch[6], '#Person is (a|an) fraud')).toEqual(matchPattern(alone, '#Person is (a|an) fraud'));
    expect(matchPattern(batch[6], '#Person is (a|an) fraud')).toEqual([{ start: 4, end: 18 }]);
    expect(matchPattern(batch[7], '#Person is (a|an) fraud')).toEqual([]);
  });
});

describe('memoBySentence', () => {
  it('computes once per sentence text and recomputes only the edited sentence', () => {
    const cache = new SentenceCache();
    const calls: string[] = [];
    const work = (text: string) => (calls.push(text), text.length);
    const run = (draft: string) => buildDoc(draft, 'x', '', cache).sentences.map((s: DocSentence) => memoBySentence(s, work, work));
    expect(run('First one here. Second one here.')).toEqual([15, 16]);
    expect(run('First one here. Second one here!')).toEqual([15, 16]);
    expect(calls).toEqual(['First one here.', 'Second one here.', 'Second one here!']);
  });
});
