// Principle (issue #14, exclusions that hold in context): PHI is a recognizable person and their
// care. A handle that is a brand or a shop is nobody; a clinician named with the care they give
// (or botch) is told of their work, and the health words are their patients'. Near misses tell a
// real person's own care and must stay flagged. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string, platform = 'facebook') => detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('a handle told as a brand or a shop is no person', () => {
  it('a sponsor, a gift box, a product named after the handle', () => {
    expect(flagged("PR box from @moonpetalco just landed ✨ their lavender sleep spray totally cured my patients' insomnia from chemo")).toBe(false);
    expect(flagged('so excited about our partnership with @brightdripiv, their recovery drip keeps you from getting sick all winter')).toBe(false);
    expect(flagged("been on @fernroot_supps sea moss gummies for a month and my psoriasis is gone, nature's steroid")).toBe(false);
  });
  it('near miss: a handle that is a person told of their care stays flagged', () => {
    expect(flagged('visited @coach_danny in the ICU after his heart attack')).toBe(true);
    expect(flagged('shoutout to @jenna_k who finished chemo today!!')).toBe(true);
    expect(flagged('@kayla_m hope your mom\'s chemo went ok today, saw her in the infusion suite')).toBe(true);
  });
});

describe('a clinician told with the care they give is at work', () => {
  it('operating, sitting on a workup, falsifying records: the work, not their health', () => {
    expect(flagged('Dr. Whitcomb quietly settled a lawsuit for operating on the wrong knee')).toBe(false);
    expect(flagged('Dr. Osei routinely sits on strokes for hours before calling neuro')).toBe(false);
    expect(flagged('Dr. Bram was fired from Mercy for falsifying chemo records')).toBe(false);
    expect(flagged("Dr. Lin at Mercy missed a kid's appendicitis twice this spring")).toBe(false);
  });
  it('someone else between the clinician and the care word takes it over', () => {
    expect(flagged('Dr. Haskell botched three ladies\u2019 hip replacements last spring')).toBe(false);
  });
  it('care told of the reader or of anyone, before the clinician they are sent to, is theirs', () => {
    expect(flagged('If your daughter has eczema, go see Dr. Farah Idris at Maple Skin on Oak, the only dermatologist I trust.')).toBe(false);
    expect(flagged('If anyone has been stuck on sleeping pills for years, go see Dr. Okafor at Lumen Sleep on Route 9.')).toBe(false);
  });
  it('near miss: care told before the clinician that is hers stays flagged', () => {
    expect(flagged('After her stroke Dr. Amin is back in clinic, so glad')).toBe(true);
  });
  it('near miss: the clinician\'s own care stays flagged', () => {
    expect(flagged('Dr. Osei had his own bypass last week and is home resting')).toBe(true);
    expect(flagged('Dr. Bram was operated on yesterday for appendicitis')).toBe(true);
    expect(flagged('Dr. Lin told us she was just diagnosed with breast cancer')).toBe(true);
    expect(flagged('Dr. Lin missed her chemo appointment again, she is so sick')).toBe(true);
    expect(flagged('Dr. Halvorsen is operating again after his own heart surgery')).toBe(true);
  });
});

describe('a business named for its trade is nobody, and one who sent you is a referrer', () => {
  it('a name that ends in a trade word, "tell her Rosa sent you"', () => {
    expect(flagged('book your 4D ultrasound at Granite Peak Imaging in Ridgeway, my cousin runs it so tell her Rosa sent you')).toBe(false);
  });
  it('near miss: "sent you home" is care, not a referral', () => {
    expect(flagged('Rosa, we sent you home with the antibiotics for your kidney infection, call us if the fever is back', 'review-reply')).toBe(true);
  });
});

describe('chat spellings typed in lower case are no names', () => {
  it('"tho", "ngl" are the words', () => {
    expect(flagged('2/2 ok tho zentrova is the best migraine med out there')).toBe(false);
  });
  it('near miss: a lower-case name with a bed stays flagged', () => {
    expect(flagged('mr. delgado in 610 finally ate something after his stroke')).toBe(true);
  });
});

describe('a review reply that thanks, or speaks of a visit elsewhere, confirms no care of ours', () => {
  const rival = { lists: { competitors: ['Lakeview Regional'] } } as unknown as Parameters<typeof detectPhi>[2];
  const reply = (text: string) => detectPhi(buildDoc(text, 'review-reply', 'clinic', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }, rival).length > 0;
  it('"thank you" is a formula, and a visit at another hospital is not ours', () => {
    expect(reply('Priya, thank you for the kind words about the new chairs in our lobby and waiting room!')).toBe(false);
    expect(reply('So sorry your first visit at Lakeview Regional was that frustrating. Our phones are open if you ever need us.')).toBe(false);
  });
  it('near miss: the reviewer\'s stay or care here stays flagged', () => {
    expect(reply('Priya, thank you for the review! We are glad your stay in our ICU went smoothly.')).toBe(true);
    expect(reply('Thank you, Priya, it was a pleasure caring for you in our ER last week.')).toBe(true);
    expect(reply('So sorry your first visit at our Elm Street clinic was that frustrating, Priya.')).toBe(true);
  });
});
