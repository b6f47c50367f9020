// Principle: a review reply that tells the reader one of our care programs has helped them
// confirms they are a patient, even with no diagnosis named. Near misses: a program that is
// not care, an invitation to join, a program's results for many people.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi, RULE_REVIEW_REPLY } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const confirms = (text: string) => detectPhi(buildDoc(text, 'review-reply', 'clinic', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).some((f) => f.ruleId === RULE_REVIEW_REPLY);

describe('review replies naming the care program the reader is in', () => {
  it('flags a program named by its care or its medicine', () => {
    expect(confirms("Hi Rena! So glad our grief recovery group has helped you through this winter.")).toBe(true);
    expect(confirms('Hi Sol, thrilled the tirzepatide program has you feeling like yourself again!')).toBe(true);
  });

  it('flags the program in the sentence after the thanks', () => {
    expect(confirms('Thank you for trusting us, Ivo. The Tuesday bereavement group has been lucky to have you.')).toBe(true);
  });

  it('near miss: a program that is not care', () => {
    expect(confirms("Thank you Jan! We're glad our yoga class has been fun for you, see you next week")).toBe(false);
  });

  it('near miss: an invitation, or results for many people', () => {
    expect(confirms('Thanks for the review! Our diabetes program is open to everyone, call us if you want to join.')).toBe(false);
    expect(confirms('Thanks for the review! Our diabetes program has helped hundreds of families, call us anytime.')).toBe(false);
  });
});
