// Principle: PHI is a disclosure about an identifiable person that the person did not make
// themselves. A public figure telling their own health story in public, a reader told what to do
// about the reading they posted, the unnamed patients of an accused clinician, the author's own
// health and a word that only calls the reader ("hon") disclose nobody. Named patients with a
// care fact, a colleague's diagnosis and a relative cared for still fire.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('a public figure telling their own health story', () => {
  it('is not PHI, however the telling is phrased', () => {
    expect(flagged('Heard the former mayor Bill Ostrowski say on his own podcast that he is finishing chemo for lymphoma.')).toBe(false);
    expect(flagged('Channel 6 meteorologist Dana Pike shared on air tonight that she is pregnant with twins.')).toBe(false);
    expect(flagged('Councilwoman Rita Gomez said in her own town hall that she is recovering from a knee replacement.')).toBe(false);
    expect(flagged("Congressman Tom Hadley's essay about his own kidney transplant made me cry.")).toBe(false);
    expect(flagged('Rapper Kai Monroe posting that he is in rehab for opioids will help people. Respect for sharing it himself.')).toBe(false);
  });

  it('a later sentence can say it was theirs to tell', () => {
    expect(flagged("Maya's last speech session today! a year ago she couldn't say her own name because of her cleft palate.")).toBe(true);
    expect(flagged('Mrs. Alvarez in room 12 told me she has breast cancer. She said it herself, so sad.')).toBe(true);
    expect(flagged('Skier Anya Brandt wrote this week about her shoulder surgery and her long recovery. Proud of her for sharing it publicly.')).toBe(false);
  });

  it('still flags the same person told about by someone else', () => {
    expect(flagged('Former mayor Bill Ostrowski was in our infusion center today finishing chemo for lymphoma.')).toBe(true);
    expect(flagged('Dana Pike from Channel 6 came in to our clinic today and tested positive for pregnancy.')).toBe(true);
  });
});

describe('advice to the reader about what they posted', () => {
  it('is advice, not a disclosure', () => {
    expect(flagged('@marco_bikes if your A1c is 9.1 you really should double up on the metformin, no need to call the doc')).toBe(false);
    expect(flagged('@ella.runs skip the flu shot, your body handles it fine')).toBe(false);
    expect(flagged('Hon, stop the lisinopril if it makes you dizzy, that is what I did.')).toBe(false);
    expect(flagged('Linda with your sugars where they are you really need to stop the juice and cut your insulin.')).toBe(false);
  });

  it('still flags a named patient of the writer', () => {
    expect(flagged('Linda Perez in bed 6 had her insulin doubled tonight after her sugars hit 400.')).toBe(true);
  });
});

describe('the patients of an accused clinician', () => {
  it('are unnamed and not identifiable', () => {
    expect(flagged('Everyone knows Dr. Hal Brennan lost his hospital job because three of his knee patients got infections.')).toBe(false);
  });

  it('still flags the clinician\'s own diagnosis', () => {
    expect(flagged('Dr. Hal Brennan was diagnosed with pancreatic cancer last week, keep him in your prayers.')).toBe(true);
  });
});

describe('the author\'s own health and words that are not names', () => {
  it('"my own" makes it the author\'s, wherever the sentence starts', () => {
    expect(flagged('Did a sleep study Tuesday for my own snoring, turns out I have mild apnea.')).toBe(false);
  });

  it('a promo code is not a person', () => {
    expect(flagged('After a hospital stay, the aides at Sunrise Home Care are great. Use my code MARIA15 for a discount.')).toBe(false);
  });

  it('still flags someone else named with their care', () => {
    expect(flagged('Mr. Olsen in bed 4 was diagnosed with sleep apnea today, he starts CPAP tonight.')).toBe(true);
  });
});
