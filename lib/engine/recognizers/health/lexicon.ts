// The medical lexicon, built once on first use: generated vocabulary terms (lexicons/medical)
// plus the hand-written lay terms, and a case-aware abbreviation table. Terms are keyed by their
// folded words in one flat Map, probed longest first: it builds far faster than a node-per-word
// trie. The generated terms go into it a first character at a time, when a key with that
// character is first looked up (TermTable): a draft's words need a few letters' worth of the
// 16,586 terms, and decoding all of them was a sixth of the Worker's first check (issue 16).
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

/** Folded term key ("heart attack") -> entry. */
export interface Terms {
  get(key: string): Entry | undefined;
  has(key: string): boolean;
}

export interface Lexicon {
  terms: Terms;
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

/** A front-coded run of one kind's terms that all begin with the same character. */
interface Run {
  entry: Entry;
  packed: string;
  from: number;
  to: number;
}

/**
 * The terms, with the generated ones decoded by first character on first look-up. Which entry
 * a key keeps is decided as when all are inserted at once: hand-written over generated (see
 * insert), then the kind's rank, then the first kind in the vocabulary's order, which is the
 * order the runs of one character are decoded in.
 */
class TermTable implements Terms {
  private readonly terms = new Map<string, Entry>();
  private readonly pending = new Map<string, Run[]>();

  constructor(generated: [Entry, string][]) {
    for (const [entry, packed] of generated) {
      // Sorted and front-coded: a term that shares no prefix with the one before ("0" + text)
      // starts the run of a new first character.
      for (let from = 0; from < packed.length; ) {
        let to = packed.indexOf('|0', from + 1);
        if (to < 0) to = packed.length;
        const first = packed[from + 1];
        const runs = this.pending.get(first) ?? this.pending.set(first, []).get(first)!;
        runs.push({ entry, packed, from, to });
        from = to + 1;
      }
    }
  }

  add(key: string, entry: Entry): void {
    insert(this.terms, key, entry);
  }

  get(key: string): Entry | undefined {
    const runs = this.pending.get(key[0]);
    if (runs) {
      this.pending.delete(key[0]);
      for (const { entry, packed, from, to } of runs) for (const term of decodeFrontCoded(packed.slice(from, to))) insert(this.terms, term, entry);
    }
    return this.terms.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

let cached: Lexicon | undefined;

export function medicalLexicon(): Lexicon {
  if (cached) return cached;
  const { terms: TERMS, abbreviations: ABBREVIATIONS } = medicalVocabulary();
  const terms = new TermTable(Object.entries(TERMS).map(([kind, packed]) => [{ kind, weak: kind === 'body-part', lay: false }, packed]));
  // The generator keeps vocabulary terms to two words; lay phrases can be longer.
  let maxWords = 2;
  for (const group of LAY) {
    const entry: Entry = { kind: group.kind, weak: !!group.weak, lay: true };
    for (const term of group.terms) {
      const key = termKey(term);
      if (!key) continue;
      terms.add(key, entry);
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
