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
  // The learned second opinion is measured here; it is not yet on by default in the product.
  policy.model = options.model ? SECOND_OPINION : undefined;
  return createChecker(policy);
}

export function findingsOf(checker: Checker): (d: Draft) => Finding[] {
  return (d) => checker.check(d.text, { platform: d.platform, author: d.author }).findings;
}
