// Brand voice in wider wordings: the writer naming their department or abbreviated role at the
// organization, superlatives of a single clinician and against all time or all places, and a
// patient talked back at in public. A made-up pack (Cobalt Ridge) stands in for the organization.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('brand-voice', { lists: { organization: ['Cobalt Ridge Health', 'Cobalt Ridge'] } });
const flags = (text: string) => flagged(checker, text, 'brand-voice');

describe('brand voice: wider wordings', () => {
  it.each([
    ['Cobalt Ridge OT here: three tips for getting dressed after a hip replacement.', 'Cobalt Ridge OT here'],
    ['cobalt ridge pharmacy here, please bring your med bottles to every visit.', 'cobalt ridge pharmacy here'],
    ['Working at Cobalt Ridge has made me a better listener.', 'Working at Cobalt Ridge'],
    ["I've been a unit clerk with Cobalt Ridge for nine years and I still love it.", 'unit clerk with Cobalt Ridge'],
    ['The best surgeon in the county is at our place, book with her.', 'best surgeon in the county'],
    ['Hands down the most caring nurse in the state works nights on 5B.', 'most caring nurse in the state'],
    ['Best doctors ever, our whole family goes there.', 'Best doctors ever'],
    ["You won't find better care anywhere, trust me.", 'find better care anywhere'],
    ['La clínica tiene los mejores doctores de la ciudad.', 'mejores doctores de la ciudad'],
    ["sir it's a splinter, not a gunshot 😂", "sir it's a splinter"],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ').toLowerCase()).toContain(words.toLowerCase());
  });

  it.each([
    'I have an appointment at Cobalt Ridge on Tuesday, wish me luck.',
    'Working out at the Cobalt Ridge gym before my shift elsewhere.',
    'Best day ever at the lake with the kids!',
    'Ranked by U.S. News as the best hospital in the state for heart care.',
    'Thank you sir, you made our whole day at the fundraiser!',
    'Yes ma\'am, you can park in the east lot, it is free on weekends.',
  ])('leaves a near-miss alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
