// Token look-ups by offset, built once per draft: detectors that ask for "the token at this
// offset" per match would otherwise scan every token of the draft for each (quadratic on long drafts).
import type { Doc, DocToken } from './doc';
import { lowerBound } from './sorted';

interface TokenIndex {
  /** The tokens starting at an offset, in draft order. */
  byStart: Map<number, DocToken[]>;
  /** The first token (in draft order) ending at an offset. */
  byEnd: Map<number, DocToken>;
  /** The largest start among tokens[0..i]: non-decreasing, so searchable even if starts were not. */
  furthestStart: number[];
}

const indexes = new WeakMap<Doc, TokenIndex>();

function indexOf(doc: Doc): TokenIndex {
  let index = indexes.get(doc);
  if (index) return index;
  const byStart = new Map<number, DocToken[]>();
  const byEnd = new Map<number, DocToken>();
  const furthestStart: number[] = [];
  let far = -Infinity;
  for (const t of doc.tokens) {
    const here = byStart.get(t.start);
    if (here) here.push(t);
    else byStart.set(t.start, [t]);
    if (!byEnd.has(t.end)) byEnd.set(t.end, t);
    furthestStart.push((far = Math.max(far, t.start)));
  }
  indexes.set(doc, (index = { byStart, byEnd, furthestStart }));
  return index;
}

/** doc.tokens.find((t) => t.start === offset), without the scan. */
export function tokenStartingAt(doc: Doc, offset: number): DocToken | undefined {
  return indexOf(doc).byStart.get(offset)?.[0];
}

/** doc.tokens.filter((t) => t.start === offset), without the scan. */
export function tokensStartingAt(doc: Doc, offset: number): readonly DocToken[] {
  return indexOf(doc).byStart.get(offset) ?? [];
}

/** doc.tokens.find((t) => t.end === offset), without the scan. */
export function tokenEndingAt(doc: Doc, offset: number): DocToken | undefined {
  return indexOf(doc).byEnd.get(offset);
}

/** doc.tokens.find((t) => t.start >= offset): the first token at or after an offset. */
export function tokenFrom(doc: Doc, offset: number): DocToken | undefined {
  // The first prefix whose largest start reaches the offset ends at that token.
  return doc.tokens[lowerBound(indexOf(doc).furthestStart, offset)];
}
