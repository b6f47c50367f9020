// More everyday phrasings of each risk (a blind evaluation round found them missing), each with
// near-misses that share its words: written for these tests, about an invented organization.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from './helpers';

const organization = ['Pinecrest Health', 'Pinecrest', 'Elm Street Clinic'];

describe('defamation: credentials, licenses and counted harm', () => {
  const checker = checkerFor('defamation', { lists: { organization, competitors: ['Harbor Medical'] } });
  const flags = (text: string) => flagged(checker, text, 'defamation');

  it.each([
    ['Dr. Quill at Harbor Medical faked his fellowship and nobody checked.', 'faked his fellowship'],
    ['Dr. Ostrova lost her license in Nevada and now works at Harbor Medical.', 'lost her license'],
    ["Harbor Medical's NICU has lost four babies this year because they won't hire enough nurses.", 'lost four babies'],
    ['Harbor Medical refuses to staff the ER properly and everyone there knows it.', 'refuses to staff the ER properly'],
    ['Dr. Brandt got his privileges yanked for overprescribing.', 'overprescribing'],
    ['Word is Harbor Medical pays its ER docs under the table for referrals.', 'under the table'],
    ["Skip Harbor Medical, their spine surgeons leave patients paralyzed and settlements make it go away.", 'leave patients paralyzed'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Dr. Quill just finished her fellowship in pediatric cardiology, congratulations!',
    'We lost two patients to the flu this week and the whole unit is grieving.',
    'I lost my license plate in the parking garage, has anyone seen it?',
    'Harbor Medical opened a new wing for pediatric care this spring.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('conflict of interest: an employee posing as an ordinary customer', () => {
  const checker = checkerFor('conflict-of-interest', { lists: { organization } });
  const flags = (text: string) => flagged(checker, text, 'conflict-of-interest', { author: 'employee' });

  it.each([
    'Totally unbiased local dad here: Elm Street Clinic is where I take my kids, nowhere else!',
    "As a mom who's tried every pediatrician in the county, Pinecrest Health wins. Five stars!",
    "Just left a five-star review for Elm Street Clinic as a 'grateful patient', gotta keep our ratings up.",
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Proud to work at Pinecrest Health, where our pediatric team just won a state award.',
    'As a mom, I know how scary a fever at 2 a.m. can be. Our nurse line is open all night.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('conflict of interest: speaking at a company event', () => {
  const checker = checkerFor('conflict-of-interest', { lists: { organization, partners: ['Zelora'] } });
  const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

  it('flags promotion beside a speaking slot at the company summit', () => {
    expect(flags("Thrilled to keynote the Zelora sleep summit in May! Zelora's new patch has changed the game for my patients.").length).toBeGreaterThan(0);
  });
  it('leaves a talk with no promotion alone', () => {
    expect(flags('Thrilled to speak at the state nursing conference in May about safe staffing.')).toEqual([]);
  });
});

describe('confidential: quarters, margins, announcements to come and project words', () => {
  const checker = checkerFor('confidential', { lists: { organization, codenames: ['Kestrel'] } });
  const flags = (text: string) => flagged(checker, text, 'confidential');

  it.each([
    ['Q2 numbers came in way below plan, leadership is scrambling.', 'Q2 numbers came in'],
    ['Our operating margin sits at 1.8% right now, before the board sees it.', 'operating margin sits at 1.8%'],
    ["They're closing the sleep lab next spring and will announce it after the holidays.", 'announce it after'],
    ['Kestrel cutover moved to the second weekend of May.', 'Kestrel'],
    ['Heads up: weekend clinic hours will be cut in half starting in March.', 'hours will be cut'],
    ["Apparently they're moving the sleep lab to the north campus and nobody asked us.", "moving the sleep lab"],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Kestrel sightings over the marsh this morning, what a treat.',
    'Our Q2 newsletter is out: read about the new garden at Elm Street Clinic.',
    'The sleep lab opened last spring and has already helped hundreds of families.',
    "We're moving the sleep lab open house to Thursday, see you there!",
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('crisis: strikes and water in other words', () => {
  const checker = checkerFor('crisis', { lists: { organization } });
  const flags = (text: string) => flagged(checker, text, 'crisis');

  it.each([
    ['If management stalls again on Friday, we walk.', 'we walk'],
    ['Pretty sure there is bacteria in the Elm Street Clinic water pipes and they are sitting on it.', 'bacteria in the Elm Street Clinic water'],
    ['Heard a resident died after a fall on our unit and the family is lawyering up.', 'lawyering up'],
    ['The union says 88% voted to strike. See you on the line Tuesday.', 'voted to strike'],
    ["Day 2 of the downtime: our pharmacy can't see orders and labs are being run by phone.", "can't see orders"],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Every Sunday we walk 5K along the river with our patients and their families.',
    'Heard a great talk on water safety at the state conference today.',
    'The new pharmacy app lets you see orders and refill history in one place.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('medical claims: superiority, quick cures and the hidden-cure trope', () => {
  const checker = checkerFor('medical-claims');
  const flags = (text: string) => flagged(checker, text, 'medical-claims');

  it.each([
    ['Colloidal silver knocks out strep in two days, the pharmacies hate it.', 'knocks out strep in two days'],
    ["Honestly this new injectable is the best arthritis treatment on the market.", 'the best arthritis treatment on the market'],
    ['This patch has been a game changer for migraines, seriously.', 'game changer for migraines'],
    ["Oil pulling fixes gum disease and the dentists don't want you to know.", "don't want you to know"],
    ['Honey and lemon knocks out a cold faster than Paxlovid, trust me.', 'faster than Paxlovid'],
    ["@sam_r you can just borrow your sister's Ambien for the red-eye.", "borrow your sister's Ambien"],
    ['@kim_t those leftover antibiotics will work fine for your ear infection, no need to come in.', 'will work fine for your'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Laughter is the best medicine, and our clowns on the pediatric floor prove it daily.',
    'The new scheduling app is a game changer for our front desk.',
    'Flu shots are faster than ever at our walk-in clinics this fall.',
    'Most colds clear up in a week or two; see your doctor if a fever lasts more than three days.',
  ])('leaves alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
