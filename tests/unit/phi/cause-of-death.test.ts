// Principle: how a recognizable person died, when it was by their own hand or an overdose, is
// health information about them, with no disease word. Near misses: figures of speech, talks
// and campaigns about suicide, and a celebrity's death in the news.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('a recognizable person who died by suicide or an overdose', () => {
  it('flags the cause told of a named or described person', () => {
    expect(flagged('Devastated to hear the retired fire chief Dale Emmons took his own life this weekend')).toBe(true);
    expect(flagged('Sad news, the Larsen boy died by suicide last night.')).toBe(true);
    expect(flagged('Praying for the family of Tomas R., the kid from the tire shop on 5th, who overdosed Friday')).toBe(true);
    expect(flagged('our old mail carrier Bernie finally drank himself to death, rip')).toBe(true);
    expect(flagged('heard Coach Ambrose killed himself over the weekend, I cannot believe it')).toBe(true);
  });

  it('near miss: figures of speech, prevention talks, celebrities', () => {
    expect(flagged('Pastor Lee gave a talk about suicide prevention at the high school')).toBe(false);
    expect(flagged('the Larsen boy killed himself laughing at my dad jokes')).toBe(false);
    expect(flagged('Mrs. Varga overdosed on Christmas cookies again lol')).toBe(false);
    expect(flagged('Robin Williams the actor took his own life and it still hurts')).toBe(false);
    expect(flagged('Coach Ambrose ran the suicide prevention 5k again this year, legend')).toBe(false);
  });
});
