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
const memos = new WeakMap<Analysis, Map<unknown, unknown>>();

/**
 * The memoized result of `compute(sentence text)` under `key` (one key per kind of work, such
 * as the computing function itself). Offsets in the result must be relative to the sentence.
 */
export function memoBySentence<T>(sentence: DocSentence, key: unknown, compute: (text: string) => T): T {
  let map = memos.get(sentence.analysis);
  if (!map) memos.set(sentence.analysis, (map = new Map()));
  if (map.has(key)) return map.get(key) as T;
  const value = compute(sentence.text);
  map.set(key, value);
  return value;
}

/** Variants remembered per sentence and key: a sentence recurs in a draft, or its neighbours change. */
const VARIANTS = 8;

/**
 * memoBySentence for work that also reads something beyond the sentence, named by `variant`
 * (its surrounding words, a neighbour's flag): up to VARIANTS results per sentence and key,
 * the oldest dropped first.
 */
export function memoVariantBySentence<T>(sentence: DocSentence, key: unknown, variant: string, compute: () => T): T {
  const memo = memoBySentence(sentence, key, () => new Map<string, T>());
  if (memo.has(variant)) return memo.get(variant) as T;
  const value = compute();
  if (memo.size >= VARIANTS) memo.delete(memo.keys().next().value!);
  memo.set(variant, value);
  return value;
}

/**
 * `compute()` of a finder that reads one sentence (and what `variant` names) and returns spans
 * with draft offsets, memoized per variant: kept relative to the sentence and shifted to where it
 * stands now. The finder must read no offset but its sentence's and those its variant names.
 */
export function memoSpansBySentence<T extends { start: number; end: number }>(sentence: DocSentence, key: unknown, variant: string, compute: () => readonly T[]): T[] {
  const local = memoVariantBySentence(sentence, key, variant, () => compute().map((h) => ({ ...h, start: h.start - sentence.start, end: h.end - sentence.start })));
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
