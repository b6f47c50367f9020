// Principles of issue #14 read by structure: care told to the one addressed, colleagues by role,
// a role tied to a place, advice (not a disclosure), misconduct claims, office hours. Each with near misses.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi, RULE_REVIEW_REPLY } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const phi = (text: string, platform = 'facebook') => detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
const flagged = (text: string, platform?: string) => phi(text, platform).length > 0;

describe('a reply that tells the reader what was done to them in care', () => {
  it('flags care done to "you" by the practice, in any spelling of "your"', () => {
    expect(phi('Tom, you were admitted twice last spring and we discharged you with a walker.', 'review-reply').some((f) => f.ruleId === RULE_REVIEW_REPLY)).toBe(true);
    expect(flagged('hey sam!! glad ur doing better after ur stitches came out, the crew says hi', 'review-reply')).toBe(true);
    expect(flagged('Linda, for the record you no-showed three times before we charged the fee.', 'review-reply')).toBe(true);
    expect(flagged('Sorry about the parking! Hope the crown we fitted you with last week feels good.', 'review-reply')).toBe(true);
  });

  it('near miss: thanks that only echo the reviewer\'s own word "visit" confirm nothing', () => {
    expect(flagged('Thank you for the kind review! We are happy your visit went well. Have a great summer.', 'review-reply')).toBe(false);
  });

  it('near miss: an invitation to call, with a name and office hours, is not care', () => {
    expect(flagged('We would like to hear more. Please call and ask for Renata, we are open Mon-Sat 8-5.', 'review-reply')).toBe(false);
    expect(flagged('We gave you a call back this morning, Jordan; please call us when you can.', 'review-reply')).toBe(false);
  });
});

describe('advice to one person about their medicine is a claim, not a disclosure', () => {
  it('near miss: telling a follower to stop or skip a prescription', () => {
    expect(flagged('@runner_jo honestly just quit the atenolol, your pressure will be fine once you train more.')).toBe(false);
    expect(flagged("Marta you should get off that sertraline, fish oil works better")).toBe(false);
    expect(flagged("@bigdave girl your son doesn't need the booster, the first shot covers him")).toBe(false);
  });

  it('still flags advice that tells what the practice did for them', () => {
    expect(flagged('Hi Pat! so glad the infection cleared. Next time skip the antibiotic cream we gave you and use plain honey.', 'review-reply')).toBe(true);
  });
});

describe('a clinician accused of misconduct is not a patient', () => {
  it('near miss: license and diversion claims name drugs, not anyone\'s health', () => {
    expect(flagged('Dr. Olsen at the county clinic lost his license in Iowa for writing oxy scripts to his brother.')).toBe(false);
    expect(flagged('the dentist on Birch St, Dr. Moss, keeps doing root canals on kids who do not need them')).toBe(false);
  });

  it('still flags a clinician\'s own treatment', () => {
    expect(flagged('Dr. Olsen is off this month after his bypass, send him cards')).toBe(true);
  });
});

describe('a co-worker known by role, and what keeps them away', () => {
  it('flags leave for treatment and childbirth told of a one-person role', () => {
    expect(flagged('our unit secretary is out for a few weeks getting chemo, she says sign the card in the break room')).toBe(true);
    expect(flagged('the lab tech everybody loves at our clinic is out on leave for dialysis')).toBe(true);
    expect(flagged('our night charge nurse starts maternity leave friday, she is due in 3 weeks!')).toBe(true);
    expect(flagged('Our preceptor has been out since March. She is halfway through chemo and says hi.')).toBe(true);
  });

  it('near miss: a leave policy, or a role doing the work', () => {
    expect(flagged('our charge nurse explained the new maternity leave policy at huddle')).toBe(false);
    expect(flagged('the radiology tech everybody loves at our hospital is retiring in June')).toBe(false);
  });
});

describe('a role tied to a place in town, or to the business a person runs', () => {
  it('flags the role on the writer\'s street or route, and the one who runs a named business', () => {
    expect(flagged('the crossing guard at our school got taken to the hospital by ambulance this morning')).toBe(true);
    expect(flagged('the lady who owns the flower shop downtown was on my unit all week with pneumonia')).toBe(true);
    expect(flagged('the mail carrier on my road just had a hysterectomy')).toBe(true);
  });

  it('near miss: the same roles without any health or care', () => {
    expect(flagged('the crossing guard at our school got a new vest and a giant stop sign')).toBe(false);
    expect(flagged('the lady who owns the flower shop downtown made our unit a huge bouquet')).toBe(false);
  });
});

describe("the author's own day is not someone else's story", () => {
  it('near miss: "the first time in years" is no unique person', () => {
    expect(flagged('Down with a cold for the first time in years, fever and all.')).toBe(false);
  });
});

describe('a reply to a review is about the reviewer throughout', () => {
  it('flags a health fact told in a sentence that only says how the writer feels about it', () => {
    expect(flagged("Mr. Alvarez, I remember you well. The kidney stone that night was awful and I'm glad the morphine worked fast.", 'review-reply')).toBe(true);
    expect(flagged("Thank you, Irene! I'm so glad the new knee has you back on the trail.", 'review-reply')).toBe(true);
    expect(flagged('thank u so much!! ur son was so brave for his first allergy shots 🦖', 'review-reply')).toBe(true);
  });

  it('near miss: the author glad about their own care, with a word to the reader', () => {
    expect(flagged("my turmeric stack is why my knees don't hurt anymore, try it for ur knees too")).toBe(false);
  });

  it('near miss: a reply about everyone\'s wait is not the reviewer\'s care', () => {
    expect(flagged('Hi Dev, thanks for writing. Waits in our urgent care were long all month and we are hiring.', 'review-reply')).toBe(false);
  });

  it("flags care of the reviewer's family told as an honor", () => {
    expect(flagged('Thank you, Mrs. Obi. We were honored to care for your father in his last weeks with us.', 'review-reply')).toBe(true);
  });
});

describe("the pack's organizations are not people", () => {
  const lists = { organization: ['Riverbend Health'], partners: ['Medivance'], competitors: ['Northgate'] };
  const org = (text: string) => detectPhi(buildDoc(text, 'x', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }, { lists }).length > 0;

  it('near miss: a partner or a competitor named beside a health word', () => {
    expect(org('Medivance asked me to share: their new insulin pump is the best in diabetes care.')).toBe(false);
    expect(org('@NorthgateMed says patient-centered care, ask them about their sepsis numbers.')).toBe(false);
  });

  it('near miss: a shop named by its trade word, or a brand handle', () => {
    expect(flagged('Hartwell Drug on 2nd has been out of insulin pens all week')).toBe(false);
    expect(flagged('obsessed with the compression socks from @ComfyLegs, my varicose veins thank them')).toBe(false);
  });

  it('still flags a person named beside the organization', () => {
    expect(org('saw Maria Lopez from Medivance in the ER last night with chest pain, hope she is ok')).toBe(true);
  });
});

describe('being placed in a bed is patient status on its own', () => {
  it('flags a person in a numbered bed or bay, with or without a health word', () => {
    expect(flagged('the gentleman in bed 9 kept singing hymns to the whole hallway')).toBe(true);
    expect(flagged('bay 6 finally fell asleep after the fourth blanket')).toBe(true);
    expect(flagged('el señor del 14 ya se fue a su casa, qué alegría')).toBe(true);
  });

  it('near miss: rooms that hold meetings, chairs and paint', () => {
    expect(flagged('Exam room 5 got the new adjustable chair and it is glorious')).toBe(false);
    expect(flagged('room 12 is the one past the cafeteria, the huddle is there at 0900')).toBe(false);
    expect(flagged('caso ficticio para estudiar: señor de 70 años con fiebre, qué le ponen?')).toBe(false);
  });
});

describe('an empty bed is no one', () => {
  it('near miss: a bed made ready or cleaned', () => {
    expect(flagged('Bed 3 is clean and ready, thank you EVS!')).toBe(false);
    expect(flagged('bay 2 has a broken heater again')).toBe(false);
  });
});

describe('names known by a frame, in any case', () => {
  it("flags a co-worker known by first name and department, and a lowercase name's relative", () => {
    expect(flagged('keep sam from billing in your prayers, his wife had a stroke last night')).toBe(true);
    expect(flagged('Shout out to Priya from the lab, she is 12 weeks along!!')).toBe(true);
    expect(flagged("tom's wife finally got her biopsy results, benign!!")).toBe(true);
  });

  it('near miss: the same frames without health, and words that are not names', () => {
    expect(flagged('huge thanks to sam from billing for fixing my parking badge')).toBe(false);
    expect(flagged('got help from pharmacy with the new pump library today')).toBe(false);
    expect(flagged("tom's wife makes the best lasagna in the county")).toBe(false);
  });
});

describe('a one-person role at work and what happened to them', () => {
  it('flags a role held once in the workplace, told with her or his care', () => {
    expect(flagged("send love to our clinic manager, she's been in the hospital since friday")).toBe(true);
    expect(flagged('our only speech therapist at the north clinic tested positive for TB')).toBe(true);
    expect(flagged('Welcome back to Dr. Imani Stone, who returns this week after her stay in inpatient rehab.')).toBe(true);
    expect(flagged('prayers for our unit educator, she had her baby early and he is in the nicu')).toBe(true);
  });

  it('near miss: the same roles at work, and a name beside a product', () => {
    expect(flagged('our clinic manager ordered new chairs, she has great taste')).toBe(false);
    expect(flagged('Jolene just hit 5,000 IV starts in her career, legend')).toBe(false);
    expect(flagged('Please welcome Dr. Imani Stone, board certified in physical medicine and rehab.')).toBe(false);
  });
});

describe("a public figure telling their own health to an audience", () => {
  it('near miss: talked openly, told listeners on the air', () => {
    expect(flagged('Big respect to Dwayne Carter for talking openly about his kidney disease on his podcast.')).toBe(false);
    expect(flagged('the morning DJ Lou Brandt told everybody on the air he just had his colonoscopy, go get yours')).toBe(false);
  });

  it('still flags the same news told by a caregiver', () => {
    expect(flagged('the morning DJ Lou Brandt was on my unit last night after his colonoscopy, he was hilarious')).toBe(true);
  });
});

describe('a story that runs on without its subject, and readings said as verbs', () => {
  it('flags the next clause that opens with its verb, and a saturation read off one person', () => {
    expect(flagged('Coach Lindgren (88!) just got discharged from the Medical Center after a broken hip. Tough as nails.')).toBe(true);
    expect(flagged('the crossing guard on Elm St came in last night satting 82%, he will be ok')).toBe(true);
    expect(flagged('ur fav lunch lady from bus 12 came in for her dialysis today, so proud of her')).toBe(true);
  });

  it('near miss: a percentage of many, and a run-on sentence about a building', () => {
    expect(flagged('flu shots: 82% of our staff are done, come get yours today')).toBe(false);
    expect(flagged('Coach Lindgren retired last spring. Just got back from the Medical Center open house, great tour.')).toBe(false);
  });
});

describe("a clinician's own bio and training are not care", () => {
  it('near miss: an introduction with a name, years of experience and a specialty', () => {
    expect(flagged("hi i'm dana 👋 nurse midwife, 9 yrs in labor & delivery, i love a water birth")).toBe(false);
    expect(flagged('about me: Teo, RRT, 6 years in the ICU, vent nerd and dad of two')).toBe(false);
  });

  it('near miss: a drill or a lab where a co-worker works', () => {
    expect(flagged('our new grad Aisha ran her first postpartum hemorrhage drill like a pro today')).toBe(false);
    expect(flagged('farewell cake for Ana from the sleep study lab on friday, she is moving to Denver')).toBe(false);
  });

  it("still flags a co-worker's own diagnosis", () => {
    expect(flagged('our new grad Aisha was diagnosed with a postpartum hemorrhage after her delivery')).toBe(true);
  });
});

describe("the author's own care, marked as theirs", () => {
  it('near miss: "myself", "of my life", a span of time since their surgery', () => {
    expect(flagged('ended up in urgent care myself last night with a migraine, the nurse was lovely')).toBe(false);
    expect(flagged('Gallstone attack #2 of my life and I still worked the whole shift')).toBe(false);
    expect(flagged('3 yrs since my own rotator cuff repair and I just did my first pull-up')).toBe(false);
  });

  it('still flags a patient whose age is given', () => {
    expect(flagged('an 84 yo came in tonight with a broken hip after a fall on the ice')).toBe(true);
  });
});
