// Word tokens for lexicon matching: case-folded, hyphen and space alike, possessive "'s" and
// plurals folded, so "Alzheimer's", "alzheimers" and "Alzheimer" all give the same key.
import { gated } from '../../text/regex-gate';

export interface WordToken {
  /** The folded form used as a trie key. */
  key: string;
  /** The word as written. */
  raw: string;
  start: number;
  end: number;
}

/**
 * Clinical words recognizable by their ending alone (inflammation, disease, tumor, removal,
 * repair, scope): the lexicon leaves them out and the recognizer matches them by this rule.
 */
export const MEDICAL_WORD = gated(/^[a-z]{3,}(itis|osis|omas?|emia|aemia|pathy|ectomy|ostomy|otomy|plasty|scopy|algia|plegia|iasis)$/);

const WORD = /[\p{L}\p{N}]+(?:'s\b|'(?=\p{L}))?/gu;

/** Folds one lower-case word: possessive and common plural endings. */
export function foldWord(w: string): string {
  // Plain string checks: this runs for every word of every sentence.
  let t = w.includes("'") ? w.replace(/'s$/, '').replace(/'/g, '') : w;
  const n = t.length;
  if (n > 4 && t.charCodeAt(n - 1) === 115 /* s */) {
    if (t.endsWith('ies')) t = `${t.slice(0, -3)}y`;
    else if (t.endsWith('ches') || t.endsWith('shes') || t.endsWith('xes') || t.endsWith('sses')) t = t.slice(0, -2);
    else {
      const before = t.charCodeAt(n - 2);
      // Not "-ss", "-us", "-is", "-as", "-os": "illness", "virus", "arthritis".
      if (before !== 115 && before !== 117 && before !== 105 && before !== 97 && before !== 111) t = t.slice(0, -1);
    }
  }
  return t;
}

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    // "alzheimer's" arrives as one match; a bare "'" before a letter joins the next word part.
    if (raw.endsWith("'")) raw = raw.slice(0, -1);
    const start = m.index;
    out.push({ key: foldWord(raw.toLowerCase()), raw, start, end: start + raw.length });
  }
  return out;
}

/** The key of a whole lexicon term: its folded words joined by single spaces. */
export function termKey(term: string): string {
  return wordTokens(term)
    .map((t) => t.key)
    .join(' ');
}
