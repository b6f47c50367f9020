// Long drafts checked whole give the findings pinned in long-drafts.expected.json, recorded with
// the engine before its whole-draft scans were made linear (issue: phi's subject x fact linking
// on a 200,000-character draft): indexing by sentence and offset must change no finding.
// After a deliberate change of detection, regenerate the file: GUARDRAIL_PIN=write.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinned, shippedChecker } from './long-drafts';

const FILE = path.join(import.meta.dirname, 'long-drafts.expected.json');

describe('long drafts checked whole', { timeout: 180_000 }, () => {
  it('give the pinned findings, to the offset and the confidence', () => {
    const found = pinned(shippedChecker());
    if (process.env.GUARDRAIL_PIN === 'write') fs.writeFileSync(FILE, `${JSON.stringify(found, null, 1)}\n`);
    const expected = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, string[]>;
    for (const name of Object.keys(expected)) expect(found[name], name).toEqual(expected[name]);
    // Every draft has findings of several rules, or the pin would pin little.
    for (const lines of Object.values(expected)) expect(lines.length).toBeGreaterThan(50);
    expect(new Set(Object.values(expected).flatMap((lines) => lines.map((l) => l.split(' ')[1]))).size).toBeGreaterThan(8);
  });
});
