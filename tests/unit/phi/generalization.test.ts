// The rules that carry PHI detection beyond names: newborns, community roles and relationships,
// demographic + event + place + time combinations, events on a named unit, street addresses,
// and the exclusions (public figures' own news, drug crimes, invented cases, the author's age).
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { findSubjects } from '../../../lib/engine/detectors/phi/subjects';
import { recognizeHealth } from '../../../lib/engine/recognizers/health';
import type { Finding } from '../../../lib/engine/types';

const cache = new SentenceCache();
function phi(text: string, platform = 'facebook'): Finding[] {
  return detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
}
const flagged = (text: string, platform?: string) => phi(text, platform).length > 0;
function subjectKinds(text: string): string[] {
  const doc = buildDoc(text, 'facebook', 'nurse', cache);
  return findSubjects(doc).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
}
const healthKinds = (text: string) => recognizeHealth(text).filter((m) => m.layer === 'health').map((m) => m.kind);

describe('newborns told in detail', () => {
  it('reads a birth weight and labor as health information', () => {
    expect(healthKinds('She came out at 8 lb 3 oz after he labored for a day')).toEqual(expect.arrayContaining(['pregnancy']));
  });
  it('flags a named baby with a birth time and weight', () => {
    expect(flagged('Welcome baby girl Noelle, born at 10:20 pm last night, 6 pounds 14 ounces of cuteness!')).toBe(true);
  });
  it('does not flag a birth count for the whole unit', () => {
    expect(flagged('Our maternity team welcomed 96 babies in October, thank you all!')).toBe(false);
  });
});

describe('people identified by a role or a relationship', () => {
  it('finds community roles and relatives of known people', () => {
    expect(subjectKinds('The village postman was in again.').some((k) => k.startsWith('descriptor'))).toBe(true);
    expect(subjectKinds("I saw the sheriff's daughter upstairs.").some((k) => k.startsWith('relative'))).toBe(true);
    expect(subjectKinds('Heard the Okafors\' youngest son got hurt.').some((k) => k.startsWith('relative'))).toBe(true);
  });
  it('flags a relative of a local official with an overdose', () => {
    expect(flagged("The fire chief's teenage daughter came in last night after overdosing at a party.")).toBe(true);
  });
  it('flags a role tied to our small town with a mental-health fact', () => {
    expect(flagged('A crossing guard in our little town told me about her depression during her visit.')).toBe(true);
  });
  it('flags a local business owner carried into the ER with a heart attack', () => {
    expect(flagged('The owner of the Copper Kettle bakery was rushed to the ER this morning with a heart attack.')).toBe(true);
  });
  it('does not flag the same kind of person in a story with no health in it', () => {
    expect(flagged('The owner of the Copper Kettle bakery dropped off muffins for night shift this morning.')).toBe(false);
    expect(flagged("The fire chief's daughter won the spelling bee today!")).toBe(false);
  });
});

describe('demographic + event + place + time', () => {
  it('flags an injured person described by age, a named road and a time', () => {
    expect(flagged('Teenage driver, 16, in a rollover on County Road 40 last night, intubated and flown to the trauma center.')).toBe(true);
  });
  it('does not flag road-safety advice about the same road', () => {
    expect(flagged('Rollovers on County Road 40 keep happening. Slow down on the curves and buckle up.')).toBe(false);
  });
  it('does not count the author giving their own age', () => {
    expect(subjectKinds('I was 41 when I had my stroke.').some((k) => k.startsWith('age'))).toBe(false);
  });
});

describe('events on a named unit', () => {
  it('reads medication errors and deaths of a patient as care events', () => {
    expect(healthKinds('they hung the wrong antibiotic dose')).toContain('care-event');
    expect(healthKinds('we are losing a patient upstairs')).toContain('care-event');
    expect(healthKinds('she lost her patience with the printer')).not.toContain('care-event');
  });
  it('flags a patient death after an error on a numbered unit', () => {
    expect(flagged('A patient on 8 West died early this morning after a charting error with her heparin.')).toBe(true);
  });
  it('does not flag a unit named in a staffing complaint', () => {
    expect(flagged('8 West was short three nurses again this morning. Staffing needs to be fixed.')).toBe(false);
  });
  it('does not take a building floor for a unit', () => {
    expect(subjectKinds('The new scanner is on the third floor.').some((k) => k.startsWith('place'))).toBe(false);
  });
});

describe('street addresses', () => {
  it('flags a home visit at a house number with a patient cue', () => {
    expect(flagged('Home visit to my patient at 27 Orchard Road to check her pressure ulcer today.')).toBe(true);
  });
  it('does not flag a clinic address in an announcement', () => {
    expect(flagged('Our new wound care clinic opens at 27 Orchard Road next month.')).toBe(false);
  });
});

describe('what is not PHI', () => {
  it("does not flag a public figure's own announcement, relayed", () => {
    expect(flagged('Senator Ruiz announced that she is being treated for thyroid cancer and expects to return soon.')).toBe(false);
  });
  it('does not flag a drug crime as health information', () => {
    expect(flagged('A nurse aide was charged with stealing morphine from a nursing home, deputies said.')).toBe(false);
  });
  it('still reads an overdose in a crime story as health', () => {
    expect(healthKinds('He was arrested after overdosing in the parking lot')).toContain('substance-use');
  });
  it('does not flag a practice question', () => {
    expect(flagged('Board question: a patient with COPD has sats of 86% on 2 L. Do you increase the oxygen?')).toBe(false);
  });
  it('does not read a therapy animal as therapy', () => {
    expect(flagged('Say hi to Maple, our therapy dog! She visits the cancer center every Thursday morning.')).toBe(false);
  });
});

describe('reach and exclusions added for fresh phrasings', () => {
  it("carries a newborn's name to birth details told in later sentences", () => {
    expect(flagged('Baby Rosalind is here! Nine pounds two ounces, a whole lot of cheeks. Mom pushed for two hours like a pro.')).toBe(true);
  });
  it('does not reach from an adult name to later sentences without a reference back', () => {
    expect(flagged('Thanks to Rosalind for the cupcakes today! Nine pounds two ounces of frosting. The new grads pushed for seconds.')).toBe(false);
  });
  it('finds a relative described through a local official', () => {
    expect(subjectKinds('The husband of our school superintendent stopped by.').some((k) => k.startsWith('relative'))).toBe(true);
  });
  it('reads an ambulance pickup as care of the person picked up', () => {
    expect(flagged('Transported an older woman from the Cedar Point marina this afternoon after she collapsed. Shocked her twice.')).toBe(true);
  });
  it('does not take a service name for a condition', () => {
    expect(flagged('Our cancer center volunteer Gus turns 80 today! He brings coffee to every infusion chair.')).toBe(false);
  });
});

describe('more community descriptors and exclusions', () => {
  it('finds a person known by where they are seen', () => {
    expect(subjectKinds('The lady who sits outside the post office every day').some((k) => k.startsWith('descriptor'))).toBe(true);
    expect(subjectKinds('The lady who sits outside every day').some((k) => k.startsWith('descriptor'))).toBe(false);
  });
  it('finds a family named by surname with their child', () => {
    expect(subjectKinds('So happy for the Abernathys and their brand new son!').some((k) => k.startsWith('relative'))).toBe(true);
  });
  it('flags an outbreak in a described household this week', () => {
    expect(flagged('Two brothers from the Hillside farm out on Route 12 came in with whooping cough this week.')).toBe(true);
  });
  it('does not flag a public figure who told their own story in a documentary', () => {
    expect(flagged('Tennis champion Mara Quist revealed in a documentary that she lived with anorexia as a teen.')).toBe(false);
  });
  it('reads "loved seeing you" in a review reply as confirming a visit', () => {
    expect(flagged('Thank you Bea! Our hygienists loved seeing you, come back anytime.', 'review-reply')).toBe(true);
    expect(flagged('Thank you Bea! Our hygienists loved reading your kind words.', 'review-reply')).toBe(false);
  });
});

describe('review replies about a family member', () => {
  it("confirms a visit when it names the reviewer's child's check-up", () => {
    expect(flagged('Thanks Aisha! We loved meeting your son at his check-up with Dr. Park.', 'review-reply')).toBe(true);
  });
  it('does not confirm a visit in a general thank-you', () => {
    expect(flagged('Thanks Aisha! We appreciate you taking the time to write a review.', 'review-reply')).toBe(false);
  });
});
