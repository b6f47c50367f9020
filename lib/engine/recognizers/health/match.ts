// Finds lexicon terms in one sentence: longest match over the term table, words known by
// their clinical ending, and case-aware abbreviations ("MS" counts, "ms" does not).
import type { Mention } from '../../doc';
import { medicalLexicon, type Lexicon } from './lexicon';
import { MEDICAL_WORD, wordTokens, type WordToken } from './tokens';

const STRONG = 0.9;
const WEAK = 0.4;

const PROCEDURE_ENDING = /(ectomy|ostomy|otomy|plasty|scopy)$/;
// Candidate abbreviations: letters and digits, optionally joined by / & + ("S/P", "L&D", "K+").
const ABBR_SHAPE = /[A-Za-z][A-Za-z0-9]*(?:[/&][A-Za-z0-9]+)*\+?/g;
// What may not touch a candidate on either side (checked by hand: faster than look-arounds).
const GLUE = /[\p{L}\p{N}/&+'-]/u;

function isLower(s: string): boolean {
  return s === s.toLowerCase();
}

const TITLE_CASE = /^[A-Z][a-z]/;

/** A term inside a capitalized name ("Riverbend Cancer Institute", "Heart Month") is a name. */
function inProperName(tokens: WordToken[], i: number, j: number): boolean {
  if (!TITLE_CASE.test(tokens[i].raw)) return false;
  const prev = tokens[i - 1];
  const next = tokens[j + 1];
  return (!!prev && TITLE_CASE.test(prev.raw) && i > 0 && !/[.!?:]\s*$/.test(prev.raw)) || (!!next && TITLE_CASE.test(next.raw));
}

function trieMatches(text: string, lex: Lexicon, out: Mention[]): void {
  const tokens = wordTokens(text);
  // Terms run across spaces and hyphens only, not across punctuation ("pain. Surgery"), except
  // the period of a one-letter genus ("C. diff", "H. pylori").
  const joins = tokens.map((t, k) => k + 1 < tokens.length && (/^[\s-]+$/.test(text.slice(t.end, tokens[k + 1].start)) || (t.raw.length === 1 && /^\.\s?$/.test(text.slice(t.end, tokens[k + 1].start)))));
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best = -1;
    let bestEntry;
    keys.length = 0;
    let key = tokens[i].key;
    keys.push(key);
    for (let j = i; joins[j] && keys.length < lex.maxWords; j++) {
      key += ` ${tokens[j + 1].key}`;
      keys.push(key);
    }
    for (let n = keys.length - 1; n >= 0; n--) {
      const entry = lex.terms.get(keys[n]);
      if (entry) {
        best = i + n;
        bestEntry = entry;
        break;
      }
    }
    if (bestEntry && best >= 0) {
      const raw = tokens[i].raw;
      // A lone short word that is also an abbreviation ("ct", "iv"): the case-aware path decides.
      const shortLone = best === i && raw.length <= 3 && lex.abbreviations.has(raw.toUpperCase());
      // A weak everyday word written capitalized inside a sentence is a name ("Cedar Falls").
      const properNoun = (bestEntry.weak && i > 0 && /^[A-Z]/.test(raw)) || inProperName(tokens, i, best);
      if (!shortLone && !properNoun) {
        out.push({
          layer: 'health',
          kind: bestEntry.kind,
          start: tokens[i].start,
          end: tokens[best].end,
          confidence: bestEntry.weak ? WEAK : STRONG,
          value: text.slice(tokens[i].start, tokens[best].end).toLowerCase(),
        });
        i = best;
        continue;
      }
    }
    const t = tokens[i];
    if (MEDICAL_WORD.test(t.key) && isLower(t.raw.slice(1))) {
      out.push({ layer: 'health', kind: PROCEDURE_ENDING.test(t.key) ? 'procedure' : 'condition', start: t.start, end: t.end, confidence: 0.8, value: t.key });
    }
  }
}

// In a sentence typed without capitals for its abbreviations ("got his tavr yesterday"), case
// says nothing: clinical abbreviations count in lower case too, except everyday words.
// (Case restoration only ever capitalizes the first letter of names, titles and "I".)
const CASELESS_WORDS = new Set(['aids', 'pad', 'bid', 'ado', 'tens', 'eds', 'pts', 'pvc', 'tia', 'prep', 'sirs', 'thr', 'inj', 'cad', 'ted', 'mds', 'bcc', 'uae', 'hap', 'ich', 'hoc', 'gib', 'sud']);
const caseless = (text: string) => !/[A-Z]{2}/.test(text);

function abbreviationMatches(text: string, lex: Lexicon, out: Mention[]): void {
  const noCase = caseless(text);
  for (const m of text.matchAll(ABBR_SHAPE)) {
    const raw = m[0];
    if (raw.length > 8) continue;
    const prev = text[m.index - 1];
    const next = text[m.index + raw.length];
    if ((prev && GLUE.test(prev)) || (next && next !== '+' && next !== "'" && GLUE.test(next))) continue;
    // Upper case with a lower-case plural "s" is still upper case: "MRIs", "UTIs", "DTs".
    const plural = /^[A-Z0-9]{2,}s$/.test(raw);
    const abbr = lex.abbreviations.get(raw.toUpperCase()) ?? (plural ? lex.abbreviations.get(raw.slice(0, -1)) : undefined);
    if (!abbr) continue;
    const lowerOk = lex.lowerCaseOk.has(raw.toLowerCase());
    const upper = raw === raw.toUpperCase() || plural;
    // Ambiguous forms only fully in upper case; the others in any case but all lower,
    // except clinical shorthand people type in lower case. A capitalized longer word
    // ("Cabs") is a word, not an abbreviation.
    const ok = abbr.weak
      ? upper || (lowerOk && isLower(raw))
      : upper || lowerOk || (!isLower(raw) && !/^[A-Z][a-z]{3,}$/.test(raw)) || (noCase && raw.length >= 2 && !CASELESS_WORDS.has(raw));
    if (!ok) continue;
    const start = m.index;
    const end = start + raw.length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ layer: 'health', kind: abbr.kind, start, end, confidence: abbr.weak ? WEAK : STRONG, value: abbr.meaning ? `${raw}: ${abbr.meaning}` : raw });
  }
}

/** Health-term mentions in one sentence, offsets relative to it. */
export function matchTerms(text: string): Mention[] {
  const lex = medicalLexicon();
  const out: Mention[] = [];
  trieMatches(text, lex, out);
  abbreviationMatches(text, lex, out);
  return out.sort((a, b) => a.start - b.start);
}
