// Principle: a relation of the reader, of the author or of a named person is identifiable, and
// their care at the author's own organization is PHI a co-worker learned at work ("my neighbor's
// son was admitted here", "my aunt is in rehab at Harbor General"). Near misses: the relative
// works there, family news with no care at the organization, a relative's everyday cold.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const config = { enabled: true, sensitivity: 'medium' as const, exemptAuthors: [], pack: 'test' };
const policy = { lists: { organization: ['Harbor General'], facilities: ['Harbor General', 'Pinecrest Infusion Center'], competitors: ['Bayview Medical'] } };
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), config, policy).length > 0;

describe("relations of the author or of someone named, cared for at the organization", () => {
  it('flags a relation of a relation admitted "here"', () => {
    expect(flagged("my neighbor's son was admitted here last night")).toBe(true);
    expect(flagged("Dana's husband was discharged from our unit this morning")).toBe(true);
  });

  it("flags the author's own relative cared for at the organization, even with a weaker fact", () => {
    expect(flagged('my aunt is in rehab at Harbor General after her fall')).toBe(true);
    expect(flagged('took my grandpa to Pinecrest Infusion Center for his iron infusion today')).toBe(true);
    expect(flagged('my dad came in here last night with chest pain')).toBe(true);
    expect(flagged('mi abuela está en rehab en Harbor General después de su caída')).toBe(true);
  });

  it('near miss: the same family news without the organization', () => {
    expect(flagged('my aunt is in rehab after her fall')).toBe(false);
    expect(flagged('my dad went home today')).toBe(false);
  });

  it('near miss: a relative who works at the organization', () => {
    expect(flagged('my mom works at Pinecrest Infusion Center and loves her team')).toBe(false);
    expect(flagged('my sister volunteers at Harbor General every Friday, so proud of her')).toBe(false);
  });

  it("near miss: a relative's everyday cold away from work", () => {
    expect(flagged('my dad had a cold last week, so I stayed home with him')).toBe(false);
  });

  it("near miss: a family's testimonial or a comparison with another hospital is a review", () => {
    expect(flagged("as a dad I have to say Harbor General's ER saved my daughter when she broke her wrist")).toBe(false);
    expect(flagged('Harbor General was great but Bayview Medical nearly killed my uncle with the wrong meds')).toBe(false);
  });

  it('near miss: a weak word with nobody brought or placed there', () => {
    expect(flagged("my mom keeps asking why the Harbor General app won't load her results")).toBe(false);
  });
});
