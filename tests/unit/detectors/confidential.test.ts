import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf, flagged } from './helpers';

const lists = { codenames: ['Project Kestrel', 'Lantern'], 'codename/kestrel': ['Summit Valley acquisition'], 'protected-subjects': ['Summit Valley Health'] };
const checker = checkerFor('confidential', { lists });
const flags = (text: string) => flagged(checker, text, 'confidential');

describe('confidential detector', () => {
  it.each([
    ['Lantern kickoff is next Tuesday, bring your laptops.', 'Lantern'],
    ['Huge week for #ProjectKestrel, cannot wait to tell you all about it!', '#ProjectKestrel'],
    ['The Summit Valley acquisition is basically done, signatures next month.', 'Summit Valley acquisition'],
    ['Word is our CEO has been in talks with Summit Valley Health since spring.', 'Summit Valley Health'],
    ['Please keep this between us: pharmacy is moving to the basement next year.', 'between us'],
    ['Straight from the leadership memo: no merit raises this cycle.', 'from the leadership memo'],
    ['Our Q2 margin came in at $3.8M below plan, ouch.', '$3.8M'],
    ['New grads on our unit start at $31.50/hr now, pass it on.', 'start at $31.50/hr'],
    ['They are laying off half of patient transport in the spring.', 'laying off'],
    ['Leadership is quietly planning to close the sleep lab in May, my manager let it slip.', 'planning to close the sleep lab'],
    ['Staff entrance keypad code is 7291 this week, the email never went out.', 'keypad code is 7291'],
    ['FYI the guest network password is Welcome2024! if your phone drops.', 'password is Welcome2024'],
    ['The login for the shared lab terminal is lab/lab2020, do not tell IT.', 'login for the shared lab terminal is lab/lab2020'],
    ['It is official inside: we are being acquired by a national chain, cannot say who yet.', 'we are being acquired'],
    ['The camera over the pharmacy door has been dead for weeks, anyone can walk in.', 'anyone can walk in'],
    ['The keypad on the supply room still takes 9-8-7-6 as the override.', '9-8-7-6'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('offers to remove a codename', () => {
    const [f] = findingsOf(checker, 'Lantern kickoff is next Tuesday.', 'confidential');
    expect(f.severity).toBe('error');
    expect(f.fixes[0].edits[0]).toMatchObject({ start: 0, end: 7, text: '' });
  });

  it.each([
    'Spotted a lantern festival downtown, so pretty.',
    'Summit Valley Health is hosting the regional stroke symposium this fall.',
    'Patient confidentiality matters, so we never post photos of the unit board.',
    'Use code BLUE only for cardiac arrests; review the policy in your module.',
    'Use promo code SPRING24 for 20% off race registration.',
    'Announced this morning: we are opening a new cardiac rehab center next spring!',
    'Layoffs across the tech industry are hitting healthcare IT contractors too.',
  ])('leaves public and everyday mentions alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('reads extra secrecy markers from the pack', () => {
    const text = 'Embargoed until Friday: the new pediatric wing opens in June.';
    expect(flagged(checkerFor('confidential'), text, 'confidential')).toEqual([]);
    expect(flagged(checkerFor('confidential', { lists: { 'confidential-markers': ['embargoed'] } }), text, 'confidential')).toContain('Embargoed');
  });

  it('reads codenames from the pack: adding one makes it flagged', () => {
    const text = 'Orchard go-live is locked for the first week of June.';
    expect(flagged(checkerFor('confidential'), text, 'confidential').join()).not.toContain('Orchard');
    const withCodename = checkerFor('confidential', { lists: { codenames: ['Orchard'] } });
    expect(flagged(withCodename, text, 'confidential')).toContain('Orchard');
  });
});
