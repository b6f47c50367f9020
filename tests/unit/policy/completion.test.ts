import { describe, expect, it } from 'vitest';
import { CATEGORIES, PLATFORMS, SEVERITIES } from '../../../lib/engine/types';
import { completePack, listNames, packFields, ruleFields, ruleTypes } from '../../../lib/policy/completion';
import { pack, rule, substitutionRule } from '../../../lib/policy/schema';

/** Completes at the "|" in the text. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  const r = completePack(text, offset);
  return { r, labels: r?.candidates.map((c) => c.label) ?? [], word: r ? text.slice(r.from, offset) : '' };
}

const head = 'pack: p\nversion: 1.0.0\nlists:\n  drugs: [a]\n  brands: [b]\nrules:\n';

describe('schema-derived candidates', () => {
  it('lists every rule type the discriminated union accepts', () => {
    expect(ruleTypes()).toEqual(rule.options.map((o) => o.shape.type.value));
  });
  it('lists the pack fields and the fields of one rule type from the zod shapes', () => {
    expect(packFields()).toEqual(Object.keys(pack.shape));
    expect(ruleFields('substitution')).toEqual(Object.keys(substitutionRule.shape));
    expect(ruleFields('limit')).toContain('perPlatform');
    expect(ruleFields('substitution')).not.toContain('perPlatform');
  });
});

describe('completePack', () => {
  it('completes a rule type after "type:"', () => {
    const { labels, word, r } = at(`${head}  - id: a\n    type: ex|`);
    expect(labels).toEqual(ruleTypes());
    expect(word).toBe('ex');
    expect(r?.candidates.every((c) => c.kind === 'type')).toBe(true);
  });
  it('completes severities, categories and platforms from the enums', () => {
    expect(at(`${head}  - id: a\n    severity: |`).labels).toEqual([...SEVERITIES]);
    expect(at(`${head}  - id: a\n    category: |`).labels).toEqual([...CATEGORIES]);
    expect(at(`${head}  - id: a\n    platforms: [x, |`).labels).toEqual([...PLATFORMS]);
  });
  it('completes rule fields for the type given in the same item', () => {
    const { labels } = at(`${head}  - id: a\n    type: limit\n    |`);
    expect(labels).toContain('count');
    expect(labels).not.toContain('swap');
    const any = at(`${head}  - |`).labels;
    expect(any).toEqual(expect.arrayContaining(['id', 'type', 'swap', 'count', 'match']));
  });
  it('completes top-level pack fields at the left margin and example fields under examples', () => {
    expect(at(`${head}ru|`).labels).toEqual(packFields());
    expect(at(`${head}examples:\n  - |`).labels).toEqual(expect.arrayContaining(['text', 'expect', 'reject']));
  });
  it('completes list names after "$" from the lists the pack defines', () => {
    const { labels, word } = at(`${head}  - id: a\n    type: existence\n    terms: [$dr|`);
    expect(labels).toEqual(['drugs', 'brands']);
    expect(word).toBe('dr');
    expect(listNames('pack: p\nrules: [')).toEqual([]);
  });
  it('offers nothing inside free text', () => {
    expect(at(`${head}  - id: a\n    message: Say it |`).r).toBeNull();
  });
});
