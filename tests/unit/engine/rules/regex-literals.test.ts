// Pack expressions wait to be compiled until a text holds a literal they cannot match without
// (regex-literals.ts, regex-re2.ts): the literals must be ones every match holds, so that the
// lazy compiler finds exactly what the eager one finds, and a check exactly the same findings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../../../lib/cli/corpus';
import { compileStack, loadStack } from '../../../../lib/cli/packs';
import { createChecker } from '../../../../lib/engine/checker';
import { SECOND_OPINION } from '../../../../lib/engine/model';
import { findAll } from '../../../../lib/engine/rules/regex';
import { holdsAny, requiredLiterals } from '../../../../lib/engine/rules/regex-literals';
import { eagerRe2Compiler, re2Compiler } from '../../../../lib/engine/rules/regex-default';
import { compilePolicy } from '../../../../lib/policy/compile';
import { pack as packSchema } from '../../../../lib/policy/schema';
import { RIVERBEND } from '../../../eval/engine';

const sorted = (xs: string[] | null) => xs && [...xs].sort();

describe('requiredLiterals', () => {
  it('lists the most selective literals every match holds', () => {
    expect(sorted(requiredLiterals('\\bthe\\s+best\\s+(?:hospital|clinic)s?\\b'))).toEqual(['clinic', 'hospital']);
    // An optional mark spells the literal both ways.
    expect(sorted(requiredLiterals('(?:Project\\s+Heron|#?Bluebird)'))).toEqual(['#bluebird', 'bluebird', 'project']);
    // An optional last letter spells it both ways: "car" or "care" for "care?".
    expect(sorted(requiredLiterals('(?:best)?\\s*care?'))).toEqual(['car', 'care']);
    // Case is folded both ways: "[Tt]he" and "THE" are one literal.
    expect(sorted(requiredLiterals('[Tt]he\\s+(?:MAYOR|mayors)'))).toEqual(['mayor', 'mayors']);
    // A repeat spells out its least run.
    expect(requiredLiterals('(?:\u2605|\u2B50){3,}')?.length).toBe(8);
    // Spelled out from a small class: "gr[ae]y" is "gray" or "grey".
    expect(sorted(requiredLiterals('\\bgr[ae]y\\b'))).toEqual(['gray', 'grey']);
  });

  it('lists none where a match may hold no literal, or only short ones', () => {
    expect(requiredLiterals('\\w+\\s+\\d+')).toBeNull();
    expect(requiredLiterals('(?:hospital|\\w+ clinic|[a-z]+)')).toBeNull();
    expect(requiredLiterals('(?:best)?\\s*ca?')).toBeNull();
    expect(requiredLiterals('\\bno\\.?\\s*1\\b')).toBeNull();
    // RE2 syntax read otherwise by JavaScript: POSIX classes, flag groups, \pL.
    expect(requiredLiterals('[[:alpha:]]+ment')).toBeNull();
    expect(requiredLiterals('(?i)ward\\s+\\d')).toBeNull();
    expect(requiredLiterals('\\pL+ward')).toBeNull();
  });

  it('folds the text as the expression folds case (long s, Kelvin sign)', () => {
    const staff = requiredLiterals('\\bstaff\\s+(?:room|lounge)\\b');
    expect(staff).toEqual(['staff']);
    expect(holdsAny(staff, 'the \u017Ftaff room')).toBe(true);
    expect(holdsAny(requiredLiterals('\\bkits?\\b'), 'a \u212Ait of gauze')).toBe(true);
    expect(holdsAny(staff, 'nothing here')).toBe(false);
  });
});

// The shipped packs keep no regex rule (their topics, go-live plans and codes are the detectors'),
// so the test layers a small pack of its own on the Riverbend stack: expressions of the shapes
// organizations write, with word gaps, optional letters, classes and a list spliced in.
const REGEX_PACK = packSchema.parse({
  pack: 'unit-regex',
  version: '1.0.0',
  extends: ['healthcare-core'],
  rules: [
    {
      id: 'unit/go-live',
      category: 'confidential',
      type: 'existence',
      severity: 'error',
      regex: [
        '\\b(?:go[- ]live|going\\s+live|cutover|switch(?:ing|over)?|rollout|roll(?:ing)?\\s+out)\\b[^.!?\\n]{0,50}\\b(?:Epicure|new\\s+EHR|new\\s+charting\\s+system)\\b',
        '\\b(?:Epicure|new\\s+EHR)\\b[^.!?\\n]{0,50}\\b(?:go[- ]live|goes\\s+live|cutover|rollout|roll(?:s|ing)?\\s+out)\\b',
      ],
    },
    {
      id: 'unit/labour',
      category: 'crisis',
      type: 'existence',
      severity: 'error',
      regex: [
        '\\b(?:nurses?\'?|union|nursing)\\s+(?:\\w+\\s+)?(?:strike|walkout|walk-out|picket\\w*)\\b',
        '\\b(?:strike\\s+(?:vote|notice|date)|go(?:ing)?\\s+on\\s+strike|picket\\w*|contract\\s+(?:negotiations|talks)|bargaining\\s+(?:table|session))\\b',
      ],
    },
    {
      id: 'unit/rival-rumour',
      category: 'defamation',
      type: 'existence',
      severity: 'warning',
      regex: ['\\b{{competitors}}\\b[^.!?\\n]{0,40}\\b(?:lay(?:ing)?\\s*offs?|clos(?:e|es|ing)|lawsuits?)\\b', '\\bticket\\s+[A-Z]{2}-\\d{4}\\b'],
    },
  ],
});

/** Riverbend on healthcare-core, with the test's regex pack on top. */
function stack() {
  return [...loadStack([RIVERBEND], true), { file: 'unit-regex.yaml', pack: REGEX_PACK, source: '' }];
}

/** Every regular expression the stack compiles, as RE2 receives it (lists expanded). */
function packSources(): { source: string; caseSensitive: boolean }[] {
  const sources: { source: string; caseSensitive: boolean }[] = [];
  const packs = stack().map((l) => l.pack);
  compilePolicy(packs, { regex: (source, caseSensitive) => (sources.push({ source, caseSensitive }), eagerRe2Compiler(source, caseSensitive)) });
  return sources;
}

// Every tenth tuning draft: the same writers the eval reads, kept small for the unit suite.
const drafts = corpus('tuning').filter((_, i) => i % 10 === 0);

describe('lazy pack expressions', () => {
  const sources = packSources();

  // A rule's expressions compile as one alternation, so the stack compiles one per regex rule
  // (the test pack's three; the shipped packs' topics, plans, codes and links are read by detectors):
  // each of them names the words it cannot match without, so none compiles before its words appear.
  it('are gated for every expression of the stack', () => {
    expect(sources.length).toBeGreaterThanOrEqual(3);
    expect(sources.filter(({ source }) => !requiredLiterals(source))).toEqual([]);
  });

  it('find what the eager expressions find, over corpus drafts and generated text', () => {
    const texts = drafts.map((d) => d.text);
    // Text made of the expressions' own literals and words around them, in every case.
    const literalWords = [...new Set(sources.flatMap(({ source }) => requiredLiterals(source) ?? []))];
    const piece = fc.oneof(fc.constantFrom(...literalWords, 'the', 'best', 'Riverbend', '5 stars', 'at', ' ', '. ', '#1', '\u017F', 'K'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (parts, upper) => {
        const t = parts.join(' ');
        texts.push(upper ? t.toUpperCase() : t);
      }),
      { numRuns: 300 },
    );
    for (const { source, caseSensitive } of sources) {
      const eager = eagerRe2Compiler(source, caseSensitive);
      const lazy = re2Compiler(source, caseSensitive);
      for (const text of texts) expect(findAll(lazy, text), `${source.slice(0, 60)} on ${text.slice(0, 60)}`).toEqual(findAll(eager, text));
    }
  }, 60_000);

  it('give a check the same findings as eager ones (corpus sample, Riverbend and the regex pack, with the learned opinion)', () => {
    const packs = stack();
    const lazy = compileStack(packs);
    const eager = compilePolicy(
      packs.map((l) => l.pack),
      { regex: eagerRe2Compiler },
    );
    lazy.model = eager.model = SECOND_OPINION;
    const [a, b] = [createChecker(lazy), createChecker(eager)];
    let flagged = 0;
    let regexFlagged = 0;
    for (const d of drafts) {
      const options = { platform: d.platform, author: d.author };
      const got = a.check(d.text, options).findings;
      expect(got, d.id).toEqual(b.check(d.text, options).findings);
      if (got.some((f) => f.policy.pack === 'riverbend' || f.policy.pack === 'unit-regex')) flagged++;
      if (got.some((f) => f.policy.pack === 'unit-regex')) regexFlagged++;
    }
    // The sample reaches the packs' own rules and the regex ones, so the comparison means something.
    expect(flagged).toBeGreaterThan(10);
    expect(regexFlagged).toBeGreaterThan(0);
  }, 180_000);
});
