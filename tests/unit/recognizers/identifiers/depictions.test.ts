import { describe, expect, it } from 'vitest';
import { found, kindsOf } from './helpers';

describe('photos of people and biometrics', () => {
  it('finds a described image of a person', () => {
    expect(found('posting a pic of my sweet patient')).toEqual(['photo:pic of my sweet patient']);
    expect(found('a selfie with the twins')).toEqual(['photo:selfie with the twins']);
    expect(found('here is a photo of Rosa')).toContain('photo:photo of Rosa');
  });
  it('does not flag images of things', () => {
    expect(kindsOf('a photo of the new lobby and a picture of our lunch')).toEqual([]);
  });
  it('finds biometric identifiers', () => {
    expect(found('took his fingerprints and a retinal scan')).toEqual(['biometric:fingerprints', 'biometric:retinal scan']);
  });
});
