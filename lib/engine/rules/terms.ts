// Literal terms compiled once per rule into a trie of word tokens. The draft is split into
// tokens once per check and shared by every rule, so a rule with thousands of terms costs
// one walk over the draft's tokens, and word boundaries come from the tokens themselves.
import { boundedMemo } from '../memo';
import type { Span } from './regex';

export interface TermMatch extends Span {
  /** The term as the pack wrote it. */
  term: string;
  /** True when the match is a hashtag spelling of a multi-word term ("#committedsuicide"). */
  hashtag: boolean;
}

export interface TermMatcher {
  readonly size: number;
  find(text: string): TermMatch[];
  /** True when any term appears in the text. */
  test(text: string): boolean;
}

interface TextToken {
  text: string;
  /** Lower case, computed once per token rather than once per rule. */
  lower: string;
  start: number;
  end: number;
}

/** Words (letters, digits, "_") and single punctuation marks; spaces and hyphens only separate. */
const TOKEN = /[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_-]/gu;
const WORD = /^[\p{L}\p{N}\p{M}_]+$/u;

function tokenize(text: string): TextToken[] {
  const out: TextToken[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

// Recently tokenized texts: rules search a draft sentence by sentence (each sentence with the
// words around it), and every rule reads the same sentences, so a draft's worth is remembered.
const tokensOf = boundedMemo(512, tokenize);

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The term ending here, and whether it only counts after "#". */
  term?: string;
  hashtagOnly?: boolean;
  /** For each pair of parts, true when the term writes them together ("#" "ad" in "#ad"). */
  joined?: boolean[];
}

/** Parts the term writes together ("#ad", "f*ck") must be together in the text too. */
function joinedAsWritten(tokens: TextToken[], from: number, joined: boolean[] | undefined): boolean {
  return !joined || joined.every((together, k) => !together || tokens[from + k + 1].start === tokens[from + k].end);
}

/** Whether a pack term names a list ("$codenames") rather than being a word. */
export const isListRef = (t: string): boolean => t.startsWith('$') && t.length > 1 && !t.includes(' ');

/** Expands "$name" references against the named lists; throws on an unknown name. */
export function expandTerms(terms: readonly string[], lists: Record<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const t of terms) {
    if (isListRef(t)) {
      const list = lists[t.slice(1)];
      if (!list) throw new Error(`unknown list "${t}"`);
      out.push(...list);
    } else out.push(t);
  }
  return out;
}

export function compileTerms(terms: readonly string[], caseSensitive = false): TermMatcher {
  const key = caseSensitive ? (s: string) => s : (s: string) => s.toLowerCase();
  const root: TrieNode = { next: new Map() };
  let size = 0;
  const add = (parts: string[], term: string, hashtagOnly: boolean, joined: boolean[] = []) => {
    let node = root;
    for (const p of parts) {
      let child = node.next.get(p);
      if (!child) node.next.set(p, (child = { next: new Map() }));
      node = child;
    }
    // A plain spelling wins over a hashtag-only one of another term.
    if (!node.term || (node.hashtagOnly && !hashtagOnly)) {
      node.term = term;
      node.hashtagOnly = hashtagOnly;
      node.joined = joined;
    }
  };
  for (const raw of new Set(terms.map((t) => t.trim()).filter(Boolean))) {
    const tokens = tokenize(raw);
    const parts = tokens.map((t) => key(t.text));
    if (!parts.length) continue;
    size++;
    add(parts, raw, false, tokens.slice(1).map((t, k) => t.start === tokens[k].end));
    // Hashtags drop the spaces: "#CommittedSuicide" is the same phrase.
    if (parts.length > 1 && parts.every((p) => WORD.test(p))) add([parts.join('')], raw, true);
  }

  const find = (text: string, firstOnly = false): TermMatch[] => {
    const out: TermMatch[] = [];
    if (!size) return out;
    const tokens = tokensOf(text);
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = root;
      let best: { end: number; node: TrieNode } | undefined;
      const afterHash = i > 0 && tokens[i - 1].text === '#' && tokens[i - 1].end === tokens[i].start;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(caseSensitive ? tokens[j].text : tokens[j].lower);
        if (!node) break;
        if (node.term && (!node.hashtagOnly || (afterHash && j === i)) && joinedAsWritten(tokens, i, node.joined)) best = { end: j, node };
      }
      if (!best) continue;
      out.push({ start: tokens[i].start, end: tokens[best.end].end, term: best.node.term!, hashtag: !!best.node.hashtagOnly });
      if (firstOnly) return out;
      i = best.end;
    }
    return out;
  };
  return { size, find: (text) => find(text), test: (text) => find(text, true).length > 0 };
}
