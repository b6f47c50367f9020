import { describe, expect, it } from 'vitest';
import { decodeToSet, encodeSorted, nameKey } from '../../../../lib/engine/lexicons/names/codec';
import { isFirstName, isSurname, isWordName } from '../../../../lib/engine/lexicons/names';

describe('name lexicons', () => {
  it('front coding round-trips a sorted list', () => {
    const keys = ['ann', 'anna', 'annabel', 'bob', 'roberta', 'robertson'];
    expect([...decodeToSet(encodeSorted(keys))]).toEqual(keys);
  });
  it('normalizes keys like the lists do', () => {
    expect(nameKey("O'Brien")).toBe('obrien');
    expect(nameKey('José')).toBe('jose');
    expect(nameKey('De la Cruz')).toBe('delacruz');
  });
  it('knows common and international names and which are also words', () => {
    expect(isFirstName('patricia')).toBe(true);
    expect(isFirstName('balaji')).toBe(true);
    expect(isSurname('nguyen')).toBe(true);
    expect(isWordName('hope')).toBe(true);
    expect(isWordName('patricia')).toBe(false);
    expect(isFirstName('hospital')).toBe(false);
  });
});
