// Principle: a care fact told of a clinician's patients ("her patients got the wrong meds") is
// about those patients, not about the clinician, and names none of them. Near misses: the
// clause turning back to the clinician ("her patients miss her, she starts chemo") and a fact
// told of the clinician directly are still theirs.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe("a fact about someone's patients is not about them", () => {
  it('care events of the patients of a named clinician', () => {
    expect(flagged('that aide Corinne at Oakview is always late, I bet half her residents got the wrong meds this month')).toBe(false);
    expect(flagged('nurse Lyle never charts, his patients got the wrong insulin twice')).toBe(false);
  });

  it('near miss: the clause turns back to the clinician', () => {
    expect(flagged('nurse Lyle is out, his patients miss him, he starts chemo on Monday')).toBe(true);
  });

  it('near miss: a fact told of the clinician directly is theirs', () => {
    expect(flagged('nurse Lyle got the wrong insulin dose after his surgery')).toBe(true);
  });
});
