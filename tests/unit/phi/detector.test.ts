import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi, RULE_REVIEW_REPLY } from '../../../lib/engine/detectors/phi';
import type { DetectorConfig } from '../../../lib/engine/policy';
import type { Finding } from '../../../lib/engine/types';

const cache = new SentenceCache();
function phi(text: string, platform = 'facebook', sensitivity: DetectorConfig['sensitivity'] = 'medium'): Finding[] {
  const doc = buildDoc(text, platform, 'nurse', cache);
  return detectPhi(doc, { enabled: true, sensitivity, exemptAuthors: [], pack: 'test' });
}
const worst = (fs: Finding[]) => (fs.some((f) => f.severity === 'error') ? 'error' : fs.length ? 'warning' : 'none');
/** Applies the first fix of a finding to the text. */
function applyFix(text: string, f: Finding): string {
  let out = text;
  for (const e of [...f.fixes[0].edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('identifiable person + health information', () => {
  it('flags a titled name with a procedure and a room as an error, with evidence of both', () => {
    const text = 'Mr. Haldane in bed 12 finally got his new hip today and walked to the door!';
    const [f] = phi(text);
    expect(f.severity).toBe('error');
    const kinds = f.evidence.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['name', 'other-id', 'health:procedure']));
    expect(f.explanation).toMatch(/Mr\. Haldane/);
    expect(f.explanation).toMatch(/new hip/);
    expect(f.start).toBeLessThanOrEqual(text.indexOf('Mr. Haldane'));
  });

  it('links health told in the next sentence through a pronoun', () => {
    expect(worst(phi('Ran into Officer Brandt at shift change. He starts dialysis next week and is terrified.'))).toBe('error');
  });

  it('does not link when the next sentence is about nobody in particular', () => {
    expect(worst(phi('Ran into Officer Brandt at shift change. Dialysis chairs are all full this week.'))).toBe('none');
  });

  it('treats a role and a place as identifying in a small community', () => {
    expect(worst(phi('The Elm Grove crossing guard came in by ambulance with chest pain this morning.'))).toBe('error');
    expect(worst(phi('Guess which local news anchor was in our ortho clinic this morning with a torn ACL'))).toBe('error');
  });

  it('treats a unique trait or event as identifying', () => {
    expect(worst(phi('Just discharged the kid who broke his arm jumping off the Millford water tower'))).toBe('error');
    expect(worst(phi('Our patient today was the only dentist in a town of 900, admitted with sepsis.'))).toBe('error');
  });

  it('counts an age over 89 as an identifier', () => {
    expect(worst(phi('My 93-year-old patient tonight came in with a broken hip and a great sense of humor.'))).toBe('error');
  });

  it('flags a co-worker\'s health', () => {
    expect(worst(phi('Please pray for our charge nurse Wendell, he was admitted with a blood clot last night.'))).toBe('error');
  });

  it('treats someone the author\'s circle knows as identifiable', () => {
    expect(worst(phi('Guess who I triaged tonight: my old piano teacher, in with a hip fracture. She still scolded my posture.'))).toBe('error');
  });

  it('flags a co-worker named with their job', () => {
    expect(worst(phi('Our janitor Luis has been out for two weeks with COVID, please keep him in your thoughts'))).toBe('error');
  });

  it('treats the first baby of the year as a unique event', () => {
    expect(worst(phi('Delivered twins for a 19yo at 2am, the first babies of the new year at our hospital'))).toBe('error');
  });

  it('gives a post that says the person agreed in writing a warning, not an error', () => {
    const fs = phi('Mr. Abara asked me to share his story: after his stroke he walked again in our rehab gym. Shared with his written permission.');
    expect(worst(fs)).toBe('warning');
  });

  it('flags a combination of weak identifiers with a care cue', () => {
    const fs = phi('We treated a 34-year-old woman from Hollis County on Jan 4 for a stab wound.');
    expect(worst(fs)).toBe('error');
  });
});

describe('what is not PHI', () => {
  it("ignores the author's own health", () => {
    expect(phi('I got my appendix out on Friday and the nurses were amazing. Home now and resting!')).toEqual([]);
    expect(phi('My surgery went well, thanks everyone, back on 4 West next month!')).toEqual([]);
  });

  it('ignores aggregate numbers', () => {
    expect(phi('Our stroke team treated 310 patients this year and cut door-to-needle times by 22%.')).toEqual([]);
  });

  it('ignores general education', () => {
    expect(phi('PSA: a stroke can look like sudden confusion or slurred speech. Call 911, do not drive yourself.')).toEqual([]);
  });

  it("ignores a clinician's own bio or welcome", () => {
    expect(phi('Welcome Dr. Amara Osei, our new oncologist! She treats patients with lymphoma and leukemia and is accepting new patients.')).toEqual([]);
  });

  it("ignores a public figure's own announcement", () => {
    expect(phi('Senator Alvarez announced in a statement today that she is recovering from breast cancer surgery. Get screened, friends.')).toEqual([]);
  });

  it('ignores an explicitly invented case', () => {
    expect(phi('Hypothetical case for students: Mr. Smith, 45, presents with chest pain and shortness of breath. What do you order first?')).toEqual([]);
  });

  it('ignores organization contact details next to health services', () => {
    expect(phi('Flu shots are free at our Main Street clinic on Saturday. Call (319) 555-0199 with questions.')).toEqual([]);
  });

  it('does not treat a unit name as a patient room', () => {
    expect(phi('If you float to 6 East tonight, the code for the supply room changed again.')).toEqual([]);
  });

  it('does not treat gossip about a named person as PHI at medium sensitivity', () => {
    expect(phi('Cannot stand watching Gerald Pike teach a medication safety course after how he ran that pharmacy.')).toEqual([]);
  });

  it('ignores names with no health information', () => {
    expect(phi('Huge congrats to Tom Reyes on the surgical team for finishing his first marathon!')).toEqual([]);
  });
});

describe('review replies', () => {
  it('flags a reply that confirms a visit even with no diagnosis', () => {
    const fs = phi("We're sorry your wait in our urgent care was so long on Saturday, Dana.", 'review-reply');
    const f = fs.find((x) => x.ruleId === RULE_REVIEW_REPLY);
    expect(f?.severity).toBe('error');
  });

  it('flags a reply that names the treatment', () => {
    const fs = phi('Thanks Priya! So happy your knee surgery went smoothly. See you at your follow-up!', 'review-reply');
    expect(fs.some((x) => x.ruleId === RULE_REVIEW_REPLY)).toBe(true);
  });

  it('recognizes a reply to a review by its wording on any platform, as a warning off the review site', () => {
    const reply = 'Thank you for the kind review! We hope your son is feeling better after his ear infection.';
    const elsewhere = phi(reply, 'facebook').find((x) => x.ruleId === RULE_REVIEW_REPLY);
    expect(elsewhere?.severity).toBe('warning');
    // The same words where the reviewer's name stands above them are an error.
    expect(phi(reply, 'review-reply').find((x) => x.ruleId === RULE_REVIEW_REPLY)?.severity).toBe('error');
  });

  it('accepts a reply that confirms nothing', () => {
    expect(phi("Thank you for your review. We can't discuss anyone's care here, but please call us so we can learn more.", 'review-reply')).toEqual([]);
  });

  it('does not read a statement about everyone\'s wait as a confirmation', () => {
    expect(phi('Hi Sam, we hear you. Wait times in our ER have been long this winter and we are adding staff.', 'review-reply')).toEqual([]);
  });

  it('does not read an invitation to book a visit as a confirmation', () => {
    expect(phi("Thanks for the review! Please call us to schedule your appointment and we'll make it right.", 'review-reply')).toEqual([]);
  });

  it('offers a neutral reply as a fix', () => {
    const [f] = phi('Thanks Priya! So happy your knee surgery went smoothly.', 'review-reply');
    const neutral = f.fixes.find((x) => x.title.startsWith('Reply without'));
    expect(neutral?.edits[0].text).not.toMatch(/surgery|Priya/);
  });
});

describe('fixes that generalize', () => {
  it('replaces a name with "a patient", drops the room and makes the date vague', () => {
    const text = 'Mrs. Okafor in room 412 had her bypass on June 3 and is doing great.';
    const [f] = phi(text);
    expect(applyFix(text, f)).toBe('A patient had her bypass recently and is doing great.');
  });

  it('keeps possessives and drops ages cleanly', () => {
    const text = "Mr. Lund's hip replacement went perfectly, the 95-year-old was up walking by noon.";
    const [f] = phi(text);
    const fixed = applyFix(text, f);
    expect(fixed.startsWith("A patient's hip replacement")).toBe(true);
    expect(fixed).not.toMatch(/95/);
  });

  it('drops a name spoken to and an item in a list without leaving stray punctuation', () => {
    const reply = "We're sorry you felt rushed, Omar. Your stitches should come out next week.";
    const [r] = phi(reply, 'review-reply').filter((f) => f.fixes[0].title.startsWith('Generalize'));
    expect(applyFix(reply, r)).toBe("We're sorry you felt rushed. Your stitches should come out next week.");
    const list = 'Billing question: MRN 5531207, hip fracture admit from Sunday, still open.';
    const [l] = phi(list);
    expect(applyFix(list, l)).toBe('Billing question: hip fracture admit recently, still open.');
  });

  it('produces edits that are exact, sorted and non-overlapping', () => {
    const text = 'Shoutout to Mr. Dale Hu in bed 4, DKA admit from Tuesday, now eating a sandwich.';
    for (const f of phi(text)) {
      const edits = f.fixes[0].edits;
      for (let i = 1; i < edits.length; i++) expect(edits[i].start).toBeGreaterThanOrEqual(edits[i - 1].end);
      for (const e of edits) expect(e.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('sensitivity', () => {
  const borderline = 'Saw Jamie Ortiz at the pharmacy picking up antibiotics.';

  it('changes the thresholds', () => {
    expect(worst(phi(borderline, 'x', 'high'))).not.toBe('none');
    expect(worst(phi(borderline, 'x', 'low'))).toBe('none');
  });

  it('gives partial evidence a warning with lower confidence', () => {
    const fs = phi(borderline, 'x', 'high');
    expect(fs.every((f) => f.confidence < 0.8)).toBe(true);
  });
});
