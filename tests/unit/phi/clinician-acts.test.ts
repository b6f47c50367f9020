// Principle (issue #14, precision): a clinician or someone known by their business, told as the
// one who acts on a care word (an active verb of doing: skimming, scrubbing in, faking, billing),
// is doing their work; the care word is no health fact of theirs. Near misses: the same people
// undergoing care (have, start, break, find out, come back from), or a care word they own ("her chemo").
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('a clinician acting on a care word is at work', () => {
  it('skimming a drug, scrubbing in for an operation, faking a test', () => {
    expect(flagged('Word is Dr. Lentz from radiology got walked out Friday for skimming morphine.')).toBe(false);
    expect(flagged('Dr. Farrow was at the gala until 2am Friday and then scrubbed in for a hip replacement.')).toBe(false);
    expect(flagged('Dr. Okafor at Lakeview keeps pushing knee scopes on everyone over 50.')).toBe(false);
  });
  it('near miss: the same clinician undergoing care stays flagged', () => {
    expect(flagged('Dr. Farrow had a hip replacement on Friday and is recovering at home.')).toBe(true);
    expect(flagged('Dr. Farrow found out she has breast cancer and starts chemo Monday.')).toBe(true);
    expect(flagged('our charge nurse Dee tore her ACL skiing and had surgery Tuesday.')).toBe(true);
  });
  it("near miss: a care word they own, whatever the verb", () => {
    expect(flagged('our charge nurse came back this week from her last round of chemo, so proud of her')).toBe(true);
    expect(flagged('pls keep our night tech Marla in your thoughts, she just found out she is pregnant and is so sick')).toBe(true);
  });
});
