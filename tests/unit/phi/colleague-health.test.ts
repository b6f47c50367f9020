import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe("a colleague known by role and a health fact about them", () => {
  it('flags a role held by one person on the unit with her or his procedure', () => {
    expect(flagged('our unit secretary is off until spring after his hysterectomy')).toBe(true);
    expect(flagged('Our Nurse Manager says she starts chemo Monday, keep her in your prayers')).toBe(true);
  });

  it('flags any role narrowed to a shift or a unit', () => {
    expect(flagged('the therapist on weekends told us he has diabetes now')).toBe(true);
    expect(flagged('the tech on nights just found out she is pregnant')).toBe(true);
    expect(flagged('the new doctor in the ICU told me he got diagnosed with lupus')).toBe(true);
  });

  it('near miss: a plural role is a group, not a person', () => {
    expect(flagged('our charge nurses told me she loves the new insulin pumps')).toBe(false);
  });

  it('near miss: a role offering a service tells nothing about the colleague', () => {
    expect(flagged('the pharmacist on nights can answer your questions about blood thinners')).toBe(false);
  });

  it('near miss: praise of a colleague without health information', () => {
    expect(flagged('our preceptor is retiring, she trained half of this unit')).toBe(false);
  });

  it('near miss: the author speaking of their own health', () => {
    expect(flagged('I am the charge nurse on nights and I had a mastectomy last year')).toBe(false);
  });
});

describe("a co-worker's own news told with a weaker word", () => {
  const phiOf = flagged;
  it("flags a co-worker by role and shift who is expecting, or in rehab", () => {
    expect(phiOf("a certain night shift charge nurse on 4 North just told me she's expecting twins")).toBe(true);
  });
  it('near miss: the same role expecting a crowd is no news of her health', () => {
    expect(phiOf('our charge nurse is expecting a big crowd at the huddle today')).toBe(false);
  });
});
