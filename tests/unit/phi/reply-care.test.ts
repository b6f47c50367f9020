// Principle: a reply to a review that tells the reader's care, or their family's, confirms they
// were patients, even with no diagnosis and no lexicon word: a visit or treatment of theirs, a
// part of them healing, their recovery, their time in our care. Near misses: thanks, an
// invitation to book or call, words about staff, the reader's feelings, the parking.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi, RULE_REVIEW_REPLY } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const reply = (text: string) => detectPhi(buildDoc(text, 'review-reply', 'clinic', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).filter((f) => f.ruleId === RULE_REVIEW_REPLY);
const confirms = (text: string) => reply(text).length > 0;

describe('review replies that tell the reader’s own visit or treatment', () => {
  it('flags a visit or treatment of the reader, however short the word', () => {
    expect(confirms('hey marisol, thx for the stars! u were a champ during ur blood draw')).toBe(true);
    expect(confirms('Thanks Gordon, we will see you in the spring for your six-month recheck.')).toBe(true);
    expect(confirms('Thank you Priscilla! Hope the new crown feels natural and your night guard fits well.')).toBe(true);
    expect(confirms('Hola Sr. Medina, gracias por su reseña. Sus resultados ya están en el portal.')).toBe(true);
  });

  it('flags a part of the reader getting better or worse', () => {
    expect(confirms('So glad to read this, Hal, and glad your shoulder is finally calming down!')).toBe(true);
    expect(confirms('Thanks for the update, Dee. Happy to hear your incision closed up nicely.')).toBe(true);
    expect(confirms('Sorry to hear your ankle got swollen again after the long drive home.')).toBe(true);
  });

  it('flags the reader recovering, or their time in our care', () => {
    expect(confirms('Thank you Ruth! We are so glad you are breathing better this week.')).toBe(true);
    expect(confirms('Thanks Omar, it was great having you for your three weeks with us on the rehab floor.')).toBe(true);
    expect(confirms('Thanks for the kind words. The urgent care down the road sent you over to us for good reason.')).toBe(true);
    expect(confirms('Thanks Lou! I remember you and your daughter from the sleep study consult.')).toBe(true);
  });
});

describe('review replies that tell a family member’s care', () => {
  it('flags care told of someone the reply names or calls the reader’s relative', () => {
    expect(confirms('Thank you Carla! Benny was so brave, and his two sealants look perfect.')).toBe(true);
    expect(confirms('Thanks Pat. Your grandson’s stitches healed beautifully, tell him we said hi.')).toBe(true);
    expect(confirms('Thanks Wes! We know the hearing aid trial for Nora took a while, so glad it is done.')).toBe(true);
    expect(confirms('Gracias Lupita. La fiebre de Tomasito ya debe bajar mañana.')).toBe(true);
    expect(confirms('Thank you, Gail. It was an honor to sit with your father at the end.')).toBe(true);
  });
});

describe('near misses: replies that confirm no care', () => {
  it('stays quiet on thanks and invitations', () => {
    expect(confirms('Thanks so much for the kind words about our front desk! Call us anytime.')).toBe(false);
    expect(confirms('Thank you for the review, Dana! Please call to book your next appointment whenever you like.')).toBe(false);
    expect(confirms('We appreciate your feedback about the parking, it really is better since the new garage opened.')).toBe(false);
    expect(confirms('Thank you, Rita! Glad you are feeling better about the billing after our call.')).toBe(false);
  });

  it('stays quiet on words about staff', () => {
    expect(confirms('Thanks Jo! We will pass your note to Marta, her smile really is the best part of the front desk.')).toBe(false);
    expect(confirms('Thank you for sharing your experience with our therapy team, we will pass it on.')).toBe(false);
  });
});
