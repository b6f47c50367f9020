// Promotion in plain words (superlatives of choice, calls to try or buy, offers to connect) with
// a material connection in plain words (meals with the vendor's reps, gifts of value, selling it
// oneself, a friend who runs the company, referral credit), personal links and codes, and
// employees who say they hide that they work there. Written for a made-up pack.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('conflict-of-interest', { lists: { organization: ['Cobalt Ridge Health', 'Cobalt Ridge', 'Pinewood Clinic'] } });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

describe('conflict-of-interest: promotion and ties in plain words', () => {
  it.each([
    ['Any clinic picking a scheduling tool: Slotwise is the only serious choice. Had a great dinner with their reps on Friday.', 'dinner with their reps'],
    ['Their new glucometer works for literally everyone. The Veltra folks gave our whole team gift cards at the expo.', 'gift cards'],
    ['Honestly the comfiest compression socks, DM me if you want to try some. I sell them on my Etsy too.', 'I sell them'],
    ["Look at Notewell for intake forms, happy to intro you to the founder, she's my old roommate.", "she's my old roommate"],
    ['Go see Harbor Hearing on 5th for your aids, tell em Rosa sent you so I get my credit.', 'so I get my credit'],
    ['Grab the new massage gun, best $200 you will ever spend: gadgetly.co/ref/rosa', '/ref/rosa'],
    ['Ordering the joint gummies? Use FLEX-NURSE at checkout 🙌', 'FLEX-NURSE at checkout'],
    ['Book your first facial through glowbar.com/rosa and it is 20% off, best spa in the valley!', 'glowbar.com/rosa'],
  ])('flags promotion with a connection: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    ["Posting from my cousin's account so it doesn't look like staff: Pinewood Clinic is the best in town!", "from my cousin's account"],
    ['My manager asked us to go answer in the parents group like regular folks: Cobalt Ridge is wonderful.', 'asked us to go answer'],
    ['Never worked in healthcare a day in my life, but Cobalt Ridge is the best hospital around.', 'Never worked in healthcare'],
  ])('flags an employee hiding the tie to praise the employer: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The corner store finally has bottled water back in stock, go get some before it is gone.',
    'Slotwise is the scheduling tool our clinic uses; the training is on Tuesday.',
    'Had dinner with my sister on Friday, the pasta place on 5th is so much better than I remembered.',
    'Book your flu shot through cobaltridge.org/flu, it takes two minutes.',
    '#ad Slotwise is the only serious choice for scheduling; they sponsor my podcast.',
    'Our vendor reps brought lunch for the in-service on the new pumps.',
    "She's my best friend and the kindest nurse I know, happy birthday Jo!",
    'Cobalt Ridge is the best place I have worked, proud to be on the team here.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
