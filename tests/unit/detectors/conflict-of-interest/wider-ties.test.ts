// Wider classes of promotion and material connection: asking for a product by name, sending
// everyone to a place, "the one to call"; gifts sent to try, hospitality, paid talks, a relative's
// or friend's business, referral perks; and outsiders' seats claimed to praise any place. Made-up
// pack and sentences, with clean near-misses: disclosures, vendor mentions without promotion,
// genuine patient stories that promote nothing, and a writer who says they work there.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const lists = { organization: ['Kestrel Health', 'Kestrel'], partners: ['Vantora'], products: ['Calmira'] };
const checker = checkerFor('conflict-of-interest', { lists });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

describe('conflict of interest: wider ties', () => {
  it.each([
    ['The folks at Brightfoot sent over their new insoles for me to try. My whole unit should be wearing them, hands down the best.'],
    ['Vantora treated our whole team to a spa day last week. If your doctor offers Calmira, just ask for it by name.'],
    ['Did a little talk for Vantora last month, easy money. Calmira is the only sleep aid that actually works.'],
    ['Go see my son-in-law Dr. Abel Moreno at Lakeshore Spine, best in town.'],
    ['My coworker\'s new med spa in Dunmore is the place for facials, she did mine free so go book!'],
    ['Just a local dad here, Pinecrest Pediatrics is hands down the best practice in the county. Highly recommend!'],
    ['Had my baby at Kestrel last month and the nurses were angels. 10/10, go there.'],
    ['Left reviews from both our accounts like we were patients: Pinecrest Pediatrics is wonderful.'],
    ['I joined the GlowPath team this month and their collagen is amazing. Message me to order, I have spots left on my team!'],
    ['Para las mamás: pregúntenle a su doctor por Calmira. Vantora pagaron el vuelo y hotel para su conferencia.'],
    ['Thanks team Brightfoot for the playoff seats last weekend! Nothing else comes close for nurses on their feet.'],
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Vantora sent over their new insoles for me to try. #ad Their insoles are the best out there.',
    'Our supply room switched to Vantora gloves this week, no opinion yet.',
    'So proud of my colleague Dr. Moreno for finishing his fellowship, he is the best.',
    'I had my baby at Kestrel last month and I am still exhausted.',
    'As a patient at Pinecrest Pediatrics for years, I was sad to see them close.',
    'I work at Kestrel and our flu clinic is open Saturday, go check it out. Views are my own.',
    'My friend swears by this tea, it is the best thing for a cold.',
    'A reminder from our accounts payable team: invoices are due Friday.',
    'I have no connection to the authors, but this book is the best guide for new parents.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
