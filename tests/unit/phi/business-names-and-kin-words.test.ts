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
});
