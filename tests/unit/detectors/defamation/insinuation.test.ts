// Insinuation read from its manner: a scare-quoted act or title, a departure asked about with a
// hurry or a hush, a question that takes its claim for granted; and the doers such claims lean on
// (a veiled firm, a lower-case own name that acts, "he"/"she" a sentence or two back, a sentence
// whose subject is left out). Sentences written for these tests about a made-up pack, with clean
// near-misses: a nickname in quotes, a quoted word that accuses no one, a departure told plainly.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';
import { askedDeparture, presupposes, scareQuotes } from '../../../../lib/engine/detectors/defamation/insinuation';

const checker = checkerFor('defamation', { lists: { competitors: ['Ashford Regional', 'Ashford'], organization: ['Kestrel'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('insinuation: scare quotes', () => {
  it.each([
    ["The surgeon 'misplaced' the pathology slides, again.", "'misplaced'"],
    ['Funny how the chart just "disappeared" the week before the audit.', '"disappeared"'],
    ["He didn't 'retire', trust me.", "'retire'"],
  ])('reads a quoted euphemism as an act: %s', (text, hit) => {
    expect(scareQuotes(text).acts.map((h) => h.text)).toContain(hit);
  });

  it.each([
    ["Ashford's 'dermatologist' did my aunt's mole removal.", "'dermatologist'"],
    ['Their "nurse" at the front desk gave my son a shot.', '"nurse"'],
  ])('reads a quoted title that heads a noun phrase as a claim: %s', (text, hit) => {
    expect(scareQuotes(text).titles.map((h) => h.text)).toContain(hit);
  });

  it.each([
    'My patients call me "doc" and I love it.',
    'We named the new protocol "Bridge" after the unit that built it.',
    "The sign on the door said 'Closed' when I got there.",
    'My kid keeps calling the thermometer a "beeper" and I have no notes.',
  ])('leaves a nickname or a plain quotation alone: %s', (text) => {
    const q = scareQuotes(text);
    expect([...q.acts, ...q.titles]).toEqual([]);
  });

  it.each([
    ["Ashford Regional 'lost' my mother's biopsy results twice.", 'lost'],
    ['Ashford\'s "physician" on the night shift is a first-year nobody supervises.', 'physician'],
  ])('flags a scare-quoted act or title about a target: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Ashford Regional has a "no phones" rule in the NICU, which I respect.',
    'My mentor at Ashford Regional calls every new grad "doc" on their first day.',
  ])('stays quiet when the quotes accuse no one: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('insinuation: a departure asked about', () => {
  it.each([
    'Why did their pharmacy manager quit so suddenly?',
    'Anyone else wonder how come the clinic director left overnight?',
    'Dr. Vale resigned without any explanation. Ask yourself why.',
  ])('asks about a hurried or hushed leaving: %s', (text) => {
    expect(askedDeparture(text)).toBe(true);
  });

  it.each([
    'Dr. Vale retired in June after thirty years and we threw her a party.',
    'Why did the bus leave early today?',
    'She left quickly because her daughter was sick.',
  ])('not a plain or explained departure: %s', (text) => {
    expect(askedDeparture(text)).toBe(false);
  });

  it('flags a named person whose hurried exit is asked about', () => {
    expect(flags('Why did Dr. Lena Vale leave Ashford Regional so quietly? Just asking.').length).toBeGreaterThan(0);
  });

  it('stays quiet on a farewell told plainly', () => {
    expect(flags('Dr. Lena Vale left Ashford Regional in May to be closer to her grandkids. We miss her!')).toEqual([]);
  });
});

describe('insinuation: a question that takes its claim for granted', () => {
  it('a factive verb before the claim asserts it', () => {
    const text = 'Why does nobody talk about how the owner lost her license?';
    expect(presupposes(text, text.indexOf('lost'))).toBe(true);
  });
  it('an open question does not', () => {
    const text = 'Did the owner lose her license?';
    expect(presupposes(text, text.indexOf('lose'))).toBe(false);
  });
});

describe('defamation: doers a claim leans on', () => {
  it.each([
    ['A certain staffing agency billed us for nurses who never showed up.', 'never'],
    ['So the new ortho guy at Ashford Regional everyone raves about? Showed up to a case smelling like a brewery.', 'smelling'],
    ['Remember Dr. Lena Vale from Ashford? Great bedside manner. She was drunk when she did my dad\'s scope.', 'drunk'],
    ['The owner of Ashford Regional bills Medicaid for home visits while she is on vacation.', 'bills'],
    ['kestrel knew about the broken lift for months and did nothing.', 'knew'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'A certain staffing agency sent us three great travelers this month.',
    'Dr. Lena Vale from Ashford was high on life after her daughter\'s wedding.',
    'The owner of Ashford Regional bills patients on the first of the month, like everyone.',
    'kestrel knew we needed more parking and built a garage.',
    'I smelled like the cafeteria fryer all shift, sorry coworkers.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: discipline, romance with a subordinate, sitting on a finding, pinned roles', () => {
  it.each([
    ['Dr. Lena Vale at Ashford got her DEA registration suspended last fall.', 'registration suspended'],
    ['Heard Dr. Lena Vale had her board certification revoked over the summer.', 'certification revoked'],
    ['Dr. Lena Vale at Ashford is dating a resident on her service.', 'dating a resident on her service'],
    ['Ashford\'s chief of surgery has been sleeping with one of his scrub techs on his team for a year.', 'sleeping with'],
    ['The anchor Mara Holt is hooked up with one of her sources at Ashford, that\'s where the scoops come from.', 'hooked up with one of her sources'],
    ['Ashford Regional sat on the positive Legionella cultures for three weeks.', 'sat on the positive Legionella cultures for three weeks'],
    ['The pharmacist in Dunmore was drunk when he filled my mother\'s scripts.', 'drunk'],
    ['I heard the new charge nurse got walked out for pocketing fentanyl wastes.', 'pocketing'],
    ['If you work at Ashford Regional you already know. They sat on the mold report for months.', 'sat on'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Dr. Lena Vale at Ashford got her DEA registration renewed last fall.',
    'Dr. Lena Vale is dating a firefighter from the station on Elm, cutest couple.',
    'Ashford Regional sat on the panel for three weeks reviewing the new sepsis bundle.',
    'We sat on the bench outside Ashford for an hour waiting for the shuttle.',
    'The pharmacist in Dunmore stayed late to fill my mother\'s scripts, bless her.',
    'The new charge nurse at Ashford got walked through the whole unit on her first day.',
    'I work at Ashford Regional and we sat on the hiring panel for a month.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: care waved off, care sold, contraband, a verdict on the sentence before', () => {
  it.each([
    ['The urgent care doc at Ashford told my uncle his chest pain was just reflux.', 'chest pain was just reflux'],
    ['Ashford Regional discharged a bleeding mom six hours after her c-section.', 'discharged a bleeding mom'],
    ['Dr. Lena Vale at Ashford orders MRIs on every sore knee because it pays.', 'because it pays'],
    ['Ashford\'s allergy clinic keeps testing kids for allergies that they don\'t have, just to sell them shot packages.', 'that they don\'t have'],
    ['Dr. Lena Vale at Ashford put a stent in my dad that he never needed, among all the stents nobody needed.', 'stents nobody needed'],
    ['The optometrist at Ashford gave my daughter the wrong lenses twice.', 'wrong lenses'],
    ['Heard Dr. Lena Vale at Ashford was caught with fentanyl vials in her locker.', 'caught with fentanyl vials'],
    ['Our facilities director left the boiler alarm switched off for a month. That\'s negligence.', 'negligence'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The urgent care doc at Ashford told my uncle his chest pain was a heart attack and called 911, bless her.',
    'I picked night shift at Ashford Regional because it pays better.',
    'Ashford Regional discharged a healthy baby girl today and the parents cried happy tears.',
    'Ashford Regional runs a bake sale every June just to sell them cookies, the kids love it.',
    'Ashford Regional tests every patient who doesn\'t have a recent screen on admission.',
    'Dr. Lena Vale at Ashford ordered the tests my mom needed and caught it early.',
    'I gave my patient the wrong lunch tray yesterday, caught it before she ate.',
    'I got caught with my phone in the med room at Ashford, my bad.',
    'Our facilities director fixed the boiler alarm in a day. That\'s leadership.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
