// PHI phrasings a blind evaluation round found missing, each beside the near-miss that shares
// its words: specialty settings, community roles, a short follow-up sentence, genus
// abbreviations, advice to the reader, impairment accusations, and welcomes of new colleagues.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { recognizeHealth } from '../../../lib/engine/recognizers/health';
import type { Finding } from '../../../lib/engine/types';

const cache = new SentenceCache();
function phi(text: string): Finding[] {
  return detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
}
const flagged = (text: string) => phi(text).length > 0;
const healthTerms = (text: string) => recognizeHealth(text).filter((m) => m.layer === 'health').map((m) => text.slice(m.start, m.end));

describe('a specialty setting says what the care is', () => {
  it('flags a relative of a named person seen at a fertility clinic', () => {
    expect(flagged("Ran into Principal Vance's husband at the fertility clinic again this morning.")).toBe(true);
  });
  it('leaves a general waiting room alone', () => {
    expect(flagged("Ran into Principal Vance's husband in the waiting room, he was dropping off donuts for the staff.")).toBe(false);
  });
});

describe('a role one person holds in a community', () => {
  it('flags the police chief with a medicine', () => {
    expect(flagged('Refilled the police chief’s blood thinner today and he complained about the price the whole time.')).toBe(true);
  });
  it('leaves the role telling their own news alone', () => {
    expect(flagged('The mayor announced this morning that he is recovering well from his heart surgery.')).toBe(false);
  });
});

describe('a short follow-up sentence goes on about the same person', () => {
  it('links a condition told right after an old age and a bed', () => {
    expect(flagged('Our 96-year-old in bed 12 thinks it is 1962 again tonight. Dementia is so hard.')).toBe(true);
  });
  it('links a death told right after a named patient', () => {
    expect(flagged('Farewell to Mrs. K, our longtime infusion patient. Died peacefully this morning.')).toBe(true);
  });
  it('does not link a sentence about someone else', () => {
    expect(flagged('Mrs. Kowalczyk won the bake-off at the fair again! My husband has the flu so I went alone.')).toBe(false);
  });
});

describe('genus abbreviations and wound shorthand', () => {
  it('reads "C. diff" with its period', () => {
    expect(healthTerms('He has C. diff again.')).toEqual(['C. diff']);
  });
  it('does not join an initial to the next word', () => {
    expect(healthTerms('J. Smith finished the marathon.')).toEqual([]);
  });
  it('flags a frequent flyer described by job and street with a head lac', () => {
    expect(flagged('Our frequent flyer is back, the retired mail carrier from Birch Rd, with a scalp lac.')).toBe(true);
  });
});

describe('advice to the reader is a medical-advice risk, not a disclosure', () => {
  it('leaves a named reader given advice about their pills alone', () => {
    expect(flagged('Dana, you should take your allergy pill before the hike if you get itchy eyes.')).toBe(false);
  });
  it('leaves a named reader told their old medicine fits their new illness alone', () => {
    expect(flagged('Rosa, the amoxicillin left from your strep will do the trick for your ear infection, just finish it.')).toBe(false);
  });
  it('still flags a named reader whose care the writer confirms', () => {
    expect(flagged('Dana, as your nurse I can tell you the biopsy came back clear, you should rest today.')).toBe(true);
  });
});

describe('a vivid repeat visit', () => {
  it('warns about a body part the writer worked on, told as a repeat', () => {
    expect(phi('Pulled a bead out of a 4-year-old’s nose for the third time this year. Same kid!').length).toBeGreaterThan(0);
  });
  it('leaves a repeat with no care alone', () => {
    expect(flagged('Our 4-year-old put a bead up his nose for the third time this year, kids are wild.')).toBe(false);
  });
});

describe('accusations and welcomes', () => {
  it('does not read "operates drunk" as someone’s health', () => {
    expect(flagged('Dr. Lyle operates drunk half the time, ask anyone on his team.')).toBe(false);
  });
  it('still reads a colleague’s withdrawal as health', () => {
    expect(flagged('Dr. Lyle was admitted last night for alcohol withdrawal, keep him in your thoughts.')).toBe(true);
  });
  it('leaves a welcome of a new nurse manager alone', () => {
    expect(flagged('Meet our new charge nurse Tomasz, who brings 12 years of ICU experience and a love of chess!')).toBe(false);
  });
  it('still flags a patient welcomed home', () => {
    expect(flagged('Welcome home, Mr. Tomasz Nowak! Six weeks in our ICU after his stroke and you walked out today.')).toBe(true);
  });
});
