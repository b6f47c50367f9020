// The medical lexicon, built once on first use: generated vocabulary terms (lexicons/medical)
// plus the hand-written lay terms, and a case-aware abbreviation table. Terms are keyed by their
// folded words in one flat Map, probed longest first: it builds far faster than a node-per-word
// trie, which matters for the first check after page load.
import { medicalVocabulary } from '../../lexicons/medical';
import { LAY, LOWER_CASE_SHORTHAND, SHORTHAND } from './lay';
import { termKey } from './tokens';

export interface Entry {
  kind: string;
  /** An everyday word too: counts only with other health evidence nearby. */
  weak: boolean;
  /** From the hand-written lay list rather than the clinical vocabularies. */
  lay: boolean;
}


export interface Abbreviation {
  kind: string;
  /** The expansion, for the hand-written shorthand. */
  meaning?: string;
  weak: boolean;
}

export interface Lexicon {
  /** Folded term key ("heart attack") -> entry. */
  terms: Map<string, Entry>;
  /** The most words in any term. */
  maxWords: number;
  abbreviations: Map<string, Abbreviation>;
  lowerCaseOk: ReadonlySet<string>;
}

// Kinds the detector treats as health information about a person; body parts are only context.
const KIND_RANK: Record<string, number> = { 'body-part': 0, 'care-setting': 1 };

function insert(terms: Map<string, Entry>, key: string, entry: Entry): void {
  // Hand-written entries win (they know which everyday words are weak); otherwise the more
  // specific kind wins over body parts and settings.
  const old = terms.get(key);
  if (!old || (entry.lay && !old.lay) || (entry.lay === old.lay && (KIND_RANK[entry.kind] ?? 2) > (KIND_RANK[old.kind] ?? 2))) terms.set(key, entry);
}

/** Expands the generator's front coding (see lib/cli/lexicons/medical.ts). */
export function decodeFrontCoded(packed: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const item of packed.split('|')) {
    if (!item) continue;
    const term = prev.slice(0, parseInt(item[0], 36)) + item.slice(1);
    out.push(term);
    prev = term;
  }
  return out;
}

let cached: Lexicon | undefined;

export function medicalLexicon(): Lexicon {
  if (cached) return cached;
  const { terms: TERMS, abbreviations: ABBREVIATIONS } = medicalVocabulary();
  const terms = new Map<string, Entry>();
  // The generator keeps vocabulary terms to two words; lay phrases can be longer.
  let maxWords = 2;
  for (const [kind, packed] of Object.entries(TERMS)) {
    const entry: Entry = { kind, weak: kind === 'body-part', lay: false };
    for (const key of decodeFrontCoded(packed)) insert(terms, key, entry);
  }
  for (const group of LAY) {
    const entry: Entry = { kind: group.kind, weak: !!group.weak, lay: true };
    for (const term of group.terms) {
      const key = termKey(term);
      if (!key) continue;
      insert(terms, key, entry);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  const abbreviations = new Map<string, Abbreviation>();
  const addAbbr = (raw: string, kind: string, meaning?: string) => {
    const weak = raw.startsWith('~');
    abbreviations.set(weak ? raw.slice(1) : raw, { kind, meaning, weak });
  };
  for (const [kind, list] of Object.entries(ABBREVIATIONS)) for (const abbr of list.split('|')) addAbbr(abbr, kind);
  // The hand list is more careful about ambiguity than the generated one, so it overrides it.
  for (const [abbr, kind, meaning] of SHORTHAND) addAbbr(abbr, kind, meaning);
  cached = { terms, maxWords, abbreviations, lowerCaseOk: LOWER_CASE_SHORTHAND };
  return cached;
}
