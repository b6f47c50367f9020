// Acts read by lemma and what frames them: drinking inside work (a preposition puts it on the job,
// not after it), a blow to a person, care ordered for the doer's own money (the purpose clause
// names the gain), a share of money kicked back to someone, and a lie told under oath.
// Near-misses: coffee on shift, a drink after work, beating someone in a race, care ordered for a
// clinical reason or by the writer, testimony that is no lie, a ball or work sent back, kicking back.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: acts inside work, blows, self-dealing care, perjury', () => {
  it.each([
    ['The day supervisor at Birchwood Health drinks on the job.', 'drinks on the job'],
    ['Dr. Kell at Birchwood Health was drinking during the case, the whole team saw it.', 'drinking during the case'],
    ['Deputy Harlan beat a handcuffed man at the Birchwood Health ER entrance last month.', 'beat a handcuffed man'],
    ['Dr. Fenn at Birchwood Health orders sleep studies on everyone because he owns the DME company.', 'orders'],
    ['The hospitalists at Birchwood Health order a CT on every admit to juice their RVUs.', 'order a CT'],
    ['Dr. Fenn at Birchwood Health refers his patients to PT because he owns a piece of the clinic.', 'refers'],
    ['Their lead negotiator at Birchwood Health lied under oath at the hearing.', 'lied under oath'],
    ['The consulting firm Birchwood Health hired kicks a cut of the savings back to their CFO.', 'kicks a cut of the savings back'],
    ['Birchwood Health’s lab kicks 10 percent back to every doctor who sends them samples.', 'kicks 10 percent back'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
  it.each([
    'The charge nurse at Birchwood Health drinks coffee on the job all night.',
    'Dr. Kell at Birchwood Health drinks after work with the residents every Friday.',
    'Dr. Kell at Birchwood Health beat the other residents to the parking lot.',
    'Dr. Kell at Birchwood Health beat the interns at trivia night again.',
    'Dr. Fenn at Birchwood Health orders sleep studies on everyone because the guidelines changed.',
    'I order the labs because I own the liability at Birchwood Health.',
    'Dr. Fenn at Birchwood Health scans every knee to be safe.',
    'Dr. Pell at Birchwood Health testified under oath that the pump worked as labeled.',
    'The Birchwood Health soccer coach kicks the ball back to the kids at practice.',
    'Dr. Lin at Birchwood Health kicked back with a margarita after the marathon shift.',
    'Birchwood Health kicks back the denied claims to the billing team every Monday.',
  ])('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
