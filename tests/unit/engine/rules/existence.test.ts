import { describe, expect, it } from 'vitest';
import { applyFix, checkerFor, spans } from './helpers';

describe('existence rules', () => {
  const check = checkerFor(
    `
  - id: t/secret
    type: existence
    category: confidential
    severity: error
    message: '"$0" is internal.'
    explanation: Keep $0 inside.
    link: https://intranet.example.org/policy
    section: Confidential
    terms: [$codenames, do not share]
    regex: ['\\bdoor\\s+code\\s*(?:is\\s*)?(?P<hit>\\d{4,6})\\b']
    fixes:
      - { title: Remove "$0", replace: '' }
`,
    'lists:\n  codenames: [Project Heron, Bluebird]\n',
  );

  it('finds terms from lists, literal terms and regexes, with the pack message and policy reference', () => {
    const text = 'Project Heron update: do not share. The door code is 4512.';
    const found = check(text);
    expect(spans(text, found)).toEqual(['Project Heron', 'do not share', '4512']);
    expect(found[0]).toMatchObject({
      category: 'confidential',
      severity: 'error',
      message: '"Project Heron" is internal.',
      explanation: 'Keep Project Heron inside.',
      policy: { pack: 't', section: 'Confidential', url: 'https://intranet.example.org/policy' },
    });
    expect(applyFix(text, found[2])).toBe('Project Heron update: do not share. The door code is .');
  });

  it('does not match inside longer words or across sentences', () => {
    expect(check('Bluebirds and herons')).toEqual([]);
    expect(check('Project. Heron')).toEqual([]);
  });

  it('case-sensitive existence spares the common word', () => {
    const cs = checkerFor(`
  - id: t/bird
    type: existence
    category: confidential
    caseSensitive: true
    terms: [Bluebird]
    unless: [feeder]
`);
    expect(cs('Bluebird starts Monday')).toHaveLength(1);
    expect(cs('a bluebird sang')).toEqual([]);
    expect(cs('Bluebird at the feeder today')).toEqual([]);
  });

  it('runs compromise patterns per sentence', () => {
    const cp = checkerFor(`
  - id: t/label
    type: existence
    category: defamation
    pattern: ['#Person+ is (a|an)? (fraud|liar)']
`);
    const text = 'Honestly, John Smith is a fraud. Fraud training is Monday.';
    expect(spans(text, cp(text))).toEqual(['John Smith is a fraud']);
  });

  it('scopes by platform and exempts authors', () => {
    const scoped = checkerFor(`
  - id: t/scoped
    type: existence
    category: crisis
    platforms: [x, linkedin]
    exemptAuthors: [Brand-Team]
    terms: [strike]
`);
    expect(scoped('the strike', { platform: 'x' })).toHaveLength(1);
    expect(scoped('the strike', { platform: 'facebook' })).toEqual([]);
    expect(scoped('the strike', { platform: 'x', author: 'brand-team' })).toEqual([]);
    expect(scoped('the strike', { platform: 'x', author: 'nurse' })).toHaveLength(1);
  });

  it('the "unless" terms silence only their own sentence', () => {
    const u = checkerFor(`
  - id: t/best
    type: existence
    category: brand-voice
    terms: [best hospital]
    unless: [U.S. News]
`);
    expect(u('Ranked the best hospital in the state by U.S. News.')).toEqual([]);
    expect(u('The best hospital in the state. Read U.S. News.')).toHaveLength(1);
  });

  it('runs a catastrophic regular expression in linear time', () => {
    const bad = checkerFor(`
  - id: t/redos
    type: existence
    category: quality
    regex: ['(a+)+$', '(x|x)*y']
`);
    const text = `${'a'.repeat(20_000)}! ${'x'.repeat(20_000)}`;
    expect(bad(text)).toEqual([]);
    expect(bad('aaa')).toHaveLength(1);
  });
});

describe('term matching details', () => {
  const check = checkerFor(`
  - id: t/terms
    type: existence
    category: conflict-of-interest
    terms: ['#ad', 'f*ck', "Children's Hospital", St. Aldric]
`);

  it('keeps punctuation written together in a term together in the text', () => {
    expect(check('#ad')).toHaveLength(1);
    expect(check('# ad')).toEqual([]);
    expect(check('#adventure')).toEqual([]);
    expect(check('what the f*ck')).toHaveLength(1);
    expect(check('f * ck')).toEqual([]);
  });

  it('matches apostrophes (straight or curly) and abbreviations with any spacing', () => {
    expect(check('Riverbend Children’s Hospital')).toHaveLength(1);
    expect(check('at St.  Aldric today')).toHaveLength(1);
  });
});
