// composePolicy is compiling without the matchers: the background composes the active packs
// with it (issue 16), so it must accept and refuse exactly what compilePolicy does.
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../../lib/policy/compile';
import { composePolicy } from '../../../lib/policy/compose';
import { PolicyError } from '../../../lib/policy/errors';
import { loadPackFile } from '../../../lib/policy/files';
import { pack } from './helpers';

const shipped = [loadPackFile('policies/healthcare-core.yaml'), loadPackFile('policies/examples/riverbend.yaml')];

describe('composePolicy', () => {
  it('gives what compilePolicy gives, but for the compiled matchers', () => {
    const plan = composePolicy(shipped);
    const { rules, ...rest } = compilePolicy(shipped);
    const { rules: planned, ...planRest } = plan;
    expect(planRest).toEqual(rest);
    expect(planned.map(({ spec: _spec, ...r }) => r)).toEqual(rules.map(({ run: _run, ...r }) => r));
  });

  const core = pack('pack: core\nversion: 1.0.0\nlists:\n  words: [alpha]\nrules:\n  - {id: core/l, type: existence, category: quality, severity: error, locked: true, terms: [x]}\n');
  const org = (rules: string) => pack(`pack: org\nversion: 1.0.0\nextends: [core]\nrules:\n${rules}`);
  const refusals: [string, string][] = [
    ['a term list only the combined packs could supply', '  - {id: o/t, type: existence, category: quality, terms: [$missing]}\n'],
    ['a regular expression list', '  - {id: o/r, type: existence, category: quality, regex: ["a{{nolist}}b"]}\n'],
    ['a list in "unless"', '  - {id: o/u, type: existence, category: quality, terms: [x], unless: [$gone]}\n'],
    ['a list in a require rule', '  - {id: o/q, type: require, category: quality, if: {terms: [$words]}, then: [$absent]}\n'],
    ['a locked rule redefined', '  - {id: core/l, type: existence, category: quality, terms: [y]}\n'],
  ];
  for (const [what, rules] of refusals) {
    it(`refuses ${what}, naming the pack, as compilePolicy does`, () => {
      const packs = [core, org(rules)];
      let composeError: unknown;
      try {
        composePolicy(packs);
      } catch (e) {
        composeError = e;
      }
      expect(composeError).toBeInstanceOf(PolicyError);
      expect((composeError as PolicyError).pack).toBe('org');
      expect(() => compilePolicy(packs)).toThrow((composeError as Error).message);
    });
  }

  it('accepts lists another pack supplies', () => {
    expect(() => composePolicy([core, org('  - {id: o/ok, type: existence, category: quality, terms: [$words], regex: ["z{{words}}"]}\n')])).not.toThrow();
  });
});
