// Brand voice about people: an employee who names the organization as "my X family" or "our unit at X"
// speaks as one of its people (and owes "views are my own"); people called crazy or stupid are
// insulted; a label quoted in order to retire it is a lesson, not a lapse. Near-misses stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf, flagged } from '../helpers';

const checker = checkerFor('brand-voice', { lists: { organization: ['Elmstead Health'], 'stigmatizing-terms': ['frequent flyer'] } });
const flags = (text: string) => flagged(checker, text, 'brand-voice');
const rules = (text: string) => findingsOf(checker, text, 'brand-voice').map((f) => f.ruleId);

describe('brand-voice: the organization spoken of as one of its people', () => {
  it.each([
    'So proud of my Elmstead Health family for the food drive this weekend.',
    'Our unit at Elmstead Health just hit a year without a fall.',
    'Shoutout to our Elmstead Health crew for covering nights all month.',
  ])('asks for "views are my own": %s', (text) => {
    expect(rules(text)).toContain('brand-voice/views-own');
  });

  it.each([
    'So proud of my Elmstead Health family for the food drive. Views are my own.',
    'Our care team at Elmstead Health was wonderful to my dad last week.',
    'Elmstead Health opens a new clinic on Main Street in May.',
  ])('leaves alone: %s', (text) => {
    expect(rules(text)).not.toContain('brand-voice/views-own');
  });
});

describe('brand-voice: people insulted or labelled', () => {
  it.each([
    ['Some of these people are crazy, I swear.', 'crazy'],
    ['The visitors in the lobby were so dumb today.', 'dumb'],
    ['Honestly folks are clueless about how triage works.', 'clueless'],
    ['The dude in bed 3 is certifiable.', 'certifiable'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'This printer is so dumb, it jams every shift.',
    'People are crazy about the new coffee cart.',
    'We have been insanely busy all week.',
    'Please stop calling patients frequent flyers; it is stigmatizing.',
    'Can we retire the term frequent flyer for people who come back often?',
    'Booked with my frequent flyer miles, off to see my sister!',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
