// The employee who speaks as one of the organization's people without a role word: the work
// done there ("charting on paper at X"), the writer among its people ("anyone else at X", "from
// inside X", "months of my life at X"), a department or a bare job at
// the end of the name ("X night clerk", "radiology at X here", not "X rn", right now), Spanish ("en mi unidad at X"),
// and said without the name once the post names it ("my clinical site", "any of us who work
// there"). Near-misses: patients, visitors and families, a brand-team post, a disclaimer given.
import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf } from '../helpers';

const checker = checkerFor('brand-voice', { lists: { organization: ['Elmstead Health', 'Elmstead', 'Birch Hollow Clinic'] } });
const rules = (text: string, author = 'nurse') => findingsOf(checker, text, 'brand-voice', { author }).map((f) => f.ruleId);

describe('brand-voice: an employee without a role word', () => {
  it.each([
    'day 2 of charting on paper at Elmstead because the system is down, pray for us',
    'anyone else at Elmstead still waiting on the new scrub colors?',
    'Quick update from inside Elmstead Health: the cafeteria finally has oat milk.',
    "Six months of my life at Elmstead Health went into this new wing and it's gorgeous.",
    'hoy en mi unidad at Elmstead Health celebramos a nuestra enfermera del año',
    'Elmstead night clerk 🫡 coffee is the only thing keeping me upright',
    'radiology at Elmstead here, the new MRI is so much quieter',
    'Birch Hollow Clinic is amazing, ask any of us who work there!',
    'Gotta hype up my clinical site: Elmstead Health has the kindest nurses.',
  ])('asks for "views are my own": %s', (text) => {
    expect(rules(text)).toContain('brand-voice/views-own');
  });

  it.each([
    'A Elmstead Health nurse helped my dad so much during his stay, thank you!',
    'My mom was a patient at Elmstead Health last month and the care team was wonderful.',
    'Driving past Elmstead Health every morning, the new garden looks great.',
    'Thank you to the Elmstead crew who organized the 5K, my family loved it.',
    'day 2 of charting on paper at Elmstead, pray for us. Views are my own.',
    'Elmstead Health night clerk position open: apply on our careers page.',
    "bring ur own water bottle if you're going to Birch Hollow Clinic rn 👀",
    "Shoutout to the transport team at Elmstead Health, love these people. (opinions mine, not my employer's)",
  ])('leaves alone: %s', (text) => {
    expect(rules(text)).not.toContain('brand-voice/views-own');
  });

  it('leaves the brand team alone', () => {
    expect(rules('Charting on paper at Elmstead? Not anymore: the portal is back up for everyone.', 'brand-team')).not.toContain('brand-voice/views-own');
  });
});
