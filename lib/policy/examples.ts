// A pack's own examples (its self-tests): each text is checked with the packs underneath and
// must flag what `expect` names and nothing that `reject` names. Judging only, no engine: the
// options page checks the texts in the engine's worker, the CLI in process (run-examples.ts).
import type { Finding } from '../engine/types';
import type { PackExample } from './schema';

export interface ExampleResult {
  index: number;
  example: PackExample;
  passed: boolean;
  /** What went wrong, for a failed example. */
  problems: string[];
  findings: Finding[];
}

const flagged = (f: Finding) => f.severity === 'error' || f.severity === 'warning';
const names = (f: Finding) => [f.category, f.ruleId];

/** Whether one example's findings meet its `expect` and `reject`; `errors` are the checker's own. */
export function judgeExample(example: PackExample, index: number, findings: Finding[], errors: readonly string[] = []): ExampleResult {
  const hits = findings.filter(flagged);
  const problems: string[] = [];
  if (errors.length) problems.push(...errors.map((e) => `internal error: ${e}`));
  if (example.expect.length === 0 && hits.length) {
    problems.push(`expected no findings, got ${hits.map((f) => `${f.category} (${f.ruleId})`).join(', ')}`);
  }
  for (const want of example.expect) {
    if (!hits.some((f) => names(f).includes(want))) problems.push(`expected ${want}, not flagged`);
  }
  for (const unwanted of example.reject ?? []) {
    const bad = hits.filter((f) => names(f).includes(unwanted));
    if (bad.length) problems.push(`must not flag ${unwanted}, got ${bad.map((f) => f.ruleId).join(', ')}`);
  }
  return { index, example, passed: problems.length === 0, problems, findings };
}
