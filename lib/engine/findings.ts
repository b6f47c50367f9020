// Merging and ordering of findings, and mapping their offsets back to the text as typed.
import { toOriginal, type Normalized } from './text/normalize';
import { CATEGORIES, SEVERITY_RANK, type Finding } from './types';

const CATEGORY_RANK = Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<string, number>;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category] ||
    a.end - b.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Maps a finding's spans (its own, its evidence's and its fixes' edits) to the original text. */
export function mapFinding(n: Normalized, f: Finding): Finding {
  // Mapped even when normalization changed nothing: it widens spans to whole characters, so
  // that a span never ends between a letter and the combining marks that follow it.
  const span = (s: number, e: number) => toOriginal(n, s, e);
  const { start, end } = span(f.start, f.end);
  return {
    ...f,
    start,
    end,
    evidence: f.evidence.map((e) => ({ ...e, ...span(e.start, e.end) })),
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((ed) => ({ ...ed, ...span(ed.start, ed.end) })) })),
  };
}

/**
 * Overlapping findings of one category become one: the most severe wins and keeps its
 * message and fixes, the span covers both, evidence is pooled. Different categories stay
 * apart, since each has its own explanation and fix.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const out: Finding[] = [];
  for (const f of sorted) {
    const prev = out.findLast((o) => o.category === f.category && f.start < o.end && o.start < f.end);
    if (!prev) {
      out.push(f);
      continue;
    }
    const keep = SEVERITY_RANK[f.severity] < SEVERITY_RANK[prev.severity] || (f.severity === prev.severity && f.confidence > prev.confidence) ? f : prev;
    const other = keep === f ? prev : f;
    const evidence = [...keep.evidence];
    for (const e of other.evidence) if (!evidence.some((x) => x.start === e.start && x.end === e.end && x.kind === e.kind)) evidence.push(e);
    const merged: Finding = {
      ...keep,
      start: Math.min(keep.start, other.start),
      end: Math.max(keep.end, other.end),
      confidence: Math.max(keep.confidence, other.confidence),
      evidence,
    };
    out[out.indexOf(prev)] = merged;
  }
  return out.sort(compareFindings);
}
