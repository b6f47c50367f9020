// Principle: hearsay about care elsewhere is PHI when the person can be recognized (a name, a
// role at a named organization, a co-worker by shared history) and is told in rehab, detox,
// hospice or the hospital. Near misses: someone only the writer knows, in a complaint about
// another hospital; a clinician at the hospital for work; the clause turning to someone else.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const config = { enabled: true, sensitivity: 'medium' as const, exemptAuthors: [], pack: 'test' };
const policy = { lists: { organization: ['Harbor General'], competitors: ['Bayview Medical', 'Bayview'] } };
const phi = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), config, policy);
const flagged = (text: string) => phi(text).length > 0;

describe('a recognizable person in care elsewhere', () => {
  it('flags a role at a named organization sent to rehab', () => {
    expect(flagged("Bayview's nursing director has been to rehab twice and they still let her run the floor")).toBe(true);
    expect(flagged('the CFO of Westmark Bank is in detox again, everyone at the club knows')).toBe(true);
  });

  it('flags a co-worker known by shared history, told in rehab in the next sentence', () => {
    expect(flagged('a paramedic I trained with lost his job last spring. he\'s in rehab up north now.')).toBe(true);
  });

  it('flags a named person in the hospital or hospice, and points at the care words', () => {
    const text = 'Pastor Quill is in hospice now, please keep the family in your prayers';
    const f = phi(text);
    expect(f.length).toBeGreaterThan(0);
    expect(f[0].evidence.some((e) => text.slice(e.start, e.end).includes('hospice'))).toBe(true);
    expect(flagged('Coach Renner is in the hospital after his fall, send cards')).toBe(true);
  });

  it('near miss: a clinician at the hospital is at work', () => {
    expect(flagged('Dr. Patel is at the hospital all week covering nights')).toBe(false);
    expect(flagged('Dr. Okoro went to the ICU to see a consult')).toBe(false);
  });

  it('near miss: the clause turns to someone else', () => {
    expect(flagged('Dr. Lee sent my aunt to hospice last week')).toBe(false);
  });
});

describe('hearsay about someone only the writer knows, at another hospital', () => {
  it('near miss: a friend\'s relative in a complaint about a competitor', () => {
    expect(flagged("Bayview Medical sent my friend's husband home with antacids and he had a heart attack that night")).toBe(false);
    expect(flagged("a coworker's dad went into Bayview for a routine gallbladder and came out septic")).toBe(false);
  });

  it('near miss: the writer\'s own relative billed by another hospital', () => {
    expect(flagged('Lakemont Regional Hospital billed my sister for an MRI she never had')).toBe(false);
  });

  it('still flags when the person is named', () => {
    expect(flagged('Bayview sent my neighbor Mrs. Thorsby to hospice last week')).toBe(true);
  });
});

describe("a public figure's own account", () => {
  it('near miss: an athlete talking openly in his presser about his injury', () => {
    expect(flagged('Respect to QB Dane Varga for talking so openly in his presser about tearing his ACL. Kids are listening.')).toBe(false);
  });
});
