// The one module that imports compromise. Everything else sees plain tokens with offsets,
// so the NLP library could be swapped without touching recognizers or detectors.
import nlp from 'compromise/two';

export interface Token {
  /** The token as written (without surrounding punctuation). */
  text: string;
  /** compromise's normal form: lower case, no punctuation. */
  normal: string;
  /** Offsets relative to the analysed string. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces after the token, as written. */
  post: string;
  pre: string;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  /** The compromise document, for pack patterns in compromise match syntax. */
  view: unknown;
}

type View = ReturnType<typeof nlp>;

interface RawTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Parses one sentence. Pure apart from compromise's lexicon, which is set once at start-up. */
export function analyze(text: string): Analysis {
  const view = nlp(text);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const sentence of view.document as RawTerm[][]) {
    for (const term of sentence) {
      // compromise keeps every character in pre/text/post, so offsets follow by addition;
      // indexOf guards against the rare case where it trims a character.
      // Contractions yield implicit terms with no text ("isn't" -> is + not): their tags
      // go to the written token, and they get no offsets of their own.
      if (!term.text) {
        const prev = tokens[tokens.length - 1];
        if (prev) for (const t of term.tags) (prev.tags as Set<string>).add(t);
        continue;
      }
      const at = text.indexOf(term.pre + term.text, cursor);
      const start = (at < 0 ? cursor : at) + term.pre.length;
      const end = start + term.text.length;
      tokens.push({ text: term.text, normal: term.normal, start, end, tags: new Set(term.tags), pre: term.pre, post: term.post });
      cursor = end;
    }
  }
  return { text, tokens, view };
}

/** A bare compromise parse, for the benchmark's baseline. */
export function bareParse(text: string): unknown {
  return nlp(text);
}

export interface PatternMatch {
  start: number;
  end: number;
}

/** Spans (relative to the analysed string) where a compromise match pattern matches. */
export function matchPattern(analysis: Analysis, pattern: string): PatternMatch[] {
  const view = analysis.view as View;
  const m = view.match(pattern);
  if (!m.found) return [];
  const out: PatternMatch[] = [];
  const options: object = { offset: true, text: false, terms: false };
  const json = m.json(options) as { offset: { start: number; length: number } }[];
  for (const j of json) out.push({ start: j.offset.start, end: j.offset.start + j.offset.length });
  return out;
}

/** Returns an error message when a compromise match pattern cannot be parsed, otherwise null. */
export function checkPattern(pattern: string): string | null {
  if (!pattern.trim()) return 'the pattern is empty';
  let depth = 0;
  for (const c of pattern) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth < 0) return 'a ")" has no matching "("';
  }
  if (depth !== 0) return 'a "(" is not closed';
  if ((pattern.match(/\[/g) ?? []).length !== (pattern.match(/\]/g) ?? []).length) return 'a "[" is not closed';
  try {
    const parsed = (nlp as unknown as { parseMatch: (s: string) => unknown[] }).parseMatch(pattern);
    if (!Array.isArray(parsed) || parsed.length === 0) return 'the pattern has no terms';
  } catch (e) {
    return `compromise cannot parse it (${(e as Error).message})`;
  }
  return null;
}

let lexiconVersion = 0;
/** Adds words with tags to compromise's lexicon (e.g. { 'cabg': 'MedicalProcedure' }). */
export function addWords(words: Record<string, string>, tags: Record<string, { isA?: string }> = {}): void {
  if (Object.keys(tags).length) nlp.addTags(tags);
  nlp.addWords(words);
  lexiconVersion++;
}

/** Changes whenever the lexicon changes, so caches keyed on text can be dropped. */
export function getLexiconVersion(): number {
  return lexiconVersion;
}
