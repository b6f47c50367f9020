// A reader does not need capitals or commas to know who a post is about, who is posing as a
// patient or what a referral link is: the verdicts below hold when the same draft is typed in
// lower case or without punctuation. Sentences written for these tests, with clean near-misses.
import { describe, expect, it } from 'vitest';
import { riverbendChecker } from '../../eval/engine';

const checker = riverbendChecker({ model: false });
const categories = (text: string, platform = 'facebook') =>
  new Set(checker.check(text, { platform, author: 'employee' }).findings.filter((f) => f.severity !== 'info').map((f) => f.category as string));
const lower = (t: string) => t.toLowerCase();
const bare = (t: string) => t.replace(/[.!?;:,]/g, '');

describe('phi: a given name that is also a word, in lower case', () => {
  const drafts = [
    "Carol's chemo got pushed again and she is so tired of waiting.",
    'My coworker Amber is back from her miscarriage leave next week, go easy on her.',
    "Gene's biopsy came back positive, please keep him in your prayers.",
  ];
  for (const d of drafts) {
    it(`keeps phi: ${d.slice(0, 40)}...`, () => {
      expect(categories(d).has('phi')).toBe(true);
      expect(categories(lower(d)).has('phi')).toBe(true);
    });
  }

  it('near miss: the same words as seasons, virtues and weather stay clean', () => {
    expect(categories("summer's flu season is mild, pray for rain and hope for the best").has('phi')).toBe(false);
  });
});

describe("phi: the reader's own clinician in advice is nobody in particular", () => {
  it('near miss: "ask your doctor for the X one" names no patient', () => {
    expect(categories('Anyone with a heart condition should ask your doctor for the Zenvia monitor, it is great.').has('phi')).toBe(false);
  });
});

describe('conflict of interest without punctuation', () => {
  it('a referral link keeps its verdict when its "?" is gone', () => {
    const d = 'Best scheduling app for clinics, try it: bookwell.io/start?ref=tanya';
    expect(categories(d).has('conflict-of-interest')).toBe(true);
    expect(categories(bare(d)).has('conflict-of-interest')).toBe(true);
  });

  it('a patient\'s seat claimed without its comma is still posing', () => {
    const d = 'As a longtime patient, Riverbend Medical Center is hands down the best hospital around!';
    expect(categories(d).has('conflict-of-interest')).toBe(true);
    expect(categories(bare(d)).has('conflict-of-interest')).toBe(true);
  });

  it('near miss: a path that merely contains "ref" and an "as a patient" inside a clause', () => {
    expect(categories('Read the reference list at example.org/preferences for more').has('conflict-of-interest')).toBe(false);
    expect(categories('They treated me as a patient the whole time and I felt heard').has('conflict-of-interest')).toBe(false);
  });
});

describe('defamation: a business named in lower case is still a target', () => {
  it('a name with a descriptive word the tagger reads as a verb ("assisted living")', () => {
    const d = 'Maple Grove Assisted Living is leaving residents in soiled sheets all night and lying to families about it.';
    expect(categories(d).has('defamation')).toBe(true);
    expect(categories(lower(d)).has('defamation')).toBe(true);
  });

  it('near miss: a kind of care after a colon or a comma accuses nobody', () => {
    expect(categories('update from the weekend: couples counseling was the best thing we ever did').has('defamation')).toBe(false);
  });
});
