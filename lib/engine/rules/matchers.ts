// The "what to look for" shared by existence and require rules: literal terms (with $list
// references), RE2 regular expressions and compromise match patterns, compiled once.
import { findBySentence } from '../by-sentence';
import type { Doc } from '../doc';
import { matchPattern } from '../nlp';
import { mayMatch, requiredWords } from './prefilter';
import type { RuleContext } from './common';
import { expandRegexLists, findAll, type Regex, type RegexCompiler, type Span } from './regex';
import { compileTerms, expandTerms, type TermMatcher } from './terms';

export interface MatcherSpec {
  terms?: string[];
  regex?: string[];
  pattern?: string[];
}

export interface SpanMatcher {
  find(doc: Doc): Span[];
}

export function compileMatcher(spec: MatcherSpec, { lists, regex }: Pick<RuleContext, 'lists' | 'regex'>, caseSensitive = false): SpanMatcher {
  const terms: TermMatcher = compileTerms(expandTerms(spec.terms ?? [], lists), caseSensitive);
  const regexes = compileRegexes((spec.regex ?? []).map((r) => expandRegexLists(r, lists)), regex, caseSensitive);
  const patterns = (spec.pattern ?? []).map((p) => ({ p, required: requiredWords(p) }));
  return {
    find(doc) {
      // Found per sentence and memoized with it, so that a re-check redoes only edited sentences.
      const spans: Span[] = findBySentence(doc, terms, (text) => terms.find(text)).map(({ start, end }) => ({ start, end }));
      for (const re of regexes) spans.push(...findBySentence(doc, re, (text) => findAll(re, text)));
      if (patterns.length) {
        for (const s of doc.sentences) {
          for (const { p, required } of patterns) {
            if (!mayMatch(s, required)) continue;
            for (const m of matchPattern(s.analysis, p)) spans.push(trim(doc.text, m.start + s.start, m.end + s.start));
          }
        }
      }
      return dedupe(spans);
    },
  };
}

/**
 * One program for all of a rule's expressions without a "hit" group: compiling is the costly
 * part of RE2, and one alternation finds the same spans in one pass.
 */
function compileRegexes(sources: string[], compile: RegexCompiler, caseSensitive: boolean): Regex[] {
  const plain = sources.filter((r) => !r.includes('(?P<'));
  const named = sources.filter((r) => r.includes('(?P<'));
  const out = named.map((r) => compile(r, caseSensitive));
  if (plain.length) out.push(compile(plain.map((r) => `(?:${r})`).join('|'), caseSensitive));
  return out;
}

const EDGE = /[\s.,;:!?…]/;

/** compromise's match offsets can include the punctuation after the last word. */
function trim(text: string, start: number, end: number): Span {
  while (end > start && EDGE.test(text[end - 1])) end--;
  while (start < end && EDGE.test(text[start])) start++;
  return { start, end };
}

/** Sorted, without exact duplicates and without spans nested inside an earlier one. */
function dedupe(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start >= last.start && s.end <= last.end) continue;
    out.push(s);
  }
  return out;
}
