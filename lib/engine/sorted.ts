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

interface Span {
  start: number;
  end: number;
}

/**
 * Spans sorted by start, each with the furthest end of those before it: whether some span
 * encloses or overlaps a range, in log time, instead of a scan of every span per question.
 */
export class SpanIndex {
  private readonly starts: number[];
  /** furthest[i]: the largest end among the first i + 1 spans by start. */
  private readonly furthest: number[];
  /** nearest[i]: the smallest end among the spans from the i-th by start on. */
  private readonly nearest: number[];

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.furthest = [];
    let far = -Infinity;
    for (const s of sorted) this.furthest.push((far = Math.max(far, s.end)));
    this.nearest = new Array<number>(sorted.length);
    let near = Infinity;
    for (let i = sorted.length - 1; i >= 0; i--) this.nearest[i] = near = Math.min(near, sorted[i].end);
  }

  /** Whether some span has span.start <= start and end <= span.end. */
  encloses(start: number, end: number): boolean {
    // (Offsets are whole numbers: the spans starting at or before `start` are those before start + 1.)
    const n = lowerBound(this.starts, start + 1);
    return n > 0 && this.furthest[n - 1] >= end;
  }

  /** Whether some span has span.start < end and start < span.end. */
  overlaps(start: number, end: number): boolean {
    const n = lowerBound(this.starts, end);
    return n > 0 && this.furthest[n - 1] > start;
  }

  /** Whether some span lies within the range: start <= span.start and span.end <= end. */
  holdsOneWithin(start: number, end: number): boolean {
    const i = lowerBound(this.starts, start);
    return i < this.starts.length && this.nearest[i] <= end;
  }
}
