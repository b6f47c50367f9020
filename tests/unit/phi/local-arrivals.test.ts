// Principle: someone a small town can name by office or business (the retired fire chief, the
// lady from the bakery, the Kessler boy, el señor de la tienda) who is told as arriving in, or
// being in, our care is a patient, with no health word needed. Near misses: the same people
// coming in for work, food or a visit; care told of someone else; the offices with no care.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { localPeople } from '../../../lib/engine/detectors/phi/local-people';

const cache = new SentenceCache();
const phi = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
const flagged = (text: string) => phi(text).length > 0;
const people = (text: string) => localPeople(buildDoc(text, 'facebook', 'nurse', cache)).map((s) => text.slice(s.start, s.end));

describe('people a town can name by office or business', () => {
  it('reads the one holder of an office', () => {
    expect(people('saw the retired police chief at the parade')).toEqual(['the retired police chief']);
    expect(people('our Channel 9 weather guy was at the game')).toEqual(['our Channel 9 weather guy']);
    expect(people('he was 88, retired postmaster, and sharp as a tack')).toEqual(['retired postmaster']);
  });

  it('reads someone known by the business they keep, and a family’s child', () => {
    expect(people('the guy from the hardware store on 5th waved at me')).toEqual(['the guy from the hardware store']);
    expect(people('ran into Dot from the Bluebird Cafe')).toEqual(['Dot from the Bluebird Cafe']);
    expect(people('the Lindqvist girl won the spelling bee')).toEqual(['the Lindqvist girl']);
    expect(people('la señora de la tortillería me saludó')).toEqual(['la señora de la tortillería']);
  });

  it('near miss: a capitalized word that opens a sentence is no name', () => {
    expect(people('Lunch from the bakery was amazing today')).toEqual([]);
  });
});

describe('a recognizable person arriving in our care is a patient', () => {
  it('flags arrival told after the person', () => {
    expect(flagged('the retired police chief rolled in last night on a stretcher, he is stable now')).toBe(true);
    expect(flagged('the lady from the flower shop came in this morning with a gash on her palm')).toBe(true);
    expect(flagged('heads up, the Lindqvist girl has been with us since Sunday')).toBe(true);
    expect(flagged('pray for Dot from the Bluebird Cafe. She came to us by ambulance around noon')).toBe(true);
    expect(flagged('el señor de la tortillería ya salió del hospital, gracias a Dios')).toBe(true);
    expect(flagged('ya salió del hospital el señor de la tortillería, gracias a Dios')).toBe(true);
  });

  it('flags care we did to them, told before the person', () => {
    expect(flagged('we flew the retired postmaster in from the lake tonight')).toBe(true);
    expect(flagged('scanned our homecoming queen at 3am, small town life')).toBe(true);
  });

  it('near miss: coming in for work, food or a visit', () => {
    expect(flagged('the retired police chief came in with donuts for the night shift again')).toBe(false);
    expect(flagged('the lady from the flower shop came in for her shift at the gift shop')).toBe(false);
    expect(flagged('our homecoming queen came in to volunteer at the front desk')).toBe(false);
  });

  it('near miss: the office or business with nobody in care', () => {
    expect(flagged('the retired fire chief is running for mayor, signs are everywhere')).toBe(false);
    expect(flagged('Dot from the Bluebird Cafe catered our unit party, best pie in town')).toBe(false);
  });
});
