// The speed machinery must not change results: batched NLP parses each sentence as a parse of
// its own would, and sentence memos follow the edited sentence.
import { describe, expect, it } from 'vitest';
import { buildDoc, memoBySentence, memoVariantBySentence, NONE, SentenceCache, type DocSentence } from '../../../lib/engine/doc';
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

describe('memoVariantBySentence', () => {
  const sentence = () => buildDoc('One sentence here.', 'x', '', new SentenceCache()).sentences[0];

  it('keeps each variant apart, those that found nothing (NONE, false) as those that found something', () => {
    const s = sentence();
    const calls: string[] = [];
    const keys = Array.from({ length: 70 }, () => ({}));
    // Something, NONE and false in turn, for more kinds of work than bits in one word.
    const result = (k: number, variant: string) => (k % 3 === 0 ? [{ variant }] : k % 3 === 1 ? NONE : false);
    const ask = (variant: string) => keys.map((key, k) => memoVariantBySentence(s, key, variant, () => (calls.push(`${k}${variant}`), result(k, variant))));
    const first = ask('a');
    expect(ask('b')).toEqual(keys.map((_, k) => result(k, 'b')));
    expect(ask('a')).toEqual(first);
    expect(ask('a')[0]).toBe(first[0]);
    expect(ask('b')[1]).toBe(NONE);
    expect(calls.length).toBe(2 * keys.length);
  });

  it('computes again a variant dropped after eight newer ones', () => {
    const s = sentence();
    let calls = 0;
    const key = {};
    const ask = (variant: string) => memoVariantBySentence(s, key, variant, () => (calls++, NONE));
    for (let v = 0; v < 9; v++) ask(`v${v}`);
    ask('v8');
    expect(calls).toBe(9);
    ask('v0');
    expect(calls).toBe(10);
  });
});
