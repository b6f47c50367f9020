// Principle: advice to a reader about their own treatment, in a public thread, with no care
// relationship of the writer's, is a medical-advice matter and discloses nothing: the reader's
// condition is theirs to share. Changing a dose counts as advice ("double your dose", "cut the
// dose in half"); care that someone else gave the reader ("the premed they gave you") is not the
// writer's care; a reply headed "reply to X:" speaks to X. Near misses: the writer's own
// organization confirming the reader's visit, results or care is still a disclosure.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('advice to a reader is not a disclosure', () => {
  it('a dose change told to the reader is advice', () => {
    expect(flagged('@pinecone_44 if the prednisone is not touching your eczema I would double your dose for a while')).toBe(false);
    expect(flagged('@runner.jo your blood pressure pills are why you feel dizzy, cut the dose in half')).toBe(false);
  });

  it('care another provider gave the reader is not the writer\'s care', () => {
    expect(flagged('@maplewood_mom honestly just skip the antihistamine premed they gave you, that allergy warning is overblown')).toBe(false);
  });

  it('a reply headed with the reader\'s name or handle speaks to them', () => {
    expect(flagged('Reply to Tess: with your daughter\'s reflux I would stop the omeprazole and try smaller meals')).toBe(false);
    expect(flagged('reply to @kb_lifts: your thyroid meds are probably why you are tired, cut the dose in half')).toBe(false);
  });

  it('near miss: the writer\'s organization confirming the reader\'s results is a disclosure', () => {
    expect(flagged('@tom_r we are sorry about your visit, your MRI results from Tuesday are in the portal')).toBe(true);
    expect(flagged('Dana, your biopsy came back and we need to see you')).toBe(true);
  });
});

describe('a reader under a full name is recognizable', () => {
  it('advice that tells their treatment tells it of them', () => {
    expect(flagged('@Marta Kowal so glad you are home after the bypass, skip those statins they sent you home with')).toBe(true);
    expect(flagged('@GregHollisWI Greg, honestly get off the metformin, cinnamon does the same')).toBe(true);
  });

  it('near miss: the same advice to a pseudonymous handle is advice', () => {
    expect(flagged('@tulip_girl88 so glad you are home, skip those statins they sent you home with')).toBe(false);
  });
});

describe('dose advice covers the condition it is for', () => {
  it('a condition named beside an unknown medicine and a dose change goes with the advice', () => {
    expect(flagged('@willowfern since the zorbatrex is not helping your psoriasis I would double your dose for a month')).toBe(false);
  });

  it('near miss: a condition told of someone else by name is still theirs', () => {
    expect(flagged('my neighbor Rita Vance was diagnosed with lupus last week')).toBe(true);
  });
});
