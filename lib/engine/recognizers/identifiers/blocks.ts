// Postal addresses written over several lines ("12 Elm St\nApt 4\nSpringfield, IL 62704") are one
// identifier: join address parts separated only by line breaks and commas, and take in the
// short place lines between and after them (a town, a state, a country and a postcode).
import type { Found } from './found';

// A line that can be part of an address block: a few capitalized words, codes and digits.
const PLACE_LINE = /^[\s>?,]*(?:[\p{Lu}\d][\p{L}\p{M}\d'’.-]*,?\s*){1,5}$/u;
const GAP = /^[\s,>?]*$/;

export function joinAddressBlocks(text: string, found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: Found[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'address' && f.kind === 'address' && GAP.test(text.slice(prev.end, f.start))) {
      prev.end = Math.max(prev.end, f.end);
      continue;
    }
    out.push({ ...f });
  }
  for (const f of out) {
    if (f.kind !== 'address' || !text.slice(f.end).startsWith('\n')) continue;
    // Extend over following place lines, as long as nothing else was recognized there.
    let end = f.end;
    for (let k = 0; k < 4; k++) {
      const nl = text.indexOf('\n', end);
      if (nl < 0 || nl !== end + (text.slice(end).match(/^[ \t,]*/)?.[0].length ?? 0)) break;
      const lineEnd = text.indexOf('\n', nl + 1) < 0 ? text.length : text.indexOf('\n', nl + 1);
      const line = text.slice(nl + 1, lineEnd);
      if (!line.trim() || !PLACE_LINE.test(line) || line.length > 48) break;
      if (out.some((o) => o !== f && o.kind !== 'address' && o.start < lineEnd && o.end > nl)) break;
      end = lineEnd - (line.length - line.trimEnd().length);
    }
    f.end = end;
  }
  // An extension may have swallowed a later address part: drop the parts now inside another.
  return out.filter((f, k) => !out.some((o, m) => m < k && o.kind === 'address' && f.kind === 'address' && o.start <= f.start && o.end >= f.end));
}
