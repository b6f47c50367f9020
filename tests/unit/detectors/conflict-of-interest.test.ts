import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf, flagged } from './helpers';

const lists = { organization: ['Maple Valley Health', 'Maple Valley'], partners: ['Orthora'], products: ['FlexiKnee'] };
const checker = checkerFor('conflict-of-interest', { lists });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

describe('conflict-of-interest detector', () => {
  it.each([
    ['Orthora comped my whole conference trip to Miami. Their FlexiKnee is the best implant out there, every surgeon should be using it.', 'comped'],
    ['Grab these compression socks with my code ICUJEN for 10% off!', 'code ICUJEN'],
    ['My go-to stethoscope: amazon.com/dp/B01ABC?tag=nursejen-20', 'tag=nursejen-20'],
    ['Just back from their advisory board dinner in Austin, and honestly every clinic should be switching to their scheduling app.', 'advisory board'],
    ['My sister just launched a home-care agency and I tell all my discharge patients to use them.', 'My sister just launched'],
    ["My cousin's physical therapy practice is the best, I send all my post-op patients there.", "My cousin's physical therapy practice"],
    ['Not sponsored!! I just love this protein shake, code JEN10 gets you 10% off.', 'code JEN10'],
    ['Proud brand ambassador for LuxeScrubs! Their joggers are the comfiest, grab a pair.', 'ambassador'],
    ['Orthora covered my flights and hotel for the summit, and FlexiKnee is the only implant I reach for now.', 'covered my flights'],
    // Codes typed without capitals are codes all the same.
    ['these compression socks are the comfiest ever, code icujen10 saves you 10% 💜', 'code icujen10'],
    ['obsessed with these sleep drops, grab 15% off with mara15!', 'off with mara15'],
    ['best protein bar on the market, honestly. maya20 at checkout', 'maya20 at checkout'],
    ['the comfiest clogs out there, just mention nursebea at checkout for a free pair of socks', 'mention nursebea at checkout'],
  ])('flags promotion with an undisclosed connection: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('offers to append a disclosure naming the partner', () => {
    const text = 'Orthora flew us out to Denver for the launch. FlexiKnee is a game changer, check it out.';
    const [f] = findingsOf(checker, text, 'conflict-of-interest');
    expect(f.message).toContain('Orthora');
    expect(f.fixes[0].edits[0]).toMatchObject({ start: text.length, end: text.length });
    expect(f.fixes[0].edits[0].text).toContain('#ad');
  });

  it('flags an employee posing as an outsider to praise the employer', () => {
    expect(flags('Total outsider here, I have no connection to any hospital, but Maple Valley Health has the friendliest ER in town.').length).toBe(1);
    expect(flags('Leaving five stars for Maple Valley because my unit gets a gift card for reviews lol').length).toBe(1);
  });

  it.each([
    '#ad Orthora sent me their new brace to try. Comfortable for a 12-hour shift, and the velcro holds.',
    'Disclosure: I am a paid consultant for Orthora. Their free webinar on knee rehab is Thursday.',
    'Our biomed team met with Orthora today to review the recall notice.',
    'Check out the new parking garage, it finally has EV chargers!',
    'Bought these sneakers with my own money and I love them. Not sponsored, just happy feet!',
    'I was a patient at Maple Valley Health myself before I worked here, and the care is why I applied.',
    // Hospital codes and codes of conduct are not promo codes.
    'code 3 to the best trauma center in the state, what a night',
    'we called a code blue on the best team I have ever worked with, everyone was amazing',
    'the new zip code 52601 has the best tacos in town',
  ])('leaves disclosed, neutral and own-news posts alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('accepts the disclosures the pack adds', () => {
    const text = 'Orthora flew us out to Denver, and FlexiKnee is a game changer. Partner post.';
    expect(flags(text).length).toBe(1);
    const withDisclosure = checkerFor('conflict-of-interest', { lists: { ...lists, disclosures: ['partner post'] } });
    expect(flagged(withDisclosure, text, 'conflict-of-interest')).toEqual([]);
  });

  it('reads partners from the pack: adding one names it in the finding', () => {
    const text = 'Vantix paid for my hotel and honestly their monitor is the real deal.';
    expect(findingsOf(checkerFor('conflict-of-interest'), text, 'conflict-of-interest')[0].message).not.toContain('Vantix');
    const withPartner = checkerFor('conflict-of-interest', { lists: { partners: ['Vantix'] } });
    expect(findingsOf(withPartner, text, 'conflict-of-interest')[0].message).toContain('Vantix');
  });
});
