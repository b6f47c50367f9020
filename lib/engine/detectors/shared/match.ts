// Span search helpers shared by the policy detectors: regex scanning and literal term lists.
import { findBySentence, globalOf } from '../../by-sentence';
import type { Doc } from '../../doc';
import { mayMatch } from '../../text/regex-gate';
import { warm } from '../../text/regex-warm';
import { KeyedAlternation } from './keyed';

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** Every match of a global regex in `text`, shifted by `offset`. */
export function scan(re: RegExp, text: string, offset = 0): Hit[] {
  const out: Hit[] = [];
  const g = globalOf(re);
  if (!mayMatch(g, text)) return out;
  g.lastIndex = 0;
  warm(g);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push({ start: m.index + offset, end: m.index + m[0].length + offset, text: m[0] });
  }
  return out;
}

/**
 * Joins regex sources (from the lexicons) into one alternation with word boundaries. It is
 * searched word by word (keyed.ts), so that V8 never compiles the whole of a large one.
 */
export function alternation(sources: readonly string[], flags = 'gi'): RegExp {
  const f = flags.includes('u') ? flags : flags + 'u';
  return KeyedAlternation.of(sources, f) ?? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, f);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Pack term lists are literal text written by people, not patterns: each is escaped, so a
// list can never hang the page. Words may be split by any white space or a hyphen, a
// hashtag may glue them together ("#ProjectHeron"), and a plural or a possessive may follow.
function termSource(term: string): string {
  // An abbreviation's period is optional, as people type it ("St. Aldric" as "st aldric").
  const words = term.trim().split(/[\s-]+/).filter(Boolean).map((w) => (/^\p{L}{1,4}\.$/u.test(w) ? `${escape(w.slice(0, -1))}\\.?` : escape(w)));
  if (!words.length) return '';
  const spaced = words.join("[\\s-]+");
  // A plural counts as the term: lists name things in the singular.
  const plural = /\p{L}$/u.test(term.trim()) ? '(?:e?s)?' : '';
  return (words.length > 1 ? `(?:${spaced}|#${words.join('')})` : `#?${spaced}`) + plural;
}

const cache = new Map<string, RegExp[]>();
// Pack lists are stable arrays, so most look-ups hit by identity without building a key.
const byList = [new WeakMap<readonly string[], RegExp[]>(), new WeakMap<readonly string[], RegExp[]>()];

const wrap = (parts: string[], flags: string) => {
  // Longest first, so "Project Heron" wins over "Heron".
  const sorted = parts.sort((a, b) => b.length - a.length);
  return KeyedAlternation.of(sorted, flags, "(?:'s)?") ?? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?:'s)?(?![\\p{L}\\p{N}])`, flags);
};

/**
 * Matchers for a list of literal terms. With `caseByTerm`, a one-word capitalized term
 * such as a codename ("Bluebird") keeps its case, so the everyday word is not flagged.
 */
export function termMatchers(terms: readonly string[], caseByTerm = false): RegExp[] {
  const same = byList[caseByTerm ? 1 : 0];
  const known = same.get(terms);
  if (known) return known;
  const key = `${caseByTerm ? 1 : 0}\u0000${terms.join('\u0001')}`;
  const hit = cache.get(key);
  if (hit) {
    same.set(terms, hit);
    return hit;
  }
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  for (const t of terms) {
    const src = termSource(t);
    if (!src) continue;
    const proper = caseByTerm && /^\p{Lu}/u.test(t.trim()) && !/\s/.test(t.trim());
    (proper ? sensitive : insensitive).push(src);
  }
  const res: RegExp[] = [];
  if (insensitive.length) res.push(wrap(insensitive, 'giu'));
  if (sensitive.length) res.push(wrap(sensitive, 'gu'));
  if (cache.size > 200) cache.clear();
  cache.set(key, res);
  same.set(terms, res);
  return res;
}

/** Spans of any listed term in the text, in text order, overlaps resolved to the longest. */
export function findTerms(text: string, terms: readonly string[], caseByTerm = false): Hit[] {
  const all = termMatchers(terms, caseByTerm).flatMap((re) => scan(re, text));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of all) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** findTerms over the whole draft, found sentence by sentence (see findBySentence). */
export function findTermsInDoc(doc: Doc, terms: readonly string[], caseByTerm = false): readonly Hit[] {
  return findBySentence(doc, termMatchers(terms, caseByTerm), (text) => findTerms(text, terms, caseByTerm));
}
