// Round 16 principles, each with near misses written for the test:
// - a review reply that tells the reviewer back their own coming to us ("you showed up late",
//   "you were seen twice") or their state in care ("you're in for dialysis") confirms a visit;
// - a reviewer labelled as only a chart labels a patient ("a known drug seeker"), or with an
//   account sent to collections, is confirmed as a patient too;
// - a health word held by one person's possessive ("your sciatica", "your sleep study") is theirs,
//   even in a sentence that also gives a rate or a percentage;
// - "I know the weeks after ..." is no lesson: only knowing the signs or the risks is education;
// - "told her own mom" tells a person, not the public: no public statement of her own.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const rules = (text: string, platform = 'review-reply') =>
  detectPhi(buildDoc(text, platform, 'physician', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).map((f) => f.ruleId);
const REPLY = 'phi/review-reply-confirms-patient';

describe('a review reply that tells the reviewer their own visit', () => {
  it('flags their coming in, told back to them', () => {
    expect(rules('Dear Hal, you arrived an hour after your slot and our front desk still found you a chair.')).toContain(REPLY);
    expect(rules('With respect, Ms. Quade, you checked in after closing and we stayed to help.')).toContain(REPLY);
    expect(rules('Sorry you are upset, but you were seen within ten minutes of arriving.')).toContain(REPLY);
  });

  it('reads the same lowercased and without punctuation', () => {
    expect(rules('dear hal you arrived an hour after your slot and our front desk still found you a chair')).toContain(REPLY);
  });

  it('near miss: a visit denied, or one still to come, confirms none', () => {
    expect(rules('For the record, you never came in to our office, we have no account under that name.')).toEqual([]);
    expect(rules('We would be glad to talk. When you come in next, ask for our manager Tess.')).toEqual([]);
    expect(rules('Thank you for the lovely words about our new parking garage!')).toEqual([]);
  });

  it('flags their state in care in the second person', () => {
    expect(rules('Sorry about the shuttle delay, Mr. Arnaud! Since you are in for chemo infusions weekly, ask us about the standing pickup.')).toContain(REPLY);
    expect(rules('Glenda, since you\'re on warfarin, please keep the lab slot we offered.')).toContain(REPLY);
  });

  it('near miss: "you\'re" about something other than care', () => {
    expect(rules('Thanks Lou! You\'re on our list for the community picnic, see you there.')).toEqual([]);
  });
});

describe('a reviewer labelled as only a patient can be', () => {
  it('flags a chart label or a collections account', () => {
    expect(rules('Readers should know the reviewer is a known drug seeker who tried this at three pharmacies.')).toContain(REPLY);
    expect(rules('This reviewer has been sent to collections twice and owes us for two visits.')).toContain(REPLY);
  });

  it('near miss: a reviewer who was never ours, or is someone else altogether', () => {
    expect(rules('This reviewer has never been seen at our clinic; the review names a doctor we do not employ.')).toEqual([]);
    expect(rules('This reviewer is actually a former contractor who painted our lobby.')).toEqual([]);
  });
});

describe('a health word held by one person\'s possessive', () => {
  it('is theirs even beside a rate or a study word', () => {
    expect(rules('Thanks Priscilla! So glad your plantar fasciitis is gone, our shockwave plan has a 90% success rate.')).toContain(REPLY);
    expect(rules('Mr. Okonjo, for the record, your sleep study showed moderate apnea and we fitted the mask that day.')).toContain(REPLY);
  });

  it('near miss: a rate or a study about everyone stays an aggregate', () => {
    expect(rules('Thank you! Our shockwave plan has a 90% success rate for plantar fasciitis in published studies.')).toEqual([]);
    expect(rules('Fun fact from a new study: apnea is underdiagnosed in 80% of adults.', 'facebook')).toEqual([]);
  });
});

describe('knowing something is not a lesson', () => {
  it('flags a relative\'s care told to the reviewer after "I know the"', () => {
    expect(rules('Marguerite, thank you. I know the months after your husband\'s overdose were brutal, and we are glad the evening group helped.')).toContain(REPLY);
  });

  it('near miss: knowing the signs is still education', () => {
    expect(rules('Know the signs of an overdose and keep naloxone at home.', 'facebook')).toEqual([]);
  });
});

describe('telling one\'s own family is not telling the public', () => {
  it('flags a co-worker\'s news that they told the writer before their own family', () => {
    expect(rules('Raul from transport starts dialysis next week, he told me before he told his own family', 'facebook')).not.toEqual([]);
  });

  it('near miss: talking openly about one\'s own care is their statement', () => {
    expect(rules('Mayor Dunmore has talked openly about his own dialysis on the radio', 'facebook')).toEqual([]);
    expect(rules('Raul from transport has talked openly about his own dialysis at every staff meeting', 'facebook')).toEqual([]);
  });
});

describe('a reviewer who came over to us, or was hosted in for a visit', () => {
  it('flags care moved here from another provider', () => {
    expect(rules('Thank you for moving your care after trying three other offices. Glad things were calmer after switching to us!')).toContain(REPLY);
    expect(rules('Thanks for trusting us after the year you had across town, Ines.')).toContain(REPLY);
    expect(rules('We so enjoyed having you and your grandson in for his checkup!')).toContain(REPLY);
  });

  it('near miss: thanks for choosing us, or a town thanked for trusting us, confirm no one', () => {
    expect(rules('thank u for choosing us!! we appreciate the kind words')).toEqual([]);
    expect(rules('Thanks for trusting us, Millbrook! Our new lobby opens in May.', 'facebook')).toEqual([]);
    expect(rules('We would love having you in for our open house on the 12th.')).toEqual([]);
  });
});

describe('a researcher\'s study is not her condition', () => {
  it('near miss: a health word naming what someone studied stays research', () => {
    expect(rules('Dr. Ilse Marr at the university padded the results of her anorexia study, everyone in the field says so.', 'facebook')).toEqual([]);
  });
});
