// Principles: (1) a shop's or a brand's name is no person, whatever its capitals suggest: a
// trade word first ("Botica San Judas", "Clínica Esperanza"), inside one word ("ZipCare"), or
// after a possessive or a capitalized run ("Nature's Pantry", "Hilltop Essential Oils");
// (2) the author's family in Spanish as US posts mix it ("my cuñada", "mi prima") is their
// family; (3) a relative's cold is everyday news, a serious or chronic infection is not.
// Near misses: real names next to the same words, everyday infections, things owned by kin.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const phi = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
const flagged = (text: string) => phi(text).length > 0;

describe('shop and brand names are no one', () => {
  it('clears a name that is a business', () => {
    expect(flagged('Avoid Farmacia Guadalupe on 8th, they sold my neighbor expired antibiotics and fake insulin')).toBe(false);
    expect(flagged('VitaCare keeps pushing IV drips for anxiety and migraines, total scam')).toBe(false);
    expect(flagged("Grandpa's Kitchen Remedies sells a tea they swear cures diabetes, please don't buy it")).toBe(false);
    expect(flagged('Cedar Ridge Botanicals claims their drops shrink tumors, report them')).toBe(false);
    expect(flagged('Consultorio Morales is giving antibiotics without a prescription again')).toBe(false);
  });

  it('near miss: a person named beside a business is still a person', () => {
    expect(flagged('Rosa from the Bluebird Cafe had her gallbladder out at our hospital yesterday')).toBe(true);
    expect(flagged("Nature's bounty is all around us, said Rosa after her third round of chemo")).toBe(true);
  });
});

describe('sellers named with what they sell', () => {
  it('clears a seller whose shop or product is promoted, with the product’s claims', () => {
    expect(flagged("My neighbor Dana's new yoga studio fixes chronic back pain, book with code DANA5")).toBe(false);
    expect(flagged("my brother Luis's tinctures cured my insomnia, DM him to order")).toBe(false);
    expect(flagged('my cousin Mae just opened Cedar Soap Co. and her balm works better than any steroid cream for eczema')).toBe(false);
  });

  it('near miss: the seller’s own health, and their family, still count', () => {
    expect(flagged("my sister Jen's shop opened and she's doing chemo on Mondays")).toBe(true);
    expect(flagged("Jen's kids both have strep again and Jen's in the ICU with pneumonia")).toBe(true);
    expect(flagged('please keep my coworker Tasha in your prayers, her dad’s cancer is back')).toBe(true);
  });
});

describe('capitalized words that name no one', () => {
  it('clears abstract nouns, languages and headings read as names', () => {
    expect(flagged('Management says the new infusion chairs arrive in March, chemo patients will love them')).toBe(false);
    expect(flagged('Compliance wants every dialysis chart audited by Friday')).toBe(false);
    expect(flagged('half my families speak Vietnamese at home and explaining insulin through a phone interpreter is rough')).toBe(false);
    expect(flagged('Nurse FYI: flu shots are free in the lobby this week')).toBe(false);
    expect(flagged('Auntie PSA: if your kid has a fever over 104, go to the ER')).toBe(false);
  });

  it('near miss: given names that end like nouns, and titles before names', () => {
    expect(flagged('Constance had her gallbladder out yesterday on our floor')).toBe(true);
    expect(flagged('Grandma Rose had a stroke last night and is in the ICU')).toBe(true);
  });
});

describe("the author's family in Spanish, and serious infections", () => {
  it('reads Spanish kin words after "my" or "mi" as family', () => {
    expect(flagged('breathing exercises reversed my cuñada’s COPD in two months')).toBe(true);
    expect(flagged('mi sobrina was just diagnosed with leukemia, please pray')).toBe(true);
    expect(flagged('my primo had his kidney transplant on Friday')).toBe(true);
  });

  it('counts a serious infection of a relative', () => {
    expect(flagged("my sister's long covid has her bedridden again")).toBe(true);
    expect(flagged('my uncle has been fighting sepsis all week')).toBe(true);
  });

  it('near miss: everyday colds and things kin own', () => {
    expect(flagged('my son has a cold again, daycare germs are no joke')).toBe(false);
    expect(flagged('my compadre’s truck broke down on the way to the game')).toBe(false);
    expect(flagged('mi cuñada makes the best tamales in town')).toBe(false);
  });

  it('near miss: godparents and comadres are friends, not kin; a starred review is a review', () => {
    expect(flagged("my comadre's arthritis went away with this collagen, link in bio")).toBe(false);
    expect(flagged('mi compadre started a new blood pressure pill and feels great')).toBe(false);
    expect(flagged('★★★★★ My father was admitted to Riverbend last spring and the nurses were angels')).toBe(false);
    expect(flagged('Five stars from a grateful grandma, they set my granddaughter\'s broken arm at Riverbend in an hour')).toBe(true);
  });
});
