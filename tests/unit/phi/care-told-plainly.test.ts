// Care facts told the way people type them: a body part or a sense lost, a numbered round of
// treatment, a post-op day, a span since the event opening the next sentence, pronouns typed
// without the apostrophe, news the author was told (not their own), a role one person holds.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string, platform = 'facebook') =>
  detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('care facts in plain words', () => {
  it('reads a body part or a sense lost as a condition', () => {
    expect(flagged('Pastor Okafor lost his right foot to an infection this spring, keep him in your prayers')).toBe(true);
    expect(flagged('Mrs. Delacroix is losing her sight fast and still insists on driving to clinic')).toBe(true);
  });

  it('reads a numbered round of treatment told as someone\'s', () => {
    expect(flagged('our night charge Renata came in glowing after her round 6, last one!!')).toBe(true);
  });

  it('reads a post-op day in shorthand', () => {
    expect(flagged('bed 9 is POD2 and already asking for a burger')).toBe(true);
  });

  it('reads a span since the event as the same story', () => {
    expect(flagged('Bumped into the fire chief\'s wife at the library! Five years in remission and running the book sale in Alder Grove.')).toBe(true);
  });

  it('reads a pronoun typed without its apostrophe', () => {
    expect(flagged('prayers for Mr Tillman everyone, hes back in the hospital with his heart')).toBe(true);
  });

  it('reads news told to the author as the teller\'s, not the author\'s', () => {
    expect(flagged('Mrs. Fairbanks asked me to tell the choir her biopsy came back benign')).toBe(true);
  });

  it('reads a role one person holds in a program as a co-worker', () => {
    expect(flagged('our program director is out for a while after his hernia repair, send him good vibes')).toBe(true);
  });

  it('near miss: lost things, rounds of other things, the author\'s own news, a pod number that is a team', () => {
    expect(flagged('Dana lost her keys again, third time this week')).toBe(false);
    expect(flagged('POD3 from my own gallbladder surgery and living on jello')).toBe(false);
    expect(flagged('Coach Ruiz lost his voice screaming at the refs lol')).toBe(false);
    expect(flagged('Marcus bought the next round of drinks after his promotion')).toBe(false);
    expect(flagged('the doctor told me my biopsy came back benign, so relieved')).toBe(false);
    expect(flagged('Five years sober today. Grateful for everyone in Alder Grove who carried me.')).toBe(false);
    expect(flagged('our program director is hiring two new residents for next year, she says apply early')).toBe(false);
  });
});
