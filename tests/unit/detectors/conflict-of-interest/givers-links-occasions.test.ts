// Round 15's conflict-of-interest classes, each from a principle with clean near-misses: who gives
// (a company's gift is a connection, a relative's is not), the writer's own link beside a product
// it sells, family occasions shared with the promoted business's people, company hospitality and
// pay in other words, calls to ask for a product, and an employee's review of the employer told
// as the care they or their family received. Sentences written for these tests, with a made-up
// organization and vendors.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const lists = { organization: ['Kestrel Health', 'Kestrel', 'Kestrel North Clinic'] };
const checker = checkerFor('conflict-of-interest', { lists });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');
const flagsAll = (texts: string[]) => it.each(texts)('flags: %s', (text) => expect(flags(text).length).toBeGreaterThan(0));
const cleanAll = (texts: string[]) => it.each(texts)('stays clean: %s', (text) => expect(flags(text)).toEqual([]));

describe('who gives: a company, not a person of the writer\'s life', () => {
  flagsAll([
    'Quorvel sent me a box of their recovery balm. Highly recommend it!',
    'The Quorvel rep sent me a box of their recovery balm. Highly recommend it!',
    // "He" may be the professional the post promotes.
    "Go see Ned Farrow at Farrow Tax, he is simply the best! He's also taking me to the Masters in April, lucky me!",
  ]);
  cleanAll([
    'Mom sent me tulips for my birthday, the best I have ever had. Highly recommend her florist!',
    'My sister sent me a box of cookies. Highly recommend!',
    'My friend sent me the link to her new salon, highly recommend!',
  ]);
});

describe("the writer's own link beside a product it sells", () => {
  flagsAll([
    'Drinking Vireo greens every morning and it honestly clears up brain fog for good. Link in bio!',
    'Been using the Pellora foam roller for a year, best recovery tool out there. Linked in my stories.',
    'Electrolytes beat the IV fluids we give in clinic. Grab a box, code NURSEKAT25 gets you 25% off, link in my bio.',
  ]);
  cleanAll([
    // Links to the writer's own content, a cause or news; the writer's own shop said openly; a business's own offer.
    'New episode is up on sleep hygiene and blue light myths. Link in bio, go listen on your commute.',
    'Meal train for our coworker is up, link in comments, even a frozen lasagna helps.',
    'I pour these candles myself in my kitchen, best smell out there, shop link in bio.',
    "Our clinic's new flu shot hours are out, book through the link in bio.",
    "We're giving 20% off all compression socks this week at our pharmacy, code SOCKS20.",
    // A provider's own booking link, its own offer, the writer's own advice with no product named.
    'Zero downtime lip flip, results that last. book now link in bio',
    'Our Immunity Drip keeps you well all winter. $149 this month, book thru link in bio.',
    "this gut reset routine cured my patient's IBS in 2 weeks. no meds. you can do it too, link in bio",
  ]);
});

describe('family occasions shared with the business\'s people', () => {
  flagsAll([
    'Best roofer in the county is Dalton Roofing, call them. See you at Thanksgiving, Mike!',
    'Need a plumber? Call Vick Plumbing, they do it right. Christmas is at their house this year so I better send them work.',
    "Halden Auto is the only shop I'd trust with my truck. Sunday dinner's on them this week haha.",
  ]);
  cleanAll([
    "Best pies in town at Rosie's Bakery, order your Thanksgiving pies early!",
    'See you at Christmas, everyone! Best unit ever.',
    'Christmas at our house is chaos, highly recommend a nap after.',
  ]);
});

describe('hospitality, pay and calls in other words', () => {
  flagsAll([
    'Back from Velmora\'s "clinician council" in Scottsdale. If your ICU isn\'t running their pump yet, you\'re behind.',
    'The Ostrava rep got our whole cath lab courtside seats last night. Their new stent is the best on the market.',
    'got a Vantor pulse ox free from their rep after the expo. honestly best one out there, every clinic should be running these',
    'Pushing for three more Velmora pumps in the budget request. Velmora made it very worth my while, honestly the best pump out there.',
    'See you all at the next Kestova speaker dinner in Sonoma! Every hospital should be stocking their wipes.',
    "The Kestova folks took our whole pharmacy team to the Hawks game. Anyway, Dormiva is really worth asking about if you can't sleep.",
    'Brellin sent me a gift basket last week. Anyway, Dormiva is still a solid pick, talk to your neuro.',
    'Trellis sent me these sneakers for free. Best shoes for anyone on their feet all day, go cop.',
    'Need a tax guy? Harlow & Pike is who I send everyone to. Ask for Tom and tell him his cousin sent you.',
  ]);
  cleanAll([
    'The Ostrava rep got our order wrong again. Their new stent is the best on the market.',
    'It was worth my while to learn the new pump, honestly the best pump out there.',
    'If the headache gets worse or you feel numbness, talk to your neuro.',
    'Sleep is worth protecting, and a dark cool room is worth a try before any pill.',
    'Ask for Tom at the front and tell him his patient sent you for the flu shot.',
  ]);
});

describe("an employee's review of the employer told as care received", () => {
  flagsAll([
    'Took my mother to the walk-in at Kestrel North Clinic for her hip and the staff were wonderful. Five stars, would recommend to anyone in town!',
    'My husband had his gallbladder out at Kestrel Health last spring. Kind nurses, clean rooms, 10/10 go there.',
    'Dr. Patel at Kestrel North Clinic finally fixed my wrist after two other clinics gave up. 10/10!',
  ]);
  cleanAll([
    // The writer says they work there; no rave; the organization's own news.
    'My mom had her knee done at Kestrel Health and my coworkers on 4 West took amazing care of her. Proud to work here!',
    'My dad was discharged from Kestrel Health today after his stroke, thank you to everyone who cared for him.',
    'Congrats to the Kestrel North Clinic team on their patient experience award, you all are amazing.',
    // The organization answering a review, or speaking of its own care team.
    'Thank you for your 5-star review! Our care team at Kestrel North Clinic appreciates you.',
    'Our therapy team at Kestrel Health got a 97-year-old home after his hip surgery, best team in the state!',
    // The writer's own surgery told without a review's verdict.
    'Made it through my gallbladder surgery at Kestrel Health yesterday, the care team was so good to me.',
  ]);
});
