// Runs a pack's examples in process, with the engine (the CLI's `guardrail pack test`).
import { createChecker } from '../engine/checker';
import { compilePolicy, type CompileOptions } from './compile';
import { judgeExample, type ExampleResult } from './examples';
import type { Pack } from './schema';

/** Runs the examples of the last pack in `packs`, with every pack in `packs` in force. */
export function runExamples(packs: Pack[], options: CompileOptions = {}): ExampleResult[] {
  const target = packs[packs.length - 1];
  const checker = createChecker(compilePolicy(packs, options));
  return (target.examples ?? []).map((example, index) => {
    const result = checker.check(example.text, { platform: example.platform ?? 'generic', author: example.author });
    return judgeExample(example, index, result.findings, result.errors ?? []);
  });
}
