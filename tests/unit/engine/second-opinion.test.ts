// The learned second opinion as the product runs it: on by default, silent where a rule of the
// same category spoke, switched off per category by a pack, and pointing at a sentence.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import { SECOND_OPINION } from '../../../lib/engine/model';
import type { Finding } from '../../../lib/engine/types';
import { compilePolicy } from '../../../lib/policy/compile';
import { CORE_PACK_PATH, loadPackFile } from '../../../lib/policy/files';
import { pack as packSchema } from '../../../lib/policy/schema';
import { corpus, sharedDev } from '../../../lib/cli/corpus';

const core = loadPackFile(CORE_PACK_PATH);
// A promotion with a connection, for the feature reader (written for this test).
const PROMO = 'Been helping the Brightwave folks with their new sleep tracker, honestly the best one out there, go grab one.';
const learned = (findings: Finding[]) => findings.filter((f) => f.ruleId.startsWith('learned/'));

/**
 * Where the shipped model speaks and the rules of the core pack are silent: over the shared
 * development corpus, then the tuning writers until a few are found. The calibrated model speaks
 * rarely (where the rules are strong it adds nothing), and only in the categories it was confident
 * in on writers it never saw, so no one sentence written here is sure to reach it.
 */
function modelOnly(enough = 3): { text: string; context: { platform: string; author: string }; finding: Finding }[] {
  const rules = createChecker({ ...compilePolicy([core]), model: null });
  const product = createChecker([core]);
  const out: ReturnType<typeof modelOnly> = [];
  for (const d of [...sharedDev(), ...corpus('tuning')]) {
    const context = { platform: d.platform, author: d.author };
    const spoke = learned(product.check(d.text, context).findings);
    if (!spoke.length) continue;
    const said = new Set(rules.check(d.text, context).findings.map((f) => f.category));
    for (const f of spoke) if (!said.has(f.category)) out.push({ text: d.text, context, finding: f });
    if (out.length >= enough) break;
  }
  return out;
}

describe('learned second opinion', () => {
  const spoken = modelOnly();

  it('is on by default and speaks where the rules are silent', () => {
    expect(spoken.length).toBeGreaterThan(0);
    for (const { finding } of spoken) expect(Object.keys(SECOND_OPINION.categories)).toContain(finding.category);
  });

  it('points at a sentence of the draft and says what weighed', () => {
    for (const { text, finding: f } of spoken) {
      expect(f.severity).toBe('warning');
      const said = text.slice(f.start, f.end);
      // A whole sentence: it starts the draft or follows a sentence end, and ends one.
      expect(f.start === 0 || /[.!?…\n]\s*$/u.test(text.slice(0, f.start))).toBe(true);
      expect(said.trim()).toBe(said);
      expect(f.explanation).toMatch(/What weighed most here: "/);
      // Confidence is shown to two decimals: a probability just over the bar may round below it.
      expect(f.confidence).toBeGreaterThanOrEqual(SECOND_OPINION.categories[f.category]!.threshold - 0.005);
    }
  });

  it('stays quiet for a category a rule already flagged', () => {
    const text = 'Our new wellness tea cures cancer with no side effects, order today!';
    const findings = createChecker([core]).check(text).findings;
    expect(findings.some((f) => f.category === 'medical-claims' && !f.ruleId.startsWith('learned/'))).toBe(true);
    expect(learned(findings).filter((f) => f.category === 'medical-claims')).toEqual([]);
  });

  it('says nothing of a health claim in a sentence that debunks it, as the detector reads it', () => {
    // Weights that see only "cure": whatever the shipped model weighs, the veto is what is tested.
    const cures = { ...SECOND_OPINION, categories: { 'medical-claims': { bias: -1, threshold: 0.6, weights: { 'w:cure': 5 } } } };
    const checker = createChecker({ ...compilePolicy([core]), model: cures as typeof SECOND_OPINION });
    expect(learned(checker.check('Warts? Grandma has a garlic cure.').findings).map((f) => f.category)).toEqual(['medical-claims']);
    expect(learned(checker.check('No study shows garlic cures warts, so be skeptical.').findings)).toEqual([]);
  });

  it('says nothing of a connection the draft discloses, and still speaks when the disclosure is undercut', () => {
    const promo = { ...SECOND_OPINION, categories: { 'conflict-of-interest': { bias: -1, threshold: 0.6, weights: { 'w:changer': 5 } } } };
    const checker = createChecker({ ...compilePolicy([core]), model: promo as typeof SECOND_OPINION });
    const text = 'This app has been a game changer for my clinic.';
    expect(learned(checker.check(text).findings).map((f) => f.category)).toEqual(['conflict-of-interest']);
    expect(learned(checker.check(`${text} Disclosure: I advise the company that makes it.`).findings)).toEqual([]);
    expect(learned(checker.check(`${text} #ad`).findings)).toEqual([]);
    // "#ad ... no need to disclose": the disclosure is undercut, so the category is open again.
    const undercut = checker.check(`${text} #ad but no need to disclose the rest lol`).findings;
    expect(undercut.some((f) => f.category === 'conflict-of-interest')).toBe(true);
  });

  it('is switched off per category by a pack, and wholly by a null model', () => {
    const [{ text, context, finding }] = spoken;
    const quiet = packSchema.parse({ pack: 'quiet', version: '1.0.0', extends: ['healthcare-core'], detectors: { [finding.category]: { learned: false } } });
    expect(learned(createChecker([core]).check(text, context).findings).map((f) => f.category)).toContain(finding.category);
    expect(learned(createChecker([core, quiet]).check(text, context).findings).filter((f) => f.category === finding.category)).toEqual([]);
    expect(learned(createChecker({ ...compilePolicy([core]), model: null }).check(text, context).findings)).toEqual([]);
  });

  it('reads the same features whatever the case and spacing', () => {
    const checker = createChecker([core]);
    const keys = (t: string) => [...checker.features(t).features.keys()].sort();
    expect(keys(PROMO.toLowerCase().replace(/ /g, '  '))).toEqual(keys(PROMO));
  });

  // Thresholds are calibrated on out-of-fold predictions, not floored (tests/unit/cli/calibration.test.ts).
  it('ships weights under 300 KB with a probability threshold per category', () => {
    const file = path.resolve(import.meta.dirname, '../../../lib/engine/model/weights.json');
    expect(fs.statSync(file).size).toBeLessThan(300 * 1024);
    for (const m of Object.values(SECOND_OPINION.categories)) {
      expect(m.threshold).toBeGreaterThan(0);
      expect(m.threshold).toBeLessThan(1);
    }
  });
});
