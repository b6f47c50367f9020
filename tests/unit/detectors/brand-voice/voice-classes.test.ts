// Brand-voice classes: a condition made an adjective of a person, an eye-roll at a patient,
// superlatives about any specialty, self-identification in signatures and asides, and a pack
// wording "the <adjective>" that names people only as a noun. Near-misses stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('brand-voice', { lists: { organization: ['Elmstead Health'], 'person-first': ['the aged -> older adults'] } });
const flags = (text: string) => flagged(checker, text, 'brand-voice');

describe('brand-voice: classes', () => {
  it.each([
    ['Spent an hour with my bipolar neighbor today, long story.', 'bipolar neighbor'],
    ['Our epileptic patient in 3 finally went home.', 'epileptic patient'],
    ['room 7 paged me six times for ice chips 🙄', 'room 7 paged me'],
    ['Elmstead Health has the best dermatologists in the state.', 'best dermatologists in the state'],
    ['Happy Monday from the cardiac floor! — Priya, RN @ Elmstead Health', 'RN @ Elmstead Health'],
    ['Flu clinic hours changed at elmstead health (where I work), come by Saturday.', 'elmstead health (where I work'],
    ['We must do more to protect the aged from phone scams.', 'the aged'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Bipolar disorder is treatable; our support group meets Thursdays.',
    'The new diabetic menu at the cafeteria is actually good.',
    'My mom is in room 4 cranky about the jello 🙄 love her.',
    'Elmstead Health was ranked among the best hospitals in the state by U.S. News.',
    'Try the aged cheddar at the farmers market.',
    'Elmstead Health neighbor here, the new walking path is lovely.',
    'I work at Elmstead Health and views r my own: the new garden is lovely.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
