// Principle: Spanish tells care done to someone with a clitic and the verb first ("le pusieron
// el stent", "le encontraron un tumor") or with "empieza/empezó" ("empieza quimio"), and names
// a teacher by title ("la maestra Rosa"): the care word is theirs. Near misses: the same verbs
// and titles with no care word.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('care told in Spanish of a titled person', () => {
  it('flags care done to them and care they start', () => {
    expect(flagged('la maestra Rosa de segundo ya no viene, le encontraron un tumor y empieza quimio el lunes')).toBe(true);
    expect(flagged('al profe Memo le pusieron un marcapasos ayer, recen por él')).toBe(true);
    expect(flagged('Don Chuy empezó diálisis esta semana en el Riverbend')).toBe(true);
  });

  it('near miss: the same verbs and titles with no care', () => {
    expect(flagged('la maestra Rosa empieza clases el lunes, qué emoción')).toBe(false);
    expect(flagged('le pusieron el nombre de su abuela a la bebé de la maestra Rosa')).toBe(false);
    expect(flagged('le dieron el premio al profe Memo por sus 30 años en la escuela')).toBe(false);
  });
});
