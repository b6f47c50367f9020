// Principle: a name that closes a sentence right after "you" is the reader spoken to ("sorry
// that rash came back on you Mrs. Dale!"), so a care fact told to "you" there is theirs. Near
// misses: the same name as the subject of its own clause is not the reader, and a bare thanks
// tells no care.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { findSubjects } from '../../../lib/engine/detectors/phi/subjects';

const cache = new SentenceCache();
const doc = (text: string) => buildDoc(text, 'facebook', 'nurse', cache);
const flagged = (text: string) => detectPhi(doc(text), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;
const addressed = (text: string) => findSubjects(doc(text)).some((s) => s.kind === 'name' && s.addressed);

describe('a name right after "you" at a sentence end is the reader', () => {
  it('is addressed, and the care told to them is theirs', () => {
    expect(addressed('so sorry that shingles flared up on you Mrs. Dale!!')).toBe(true);
    expect(flagged('so sorry that ear infection came back on you Mr. Quigley!! come back in and we will take another look')).toBe(true);
  });

  it('near miss: the name as the subject of its own clause is not the reader', () => {
    expect(addressed('I told you Mr. Quigley was moving to Ohio')).toBe(false);
  });

  it('near miss: a bare thanks tells no care', () => {
    expect(flagged('thank you Mr. Quigley!')).toBe(false);
  });
});
