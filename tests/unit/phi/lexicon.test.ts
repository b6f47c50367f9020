import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognizeHealth } from '../../../lib/engine/recognizers/health';
import { decodeFrontCoded } from '../../../lib/engine/recognizers/health/lexicon';
import { foldWord, termKey } from '../../../lib/engine/recognizers/health/tokens';

const health = (text: string) => recognizeHealth(text).filter((m) => m.layer === 'health');
const found = (text: string) => health(text).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);

describe('token folding', () => {
  it('folds possessives, plurals and hyphens to one key', () => {
    expect(termKey("Alzheimer's disease")).toBe(termKey('alzheimer disease'));
    expect(termKey('kidney stones')).toBe(termKey('Kidney stone'));
    expect(termKey('C-section')).toBe(termKey('c section'));
    expect(foldWord('allergies')).toBe('allergy');
    // Short words and "-us"/"-is" endings keep their s.
    expect(foldWord('gas')).toBe('gas');
    expect(foldWord('virus')).toBe('virus');
  });

  it('decodes front-coded term lists', () => {
    expect(decodeFrontCoded('0asthma|2thenia|0flu')).toEqual(['asthma', 'asthenia', 'flu']);
  });
});

describe('medical lexicon matcher', () => {
  it('finds vocabulary and lay terms with their group', () => {
    expect(found('She has congestive heart failure and takes metoprolol.')).toEqual(
      expect.arrayContaining(['condition:congestive heart failure', 'medication:metoprolol']),
    );
    expect(found('Her grandpa had a heart attack last year')).toContain('condition:heart attack');
    expect(found('He was intubated in the ICU')).toEqual(expect.arrayContaining(['care-event:intubated', 'care-setting:ICU']));
    expect(found('tested positive for chlamydia')).toEqual(expect.arrayContaining(['infectious:chlamydia']));
    expect(found('she miscarried at 10 weeks')).toContain('pregnancy:miscarried');
  });

  it('prefers the longest match', () => {
    expect(found('after his triple bypass')).toContain('procedure:triple bypass');
    expect(found('after his triple bypass')).not.toContain('procedure:bypass');
  });

  it('matches plural and possessive forms', () => {
    expect(found('two kidney stones this year')).toContain('condition:kidney stones');
    expect(found("Parkinson's got worse")).toEqual(expect.arrayContaining([expect.stringMatching(/^condition:Parkinson's/)]));
  });

  it('knows clinical words by their ending', () => {
    expect(found('post appendectomy day 2')).toContain('procedure:appendectomy');
    expect(found('a bad case of pancreatitis')).toContain('condition:pancreatitis');
  });

  it('reads abbreviations case-aware', () => {
    expect(found('67M s/p CABG with CHF')).toEqual(expect.arrayContaining(['shorthand:s/p', 'procedure:CABG', 'condition:CHF']));
    // Shorthand typed in lower case by clinicians still counts.
    expect(found('hx of htn and copd')).toEqual(expect.arrayContaining(['condition:htn', 'condition:copd']));
    // Ambiguous short forms only in upper case.
    expect(found('we ed it out or not, ms jones')).toEqual([]);
    const ms = health('diagnosed with MS');
    expect(ms.find((m) => m.value?.startsWith('MS'))?.confidence).toBeLessThan(0.5);
  });

  it('does not read everyday words and names as health terms', () => {
    expect(found('Cedar Falls is lovely in the fall')).not.toContain('condition:Falls');
    expect(found('The Riverbend Cancer Institute opened a new wing')).toEqual([]);
    expect(found('Drink some water today, that is the post.')).toEqual([]);
    expect(found('PSA: the PTA meeting is at the school tonight')).toEqual([]);
  });

  it('finds lab values and unit names by shape', () => {
    expect(found('sugar was 412 at lunch')).toContain('test-result:sugar was 412');
    expect(found('critical K of 7.8')).toEqual(expect.arrayContaining([expect.stringMatching(/^test-result:/)]));
    expect(found('a quiet night on 4 North')).toContain('care-setting:4 North');
    expect(found('walk 3 blocks north')).toEqual([]);
  });

  it('keeps all medical data within its bundle budget', () => {
    const size = (p: string) => fs.statSync(new URL(p, import.meta.url)).size;
    const bytes = size('../../../lib/engine/lexicons/medical/terms.ts') + size('../../../lib/engine/recognizers/health/lay.ts');
    expect(bytes).toBeLessThan(200 * 1024);
  });
});

describe('care-relationship cues', () => {
  const cues = (text: string) => recognizeHealth(text).filter((m) => m.layer === 'cue').map((m) => m.kind);

  it('finds patient references, care actions, care roles and visits', () => {
    expect(cues('my sweetest patient asked for cake')).toContain('patient-ref');
    expect(cues('my patient Carl went home')).toContain('patient-ref');
    expect(cues('we treated a roofer yesterday')).toContain('care-action');
    expect(cues('he came into the ER at noon')).toContain('care-action');
    expect(cues("I'm her nurse tonight")).toContain('care-role');
    expect(cues('we hope your stay with us was restful')).toContain('visit');
  });

  it('ignores the same words used about programs and other things', () => {
    expect(cues('our patient experience team is hiring')).toEqual([]);
    expect(cues('the patient portal is down for maintenance')).toEqual([]);
    expect(cues('someone raided the patient donation closet')).toEqual([]);
    expect(cues('we saw the movie last night')).toEqual([]);
  });
});
