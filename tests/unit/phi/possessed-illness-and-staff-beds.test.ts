// Principle (issue #14): an illness or injury told with a third person's possessive is their
// health, for any illness WordNet knows, not only the ones a lexicon lists ("her leg wound",
// "his heel ulcer"); the author's own, an unowned one or a clinic's name are nobody's. And a bed
// in a room where staff sleep or rest is furniture, not a patient.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { readContext } from '../../../lib/engine/detectors/phi/context';
import { possessedIllnessFacts } from '../../../lib/engine/detectors/phi/possessed-illness';

const cache = new SentenceCache();
const doc = (text: string) => buildDoc(text, 'facebook', 'nurse', cache);
const flagged = (text: string) => detectPhi(doc(text), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;
const possessed = (text: string) => {
  const d = doc(text);
  return possessedIllnessFacts(d, readContext(d)).map((f) => d.text.slice(f.start, f.end));
};

describe("an illness told with someone's possessive", () => {
  it('reads the possessive and the illness noun, with body parts between', () => {
    expect(possessed('Mrs. Ortega is back with us for her hip wound again')).toEqual(['her hip wound']);
    expect(possessed("Dale's infection finally cleared")).toEqual(["Dale's infection"]);
  });
  it("near miss: the author's own, an unowned one, a place's name", () => {
    expect(possessed('my leg wound is finally closed')).toEqual([]);
    expect(possessed('the wound care clinic moved to the second floor')).toEqual([]);
    expect(possessed('a wound like that needs a daily dressing')).toEqual([]);
  });
  it('flags a named person with their illness in our care', () => {
    expect(flagged('Mr. Albers from the hardware store is back on our floor for his foot ulcer, second time this spring.')).toBe(true);
  });
  it('near miss: general teaching about the same illness is not flagged', () => {
    expect(flagged('A foot ulcer in a diabetic needs daily checks. Ask your podiatrist about offloading shoes.')).toBe(false);
  });
});

describe('a bed in a staff room is furniture', () => {
  it('the call room, the break room', () => {
    expect(flagged("bed 3 in the call room squeaks all night. I have no proof it's cursed, only a feeling after 30 codes")).toBe(false);
  });
  it('near miss: a bed in a care unit that acts is a patient', () => {
    expect(flagged('bed 3 in the ED squeaks all night and keeps asking for more morphine')).toBe(true);
  });
});

describe('a lesson opening named as a course ("X 101 for ...:")', () => {
  it('reads a course title with an audience as a lesson', () => {
    const d = doc('Charting 101 for new grads: document the time you gave the pain med, not the time you charted it.');
    expect(readContext(d).education.size).toBe(d.sentences.length);
  });
});
