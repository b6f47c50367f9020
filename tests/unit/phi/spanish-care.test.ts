// Principle (issue #14, item 4): care events and places in Spanish as US community posts mix
// them in: procedures of a visit (puntadas, yeso, biopsia), intensive care and the ER
// ("terapia intensiva", "urgencias"), "en mi unidad" as the writer's care, and Spanish titles
// before a name ("la señora Inés", "don Chuy"). Near misses: the author's own care and a
// relative's everyday news stay quiet.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('Spanish care events and places', () => {
  it('a titled person in intensive care or the ER', () => {
    expect(flagged('oren por doña Carmela de la panadería, sigue en terapia intensiva desde el martes')).toBe(true);
    expect(flagged('el señor Benítez está en urgencias otra vez, pobrecito')).toBe(true);
  });

  it('care in the writer\'s own unit', () => {
    expect(flagged('hoy dimos de alta a don Chuy después de dos semanas intubado en mi unidad')).toBe(true);
  });

  it('a procedure of one visit told of someone recognizable', () => {
    expect(flagged('the man who runs the taquería on 4th came in tonight and got 8 puntadas in his thumb')).toBe(true);
  });

  it('near miss: the author\'s own care and plain family news', () => {
    expect(flagged('me pusieron un yeso en el brazo y ya estoy en casa descansando')).toBe(false);
    expect(flagged('mi mamá hizo tamales para toda la unidad hoy')).toBe(false);
  });
});
