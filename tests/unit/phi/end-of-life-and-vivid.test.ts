// Third round of generalization: a death told gently next to a bed number, an age with a life
// stage plus a result delivered, and the partial-evidence warning for a vivid story about one
// person in the writer's care. Each rule with positives and near-misses.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi, RULE_VIVID_CASE } from '../../../lib/engine/detectors/phi';
import { findSubjects } from '../../../lib/engine/detectors/phi/subjects';
import { recognizeHealth } from '../../../lib/engine/recognizers/health';
import type { Finding } from '../../../lib/engine/types';

const cache = new SentenceCache();
function phi(text: string, sensitivity: 'low' | 'medium' | 'high' = 'medium'): Finding[] {
  return detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity, exemptAuthors: [], pack: 'test' });
}
const severities = (text: string) => phi(text).map((f) => f.severity);
const healthKinds = (text: string) => recognizeHealth(text).filter((m) => m.layer === 'health').map((m) => m.kind);
// Only the strong readings: "passed" alone stays a weak, everyday word.
const strongKinds = (text: string) => recognizeHealth(text).filter((m) => m.layer === 'health' && m.confidence >= 0.5).map((m) => m.kind);
const subjectKinds = (text: string) => findSubjects(buildDoc(text, 'facebook', 'nurse', cache)).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);

describe('death told gently', () => {
  it('reads euphemisms for a death as a care event', () => {
    for (const t of ['He passed peacefully overnight', 'she went home to be with Jesus', 'he slipped away at dawn', 'RIP sweet man', 'she took her last breath at 3']) {
      expect(strongKinds(t)).toContain('care-event');
    }
  });
  it('does not read passing a test or ripping paper as a death', () => {
    expect(strongKinds('She passed her boards this morning')).not.toContain('care-event');
    expect(healthKinds('rip the tape off slowly')).not.toContain('care-event');
  });
  it('flags a bed or room number with a death', () => {
    expect(phi('The retired trucker in bed 8 passed in his sleep last night.').length).toBeGreaterThan(0);
    expect(phi('RIP to my favorite grumpy man in room 41.').length).toBeGreaterThan(0);
    expect(phi('We lost her at shift change, the tiny grandma in 316 who knitted us hats.').length).toBeGreaterThan(0);
  });
  it('leaves a room that passed an inspection, and a farewell to a public figure, alone', () => {
    expect(phi('Room 22 passed its fire inspection today, great job facilities!')).toEqual([]);
    expect(phi('Rest in peace, Mayor Lindgren. Thank you for forty years of service to our town.')).toEqual([]);
  });
});

describe('an age with a life stage and a result', () => {
  it('finds an age with a role or life stage as a description of one person', () => {
    expect(subjectKinds('a 31yo first-time dad came in').some((k) => k.startsWith('descriptor:31yo first-time dad'))).toBe(true);
    expect(subjectKinds('a mom of four in her late 30s').some((k) => k.startsWith('descriptor'))).toBe(true);
    expect(subjectKinds('a 45-year-old woman').some((k) => k.startsWith('descriptor'))).toBe(false);
  });
  it('reads a result delivered in plain words', () => {
    expect(healthKinds('his colonoscopy biopsy came back cancerous')).toContain('test-result');
    expect(healthKinds('her CT showed two spots on the liver')).toContain('test-result');
    expect(healthKinds('the order came back from the warehouse')).not.toContain('test-result');
  });
  it('flags the person and the result, and spares a screening reminder', () => {
    expect(severities('A 27-year-old soccer coach in clinic today; his ultrasound showed a mass.')).toContain('error');
    expect(phi('If you are a 50-year-old grandma, ask your doctor about screening; most results come back normal.')).toEqual([]);
  });
});

describe("a vivid story about one person in the writer's care (partial evidence)", () => {
  it('warns about a care relationship with a distinctive health detail', () => {
    const f = phi('My patient with the most uncontrolled bipolar I have ever treated is back for the fourth time this year.');
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([[RULE_VIVID_CASE, 'warning']]);
    expect(f[0].confidence).toBeLessThan(0.6);
    expect(phi('The lady we cared for last spring keeps overdosing, and it guts me.').map((x) => x.ruleId)).toContain(RULE_VIVID_CASE);
  });
  it('stays quiet on reflections, many people, and everyday repeats', () => {
    expect(phi('Every client I have worked with deserves patience, whatever their diagnosis.')).toEqual([]);
    expect(phi('My patients with heart failure keep coming back; we need better follow-up programs.')).toEqual([]);
    expect(phi('My client keeps rescheduling her appointment, which is fine.')).toEqual([]);
    expect(phi('Bed 14 is ready for the next admit, thanks to housekeeping!')).toEqual([]);
  });
  it('is off at low sensitivity', () => {
    expect(phi('My patient with the most uncontrolled bipolar I have ever treated is back for the fourth time this year.', 'low')).toEqual([]);
  });
});
