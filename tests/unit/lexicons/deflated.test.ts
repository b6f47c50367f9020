// The lexicons ship deflated: what the engine inflates must be exactly what the generators
// derive from ../shared/data today, and lookups through the engine must still work.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveMedical, MEDICAL_DATA_DIR } from '../../../lib/cli/lexicons/medical';
import { deriveNames, NAMES_DATA_DIR } from '../../../lib/cli/lexicons/names';
import { deflateText } from '../../../lib/cli/lexicons/deflate';
import { inflateAhead, inflateText } from '../../../lib/engine/lexicons/deflated';
import { medicalVocabulary } from '../../../lib/engine/lexicons/medical';
import { isFirstName, isSurname, isWordName } from '../../../lib/engine/lexicons/names';
import { decodeToSet } from '../../../lib/engine/lexicons/names/codec';
import { FIRST_NAMES } from '../../../lib/engine/lexicons/names/first-names.data';
import { SURNAMES } from '../../../lib/engine/lexicons/names/surnames.data';
import { WORD_NAMES } from '../../../lib/engine/lexicons/names/word-names.data';
import { medicalLexicon } from '../../../lib/engine/recognizers/health/lexicon';

const haveData = fs.existsSync(MEDICAL_DATA_DIR) && fs.existsSync(NAMES_DATA_DIR);

describe('deflated lexicons', () => {
  it('round-trips text through deflate and base64, accents and emoji included', () => {
    for (const text of ['', 'a', 'José|Zoë|Nguyễn|😀', '0abdomen|5inal cavity|'.repeat(500)]) expect(inflateText(deflateText(text))).toBe(text);
  });

  it('inflates ahead with the platform to the same text', async () => {
    const text = 'José|Zoë|Nguyễn|😀|'.repeat(300);
    const blob = deflateText(text);
    await inflateAhead([blob, 'not base64 at all!']);
    expect(inflateText(blob)).toBe(text);
    expect(inflateText(blob)).toBe(text);
    expect(() => inflateText('not base64 at all!')).toThrow();
  });

  it('ships smaller than the text it holds', () => {
    const names = inflateText(SURNAMES);
    expect(SURNAMES.length).toBeLessThan(names.length * 0.8);
  });

  it.runIf(haveData)('inflates to the name lists a fresh derivation gives', () => {
    const fresh = deriveNames();
    expect(decodeToSet(inflateText(FIRST_NAMES))).toEqual(fresh.first);
    expect(decodeToSet(inflateText(SURNAMES))).toEqual(fresh.surnames);
    expect(decodeToSet(inflateText(WORD_NAMES))).toEqual(fresh.ambiguous);
  });

  it.runIf(haveData)('inflates to the medical vocabulary a fresh derivation gives', () => {
    expect(medicalVocabulary()).toEqual(deriveMedical().lexicon);
  });

  it('answers lookups from the inflated data', () => {
    expect(isFirstName('maria')).toBe(true);
    expect(isSurname('okafor') || isSurname('garcia')).toBe(true);
    expect(isWordName('will')).toBe(true);
    expect(isFirstName('stethoscope')).toBe(false);
    expect(isSurname('qqzx')).toBe(false);
    const { terms, abbreviations } = medicalLexicon();
    expect(terms.get('pneumonia')?.kind).toBe('infectious');
    expect(terms.get('birthday party')).toBeUndefined();
    expect(terms.has('windowsill')).toBe(false);
    expect(abbreviations.get('COPD')?.kind).toBe('condition');
  });
});
