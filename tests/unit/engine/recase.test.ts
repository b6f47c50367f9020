import { describe, expect, it } from 'vitest';
import { recase } from '../../../lib/engine/text/recase';
import { normalize } from '../../../lib/engine/text/normalize';

describe('recase: caseless lines get the capitals of names', () => {
  it('restores titles, the name after them, known names and "I" in an all-lowercase line', () => {
    expect(recase('mrs. alvarez in 7 finally walked the hall and i cried')).toBe('Mrs. Alvarez in 7 finally walked the hall and I cried');
    expect(recase('saw maria gonzalez today')).toBe('saw Maria Gonzalez today');
  });

  it('reads a shouted line the same way', () => {
    expect(recase('MRS. ALVAREZ IN 7 FINALLY WALKED THE HALL')).toBe(recase('mrs. alvarez in 7 finally walked the hall'));
  });

  it('leaves everyday words that are also names alone (will, hope, may, grace, rose)', () => {
    expect(recase('i hope you will rest, may grace be with you, the rose garden is open')).toBe('I hope you will rest, may grace be with you, the rose garden is open');
  });

  it('leaves Spanish function words and short abbreviations alone', () => {
    expect(recase('la señora del cuarto 5 ya se fue a casa, ed was slammed')).toBe('la señora del cuarto 5 ya se fue a casa, ed was slammed');
  });

  it('leaves lines with ordinary case exactly as typed', () => {
    const line = 'Met Dr. Patel and the team from Lakeside today.';
    expect(recase(line)).toBe(line);
    expect(recase('IT is down, call the ED')).toBe('IT is down, call the ED');
  });

  it('keeps the length, so offsets into the normalized text stay valid', () => {
    for (const t of ['ÉCOLE ﬁ STRASSE ß MR. SMITH HAD SURGERY', 'dr. ñúñez and straße']) expect(recase(t).length).toBe(t.length);
    const n = normalize('MR. JONES IN BED 4 WENT HOME TODAY');
    expect(n.cased).toBe('MR. JONES IN BED 4 WENT HOME TODAY');
    expect(n.text).toBe('Mr. Jones in bed 4 went home today');
  });
});
