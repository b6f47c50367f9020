// Insinuation by manner: a why-question takes its clause for granted ("why does X keep hiding
// ...?" asks the reason, not whether), and an act in scare quotes done to a record, a drug or
// money ("'lost' the count sheets") says it was no accident, so even a role pinned by its unit
// is accused. Near-misses: why-questions about prices or schedules, quoted acts on harmless
// things.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: why-questions and quoted acts', () => {
  it.each([
    ['why is the Birchwood Health billing office hiding the infection numbers?', 'hiding the infection numbers'],
    ['So why does the pharmacy manager at Birchwood Health keep skimming the copays?', 'skimming the copays'],
    ['why do you think the night supervisor on 5 West keeps \'losing\' the narcotics count sheets?', "'losing'"],
    ['The weekend cashier at Birchwood Health \'misplaced\' the cash box again.', "'misplaced'"],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
  it.each([
    'why does Birchwood Health charge so much for parking?',
    'Why did the Birchwood Health ER nurse leave so early today?',
    'Why does the pharmacy manager at Birchwood Health close the window at 6 on weekends?',
    'The charge nurse on 5 West \'forgot\' the pump training again, lol.',
    'Our unit manager \'lost\' my vacation request again 🙄',
    'Why do hospitals like Birchwood Health hide the prices until after the visit? Every system does it.',
  ])('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
