// Wider damaging-predicate classes: billing or charting what never happened however far apart the
// halves sit, a misdiagnosis told by what it turned out to be, impairment told by its occasion,
// a cover-up told by who was kept in the dark, sarcastic praise, and winks that ask the reader to
// supply the accusation. Sentences written for these tests about a made-up pack's rival, with
// clean near-misses: sincere praise, the writer's own record, neutral outcomes.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { competitors: ['Ashford Regional', 'Ashford'], organization: ['Kestrel Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: wider classes', () => {
  it.each([
    ['Ashford Regional invoiced our practice for three months of on-site IT support that they never actually delivered.', 'never actually delivered'],
    ['Dr. Wren Osei at Ashford keeps charting physical exams she never did.', 'she never did'],
    ['Ashford Regional sent my neighbor home with reflux that turned out to be a heart attack.', 'sent my neighbor home'],
    ['The ortho group at Ashford set my nephew\'s wrist wrong and now he needs another operation.', 'set my'],
    ['Dr. Wren Osei at Ashford gave my mother the wrong antibiotic twice.', 'wrong antibiotic'],
    ['Dr. Wren Osei did a full clinic after a couple of beers at lunch.', 'after a couple of beers'],
    ['Ashford Regional kept the mold report in a drawer for a month.', 'in a drawer'],
    ['Dr. Wren Osei at Ashford failed her drug screen last spring.', 'failed her drug screen'],
    ['Ashford Regional never reported the patient fall to the state.', 'never reported'],
    ['Congrats to Ashford Regional on their "award-winning" stroke center 🙃 shame about all the clot-busters they forgot to give', 'forgot to give'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    ['Sir, you were turned away for a reason. You showed up to your appointment drunk and shouted at our staff.', 'drunk'],
    ['We are sorry you feel that way, but your review leaves things out. You arrived intoxicated and our staff asked you to leave.', 'arrived intoxicated'],
    ['For anyone reading: this reviewer is a former employee who was fired for stealing from the front desk.', 'stealing'],
    ['A certain night hospitalist on 3 North (you know who). She has been charting neuro checks she never actually did.', 'she never actually did'],
    ['The Dunmore gym owner pocketed everyone\'s annual fees and vanished.', 'pocketed'],
  ])('finds the person a reply or a role points at: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Sir, you were right, we double-booked your appointment and we are sorry.',
    'Thank you for your review! You were a delight to care for.',
    'A certain night hospitalist on 3 North brought donuts for everyone. She never forgets a birthday.',
  ])('leaves a reply or a role alone without a claim: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('reads a wink that asks the reader to supply the accusation about a named person', () => {
    expect(flags('Dr. Wren Osei left Ashford in a hurry. There\'s a reason she left, ask me how I know.').length).toBeGreaterThan(0);
  });

  it.each([
    'Congrats to Ashford Regional on their new maternity ward, the nurses there are wonderful.',
    'We billed the insurer for the visit Dr. Wren Osei did on Tuesday and it was paid.',
    'Ashford Regional sent my neighbor home with reflux meds and she feels great now.',
    'I forgot to bring my badge to Ashford Regional today, rough start.',
    'Ashford Regional reported the outage to the state within the hour, per their statement.',
    'Dr. Wren Osei charted every visit on time this week, a record for our team.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
