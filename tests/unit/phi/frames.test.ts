// PHI frames read from who the person is and what care they got: relatives, Spanish care,
// review replies about the reviewer's family, teasers that point at one person, procedures on a
// body part; and the exclusions that keep the author's, the public's and the classroom's words clean.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { matchSpanish } from '../../../lib/engine/recognizers/health/spanish';

const cache = new SentenceCache();
const phi = (text: string, platform = 'facebook') =>
  detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
const flagged = (text: string, platform?: string) => phi(text, platform).length > 0;
const spanish = (text: string) => matchSpanish(text).map((m) => `${m.kind}:${text.slice(m.start, m.end).toLowerCase()}`);

describe("the author's relative, when the clause goes on about them", () => {
  it('flags a care fact tied to "my <relative>"', () => {
    expect(flagged('my stepdad finally had his pacemaker put in yesterday, he is grumpy but fine')).toBe(true);
    expect(flagged("my aunt started her chemo this week and she's already tired")).toBe(true);
  });

  it('near miss: the relative is only mentioned, or someone else takes over the clause', () => {
    expect(flagged('my brother teaches 5th grade and I work nights in the ICU')).toBe(false);
    expect(flagged("asking for my nephew's class: are ADHD meds allowed on the field trip?")).toBe(false);
  });
});

describe('relatives of the reader or of a named person', () => {
  it('flags a named person\'s relative with a procedure on a body part', () => {
    expect(flagged("Dana's husband got his knee rebuilt last week, she says he's a terrible patient")).toBe(true);
  });

  it('near miss: a procedure word on a thing, not a body', () => {
    expect(flagged("Dana's husband got his truck fixed and his roof replaced")).toBe(false);
  });
});

describe('Spanish care events, places and relations', () => {
  it('reads discharge, admission and death from verb stems, with or without accents', () => {
    expect(spanish('ya lo dieron de alta')).toContain('care-event:lo dieron de alta');
    expect(spanish('la internaron anoche')).toContain('care-event:la internaron');
    expect(spanish('el abuelito fallecio en la madrugada')).toContain('care-event:fallecio');
  });

  it('reads daily care only once someone is placed in a bed', () => {
    expect(spanish('la viejita de la cama 6 caminó hasta la ventana')).toContain('care-event:caminó');
    expect(spanish('mi hijo caminó a la escuela')).toEqual([]);
  });

  it('flags a person placed by bed or room with care in a mixed post', () => {
    expect(flagged('el muchacho de la cama 8 finally got extubated, que alivio')).toBe(true);
    expect(flagged('mi paciente de la habitación 14 empezó diálisis hoy')).toBe(true);
  });

  it('near miss: a numbered room that is a meeting place, and Spanish small talk', () => {
    expect(flagged('la junta es en la sala de conferencias, conference room 3, a las 2')).toBe(false);
    expect(flagged('hoy comimos tamales en el break room, qué rico')).toBe(false);
  });
});

describe('review replies that tell the reviewer\'s family\'s care', () => {
  it('flags an everyday care word in a sentence about the reviewer\'s child', () => {
    expect(flagged("Hi Priya, glad your daughter's wrist is healing and the splint is comfortable.", 'review-reply')).toBe(true);
  });

  it('near miss: a reply that declines to discuss care', () => {
    expect(flagged("We're sorry your visit was frustrating. We can't discuss details here; please call the office and ask for our manager.", 'review-reply')).toBe(false);
    expect(flagged('Thanks for the five stars! We hope to see you again soon.', 'review-reply')).toBe(false);
  });
});

describe('a person known by the group they belong to, in any case', () => {
  it('flags "the kid from the <team>" with a death in care, cased or not', () => {
    const t = 'the boy from the Lincoln Lions varsity team we worked on last night did not make it';
    expect(flagged(t)).toBe(true);
    expect(flagged(t.toLowerCase())).toBe(true);
  });

  it('near miss: the same person with no care fact', () => {
    expect(flagged('the kid from the lincoln lions varsity team scored twice last night')).toBe(false);
  });
});

describe('a teaser that asks readers to identify someone', () => {
  it('flags "guess which <role>" with a care fact', () => {
    expect(flagged('guess which school board member came through triage tonight with kidney stones 👀')).toBe(true);
  });

  it('near miss: a guessing game with no care in it', () => {
    expect(flagged('guess which teacher won the chili cook-off this year!')).toBe(false);
  });
});

describe('exclusions that hold in context', () => {
  it('a public figure telling their own health news, and the sentence that goes on about it', () => {
    expect(flagged('Our county sheriff Tom Reyes posted himself that he is starting chemo next week.')).toBe(false);
    expect(flagged("Did you see Coach Alvarez's column in the Tribune? He shared that he had a stroke in March.")).toBe(false);
  });

  it('a room named by its use, a class named after a procedure, a pet at the vet', () => {
    expect(flagged('CPR recertification in conference room 2B on Friday, bring your badge')).toBe(false);
    expect(flagged('Dr. Okoye just passed her cardiac surgery boards, so proud of her!')).toBe(false);
    expect(flagged('Pepper had her dental cleaning today and the vet says her kidneys look great for 12')).toBe(false);
  });

  it('the author\'s own age and care', () => {
    expect(flagged('had my gallbladder out on Monday. 44 years old and I cried at the discharge paperwork')).toBe(false);
  });

  it('what was billed, and a field of work, are nobody\'s care', () => {
    expect(flagged('the owner of Lakeview Rehab got caught billing Medicare for wound care visits that never happened')).toBe(false);
    expect(flagged('Glucora asked me to post: their new sensor is the best thing in diabetes care right now')).toBe(false);
  });

  it('still flags a patient in a numbered room that is a care room', () => {
    expect(flagged('the man in room 12 coded twice overnight')).toBe(true);
  });
});
