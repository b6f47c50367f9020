// A public figure telling their own health on air or in their own words is not a disclosure by
// the writer; a review reply that tells the reviewer's care, in the second person or to other
// readers in the third ("this individual was discharged ..."), confirms a patient relationship.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const rules = (text: string, platform = 'facebook') =>
  detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).map((f) => `${f.ruleId}:${f.severity}`);

describe('a public figure\'s own statement', () => {
  it('is not flagged when they said it in their own words or on air', () => {
    expect(rules('Governor Whitlock saying in his own address that he has been treated for depression is a big deal')).toEqual([]);
    expect(rules('the mayor talked about her mammogram callback on the news last night, good for her')).toEqual([]);
  });

  it('near miss: the writer telling someone\'s health is still flagged', () => {
    expect(rules('Mrs. Ahlberg said her chemo starts Monday, I saw her in clinic today')).not.toEqual([]);
  });
});

describe('review replies that tell the reviewer\'s care', () => {
  it('flags the reviewer told of in the third person', () => {
    expect(rules('To anyone reading: this reviewer was dismissed from our clinic for missed appointments.', 'review-reply')[0]).toBe('phi/review-reply-confirms-patient:error');
  });

  it('flags a procedure of theirs in the second person', () => {
    expect(rules('Thanks for the review! Sorry your knee reconstruction took longer to heal than planned.', 'review-reply')[0]).toBe('phi/review-reply-confirms-patient:error');
  });

  it('near miss: thanks and an invitation, and the reviewer as a person, not a patient', () => {
    expect(rules('Thanks for the kind words! This reviewer clearly loves dogs as much as we do.', 'review-reply')).toEqual([]);
    expect(rules('Thank you for your review. Please call our office manager so we can learn more.', 'review-reply')).toEqual([]);
  });
});
