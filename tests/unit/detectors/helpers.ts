// Checkers for detector tests: a small pack that switches on one detector with the given
// lists, so each test shows the behaviour coming from pack data alone.
import path from 'node:path';
import { createChecker, type Checker } from '../../../lib/engine/checker';
import type { CheckOptions, Finding } from '../../../lib/engine/types';
import { compilePolicy } from '../../../lib/policy/compile';
import { CORE_PACK_PATH, loadPackFile } from '../../../lib/policy/files';
import { pack as packSchema, type Pack } from '../../../lib/policy/schema';

export interface TestPack {
  detectors: Record<string, Record<string, unknown>>;
  lists?: Record<string, string[]>;
  links?: Record<string, string>;
}

export function testPack(p: TestPack): Pack {
  return packSchema.parse({ pack: 'test', version: '1.0.0', ...p });
}

/**
 * A checker with only the named detector on (no pack rules, no learned second opinion: that
 * has tests of its own), reading the given lists and links.
 */
export function checkerFor(detector: string, extra: Omit<TestPack, 'detectors'> & { settings?: Record<string, unknown> } = {}): Checker {
  const { settings, ...rest } = extra;
  const policy = compilePolicy([testPack({ detectors: { [detector]: { enabled: true, ...settings } }, ...rest })]);
  return createChecker({ ...policy, model: null });
}

export function findingsOf(checker: Checker, text: string, category: string, options: CheckOptions = {}): Finding[] {
  return checker.check(text, { author: 'nurse', ...options }).findings.filter((f) => f.category === category && f.severity !== 'info');
}

/** The flagged text of each finding of a category. */
export function flagged(checker: Checker, text: string, category: string, options: CheckOptions = {}): string[] {
  return findingsOf(checker, text, category, options).map((f) => text.slice(f.start, f.end));
}

let riverbend: Checker | undefined;
/** The shipped packs: healthcare-core and the Riverbend example. */
export function riverbendChecker(): Checker {
  riverbend ??= createChecker([loadPackFile(CORE_PACK_PATH), loadPackFile(path.join(path.dirname(CORE_PACK_PATH), 'examples/riverbend.yaml'))]);
  return riverbend;
}
