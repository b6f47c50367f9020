// The content script compiles its policy with the programs the background put in the snapshot
// (re2js is not in content.js): that policy must find exactly what the re2js default finds.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexPrograms } from '../../../../entrypoints/background/regex-programs';
import { createChecker } from '../../../../lib/engine/checker';
import { programCompiler } from '../../../../lib/engine/rules/regex-vm';
import { compilePolicy } from '../../../../lib/policy/compile';
import { loadPackFile } from '../../../../lib/policy/files';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const packs = [loadPackFile(path.join(ROOT, 'policies/healthcare-core.yaml')), loadPackFile(path.join(ROOT, 'policies/examples/riverbend.yaml'))];

const DRAFTS = [
  'Riverbend Health is the best hospital in the state, and use my code SAVE20 for 20% off!',
  'As a nurse at Riverbend I can tell you the strike vote is Tuesday.',
  'That diabetic in bed 4 kept yelling. What a f*cking night 😤',
  'Five stars ⭐⭐⭐⭐⭐ for Riverbend Health, as a former patient at Riverbend Health.',
  'Nothing to see here: a quiet walk by the river.',
];

describe('pack expressions from the snapshot', () => {
  it('give the content-script policy the same findings as the re2js default', () => {
    const snapshotPrograms = structuredClone(regexPrograms(packs, 'r1'));
    const inPage = createChecker(compilePolicy(packs, { regex: programCompiler(snapshotPrograms) }));
    const reference = createChecker(packs);
    let flagged = 0;
    for (const draft of DRAFTS) {
      const expected = reference.check(draft, { platform: 'linkedin' });
      flagged += expected.findings.filter((f) => f.evidence.some((e) => e.kind === 'rule:existence')).length;
      expect(inPage.check(draft, { platform: 'linkedin' })).toEqual(expected);
    }
    // The drafts do reach pack expressions (else the comparison would prove nothing).
    expect(flagged).toBeGreaterThan(2);
  });

  it('are compiled once per revision', () => {
    expect(regexPrograms(packs, 'r2')).toBe(regexPrograms(packs, 'r2'));
    expect(Object.keys(regexPrograms(packs, 'r3')).length).toBeGreaterThan(5);
  });

  it('leave a policy unbuildable rather than run an expression another way', () => {
    expect(() => compilePolicy(packs, { regex: programCompiler({}) })).toThrow(/not compiled by the background/);
  });
});
