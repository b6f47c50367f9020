import { describe, expect, it } from 'vitest';
import { ibanValid, luhnValid, ssnValid, vinValid } from '../../../../lib/engine/recognizers/identifiers/checksums';

describe('check digits', () => {
  it('Luhn accepts valid card numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('378282246310005')).toBe(true);
  });
  it('IBAN mod-97 accepts valid codes and rejects a typo', () => {
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('DE89370400440532013001')).toBe(false);
    expect(ibanValid('GB29NWBK60161331926819')).toBe(true);
  });
  it('SSN validity rules', () => {
    expect(ssnValid('123', '45', '6789')).toBe(true);
    expect(ssnValid('000', '45', '6789')).toBe(false);
    expect(ssnValid('666', '45', '6789')).toBe(false);
    expect(ssnValid('912', '45', '6789')).toBe(false);
    expect(ssnValid('123', '00', '6789')).toBe(false);
    expect(ssnValid('123', '45', '0000')).toBe(false);
  });
  it('VIN check digit', () => {
    expect(vinValid('1M8GDM9AXKP042788')).toBe(true);
    expect(vinValid('1M8GDM9A1KP042788')).toBe(false);
    expect(vinValid('1M8GDM9AXKP04278')).toBe(false);
  });
});
