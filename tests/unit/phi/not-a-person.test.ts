// Principle: a privacy officer asks whether a person could be recognized. A word the name lists
// hold is no person when its frame says it is a thing, a place or a business: an article or a
// colour before it ("the red Jaguar"), a trade word after it ("Summit IV Lounge"), a venue known
// by its owner ("dinner at Marco's"), a street ("the clinic on Laurel"), a saint's name, or a
// common noun after a possessive ("ask ur doc"). A quantity after "a kid in" is how long, not a
// bed ("in 42 seconds"). Near misses: people named with titles, beds, relatives and roles.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('names that the frame shows are not people', () => {
  it('a product or a car after an article', () => {
    expect(flagged('just saw a red Jaguar parked across two spots at the cancer center, come on')).toBe(false);
    expect(flagged('the new Orla glucose monitor is great, anyone with diabetes should ask about it')).toBe(false);
  });

  it('a business named by a trade word', () => {
    expect(flagged('Summit IV Lounge has a hangover drip with zinc and B12 that cures the flu, try it')).toBe(false);
    expect(flagged('Need physical therapy after knee surgery? Harper Physio on Birch St is great.')).toBe(false);
  });

  it('a venue known by its owner, a street, a saint', () => {
    expect(flagged('the reps took our whole pharmacy team to Marco\'s for dinner and pitched their new insulin')).toBe(false);
    expect(flagged('the allergist on Laurel gives every kid allergy shots whether they need them or not')).toBe(false);
    expect(flagged('St. Brigid\'s knitting group dropped off 30 chemo caps for the infusion center today')).toBe(false);
  });

  it('a common noun after a possessive, as typed', () => {
    expect(flagged('ask ur doc about magnesium for migraines, it helped my whole family')).toBe(false);
  });

  it('a quantity after "a kid in" is not a bed', () => {
    expect(flagged('my son pinned a kid in 42 seconds today, the whole gym went nuts')).toBe(false);
    expect(flagged('that guy in 20 minutes flat ate three plates at the potluck')).toBe(false);
  });

  it('near miss: titled names, beds and relatives are still people', () => {
    expect(flagged('Mrs. Laurel in 12 finally ate her whole breakfast today')).toBe(true);
    expect(flagged('the kid in 14 seized twice overnight')).toBe(true);
    expect(flagged('the Ostrander twins both got admitted with RSV last night')).toBe(true);
    expect(flagged('visited Priya at the hospital after her stroke, she is still in the ICU')).toBe(true);
  });
});

describe('advice around the reader\'s own upcoming care', () => {
  it('a tip timed by the reader\'s procedure is advice, not a visit confirmed', () => {
    expect(flagged('@liftheavy_22 you don\'t need to stop your fish oil before your surgery, it\'s fine')).toBe(false);
    expect(flagged('@sunnyday.k you should skip the aspirin the week before your colonoscopy')).toBe(false);
  });

  it('"ask your doctor" and "don\'t give" are advice too', () => {
    expect(flagged('@mira.b at your age with that much reflux I\'d ask your doctor to put you on omeprazole')).toBe(false);
    expect(flagged('Dana, hun, don\'t give your little one the cough syrup tonight, honey works better')).toBe(false);
  });

  it('someone else\'s care in the next sentence is not the reader\'s', () => {
    expect(flagged('Jo you need to get off the zoloft. one of my reiki clients fixed her anxiety in a month.')).toBe(false);
  });

  it('near miss: a visit the writer confirms is a disclosure', () => {
    expect(flagged('@sam_r glad your surgery went well, see you at your follow-up next week!')).toBe(true);
    expect(flagged('@kate_in_mn saw your mom on our unit last night for the pneumonia, tell her to finish the antibiotics')).toBe(true);
  });
});
