// The generated lexicons: what the engine reads must be exactly what the generators derive from
// ../shared/data today, and lookups through the engine must still work.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveMedical, MEDICAL_DATA_DIR } from '../../../lib/cli/lexicons/medical';
import { deriveNames, NAMES_DATA_DIR } from '../../../lib/cli/lexicons/names';
import { medicalVocabulary } from '../../../lib/engine/lexicons/medical';
import { isFirstName, isSurname, isWordName } from '../../../lib/engine/lexicons/names';
import { decodeToSet } from '../../../lib/engine/lexicons/names/codec';
import { FIRST_NAMES } from '../../../lib/engine/lexicons/names/first-names.data';
import { SURNAMES } from '../../../lib/engine/lexicons/names/surnames.data';
import { WORD_NAMES } from '../../../lib/engine/lexicons/names/word-names.data';
import { medicalLexicon } from '../../../lib/engine/recognizers/health/lexicon';

const haveData = fs.existsSync(MEDICAL_DATA_DIR) && fs.existsSync(NAMES_DATA_DIR);

describe('generated lexicons', () => {
  it.runIf(haveData)('holds the name lists a fresh derivation gives', () => {
    const fresh = deriveNames();
    expect(decodeToSet(FIRST_NAMES)).toEqual(fresh.first);
    expect(decodeToSet(SURNAMES)).toEqual(fresh.surnames);
    expect(decodeToSet(WORD_NAMES)).toEqual(fresh.ambiguous);
  });

  it.runIf(haveData)('holds the medical vocabulary a fresh derivation gives', () => {
    expect(medicalVocabulary()).toEqual(deriveMedical().lexicon);
  });

  it('answers lookups from the generated data', () => {
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
