import { describe, expect, it } from 'vitest';
import { found, kindsOf } from './helpers';

describe('addresses', () => {
  it('finds U.S. street addresses with units, towns, states and zip codes', () => {
    expect(found('Send it to 1420 N. Maple Ave, Apt 3B, Dayton, OH 45402 please')).toEqual(['address:1420 N. Maple Ave, Apt 3B, Dayton, OH 45402']);
  });
  it('finds streets written in other languages', () => {
    expect(found('Wir wohnen in der Lindenstrasse 12')).toEqual(['address:Lindenstrasse 12']);
    expect(found('meet at Calle Mayor 8')).toEqual(['address:Calle Mayor 8']);
  });
  it('finds zip codes with a label, and postal codes with letters', () => {
    expect(found('zip code 60614')).toEqual(['address:60614']);
    expect(found('postcode SW1A 1AA')).toEqual(['address:SW1A 1AA']);
  });
  it('finds counties, and places after living words', () => {
    expect(found('a farmer from Dane County')).toEqual(['address:Dane County']);
    expect(found('she lives in Brookfield now')).toEqual(['address:Brookfield']);
  });
  it('joins a multi-line address into one span', () => {
    const text = 'Ship to:\n88 Orchard Lane\nSuite 200\nLakewood, CO 80226';
    expect(found(text)).toEqual(['address:88 Orchard Lane\nSuite 200\nLakewood, CO 80226']);
  });
  it('finds named streets without numbers, numbered roads and ordinal streets', () => {
    expect(found('the house on Birch Lane with the red door')).toEqual(['address:Birch Lane']);
    expect(found('a crash on Route 9 last night')).toContain('address:Route 9');
    expect(found('the deli on 5th')).toEqual(['address:5th']);
    expect(kindsOf('she is on 5th floor, in 3rd grade')).toEqual([]);
  });
  it('finds "the corner of" a street and another', () => {
    expect(found("I'm at the corner of Pine Street and 5th Avenue")).toEqual(['address:the corner of Pine Street and 5th Avenue']);
  });
  it('near misses: hospital units, years, counts, times and credentials', () => {
    expect(kindsOf('The 1988 Spring Valley team won. We sent 5 Nurses.')).toEqual([]);
    expect(kindsOf('She works on 4 West.')).not.toContain('address');
    expect(kindsOf('the talk is at 5 PM; Jane Doe, MD, presented; a corner of the room')).not.toContain('address');
  });
});
