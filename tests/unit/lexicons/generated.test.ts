// The generated lexicons: what the engine reads must be exactly what the generators derive from
// ../shared/data today, and lookups through the engine must still work.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveMedical, MEDICAL_DATA_DIR } from '../../../lib/cli/lexicons/medical';
import { deriveNames, NAMES_DATA_DIR } from '../../../lib/cli/lexicons/names';
import { medicalVocabulary } from '../../../lib/engine/lexicons/medical';
import { isFirstName, isSurname, isWordName } from '../../../lib/engine/lexicons/names';
import { decodeToSet, lazySet } from '../../../lib/engine/lexicons/names/codec';
import { FIRST_NAMES } from '../../../lib/engine/lexicons/names/first-names.data';
import { SURNAMES } from '../../../lib/engine/lexicons/names/surnames.data';
import { WORD_NAMES } from '../../../lib/engine/lexicons/names/word-names.data';
import { decodeFrontCoded, medicalLexicon, type Entry } from '../../../lib/engine/recognizers/health/lexicon';
import { LAY } from '../../../lib/engine/recognizers/health/lay';
import { termKey } from '../../../lib/engine/recognizers/health/tokens';

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

  it('decodes the medical terms by first character to the entries a whole decoding gives', () => {
    // The whole decoding, as the lexicon was built before (issue 16): every generated kind in
    // order, then the hand-written terms; hand-written wins, then the kind's rank, then the first.
    const RANK: Record<string, number> = { 'body-part': 0, 'care-setting': 1 };
    const whole = new Map<string, Entry>();
    const put = (key: string, e: Entry) => {
      const old = whole.get(key);
      if (!old || (e.lay && !old.lay) || (e.lay === old.lay && (RANK[e.kind] ?? 2) > (RANK[old.kind] ?? 2))) whole.set(key, e);
    };
    for (const [kind, packed] of Object.entries(medicalVocabulary().terms)) for (const key of decodeFrontCoded(packed)) put(key, { kind, weak: kind === 'body-part', lay: false });
    for (const g of LAY) for (const t of g.terms) if (termKey(t)) put(termKey(t), { kind: g.kind, weak: !!g.weak, lay: true });
    const { terms } = medicalLexicon();
    expect(whole.size).toBeGreaterThan(16_000);
    for (const [key, entry] of whole) expect(terms.get(key), key).toEqual(entry);
    for (const absent of ['windowsill', 'zzz', '9 lives', 'é', '\u{1F642}']) expect(terms.has(absent)).toBe(false);
  });

  it('looks names up a first letter at a time as the whole decoded set would', () => {
    for (const list of [FIRST_NAMES, SURNAMES, WORD_NAMES]) {
      const whole = decodeToSet(list);
      const lazy = lazySet(list);
      for (const key of whole) expect(lazy.has(key), key).toBe(true);
      for (const key of ['', 'zzzzqx', 'aaaaaaaaaq', 'marix']) expect(lazy.has(key)).toBe(whole.has(key));
    }
  });
});
