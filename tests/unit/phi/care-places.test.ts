// Principle: someone recognizable told in a place only patients are (the ER waiting room, the
// infusion chair, the ICU, pre-op, a private suite on a ward, the back of an ambulance) is a
// patient there: patient status with no disease word. Near misses: co-workers on shift there,
// people who tour, visit, volunteer or bring things there, and rooms that are not care.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('a recognizable person in a place of patient care', () => {
  it('flags a titled or described person seen or staying there', () => {
    expect(flagged('Saw Deacon Paul Hartley in the ER waiting room last night, he looked pale.')).toBe(true);
    expect(flagged('ran into the high school band director in the infusion room today, keep him in your prayers')).toBe(true);
    expect(flagged('Mayor Quinlan is up in the private suite on 8 after his little procedure')).toBe(true);
    expect(flagged('Coach Dwyer from Central High has been in the ICU since Sunday, prayers please')).toBe(true);
    expect(flagged('spotted Judge Albers in pre-op this morning looking nervous')).toBe(true);
    expect(flagged('Pastor Lee from Grace Church in the dialysis chair next to my mom, small world')).toBe(true);
  });

  it('flags a relative of someone known there', () => {
    expect(flagged('the Petersons\' daughter was in the ambulance last night')).toBe(true);
    expect(flagged('Deacon Hartley\'s wife was in the ER last night')).toBe(true);
  });

  it('flags dying on a numbered floor, or a stay on a numbered unit', () => {
    expect(flagged('old Mr. Whitfield passed on the 3rd floor tonight, rest easy sir')).toBe(true);
    expect(flagged('Coach Ambrose has been up on 5 West since Sunday, say a prayer')).toBe(true);
  });

  it('flags leaving a place of care', () => {
    expect(flagged('Miss Odette, 97, finally came home from the cancer center yesterday to be with her cats')).toBe(true);
    expect(flagged('the retired postmaster walked out of the ICU on his own two feet today!!')).toBe(true);
    expect(flagged('Coach Ambrose got transferred out of the psych unit this morning')).toBe(true);
  });

  it('near miss: where someone works, an event there, an errand', () => {
    expect(flagged('Jenny from Labor & Delivery brought donuts for everyone')).toBe(false);
    expect(flagged('Coach Ambrose came from the cancer center gala with a trophy')).toBe(false);
    expect(flagged('Mr. Whitfield walked out of the ICU meeting early, rude')).toBe(false);
    expect(flagged('Kayla came back from the ER with my coffee, angel')).toBe(false);
  });

  it('near miss: co-workers on shift, tours, visits, drives, other places', () => {
    expect(flagged('Kayla in the ED is the best charge nurse ever')).toBe(false);
    expect(flagged('Marcus in the ICU covered my whole assignment so I could pump')).toBe(false);
    expect(flagged('Mayor Quinlan toured our new ICU this morning and loved the family lounge')).toBe(false);
    expect(flagged('Coach Dwyer was at the cancer center for the toy drive, so sweet')).toBe(false);
    expect(flagged('Judge Albers came to visit his wife in the ICU every single day')).toBe(false);
    expect(flagged('Mrs. Varga from the library was in the lobby of the bank today')).toBe(false);
    expect(flagged('Mr. Whitfield is on the 3rd floor now, come say hi at his new desk')).toBe(false);
    expect(flagged('Kayla on the 4th floor is the best')).toBe(false);
    expect(flagged('Pastor Lee volunteers in the infusion room every Tuesday with his therapy dog')).toBe(false);
  });
});
