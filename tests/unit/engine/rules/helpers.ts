// One-pack checkers for rule tests, built through the real loader and compiler.
import { createChecker } from '../../../../lib/engine/checker';
import type { CheckOptions, Finding } from '../../../../lib/engine/types';
import { loadPack } from '../../../../lib/policy/load';

export function checkerFor(rulesYaml: string, extra = '') {
  const r = loadPack(`pack: t\nversion: 1.0.0\n${extra}rules:\n${rulesYaml}`);
  if (!r.ok) throw new Error(`${r.error.line}:${r.error.column} ${r.error.path}: ${r.error.message}`);
  const checker = createChecker([r.pack]);
  return (text: string, options?: CheckOptions): Finding[] => checker.check(text, options).findings;
}

/** The text each finding covers. */
export const spans = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

/** The draft after applying a finding's first fix. */
export function applyFix(text: string, f: Finding, which = 0): string {
  const edits = [...f.fixes[which].edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
