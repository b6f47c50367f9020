// Principles: (1) the author's own relative told as the one a hospital, a clinic or a clinician
// harmed or cared for is their health information, at whichever hospital, with no health word
// needed; (2) a spot, a lump or a shadow on a person's body part is an exam finding, with no
// disease word; (3) a role at a named organization reads in capitals as in lower case ("Acme's
// CFO"); (4) a discount code is no code blue. Near misses: the same verbs and nouns told of
// things, of the author, or without anyone caring for anyone.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const phi = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
const flagged = (text: string) => phi(text).length > 0;

describe("the author's relative harmed or cared for by a provider", () => {
  it('flags a care or harm act done to "my <kin>"', () => {
    expect(flagged('Mercy General killed my grandpa and nobody will ever answer for it.')).toBe(true);
    expect(flagged('The ER at County sent my grandma home with a sprained wrist and it was broken in two places.')).toBe(true);
    expect(flagged('that walk-in clinic misdiagnosed my sister twice before anyone listened')).toBe(true);
    expect(flagged('The doctors at Lakeview turned away my father at 2am with chest pressure.')).toBe(true);
  });

  it('flags an act on a part of them', () => {
    expect(flagged('Dr. Patel left a sponge in my brother\'s belly and nobody told us for a year.')).toBe(true);
    expect(flagged('The surgeon at Hill Regional botched my dad\'s knee replacement and now he limps.')).toBe(true);
  });

  it('near miss: the same verbs without a provider, or about things', () => {
    expect(flagged('my uncle killed it at karaoke last night, the whole bar sang along')).toBe(false);
    expect(flagged('the flu killed my aunt\'s whole weekend plans')).toBe(false);
    expect(flagged('the nurses at the clinic treated my mom like a queen at her retirement lunch')).toBe(false);
    expect(flagged('Dr. Okafor gave my dad a ride to the game after his shift')).toBe(false);
    expect(flagged('our hospital left my cousin a voicemail about the job interview')).toBe(false);
    expect(flagged('that dentist left a note in my mom\'s car')).toBe(false);
  });
});

describe('a finding on a person’s body, in plain words', () => {
  it('flags a spot, a mole or a shadow on someone’s part', () => {
    expect(flagged('Mr. Reyes finally let me look at the spot on his scalp he has been hiding under that cap')).toBe(true);
    expect(flagged('Biopsy came back on that mole on Gary\'s back, praying for him')).toBe(true);
    expect(flagged('the Dayton mail carrier has a shadow on her mammogram and goes back Friday')).toBe(true);
    expect(flagged('our old pastor Jim has a growth in his throat, they scope him next week')).toBe(true);
    expect(flagged('Coach Lund showed me the lump under his arm after practice')).toBe(true);
  });

  it('near miss: spots on things, the author’s own, and no one identifiable', () => {
    expect(flagged('there is a spot on the couch where the dog sleeps')).toBe(false);
    expect(flagged('a bump in the road, Jim said, nothing more')).toBe(false);
    expect(flagged('found a weird spot on my own arm, making an appointment')).toBe(false);
    expect(flagged('a spot on his lung is not always cancer, most nodules are benign')).toBe(false);
    expect(flagged('Marta left a sticky note on her desk about the potluck')).toBe(false);
  });
});

describe('roles at a named organization, and promo codes', () => {
  it('reads a role in capitals as a description of one person', () => {
    expect(flagged('just saw Lakeshore\'s CFO in the oncology waiting room, hope he is ok')).toBe(true);
  });

  it('near miss: a discount code is no code blue', () => {
    expect(flagged('My cousin Dee opens her bakery Friday on Main, use code DEE10 for 10% off your first order')).toBe(false);
    expect(flagged('tell them Nina sent you and use code NINA15 at checkout')).toBe(false);
  });
});
