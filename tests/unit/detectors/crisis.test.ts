import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf, flagged } from './helpers';

const lists = {
  organization: ['Maple Valley Health', 'Maple Valley'],
  'crisis/walkout': ['strike', 'walkout', 'picket line', 'bargaining'],
  'crisis/flooding': ['flood damage', 'the flooding', 'basement flood'],
};
const links = { statement: 'https://maplevalley.example/statement', 'crisis/flooding': 'https://maplevalley.example/flood' };
const checker = checkerFor('crisis', { lists, links, settings: { exemptAuthors: ['brand-team'] } });
const flags = (text: string, author = 'nurse') => flagged(checker, text, 'crisis', { author });

describe('crisis detector', () => {
  it.each([
    ['If bargaining stalls again we are ready to walk.', 'bargaining'],
    ['See everyone on the picket line at 7, bring water.', 'picket line'],
    ['Nurses on 6 East are talking strike again after last night.', 'strike'],
    ['The flooding in the east wing is way worse than they are saying.', 'flooding'],
  ])('flags a pack topic: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('points to the topic statement, or the general one', () => {
    const [flood] = findingsOf(checker, 'Basement flood closed imaging again today.', 'crisis');
    expect(flood.severity).toBe('error');
    expect(flood.policy.url).toBe('https://maplevalley.example/flood');
    expect(flood.explanation).toContain('https://maplevalley.example/flood');
    const [strike] = findingsOf(checker, 'Our union says the walkout starts Friday.', 'crisis');
    expect(strike.policy.url).toBe('https://maplevalley.example/statement');
  });

  it('flags speculation about an unfolding incident at the organization', () => {
    const found = flags('Hearing the lab at Maple Valley had a data breach last night, anyone else?');
    expect(found.join()).toContain('data breach');
    expect(flags('Apparently a resident died after a fall on our unit and it is under investigation.').join()).toContain('under investigation');
  });

  it.each([
    'Lucky strike at the bowling alley with the kids tonight!',
    'Stroke can strike at any age: know the signs and call 911.',
    'A data breach at a retailer is a good reminder to use strong passwords.',
    'Heart attack symptoms can be subtle in women.',
  ])('leaves everyday uses and outside incidents alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('takes an incident word on its own, and an everyday word only with the workplace', () => {
    const ransom = checkerFor('crisis', { lists: { 'crisis/cyber': ['ransomware', 'strike'] } });
    expect(flagged(ransom, 'Lawyers will circle after this ransomware mess.', 'crisis')).toEqual(['ransomware']);
    expect(flagged(ransom, 'A strike of luck at bingo tonight.', 'crisis')).toEqual([]);
  });

  it('exempts the authors the pack names', () => {
    expect(flags('Statement: our bargaining team will meet the union again on Monday.', 'brand-team')).toEqual([]);
  });

  it('reads topics from the pack: adding one makes it flagged', () => {
    const text = 'The elevator outage on the north tower is day five now.';
    expect(flagged(checkerFor('crisis'), text, 'crisis')).toEqual([]);
    const withTopic = checkerFor('crisis', { lists: { 'crisis/elevators': ['elevator outage'] } });
    expect(flagged(withTopic, text, 'crisis')).toEqual(['elevator outage']);
  });
});
