// Binary search over sorted offsets: shared by the scans that stay linear in the draft by
// looking positions up instead of rescanning.

/** The index of the first value at or after `value` in sorted[0, end), or `end` when there is none. */
export function lowerBound(sorted: ArrayLike<number>, value: number, end = sorted.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
