import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf, flagged } from './helpers';

const checker = checkerFor('defamation', { lists: { competitors: ['Hillcrest Regional'], organization: ['Maple Valley Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation detector', () => {
  it.each([
    ['Dr. Amos Kettering forged his fellowship certificate and nobody checked.', 'forged'],
    ['Everyone should know that Nurse Talia Brandvold was diverting opioids from the med cart all last year.', 'diverting opioids'],
    ['Hillcrest Regional butchered my cousin’s spinal fusion and then lied to the family about it.', 'butchered'],
    ['Quentin Farraday, the billing director at Oakmont Surgical, embezzled the staff holiday fund.', 'embezzled'],
    ['Harbor Point Staffing keeps placing aides with revoked licenses in nursing homes.', 'revoked licenses'],
    ['Councilwoman Perla Dunmore takes bribes from developers, everyone at city hall knows.', 'bribes'],
    ['Everyone is scared of Dr. Silas Wendt on nights. Predator.', 'Predator'],
    ['Dr. Silas Wendt shows up high to his morning clinic at least once a week.', 'shows up high'],
    ['Hillcrest Regional misdiagnosed my uncle’s stroke and sent him home to die.', 'misdiagnosed'],
    ['Former charge nurse Odette Lindqvist was fired for faking vitals charting on nights.', 'fired for faking'],
    ['Why does Dr. Silas Wendt keep losing patients on routine cases? Asking for a friend.', 'Why does'],
  ])('flags a damaging claim about a named target: %s', (text, words) => {
    const found = flags(text);
    expect(found.join(' ')).toContain(words);
  });

  it('states an assertive claim as an error and explains the proper channel', () => {
    const [f] = findingsOf(checker, 'Dr. Amos Kettering falsified the infection numbers in his report.', 'defamation');
    expect(f.severity).toBe('error');
    expect(f.explanation).toMatch(/verifiable facts/);
    expect(f.evidence.some((e) => e.kind.startsWith('target'))).toBe(true);
  });

  it('keeps a hedged claim about a named person a warning', () => {
    const [f] = findingsOf(checker, 'I think Dr. Amos Kettering may have faked the results of that trial.', 'defamation');
    expect(f.severity).toBe('warning');
  });

  it('flags insinuation about a named person as a warning', () => {
    const [f] = findingsOf(checker, 'Funny how Dr. Amos Kettering’s patients keep ending up back in our ICU. Just saying.', 'defamation');
    expect(f?.severity).toBe('warning');
  });

  it.each([
    'Dr. Amos Kettering is the kindest surgeon I have ever worked with.',
    'Some hospitals game their readmission numbers, and the whole payment model rewards it.',
    'Prior authorization rules are a fraud on patients, and the law should change.',
    'According to the state board’s published ruling, Dr. Amos Kettering was fined for late charting.',
    'Dr. Amos Kettering never botched a single case in thirty years.',
    'We caught the error in our own lab and fixed it before any results went out.',
    'Huge thanks to Officer Dana Whitfield, who caught the guy stealing catalytic converters in our garage!',
    'Dr. Imani Okafor gave a great talk on how to spot Medicare fraud schemes.',
    'PSA: scammers are impersonating Hillcrest Regional billing staff; it is a fraud attempt, hang up.',
    'Just finished the new Tana French novel. The detective lies to everyone and I loved it.',
  ])('leaves praise, policy criticism, cited outcomes and untargeted remarks alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('reads competitors from the pack: adding one makes a claim about it flagged', () => {
    const text = 'Brightwater hides its infection rates from the state.';
    expect(flagged(checkerFor('defamation'), text, 'defamation')).toEqual([]);
    const withCompetitor = checkerFor('defamation', { lists: { competitors: ['Brightwater'] } });
    expect(flagged(withCompetitor, text, 'defamation').length).toBe(1);
  });
});
