// Principle (issue #14, precision): a privacy officer asks whose care a post tells. Someone known
// by an office or a business they run is told of for their business; a street after a business
// locates the business; an amount of money is no age; a bio or a welcome tells a clinician's
// work; a person telling their own diagnosis on the record, in any language, discloses nothing
// of anyone else. Each has near misses that tell a recognizable person's own care.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { workOf } from '../../../lib/engine/detectors/phi/worker';

const cache = new SentenceCache();
const flagged = (text: string, platform = 'facebook') => detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('what a description names someone by', () => {
  it('a health profession, read from the clinician class', () => {
    expect(workOf('the cardiologist at Bayview')).toBe('clinician');
    expect(workOf('that orthodontist downtown')).toBe('clinician');
  });
  it('an office or a business they run', () => {
    expect(workOf('the owner of Sunny Leaf Vitamins')).toBe('office');
    expect(workOf('the lady who runs the craft store')).toBe('office');
    expect(workOf("the county's CFO")).toBe('office');
  });
  it("near miss: someone else's relative is not the office", () => {
    expect(workOf("the CEO's nephew")).toBeNull();
    expect(workOf('the quiet guy in the corner')).toBeNull();
  });
});

describe('someone known by an office or a business: their business is not their health', () => {
  it("what the business sells, bills or claims, and a company's numbers", () => {
    expect(flagged('Heard the owner of Sunny Leaf Vitamins is being sued for selling fake diabetes cures.')).toBe(false);
    expect(flagged("the county hospital CFO who 'missed' the inflated stroke numbers just got a raise")).toBe(false);
  });
  it('near miss: coming into our care, or their own illness, is still theirs', () => {
    expect(flagged('The owner of the feed store was admitted to our ICU last night with a stroke.')).toBe(true);
    expect(flagged('the lady who runs the craft store on Pine came in tonight after her fall, she broke her wrist')).toBe(true);
    expect(flagged("The CEO's nephew was admitted to our ICU last night after an overdose.")).toBe(true);
  });
});

describe("a street after a business is the business's address", () => {
  it('a business or a shelter on a street, with nobody told of', () => {
    expect(flagged('Northside Oxygen Supply on 7th St bills insurers for full tanks and delivers half empty ones.')).toBe(false);
    expect(flagged('Send your knee MRIs to Clearview Imaging on 2nd Ave, they read them same week.')).toBe(false);
    expect(flagged('Volunteered at the warming shelter on 9th tonight doing free blood pressure checks.')).toBe(false);
  });
  it('near miss: a person told of on that street stays flagged', () => {
    expect(flagged('The man who sells tamales on 7th St came in tonight with chest pain, he had a heart attack.')).toBe(true);
    expect(flagged('Prayers for the old man at 18 Walnut St, he was admitted with pneumonia last night.')).toBe(true);
  });
});

describe('an amount of money or a decimal is no age', () => {
  it('millions and decimals', () => {
    expect(flagged('Last week the county got $3.4M from the opioid settlement for treatment beds. Public comment closes Friday.')).toBe(false);
    expect(flagged('The board froze the 2027 surgery budget at $6.1M last week, said the CFO.')).toBe(false);
  });
  it('near miss: an age written as "72M" in a note stays an age', () => {
    expect(flagged('72M in bay 3 last night, chest pain, troponin up, cath lab in the morning')).toBe(true);
  });
});

describe("a welcome or a credentialed bio tells a clinician's work", () => {
  it('a welcome with the new role, and a bio signed with a credential', () => {
    expect(flagged('Riverbend welcomes Dr. Hana Ruiz as director of cardiology at Riverbend Medical Center. She has treated heart failure for 12 years.')).toBe(false);
    expect(flagged('Priya Nandakumar, MD. Board-certified in nephrology and internal medicine. Medical director of the dialysis unit since 2011. Mother of two, runner, bad gardener.')).toBe(false);
  });
  it('near miss: the same clinician as a patient stays flagged', () => {
    expect(flagged('Dr. Hana Ruiz, our director of cardiology, was admitted last night after a heart attack.')).toBe(true);
  });
});

describe('telling one\'s own diagnosis on the record', () => {
  it('"went on record" and "contó ella misma"', () => {
    expect(flagged('Councilman Rob Tate went on record in the Courier about his own kidney cancer and his surgery next month.')).toBe(false);
    expect(flagged('El cantante Luis Mora contó él mismo en su programa que le diagnosticaron diabetes.')).toBe(false);
  });
  it('near miss: the writer telling it for them stays flagged', () => {
    expect(flagged('Councilman Rob Tate was in our clinic for his kidney cancer surgery consult today.')).toBe(true);
    expect(flagged('Le diagnosticaron diabetes a Don Luis Mora en nuestra clínica ayer.')).toBe(true);
  });
});
