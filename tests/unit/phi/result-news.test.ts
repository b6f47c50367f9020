// A test result told as someone's is health information with no disease word: a possessive of
// someone other than the author, a test or a measured value, and a verb of a result coming in or
// moving ("came back", "came down", "went up"). Near misses: the author's own results, an
// organization's numbers, a test named without its result, results of a population.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string, platform = 'facebook') => {
  const doc = buildDoc(text, platform, 'nurse', cache);
  return detectPhi(doc, { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).map((f) => doc.text.slice(f.start, f.end));
};

describe('a result told as someone\'s', () => {
  it('flags a measured value moving, with the person named', () => {
    expect(flagged('So proud of Theo today, his ferritin level finally went up after the iron infusions!')).not.toEqual([]);
    expect(flagged('Odalys, your daughter\'s sweat test came back and we will call you tonight.', 'review-reply')).not.toEqual([]);
  });

  it('flags a result with no test word the lexicons know', () => {
    expect(flagged('Big news for Mr. Pruett on our floor: his counts came back up overnight.')).not.toEqual([]);
  });

  it('reads the same lowercased and without punctuation', () => {
    expect(flagged('big news for mr pruett on our floor his counts came back up overnight')).not.toEqual([]);
  });

  it('points at the result, not only at the name', () => {
    const spans = flagged('So proud of Theo today, his ferritin level finally went up after the iron infusions!');
    expect(spans.join(' ')).toMatch(/level|went up|ferritin/);
  });
});

describe('near misses', () => {
  it('the author\'s own results are theirs to tell', () => {
    expect(flagged('my bloodwork came back normal, what a relief after that scare')).toEqual([]);
  });

  it('an organization\'s numbers, or a test with no result, are nobody\'s care', () => {
    expect(flagged('Our survey numbers came back great this quarter, thank you team!')).toEqual([]);
    expect(flagged('Liz from billing says her printer test page came out blank again')).toEqual([]);
  });

  it('results across a population are an aggregate', () => {
    expect(flagged('Across the county, 40% of lead levels came back high in older homes this year.')).toEqual([]);
  });
});
