// Post-level scoring, the same arithmetic as ../shared/tools/score-corpus.mjs: per category
// precision, recall, F1 and "located" (a finding overlaps the labelled evidence), plus the share
// of clean drafts that get any warning.
import type { Finding } from '../../lib/engine/types';
import { CATEGORIES, type Draft, type Label } from '../../lib/cli/corpus';

export interface Row { category: Label; tp: number; fp: number; fn: number; located: number; precision: number; recall: number; f1: number; locatedRate: number }
export interface Score { drafts: number; rows: Row[]; precision: number; recall: number; f1: number; clean: number; cleanWarned: number; misses: Miss[] }
export interface Miss { id: string; kind: 'missed' | 'false alarm'; category: Label; text: string }

const flagged = (f: Finding) => f.severity === 'error' || f.severity === 'warning';
const div = (a: number, b: number) => (b ? a / b : 0);

export function spansOf(d: Draft, c: Label): [number, number][] {
  return (d.evidence[c] ?? []).flatMap((e) => {
    const s: [number, number][] = [];
    for (let i = d.text.indexOf(e); e && i >= 0; i = d.text.indexOf(e, i + 1)) s.push([i, i + e.length]);
    return s;
  });
}

export function score(drafts: Draft[], findingsOf: (d: Draft) => Finding[]): Score {
  const stat = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0, located: 0 }])) as Record<Label, { tp: number; fp: number; fn: number; located: number }>;
  let clean = 0, cleanWarned = 0;
  const misses: Miss[] = [];
  for (const d of drafts) {
    const found = findingsOf(d).filter(flagged);
    const got = new Set(found.map((f) => f.category));
    if (d.labels.length === 0) { clean++; if ([...got].some((c) => (CATEGORIES as readonly string[]).includes(c))) cleanWarned++; }
    for (const c of CATEGORIES) {
      const want = d.labels.includes(c), has = got.has(c);
      if (want && has) {
        stat[c].tp++;
        const spans = spansOf(d, c);
        if (found.some((f) => f.category === c && spans.some(([s, e]) => f.start < e && s < f.end))) stat[c].located++;
      } else if (has) { stat[c].fp++; misses.push({ id: d.id, kind: 'false alarm', category: c, text: d.text }); }
      else if (want) { stat[c].fn++; misses.push({ id: d.id, kind: 'missed', category: c, text: d.text }); }
    }
  }
  const rows = CATEGORIES.map((c) => {
    const s = stat[c]; const P = div(s.tp, s.tp + s.fp), R = div(s.tp, s.tp + s.fn);
    return { category: c, ...s, precision: P, recall: R, f1: div(2 * P * R, P + R), locatedRate: div(s.located, s.tp) };
  });
  const t = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  const P = div(t.tp, t.tp + t.fp), R = div(t.tp, t.tp + t.fn);
  return { drafts: drafts.length, rows, precision: P, recall: R, f1: div(2 * P * R, P + R), clean, cleanWarned, misses };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatScore(title: string, s: Score): string {
  const lines = [`${title}: ${s.drafts} drafts, ${s.clean} clean`, 'category               precision recall    F1  located   tp/fp/fn'];
  for (const r of s.rows) lines.push(`${r.category.padEnd(22)} ${pct(r.precision)}    ${pct(r.recall)} ${pct(r.f1)}  ${pct(r.locatedRate)}   ${r.tp}/${r.fp}/${r.fn}`);
  lines.push(`all categories: precision ${pct(s.precision)} recall ${pct(s.recall)} F1 ${pct(s.f1)}; clean drafts warned: ${pct(div(s.cleanWarned, s.clean))}% (${s.cleanWarned} of ${s.clean})`);
  return lines.join('\n');
}
