// Keeps underlines on their words while the user types, until the next check lands: spans
// before the edit stay, spans after it move by the edit's length, spans it touched are dropped.

export interface Span {
  start: number;
  end: number;
}

export function remapSpans<T extends Span>(items: readonly T[], before: string, after: string): T[] {
  if (before === after) return [...items];
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: T[] = [];
  for (const item of items) {
    // A span the edit touches survives only if the edit did not glue letters onto its word.
    if (item.end < prefix || (item.end === prefix && !isWordChar(after, prefix))) out.push(item);
    else if (item.start > editEnd || (item.start === editEnd && !isWordChar(after, item.start + delta - 1))) {
      out.push({ ...item, start: item.start + delta, end: item.end + delta });
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}_]/u;
function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD.test(text[i]);
}
