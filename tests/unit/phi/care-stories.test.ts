// Care told as a story: a co-worker's news across sentences, numbered beds, review replies, providers (issue 14), each with near misses; sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const phi = (text: string, platform = 'facebook') => detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe("a co-worker's personal news carries their care across sentences", () => {
  it('flags a care word told in the story of a co-worker who is away or unwell', () => {
    expect(phi('Our unit manager has been out for two weeks now. He is doing better, the radiation wiped him out but he is almost done.')).toBe(true);
    expect(phi('Keep our night charge in your thoughts. She is out for a few more weeks, the pneumonia hit hard.')).toBe(true);
  });

  it('flags a leave for health as the health fact itself', () => {
    expect(phi("Prayers up for our preceptor, she went out on medical leave yesterday. She'll be back.")).toBe(true);
  });

  it('flags a birth told of a co-worker', () => {
    expect(phi('Our receptionist Dolores is off for a while. She had triplets on Sunday!')).toBe(true);
  });

  it('near miss: a care word that names a kind of patient is their work', () => {
    expect(phi('Our charge nurse is amazing. She caught a sepsis case early today.')).toBe(false);
    expect(phi('Our charge nurse is out for a few weeks. She said the chemo patients on 5 West need extra help.')).toBe(false);
  });

  it('near miss: a co-worker away on vacation, no care word', () => {
    expect(phi('Our unit manager is out for two weeks in Maui, send her good vibes and sunscreen.')).toBe(false);
  });

  it('near miss: the leave policy is nobody in particular', () => {
    expect(phi('HR updated the medical leave policy, read it before open enrollment.')).toBe(false);
  });
});

describe('a numbered bed that does something is its patient', () => {
  it('flags a bed that opens its clause and acts, with a place between', () => {
    expect(phi('bay 12 in the ER just asked me to marry him.')).toBe(true);
    expect(phi('Bed 3 at the downtown campus has been crying for her son all night.')).toBe(true);
  });

  it("near miss: a bed's own state is furniture", () => {
    expect(phi('bed 4 is broken again, maintenance says next week.')).toBe(false);
    expect(phi('Bay 3 finally got cleaned after two hours.')).toBe(false);
    expect(phi('Bed 12 needs new sheets before the next admit.')).toBe(false);
  });

  it('near miss: a bed after a preposition, or one described as "a ..."', () => {
    expect(phi('the cot in bay 2 of my office finally got replaced, no more squeaky wheel.')).toBe(false);
    expect(phi('Bed 12 at the thrift store is a $40 oak frame, go get it.')).toBe(false);
  });

  it('near miss: a bed moved by staff', () => {
    expect(phi('we moved bed 4 closer to the window for the photo shoot.')).toBe(false);
  });
});

describe('review replies that read the reviewer\'s own care back to them', () => {
  it('flags a result told with the reviewer\'s own "your"', () => {
    expect(phi('Thank you for the stars, Mr. Lund. So glad your biopsy results came back clear last week!', 'review-reply')).toBe(true);
    expect(phi('Hi Rosa, like we talked about, your sugar is still high so we will recheck next month.', 'review-reply')).toBe(true);
  });

  it('flags a dated visit of the reviewer', () => {
    expect(phi('Hi Gwen, sorry about the parking mix-up on your March 3 visit. The garage is fixed now.', 'review-reply')).toBe(true);
  });

  it('flags a visit told in the second person, in English or in Spanish', () => {
    expect(phi('We are sorry you feel that way, but our records indicate you arrived at the ER intoxicated and left before your discharge.', 'review-reply')).toBe(true);
    expect(phi('Hola Sr. Paredes, sentimos la espera. Sabemos que venía por los resultados de su mamografía.', 'review-reply')).toBe(true);
  });

  it('flags a part of the reviewer\'s body healing after their care', () => {
    expect(phi('Ms. Ortiz, we remember you! Glad the wrist is healing and thanks for the stars.', 'review-reply')).toBe(true);
  });

  it('near miss: "su" thanks for the review itself, and healing that is no body\'s', () => {
    expect(phi('Gracias por su reseña, Sra. Ruiz. Su opinión nos ayuda mucho.', 'review-reply')).toBe(false);
    expect(phi('Thanks for the review, Sam! The new garage is healing the old parking problem.', 'review-reply')).toBe(false);
  });

  it('near miss: an experience with a phone line or the hiring process confirms no care', () => {
    expect(phi('We are sorry about your experience with our phone line. Please call back and ask for Jan.', 'review-reply')).toBe(false);
    expect(phi('Thanks for sharing your experience with our hiring process, our recruiters will reach out.', 'review-reply')).toBe(false);
  });

  it('near miss: thanks for a review, with no care told', () => {
    expect(phi('Thank you for the kind words, Pat! Our front desk team loved reading this.', 'review-reply')).toBe(false);
  });
});

describe('a named seller or maker is a provider: their products are their work', () => {
  it('near miss: a friend who makes or sells a remedy at her shop', () => {
    expect(phi('my cousin Marla at Willow Creek Apothecary makes a thyroid tincture, way gentler than the levothyroxine your doctor pushes.')).toBe(false);
    expect(phi('Hank who owns the feed store sells a turmeric blend for arthritis, ask him about it.')).toBe(false);
  });

  it('near miss: sent to a named person for a service', () => {
    expect(phi('Need a massage for that sciatica? Go see Tasha at Knead Studio and tell her I sent you.')).toBe(false);
  });

  it('still flags the provider\'s own care, tied to them', () => {
    expect(phi('Hank who owns the feed store just started chemo, send him some love.')).toBe(true);
  });
});
