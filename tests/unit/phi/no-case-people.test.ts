// A person read by the slot they stand in, whatever the case: a title before a listed name, a
// number after a name (a bed), a role after a place word, a household told by its street and a
// trait, a leader of an outfit left unnamed on purpose, an age-and-sex note.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const phi = (text: string, platform = 'facebook') =>
  detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
const flagged = (text: string, platform?: string) => phi(text, platform).length > 0;
const both = (text: string) => [flagged(text), flagged(text.toLowerCase())];

describe('names by their slot in mixed-case text', () => {
  it('reads a listed surname after a title written in lower case', () => {
    expect(flagged('mr. castellanos in 412 needed his INR redrawn twice today')).toBe(true);
    expect(flagged('ok so mrs whitaker finally got her PICC line out, ICU was cheering')).toBe(true);
  });

  it('reads a number right after a name as the bed', () => {
    expect(flagged('Hernandez from 22 pulled his IV again')).toBe(true);
  });

  it('near miss: a title before an everyday word, a number that is a time or a year', () => {
    expect(flagged('mr. clean in 30 minutes is my whole cleaning routine lol, ER shift tomorrow')).toBe(false);
    expect(flagged('Mr. Ortiz in 30 minutes will present the budget for the ICU')).toBe(false);
    expect(flagged('Dr. Patel in 2019 moved our clinic to the new building')).toBe(false);
  });
});

describe('people told by place and trait, in any case', () => {
  // (In lower case the tagger reads such a word as a place only now and then: a known limit.)
  it('reads a role after a word the tagger reads as a place', () => {
    expect(flagged('Saw the Ashbrook school bus driver wheeled into the cath lab this morning, praying for him')).toBe(true);
  });

  it('reads a role at a named school, and a leader of an outfit left unnamed', () => {
    expect(both('the band director at Kessler High was admitted overnight with chest pain')).toEqual([true, true]);
    expect(both('Did a long bowel resection today on the owner of a certain local car dealership. He is stable.')).toEqual([true, true]);
  });

  it('reads a household by its street and a trait of the house', () => {
    expect(both('To the family on Birch Lane with the red mailbox: your grandma is doing great after her stroke, see you on 4 West')).toEqual([true, true]);
  });

  it('reads an age-and-sex note in lower case', () => {
    expect(flagged('question for ER folks: 34m, works at the car wash downtown, came in today with a stab wound and wants it kept quiet')).toBe(true);
  });

  it('near miss: a role without a place, an outfit named as a type, units and distances', () => {
    expect(both('Saw the new school bus driver at the cafe this morning, he seems great')).toEqual([false, false]);
    expect(both('the owner of a certain local car dealership sponsored our 5k, thank you!')).toEqual([false, false]);
    expect(flagged('ran 15m today, legs are dead, 22 miles this week')).toBe(false);
    expect(flagged('the family on birch lane with the red mailbox won the holiday lights contest')).toBe(false);
  });
});
