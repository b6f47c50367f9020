// Cues that a fact is not public yet, in wider wordings: a codename written in lower case, "this
// is internal", "nobody's supposed to know", documents left lying around, pay and budget figures,
// staff let go, doors that do not latch. Another organization's pack (Cobalt Ridge) shows the
// codenames and subjects come from the pack. Clean near-misses share the words but not the secret.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from './helpers';

const lists = {
  organization: ['Cobalt Ridge Health', 'Cobalt Ridge'],
  competitors: ['Mesa Vista'],
  codenames: ['Falcon', 'Project Falcon', 'Maple'],
  'codename/falcon': ['Pinecrest acquisition'],
  'protected-subjects': ['Pinecrest'],
};
const checker = checkerFor('confidential', { lists });
const flags = (text: string) => flagged(checker, text, 'confidential');

describe('confidential: not-yet-public cues in wider wordings', () => {
  it.each([
    ['falcon kickoff got moved to the 14th, tell your teams.', 'falcon'],
    ['saw the pinecrest CFO in our lobby again, falcon is real.', 'falcon'],
    ['everyone upstairs keeps saying "maple" like we can\'t guess what it means', 'maple'],
    ['The pharmacy hours change in May. This is internal, so keep it off Facebook.', 'This is internal'],
    ['Got an email marked internal: the imaging wing moves to Elm Street in the fall.', 'marked internal'],
    ['Our director told us in confidence that two tech positions get cut next quarter.', 'in confidence'],
    ["Nobody's supposed to know but the clinic on 3rd closes in June.", "Nobody's supposed to know"],
    ['Someone left the salary spreadsheet open in the workroom: charge nurses are at $48/hr.', 'left the salary spreadsheet open'],
    ['The board packet says the CEO gets a 1.4 million bonus. Wild.', '1.4 million bonus'],
    ['Management budgeted $900K for travel nurses this winter.', 'budgeted $900K'],
    ['The approved range for the new coordinator job is 61-67k, ask for the top.', '61-67k'],
    ['Heard in huddle they are fixing to cut the weekend clinic and let 4 techs go.', 'let 4 techs go'],
    ['Rumor is Cobalt Ridge is about to buy out Harmon Family Practice, it aint final.', 'aint final'],
    ['Heads up coworkers: the side door by the loading dock does not latch, anyone can pull it open.', 'does not latch'],
    ['Badge readers on the lab doors can be bypassed if you hold the handle down.', 'can be bypassed'],
    ["You'll hear about it officially next week, but Cobalt Ridge is opening a sleep lab!", 'hear about it officially'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'A falcon was perched on the parking garage this morning, gorgeous bird.',
    'Maple syrup on pancakes after a night shift is the only correct choice.',
    'Internal medicine grand rounds moved to Thursday, see you there.',
    'The hospital announced today that Cobalt Ridge is opening a sleep lab next spring.',
    'Mesa Vista laid off their whole billing team last year, it was in the paper.',
    'My partner and I did over 900 home visits between us this year!',
    "Don't tell anyone yet but my sister is pregnant with twins!!",
    'Our job posting for the coordinator role lists 61-67k, apply on the careers page.',
    'We split a $40 pizza and a 2-liter between us after the shift.',
    'A $5,000 sign-on bonus for ICU nurses, apply on our careers page.',
  ])('leaves public and everyday mentions alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('reads the codename from the pack: without it, a lower-case "falcon kickoff" is a bird', () => {
    const text = 'falcon kickoff got moved to the 14th, tell your teams.';
    expect(flagged(checkerFor('confidential'), text, 'confidential').join()).not.toContain('falcon');
  });
});
