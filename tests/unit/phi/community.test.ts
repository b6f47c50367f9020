// Principle: a person told by a role and a place of the organization's community (the pack's
// `community:` towns, neighborhoods, schools, employers, facilities) is someone people there can
// name; with a care fact, that is PHI. Near misses: a patient or a service at the place, the
// author's own job there, a place with no role.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { compilePolicy } from '../../../lib/policy/compile';
import { pack } from '../../../lib/policy/schema';

const community = { towns: ['Harlow Springs', 'Dunmore', 'Dunmore Falls'], neighborhoods: ['Quarry Hill'], schools: ['Pike Valley High'], employers: ['Vantrell Cannery'], facilities: ['Elm Court Clinic'] };
const cache = new SentenceCache();
const config = { enabled: true, sensitivity: 'medium' as const, exemptAuthors: [], pack: 'test' };
const phi = (text: string, withCommunity = true) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), config, { lists: {}, community: withCommunity ? { ...community } : undefined });
const flagged = (text: string, withCommunity = true) => phi(text, withCommunity).length > 0;

describe('the pack community field', () => {
  it('is merged across packs, each list adding up', () => {
    const a = pack.parse({ pack: 'a', version: '1.0.0', community: { towns: ['Harlow Springs'] } });
    const b = pack.parse({ pack: 'b', version: '1.0.0', extends: ['a'], community: { towns: ['Dunmore'], schools: ['Pike Valley High'] } });
    const policy = compilePolicy([a, b]);
    expect(policy.community?.towns).toEqual(['Harlow Springs', 'Dunmore']);
    expect(policy.community?.schools).toEqual(['Pike Valley High']);
    expect(policy.community?.employers).toEqual([]);
  });

  it('rejects unknown keys', () => {
    expect(() => pack.parse({ pack: 'a', version: '1.0.0', community: { cities: ['X'] } })).toThrow();
  });
});

describe('a role tied to a community place identifies a person', () => {
  it('flags a role in a town, in any case', () => {
    expect(flagged('the bus driver in harlow springs was admitted last night with chest pain')).toBe(true);
    expect(flagged('The bus driver in Harlow Springs was admitted last night with chest pain')).toBe(true);
  });

  it('flags a role at a school or an employer, and the place before the role', () => {
    expect(flagged('a chemistry teacher at Pike Valley High came in for her chemo today')).toBe(true);
    expect(flagged('the quarry hill mail carrier had his stent placed this morning')).toBe(true);
    expect(flagged('the guy who works at the vantrell cannery was admitted with appendicitis today')).toBe(true);
    expect(flagged('the vantrell cannery foreman had a heart attack on the line')).toBe(true);
  });

  it('is the pack that makes it identifying: without the community the lowercase town is unknown', () => {
    expect(flagged('the vantrell cannery foreman had a heart attack on the line', false)).toBe(false);
  });

  it('near miss: a role at a community place with no care fact', () => {
    expect(flagged('the bus driver in harlow springs waved at every kid on the route today')).toBe(false);
  });

  it('near miss: the author describing their own job there', () => {
    expect(flagged('I am a teacher at Pike Valley High and I had my flu shot today')).toBe(false);
  });

  it('near miss: the workers of a place are a group, not one person', () => {
    expect(flagged('the workers at the vantrell cannery got flu shots on site this week')).toBe(false);
  });

  it('near miss: patients and services at the place are nobody in particular', () => {
    expect(flagged('Elm Court Clinic now offers flu shots to everyone in Dunmore, walk-ins welcome')).toBe(false);
  });

  it("near miss: a health word inside a community place's name is the place", () => {
    expect(flagged('quarry hill wind chill is -8 today and bus route 9 was packed, dunmore falls was frozen')).toBe(false);
  });

  it('flags staff of a community facility with their own care', () => {
    expect(flagged('a tech at Elm Court Clinic is out on maternity leave after her c-section')).toBe(true);
  });

  it("near miss: staff of a care facility and the facility's own health news", () => {
    expect(flagged('word is the Elm Court Clinic facilities manager knew about the Legionella for months and sat on the test results')).toBe(false);
  });
});
