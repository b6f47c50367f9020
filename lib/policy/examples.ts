// A pack's own examples (its self-tests): each text is checked with the packs underneath and
// must flag what `expect` names and nothing that `reject` names.
import { createChecker } from '../engine/checker';
import type { Finding } from '../engine/types';
import type { CompileOptions } from './compile';
import { compilePolicy } from './compile';
import type { Pack, PackExample } from './schema';

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

/** Runs the examples of the last pack in `packs`, with every pack in `packs` in force. */
export function runExamples(packs: Pack[], options: CompileOptions = {}): ExampleResult[] {
  const target = packs[packs.length - 1];
  const checker = createChecker(compilePolicy(packs, options));
  return (target.examples ?? []).map((example, index) => {
    const result = checker.check(example.text, { platform: example.platform ?? 'generic', author: example.author });
    const hits = result.findings.filter(flagged);
    const problems: string[] = [];
    if (result.errors?.length) problems.push(...result.errors.map((e) => `internal error: ${e}`));
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
    return { index, example, passed: problems.length === 0, problems, findings: result.findings };
  });
}
