// Pieces of a long draft, cut where a sentence most likely ends (after a line break, or after
// a sentence end and its space): checking them one by one fills the per-sentence caches in
// short steps. A piece that splits a sentence only costs a cache miss later, never a result:
// the check of the whole draft is what counts.

/** Pieces of about `size` characters (a piece is longer only where no cut point comes sooner). */
export function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    const to = cutAfter(text, from + size);
    out.push(text.slice(from, to));
    from = to;
  }
  return out;
}

// A line break followed by ASCII (a mark or a joiner after a break belongs with it), or a
// sentence end and a space before a capital letter.
const CUT = /\n(?=[\x00-\x7f])|[.!?] (?=[A-Z])/g;

function cutAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  CUT.lastIndex = at;
  const m = CUT.exec(text);
  return m ? m.index + m[0].length : text.length;
}
