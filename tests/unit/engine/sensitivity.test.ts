// A pack's `sensitivity` moves each category's bar: low raises only the findings a detector is
// sure of, high lets the learned second opinion speak when less sure. Medium is the default.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import { learnedThreshold, raisedAt } from '../../../lib/engine/sensitivity';
import { compilePolicy } from '../../../lib/policy/compile';
import { CORE_PACK_PATH, loadPackFile } from '../../../lib/policy/files';
import { pack as packSchema } from '../../../lib/policy/schema';
import type { Category } from '../../../lib/engine/types';

type Level = 'low' | 'medium' | 'high';
const lists = { organization: ['Northfield Health', 'Northfield'], competitors: ['Lakeside Clinic'] };

/** Only `category`'s detector on, at `level`; the second opinion off unless asked for. */
function categories(category: Category, level: Level, text: string, learned = false): string[] {
  const pack = packSchema.parse({ pack: 'test', version: '1.0.0', lists, detectors: { [category]: { enabled: true, sensitivity: level } } });
  const policy = compilePolicy([pack]);
  const checker = createChecker(learned ? policy : { ...policy, model: null });
  return checker.check(text, { author: 'nurse' }).findings.filter((f) => f.category === category && f.severity !== 'info').map((f) => f.ruleId);
}

describe('sensitivity: a hedged finding is raised at medium and high, not at low', () => {
  it.each<[Category, string]>([
    ['defamation', 'Dr. Abbott at Lakeside Clinic is probably a fraud, just saying.'],
    ['confidential', 'Supposedly Northfield is opening a new cancer center next year.'],
    ['crisis', 'Heard there was some kind of lockdown at the hospital this morning, anyone know what happened?'],
    ['medical-claims', 'This detox tea flushes toxins out of your liver.'],
    ['conflict-of-interest', "Been using the brace my uncle's company makes, works great, check them out."],
    ['brand-voice', 'Northfield has the best maternity nurses in the region.'],
  ])('%s: %s', (category, text) => {
    expect(categories(category, 'medium', text).length).toBeGreaterThan(0);
    expect(categories(category, 'high', text)).toEqual(categories(category, 'medium', text));
    expect(categories(category, 'low', text)).toEqual([]);
  });

  it('keeps a sure finding at low', () => {
    const text = 'Dr. Abbott at Lakeside Clinic stole fentanyl from the ward last year.';
    expect(categories('defamation', 'low', text)).toEqual(categories('defamation', 'medium', text));
    expect(categories('defamation', 'low', text).length).toBeGreaterThan(0);
  });
});

describe('sensitivity and the learned second opinion', () => {
  it('moves the trained threshold within bounds', () => {
    expect(learnedThreshold('medium', 0.6)).toBe(0.6);
    expect(learnedThreshold('high', 0.6)).toBeCloseTo(0.5);
    expect(learnedThreshold('high', 0.55)).toBe(0.5);
    expect(learnedThreshold('low', 0.9)).toBe(0.95);
    expect(raisedAt('low', 0.6)).toBe(false);
    expect(raisedAt('medium', 0.6)).toBe(true);
  });

  it('speaks at high where it is silent at medium, and not at low where it speaks at medium', () => {
    const core = loadPackFile(CORE_PACK_PATH);
    const at = (category: Category, level: Level, text: string) => {
      const pack = packSchema.parse({ pack: 'level', version: '1.0.0', extends: ['healthcare-core'], detectors: { [category]: { sensitivity: level } } });
      return createChecker([core, pack]).check(text).findings.filter((f) => f.ruleId === `learned/${category}`).length;
    };
    // A claim the rules do not know, which the model leans towards but is not sure of (written for this test).
    const leaning = 'Elderberry syrup helps your immune system, stock up before flu season.';
    expect(at('medical-claims', 'medium', leaning)).toBe(0);
    expect(at('medical-claims', 'high', leaning)).toBe(1);
    // The model is sure enough at medium, not at low.
    const likely = 'Third day of the systems being down at work, nobody tells us anything.';
    expect(at('crisis', 'medium', likely)).toBe(1);
    expect(at('crisis', 'low', likely)).toBe(0);
  });
});
