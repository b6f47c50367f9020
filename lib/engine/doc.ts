// The annotated draft every detector reads: normalized text, sentences, tokens and the
// recognizers' mentions, all with offsets into the normalized text.
import type { Analysis, Token } from './nlp';
import { analyze, analyzeAll, getLexiconVersion } from './nlp';
import { normalize, type Normalized } from './text/normalize';
import { sentences as splitSentences } from './text/segment';
import { sentenceRecognizers } from './recognizers';

/** Something a recognizer found: an identifier, a health term, a cue. */
export interface Mention {
  /** identifier | health | cue | ... */
  layer: string;
  /** For identifiers the HIPAA kind id (name, date, phone, ...); for health terms the group. */
  kind: string;
  start: number;
  end: number;
  confidence: number;
  /** Optional detail, such as the canonical term or what made the match. */
  value?: string;
}

/** A recognizer that needs only one sentence; its results are cached with the sentence. */
export interface SentenceRecognizer {
  id: string;
  run(text: string, analysis: Analysis): Mention[];
}

export interface DocToken extends Token {
  sentence: number;
}

export interface DocSentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  text: string;
  analysis: Analysis;
  /** Tokens and mentions with absolute offsets. */
  tokens: DocToken[];
  mentions: Mention[];
}

export interface Doc {
  normalized: Normalized;
  /** Normalized text; all offsets below index into it. */
  text: string;
  lower: string;
  platform: string;
  author: string;
  /** Posts already published today on this site, when the caller knows (CheckOptions.postsToday). */
  postsToday?: number;
  sentences: DocSentence[];
  tokens: DocToken[];
  mentions: Mention[];
  /** The sentence containing an offset. */
  sentenceAt(offset: number): DocSentence | undefined;
}

interface CachedSentence {
  analysis: Analysis;
  mentions: Mention[];
}

/** Sentences per NLP call: enough to spread compromise's fixed cost, few enough to keep a slice short. */
const BATCH = 16;

/** Per-sentence analysis cache: re-checking an edited draft re-analyses only changed sentences. */
export class SentenceCache {
  private map = new Map<string, CachedSentence>();
  private version = getLexiconVersion();
  constructor(private capacity = 2_000) {}

  /**
   * The analyses of a draft's sentences: cached ones refreshed, the rest analysed several per NLP
   * call (see analyzeAll), since a draft's new sentences cost less together than one by one.
   * Returned rather than looked up again, so a draft with more sentences than the cache holds
   * is still analysed once.
   */
  analyses(texts: readonly string[]): Map<string, CachedSentence> {
    this.checkVersion();
    const out = new Map<string, CachedSentence>();
    const missing = new Set<string>();
    for (const text of texts) {
      if (out.has(text) || missing.has(text)) continue;
      const hit = this.map.get(text);
      if (hit) {
        // Refresh recency: Map keeps insertion order, so the oldest entry is first.
        this.map.delete(text);
        this.map.set(text, hit);
        out.set(text, hit);
      } else {
        missing.add(text);
      }
    }
    const fresh = [...missing];
    for (let i = 0; i < fresh.length; i += BATCH) {
      const group = fresh.slice(i, i + BATCH);
      analyzeAll(group).forEach((analysis, k) => out.set(group[k], this.store(group[k], analysis)));
    }
    return out;
  }

  private checkVersion(): void {
    if (this.version !== getLexiconVersion()) {
      this.map.clear();
      this.version = getLexiconVersion();
    }
  }

  private store(text: string, analysis: Analysis): CachedSentence {
    const mentions = sentenceRecognizers.flatMap((r) => r.run(text, analysis));
    const entry = { analysis, mentions };
    this.map.set(text, entry);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
    return entry;
  }
}

// Results of detector work that depends only on a sentence's text, kept with the sentence's
// cached analysis (a WeakMap, so they go when the cache drops the sentence): a re-check after
// a keystroke recomputes them only for the edited sentence.
interface SentenceMemo {
  /** memoBySentence's results by key; memoVariantBySentence's found results as lists of variant, result, ... */
  results: Map<unknown, unknown>;
  /**
   * Per variant, two bits per kind of work (slotOf) for a result that found nothing, NONE or
   * false: a sentence is searched by a thousand pack and engine expressions, nearly all of which
   * find nothing, and an entry each for those cost 25 KB a sentence.
   */
  empty: Map<string, Uint32Array>;
}
const memos = new WeakMap<Analysis, SentenceMemo>();

// Most finders find nothing in most sentences: one shared empty result rather than one each.
export const NONE: readonly never[] = Object.freeze([]);

function memosOf(sentence: DocSentence): SentenceMemo {
  let memo = memos.get(sentence.analysis);
  if (!memo) memos.set(sentence.analysis, (memo = { results: new Map(), empty: new Map() }));
  return memo;
}

/**
 * The memoized result of `compute(sentence text)` under `key` (one key per kind of work, such
 * as the computing function itself). Offsets in the result must be relative to the sentence.
 */
export function memoBySentence<T>(sentence: DocSentence, key: unknown, compute: (text: string) => T): T {
  const { results } = memosOf(sentence);
  if (results.has(key)) return results.get(key) as T;
  const value = compute(sentence.text);
  results.set(key, value);
  return value;
}

/** Variants remembered per sentence (and per key, for results that found something). */
const VARIANTS = 8;

// A small number for each kind of work memoized by variant, its place in the bits of `empty`.
const slots = new WeakMap<object, number>();
let nextSlot = 0;
function slotOf(key: object): number {
  let slot = slots.get(key);
  if (slot === undefined) slots.set(key, (slot = nextSlot++));
  return slot;
}

/**
 * memoBySentence for work that also reads something beyond the sentence, named by `variant`
 * (its surrounding words, a neighbour's flag): up to VARIANTS results per sentence and key,
 * the oldest dropped first. Results that found nothing (NONE or false) are kept as bits.
 */
export function memoVariantBySentence<T>(sentence: DocSentence, key: object, variant: string, compute: () => T): T {
  const memo = memosOf(sentence);
  const bit = 2 * slotOf(key);
  let bits = memo.empty.get(variant);
  if (bits && bit >> 5 < bits.length) {
    const word = bits[bit >> 5] >>> (bit & 31);
    if (word & 1) return NONE as T;
    if (word & 2) return false as T;
  }
  const found = (memo.results.get(key) as unknown[] | undefined) ?? NONE;
  for (let i = 0; i < found.length; i += 2) if (found[i] === variant) return found[i + 1] as T;
  const value = compute();
  if (value === NONE || value === false) {
    if (!bits || bit >> 5 >= bits.length) {
      const grown = new Uint32Array(((Math.max(nextSlot, bit / 2 + 1) * 2) >> 5) + 1);
      if (bits) grown.set(bits);
      else if (memo.empty.size >= VARIANTS) memo.empty.delete(memo.empty.keys().next().value!);
      memo.empty.set(variant, (bits = grown));
    }
    bits[bit >> 5] |= (value === NONE ? 1 : 2) << (bit & 31);
  } else {
    // A new list of the exact length each time: a list grown by push keeps room for 16 more.
    memo.results.set(key, [...found.slice(found.length >= 2 * VARIANTS ? 2 : 0), variant, value]);
  }
  return value;
}

/** `spans`, or the shared empty list: for results kept per sentence, which are only read. */
export function keptSpans<T>(spans: T[]): readonly T[] {
  return spans.length === 0 ? NONE : spans;
}

/**
 * `compute()` of a finder that reads one sentence (and what `variant` names) and returns spans
 * with draft offsets, memoized per variant: kept relative to the sentence and shifted to where it
 * stands now. The finder must read no offset but its sentence's and those its variant names.
 */
export function memoSpansBySentence<T extends { start: number; end: number }>(sentence: DocSentence, key: object, variant: string, compute: () => readonly T[]): T[] {
  const local = memoVariantBySentence(sentence, key, variant, () => keptSpans(compute().map((h) => ({ ...h, start: h.start - sentence.start, end: h.end - sentence.start }))));
  return local.map((h) => ({ ...h, start: h.start + sentence.start, end: h.end + sentence.start }));
}

export function buildDoc(original: string, platform: string, author: string, cache: SentenceCache, postsToday?: number): Doc {
  const normalized = normalize(original);
  const text = normalized.text;
  const sentences: DocSentence[] = [];
  const tokens: DocToken[] = [];
  const mentions: Mention[] = [];
  const spans = splitSentences(text);
  const analysed = cache.analyses(spans.map((span) => text.slice(span.start, span.end)));
  for (const span of spans) {
    const index = sentences.length;
    const sentenceText = text.slice(span.start, span.end);
    const cached = analysed.get(sentenceText)!;
    const shift = span.start;
    // Plain loops, no push(...spread): a long draft has thousands of tokens, shifted on every check.
    const sTokens: DocToken[] = [];
    for (const t of cached.analysis.tokens) {
      const dt: DocToken = { ...t, start: t.start + shift, end: t.end + shift, sentence: index };
      sTokens.push(dt);
      tokens.push(dt);
    }
    const sMentions: Mention[] = [];
    for (const m of cached.mentions) {
      const dm = { ...m, start: m.start + shift, end: m.end + shift };
      sMentions.push(dm);
      mentions.push(dm);
    }
    sentences.push({ index, start: span.start, end: span.end, paragraph: span.paragraph, text: sentenceText, analysis: cached.analysis, tokens: sTokens, mentions: sMentions });
  }
  return {
    normalized,
    text,
    lower: text.toLowerCase(),
    platform,
    author,
    ...(postsToday !== undefined ? { postsToday } : {}),
    sentences,
    tokens,
    mentions,
    sentenceAt(offset: number) {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = sentences[mid];
        if (offset < s.start) hi = mid - 1;
        else if (offset >= s.end) lo = mid + 1;
        else return s;
      }
      return undefined;
    },
  };
}
