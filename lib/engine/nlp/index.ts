// The one module that imports compromise. Everything else sees plain tokens with offsets,
// so the NLP library could be swapped without touching recognizers or detectors.
import nlp from 'compromise/two';
import { withStoredPatterns } from './tagger-patterns';

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
  /** Where this text starts in the view's document (several sentences can share one parse). */
  viewOffset: number;
}

type View = ReturnType<typeof nlp>;

type ToInfinitive = (word: string, model: unknown, tense: string) => string;
// compromise's world: its model and methods, read once.
const world = (nlp as unknown as {
  world: () => { model: unknown; methods: { one: { parseMatch: Parameters<typeof withStoredPatterns>[0] }; two: { transform: { verb: { toInfinitive: ToInfinitive } } } } };
}).world();
// The tagger's patterns come parsed at build time (tagger-patterns.ts).
const methods = world.methods.one;
methods.parseMatch = withStoredPatterns(methods.parseMatch);

interface RawTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Our tokens for one text, from compromise's terms of the sentences parsed from it. */
function tokensOf(text: string, sentences: RawTerm[][]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
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
      // In a batch (see analyzeAll) the line break joining the texts can end a text's last term.
      const written = term.text.replace(TRAILING_BREAK, '');
      const at = text.indexOf(term.pre + written, cursor);
      const start = (at < 0 ? cursor : at) + term.pre.length;
      const end = start + written.length;
      tokens.push({ text: written, normal: term.normal, start, end, tags: new Set(term.tags), pre: term.pre, post: term.post.replace(TRAILING_BREAK, '') });
      cursor = end;
    }
  }
  return tokens;
}

const TRAILING_BREAK = /\n$/;

/** Parses one sentence. Pure apart from compromise's lexicon, which is set once at start-up. */
export function analyze(text: string): Analysis {
  const view = nlp(text);
  return { text, tokens: tokensOf(text, view.document as RawTerm[][]), view, viewOffset: 0 };
}

/**
 * Parses several sentences (none holding a line break) in one compromise call, each exactly as
 * analyze() would: compromise has a large fixed cost per call, and it splits and tags text
 * line by line, so texts joined by line breaks parse as they would alone. Where compromise
 * still joins two lines into one sentence (a quotation or parenthesis left open, a line of
 * punctuation only), those texts are parsed alone.
 */
export function analyzeAll(texts: readonly string[]): Analysis[] {
  if (texts.length < 2) return texts.map(analyze);
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = texts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const view = nlp(texts.join('\n'));
  const document = view.document as RawTerm[][];
  const byLine: number[][] = texts.map(() => []);
  const alone = new Set<number>();
  let elapsed = 0;
  document.forEach((sentence, n) => {
    const first = elapsed + (sentence[0]?.pre.length ?? 0);
    let end = first;
    for (const term of sentence) {
      end = elapsed + term.pre.length + term.text.length;
      elapsed += term.pre.length + term.text.length + term.post.length;
    }
    const a = lineOf(first);
    const b = lineOf(Math.max(first, end - 1));
    if (a === b) byLine[a].push(n);
    else for (let i = a; i <= b; i++) alone.add(i);
  });
  return texts.map((text, i) => {
    if (alone.has(i) || !byLine[i].length) return analyze(text);
    // A view of this text's sentences only (compromise types update() with one pointer, but it takes a list).
    const own = view.update(byLine[i].map((n) => [n]) as unknown as Parameters<View['update']>[0]);
    return { text, tokens: tokensOf(text, byLine[i].map((n) => document[n])), view: own, viewOffset: starts[i] };
  });
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
  // Offsets count from the start of the parsed document, which may hold other sentences; the
  // line break that joins them is not part of this text.
  for (const j of json) {
    const start = j.offset.start - analysis.viewOffset;
    out.push({ start, end: Math.min(start + j.offset.length, analysis.text.length) });
  }
  return out;
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

const TENSES = ['PastTense', 'Gerund', 'PresentTense', 'Participle'];

/** A verb token's infinitive ("stole" -> "steal", "curing" -> "cure"), from compromise's conjugator. */
export function verbLemma(token: Pick<Token, 'normal' | 'tags'>): string {
  const tense = TENSES.find((t) => token.tags.has(t));
  const word = token.normal.replace(/[^\p{L}'-]/gu, '');
  if (!tense || token.tags.has('Infinitive')) return word;
  return world.methods.two.transform.verb.toInfinitive(word, world.model, tense) || word;
}

// Verdicts by word, bounded: drafts bring new words without end.
const finite = new Map<string, boolean>();
/**
 * Whether a word read alone is a finite verb that agrees with a singular subject ("needs",
 * "walked", "is", "had"): after "a diabetic" such a word makes "diabetic" a noun, where
 * compromise, reading "diabetic" as an adjective, tags the next word as the noun it modifies.
 */
export function finiteVerb(word: string): boolean {
  const w = word.toLowerCase();
  let v = finite.get(w);
  if (v === undefined) {
    if (finite.size >= 5_000) finite.clear();
    const tags = new Set(((nlp(`she ${w}`).json() as { terms: { tags: string[] }[] }[])[0]?.terms[1]?.tags) ?? []);
    v = ['Modal', 'Copula', 'Auxiliary'].some((t) => tags.has(t)) || ((tags.has('PastTense') || tags.has('PresentTense')) && !tags.has('Infinitive'));
    finite.set(w, v);
  }
  return v;
}
