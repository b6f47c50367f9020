// A pack's `sensitivity` moves each category's bar: low raises only the findings a detector is
// sure of, high lets the learned second opinion speak when less sure. Medium is the default.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import { SECOND_OPINION } from '../../../lib/engine/model';
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

  it('conflict of interest: a patient review read by its form alone is hedged, a stated outsider seat is sure', () => {
    const review = 'Best urgent care in Dunmore!! Came in for a cut on my hand and they stitched me up in 20 minutes. 5 stars';
    expect(categories('conflict-of-interest', 'medium', review)).toEqual(['conflict-of-interest/astroturfing']);
    expect(categories('conflict-of-interest', 'high', review)).toEqual(['conflict-of-interest/astroturfing']);
    expect(categories('conflict-of-interest', 'low', review)).toEqual([]);
    const seat = 'As a longtime patient, Northfield is the best hospital in the state, hands down.';
    expect(categories('conflict-of-interest', 'low', seat)).toEqual(['conflict-of-interest/astroturfing']);
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
    // A calibrated threshold outside the bounds is never pushed the wrong way by them.
    expect(learnedThreshold('high', 0.45)).toBe(0.45);
    expect(learnedThreshold('low', 0.97)).toBe(0.97);
    expect(raisedAt('low', 0.6)).toBe(false);
    expect(raisedAt('medium', 0.6)).toBe(true);
  });

  it('speaks at high where it is silent at medium, and not at low where it speaks at medium', () => {
    const core = loadPackFile(CORE_PACK_PATH);
    // A model of one category and two words, trained threshold 0.6: "garlic" alone scores 0.55,
    // "onion" alone 0.65, so the shipped weights do not decide what this test shows.
    const model = { ...SECOND_OPINION, categories: { 'medical-claims': { bias: 0, threshold: 0.6, weights: { 'w:garlic': 0.2, 'w:onion': 0.62 } } } };
    const at = (level: Level, text: string) => {
      const pack = packSchema.parse({ pack: 'level', version: '1.0.0', extends: ['healthcare-core'], detectors: { 'medical-claims': { sensitivity: level } } });
      const checker = createChecker({ ...compilePolicy([core, pack]), model: model as typeof SECOND_OPINION });
      return checker.check(text).findings.filter((f) => f.ruleId === 'learned/medical-claims').length;
    };
    const leaning = 'Warts? Grandma has a garlic cure.';
    expect(at('medium', leaning)).toBe(0);
    expect(at('high', leaning)).toBe(1);
    const likely = 'Warts? Grandma has an onion cure.';
    expect(at('medium', likely)).toBe(1);
    expect(at('low', likely)).toBe(0);
  });
});
