// Principle: work done on a body part is care even when the procedure has no name ("her knee was
// replaced", "got his shoulder scoped", "I replaced his left hip"): the body part is any WordNet
// body part, the verb what a clinician does to one. Near misses: grooming, objects, the author's own.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { matchBodyWork } from '../../../lib/engine/recognizers/health/body-work';

const spans = (t: string) => matchBodyWork(t).map((m) => t.slice(m.start, m.end));
const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('body-part work as a care fact', () => {
  it('reads the passive, the causative and the clinician\'s active report', () => {
    expect(spans('her knee was replaced in May')).toEqual(['knee was replaced']);
    expect(spans('he got his shoulder scoped on Friday')).toEqual(['shoulder scoped']);
    expect(spans('she had her gallbladder out')).toEqual(['gallbladder out']);
    expect(spans('six weeks after we pinned her wrist')).toEqual(['we pinned her wrist']);
    expect(spans('her rotator cuff was repaired')).toEqual(['rotator cuff was repaired']);
  });

  it('reads an injury to a body part, ligaments by their letters too', () => {
    expect(spans('the goalie who tore her ACL at state')).toEqual(['tore her ACL']);
    expect(spans('he broke his left wrist skating')).toEqual(['broke his left wrist']);
  });

  it('near miss: the same verbs with no body part', () => {
    expect(spans('he broke the news gently')).toEqual([]);
    expect(spans('I pulled the car over')).toEqual([]);
  });

  it('near miss: grooming of a body part, and work on things', () => {
    expect(spans('she got her nails done')).toEqual([]);
    expect(spans('got her ears pierced for her birthday')).toEqual([]);
    expect(spans('his truck was fixed')).toEqual([]);
    expect(spans('we set her table for the party')).toEqual([]);
  });

  it('links to a named person as their health', () => {
    expect(flagged('Mr. Halvorsen got his shoulder scoped on Friday')).toBe(true);
    expect(flagged("Coach Tibbets is back on the sideline six weeks after we replaced his left hip.")).toBe(true);
  });

  it("near miss: the author's own body", () => {
    expect(flagged('my knee was replaced last spring and I feel great')).toBe(false);
  });
});
