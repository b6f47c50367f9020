// Principle: a draft typed without end marks tells the same story as the punctuated one. The next
// sentence that opens on "he", "she" or "they" is read inside the run-on sentence, within a bounded
// window after the person. Near misses: the pronoun is someone else's, the window runs out, or
// nothing in the run-on is care.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { unmarkedClauses } from '../../../lib/engine/detectors/phi/unmarked-clauses';

const cache = new SentenceCache();
const doc = (text: string) => buildDoc(text, 'facebook', 'nurse', cache);
const flagged = (text: string) => detectPhi(doc(text), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('run-on drafts: the next sentence opens inside this one', () => {
  it('finds a capitalized pronoun after a plain word, or any pronoun in a sentence with no marks', () => {
    const d = doc('pray for Hank from the hardware store tonight She said he fell off the roof');
    expect(unmarkedClauses(d, 0, d.text.indexOf('store')).map(([, t]) => t.split(' ')[0])).toEqual(['She', 'he']);
    const p = doc('Hank from the hardware store came by, and she said he was fine.');
    // (Punctuated: only a capital after a plain word shows a missing mark.)
    expect(unmarkedClauses(p, 0, p.text.indexOf('store'))).toEqual([]);
  });

  it('stops at its window: a pronoun far after the person opens nothing of theirs', () => {
    const far = `Hank from the hardware store ${'and then the rain came down on the county fair grounds '.repeat(4)}He was fine`;
    const d = doc(far);
    expect(unmarkedClauses(d, 0, d.text.indexOf('store'))).toEqual([]);
  });

  it('flags arrival in care told in the run-on clause after the person', () => {
    expect(flagged('keep Wanda from the post office in your prayers tonight She fell off a ladder and we flew her to Riverbend Medical Center')).toBe(true);
    expect(flagged('the deacon at St Anne s had a rough weekend He collapsed after mass and they rushed him to the ER')).toBe(true);
    expect(flagged('Coach Ortiz from Central High is a fighter He was brought in by ambulance after practice')).toBe(true);
    expect(flagged('y all remember the librarian at Elm Street School She got admitted last night please pray')).toBe(true);
    expect(flagged('Our mail carrier Ron is tough as nails He came in today with a nail through his boot lol')).toBe(true);
  });

  it('flags being placed in rehab or hospice told in the run-on clause', () => {
    expect(flagged('Pastor Greene from First Baptist asked me to share She is in hospice now at home')).toBe(true);
  });

  it('near miss: the pronoun clause tells no care, or someone else is cared for', () => {
    expect(flagged('keep Wanda from the post office in your prayers tonight She is moving to Tulsa next week')).toBe(false);
    expect(flagged('Coach Ortiz from Central High is a legend He brought donuts to the ER staff today')).toBe(false);
    expect(flagged('the librarian at Elm Street School retired She came in with cookies for the nurses')).toBe(false);
    expect(flagged('Hank from the hardware store is the best He drove his neighbor s kid to the ER and stayed all night')).toBe(false);
  });
});

describe('a relative who owns or runs a business', () => {
  it('near miss: the business\'s product claims are not the relative\'s health', () => {
    expect(flagged('My sister-in-law owns Golden Leaf Hemp and honestly their tincture fixed my insomnia')).toBe(false);
    expect(flagged('my cousin runs a little apothecary downtown, her elderberry syrup knocks out a cold in two days')).toBe(false);
    expect(flagged('My uncle opened Harbor Wellness last spring, the IV drips there cured my hangovers lol')).toBe(false);
  });

  it('still flags the relative\'s own care told of them', () => {
    expect(flagged('My sister who runs Lotus Yoga was admitted last night with a brain bleed')).toBe(true);
    expect(flagged('my aunt owns the bakery on Main and she just finished her chemo, so proud of her')).toBe(true);
  });
});
