import { describe, expect, it } from 'vitest';
import { found, kindsOf } from './helpers';

describe('SSN', () => {
  it('finds a dashed SSN and a bare one with context', () => {
    expect(found('SSN 123-45-6789 on file')).toEqual(['ssn:123-45-6789']);
    expect(found('her social security number is 234567891')).toEqual(['ssn:234567891']);
  });
  it('rejects invalid areas, groups and serials', () => {
    for (const t of ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000']) {
      expect(kindsOf(`ssn ${t}`)).not.toContain('ssn');
    }
  });
  it('does not take nine bare digits without context', () => {
    expect(kindsOf('order 234567891 shipped')).not.toContain('ssn');
  });
});

describe('payment cards and IBANs', () => {
  it('finds Luhn-valid cards, grouped or not', () => {
    expect(found('card 4111 1111 1111 1111 expired')).toEqual(['account:4111 1111 1111 1111']);
    expect(found('amex 378282246310005')).toEqual(['account:378282246310005']);
  });
  it('rejects a Luhn failure', () => {
    expect(kindsOf('card 4111 1111 1111 1112')).not.toContain('account');
  });
  it('finds IBANs with a valid checksum, in any case and with spaces', () => {
    expect(found('IBAN DE89 3704 0044 0532 0130 00 please')).toEqual(['account:DE89 3704 0044 0532 0130 00']);
    expect(found('pay gb29nwbk60161331926819 now')).toEqual(['account:gb29nwbk60161331926819']);
    expect(kindsOf('pay GB29NWBK60161331926818 now')).not.toContain('account');
  });
});

describe('phone and fax', () => {
  it('finds North American, international and extension forms', () => {
    expect(found('call (555) 010-4477 or +44 20 7946 0958')).toEqual(['phone:(555) 010-4477', 'phone:+44 20 7946 0958']);
    expect(found('desk 555.010.4477 x204')).toEqual(['phone:555.010.4477 x204']);
  });
  it('labels fax numbers', () => {
    expect(found('Fax: 555-010-9999')).toEqual(['fax:555-010-9999']);
    expect(found('555-010-9999 (fax)')).toEqual(['fax:555-010-9999']);
  });
  it('finds a seven-digit local number only with context', () => {
    expect(found('text me at 555-0199')).toEqual(['phone:555-0199']);
    expect(kindsOf('we served 555-0199 meals')).toEqual([]);
  });
  it('ignores prices, year ranges, measurements and short numbers', () => {
    expect(kindsOf('raised $1 250 000 in 2023-2024, about 12 500 km, 3-2 win')).toEqual([]);
  });
});
