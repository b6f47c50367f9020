// Damaging-predicate classes beyond the first ones: neglect and harm told as a pattern, sexual
// misconduct, billing for what was not done or not needed, theft, hiding harm from the people it
// concerns. Each about an identifiable target of a made-up pack, with near-misses in the
// organization's own voice or without a damaging act.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { competitors: ['Birchwood Health', 'Birchwood'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: predicate classes', () => {
  it.each([
    ['Birchwood Health billed my aunt $3,000 for an MRI she never had.', 'she never had'],
    ['Birchwood leaves residents in soiled sheets for days.', 'leaves residents'],
    ['Dr. Lane at Birchwood Health is sleeping with the device rep.', 'sleeping with the device rep'],
    ['Dr. Ross at Birchwood burned at least a dozen patients with that laser.', 'burned at least a dozen patients'],
    ['Birchwood Health hid the outbreak from parents for a week.', 'hid the outbreak from parents'],
    ['Dr. Hughes at Birchwood does crowns that aren\'t even needed just to bill the insurance.', "aren't even needed just to bill"],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Our team never leaves patients alone in the ED, and we are proud of it.',
    'We billed the insurer for the MRI she had last week and it was approved.',
    'Birchwood Health hid Easter eggs from the kids in the pediatric garden.',
    'Sleeping with the windows open helped my allergies, weirdly.',
    'Birchwood Health opened a new burn unit that has already treated a dozen patients.',
  ])('near miss: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
