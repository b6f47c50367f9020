// The engine as the CLI runs it: healthcare-core plus the Riverbend pack, the corpus's organization.
import path from 'node:path';
import { createChecker, type Checker } from '../../lib/engine/checker';
import { compileStack, loadStack } from '../../lib/cli/packs';
import type { Finding } from '../../lib/engine/types';
import type { Draft } from '../../lib/cli/corpus';
import { SECOND_OPINION } from '../../lib/engine/model';

export const RIVERBEND = path.resolve(import.meta.dirname, '../../policies/examples/riverbend.yaml');

export function riverbendChecker(options: { model?: boolean } = {}): Checker {
  const policy = compileStack(loadStack([RIVERBEND], true));
  // The product runs with the learned second opinion; `--rules` measures the rules alone.
  policy.model = options.model === false ? null : SECOND_OPINION;
  return createChecker(policy);
}

export function findingsOf(checker: Checker): (d: Draft) => Finding[] {
  return (d) => checker.check(d.text, { platform: d.platform, author: d.author }).findings;
}
