// Principle: a co-worker's own treatment told as their news (into or out of rehab or detox,
// starting or finishing chemo or radiation, months sober, on leave for surgery, home sick with
// an infection) is their health information. Near misses: the same words as their work, their
// training, their patients, or leave that is not for care.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe("a co-worker's own treatment told as their news", () => {
  it('flags rehab, detox, chemo, radiation and sobriety told of one co-worker', () => {
    expect(flagged("our only sleep tech starts radiation on Monday so I'm covering nights")).toBe(true);
    expect(flagged('our flight nurse Danielle just finished a month of inpatient treatment, so proud of her')).toBe(true);
    expect(flagged('my coworker Shanice, who is a year sober today, got promoted!')).toBe(true);
    expect(flagged('Derek from pharmacy just got back from rehab and looks great')).toBe(true);
    expect(flagged('the only male scrub tech at our hospital is checking into rehab next week')).toBe(true);
  });

  it('flags leave for surgery, sick leave and a rumored reason in the next sentence', () => {
    expect(flagged("our unit manager Gloria is on leave again. rumor is it's detox this time")).toBe(true);
    expect(flagged('Dr. Ellery is out on medical leave since his back surgery, the clinic is a mess')).toBe(true);
    expect(flagged('my teammate Rosa just got home from the hospital')).toBe(true);
  });

  it('near miss: training, work, patients, other leave, other news', () => {
    expect(flagged('our charge nurse Dana finished her chemo certification today!!')).toBe(false);
    expect(flagged('my coworker Shanice runs the rehab gym like a boss')).toBe(false);
    expect(flagged('our pharmacist Joe is on leave for his honeymoon, lucky guy')).toBe(false);
    expect(flagged('our nurse Kim finished her detox unit orientation')).toBe(false);
    expect(flagged("Dr. Ellery's patient just got back from rehab")).toBe(false);
    expect(flagged('our only sleep tech just finished her 5k, so proud')).toBe(false);
    expect(flagged('Congrats to our nurse educator Maya on her poster about teens starting chemo, so proud')).toBe(false);
  });
});
