import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import type { CompiledPolicy } from '../../../lib/engine/policy';
import { compilePolicy } from '../../../lib/policy/compile';
import { loadPackFile } from '../../../lib/policy/files';
import { loadPack } from '../../../lib/policy/load';
import { hostileText, splitsPair } from './unicode-arbitraries';

const core = loadPackFile('policies/healthcare-core.yaml');
const riverbend = loadPackFile('policies/examples/riverbend.yaml');

function onePack(yaml: string) {
  const r = loadPack(yaml);
  if (!r.ok) throw new Error(r.error.message);
  return r.pack;
}

// Rules that fire on almost any text, so that the property exercises many spans.
const greedy = onePack(`
pack: greedy
version: 1.0.0
personalExceptions: { allowed: true, forbiddenCategories: [confidential] }
rules:
  - { id: g/words, type: existence, category: quality, regex: ['[\\pL\\pN]+'] }
  - { id: g/emoji, type: existence, category: brand-voice, regex: ['\\p{So}+'] }
  - { id: g/len, type: limit, category: quality, count: characters, max: 5 }
  - { id: g/tags, type: limit, category: quality, count: hashtags, max: 0 }
  - { id: g/swap, type: substitution, category: brand-voice, swap: { nurse: care team member } }
  - { id: g/secret, type: existence, category: confidential, terms: [secret] }
`);

describe('createChecker', () => {
  it('property: findings, evidence and fixes stay inside the text and never split a surrogate pair', () => {
    const checkers = [createChecker([greedy]), createChecker([core, riverbend])];
    fc.assert(
      fc.property(hostileText(30), fc.constantFrom('x', 'bluesky', 'linkedin', 'generic'), (text, platform) => {
        for (const checker of checkers) {
          const { findings } = checker.check(text, { platform });
          for (const f of findings) {
            const offsets = [f.start, f.end, ...f.evidence.flatMap((e) => [e.start, e.end]), ...f.fixes.flatMap((x) => x.edits.flatMap((e) => [e.start, e.end]))];
            for (const o of offsets) {
              expect(o).toBeGreaterThanOrEqual(0);
              expect(o).toBeLessThanOrEqual(text.length);
              expect(splitsPair(text, o)).toBe(false);
            }
            expect(f.start).toBeLessThanOrEqual(f.end);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('checks only the first maxChars, cutting at a line or sentence end, and says so', () => {
    const checker = createChecker([greedy]);
    const text = `${'word '.repeat(30)}.\n${'more '.repeat(30)}`;
    const r = checker.check(text, { maxChars: 170 });
    expect(r.truncated).toEqual({ checkedChars: 152, totalChars: text.length });
    expect(Math.max(...r.findings.map((f) => f.end))).toBeLessThanOrEqual(152);
  });

  it('never cuts inside a surrogate pair', () => {
    const checker = createChecker([greedy]);
    const text = `${'a'.repeat(9)}😀${'b'.repeat(20)}`;
    expect(checker.check(text, { maxChars: 10 }).truncated?.checkedChars).toBe(9);
  });

  it('drops personal exceptions, except in categories the pack forbids', () => {
    const checker = createChecker([greedy]);
    const ids = (text: string, exceptions: string[]) => checker.check(text, { exceptions }).findings.map((f) => f.ruleId);
    expect(ids('nurse', ['Nurse'])).not.toContain('g/swap');
    expect(ids('nurse', [])).toContain('g/swap');
    expect(ids('secret', ['secret'])).toContain('g/secret');
  });

  it('reports a failing rule in errors and keeps the other findings', () => {
    const policy: CompiledPolicy = compilePolicy([greedy]);
    const broken = { ...policy.rules[0], id: 'g/broken', run: () => { throw new Error('boom'); } };
    const checker = createChecker({ ...policy, rules: [broken, ...policy.rules] });
    const r = checker.check('nurse');
    expect(r.errors).toEqual(['rule g/broken: boom']);
    expect(r.findings.some((f) => f.ruleId === 'g/swap')).toBe(true);
  });

  it('skips disabled rules and passes the author to rule scopes in lower case', () => {
    const p = onePack(`
pack: a
version: 1.0.0
rules:
  - { id: a/x, type: existence, category: crisis, exemptAuthors: [brand-team], terms: [strike] }
  - { id: a/off, type: existence, category: crisis, enabled: false, terms: [strike] }
`);
    const checker = createChecker([p]);
    expect(checker.check('the strike', { author: 'Brand-Team' }).findings).toEqual([]);
    expect(checker.check('the strike', { author: 'nurse' }).findings.map((f) => f.ruleId)).toEqual(['a/x']);
  });
});
