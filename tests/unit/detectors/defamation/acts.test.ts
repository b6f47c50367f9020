// Damaging acts read as classes (a verb class joined to an object class): diverting controlled
// drugs, scripts written as favours, billing against the facts, hiding an incident, missed
// diagnoses, harm to someone's body, sexual relations with people in one's care; and targets
// typed carelessly (lower case, no period after "St"), or pinned by the words around a role.
// Near-misses: the same words in clinical talk, praise, policy opinion and one's own mistakes.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health', 'St. Brennan'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: damaging acts by class', () => {
  it.each([
    ['Pretty sure the float nurse at Birchwood Health was skimming dilaudid from the pyxis all spring.', 'skimming'],
    ['Dr. Halvorsen writes xanax for half his tennis club buddies, everyone knows.', 'writes xanax for half his tennis club buddies'],
    ['The owner of Larkspur Pharmacy sells hydrocodone out the back, my neighbor saw it.', 'sells hydrocodone'],
    ['Birchwood Health invoices families for private-duty aides they never staff.', 'invoices families for private-duty aides they never staff'],
    ['Ridgeway Hospice bills medicare for 30 patients and only has 12 on the census.', 'only has'],
    ['Birchwood Health codes every sprain visit as level 5 to squeeze the insurers.', 'codes every sprain visit as level 5'],
    ['Word is Birchwood Health is hiding a norovirus outbreak on their rehab floor.', 'hiding a norovirus outbreak'],
    ['Birchwood Health knew for months and said nothing to the families.', 'knew for months and'],
    ['The radiologist at Birchwood Health missed the lesion on her first CT.', 'missed the lesion'],
    ['That laser tech at Birchwood Health scarred a teenager’s cheeks last month.', 'scarred a teenager’s cheeks'],
    ['The chaplain at St. Brennan is dating one of his parishioners, it is an open secret.', 'dating one of his parishioners'],
    ['Birchwood Health has a long history of botched implants nobody talks about.', 'long history of botched implants'],
    ['Birchwood Health staff pad their own inspection logs so the numbers look clean.', 'pad their own inspection logs'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The pharmacist at Birchwood Health walked me through how to dispose of old oxycodone safely.',
    'Birchwood Health stopped prescribing ativan to new patients over 65 this year, a good policy.',
    'I missed the lecture on fractures at Birchwood Health, anyone have notes?',
    'Birchwood Health billing office was quick and kind when I called about my bill.',
    'My friend asked me to keep it quiet until she tells her team, but Birchwood Health gave her great news today!',
    'Our unit at Elmstead Health sits on the falls committee with Birchwood Health nurses.',
    'The charge nurse never showed me the new pump at Birchwood Health, I had to ask.',
    'I should have caught it sooner myself, my own fault, but the Birchwood Health team fixed it fast.',
    'My brother is dating a nurse at Birchwood Health and she is lovely.',
    'Birchwood Health bills insurance directly so families never see a paper invoice.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: targets the name runs miss', () => {
  it.each([
    ['st brennan charges families for sitters who were never there.', 'charges families for sitters who were never there'],
    ['heard that carla mendoza at the front desk pockets the copay cash.', 'pockets the copay cash'],
    ['the lady who runs Rosewood Adult Day swipes oxycodone from the residents.', 'swipes oxycodone'],
    ['the sonographer at Birchwood Health missed the bleed on the first scan.', 'missed the bleed'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it('leaves a lower-case name with praise alone', () => {
    expect(flags('carla mendoza at the front desk remembered my mom’s birthday, what a gem.')).toEqual([]);
  });
});

describe('defamation: replies to a named person, businesses named in lower case', () => {
  it.each([
    ['Ms. Varga, with respect, you arrived at your appointment intoxicated and the team had to reschedule.', 'arrived at your appointment intoxicated'],
    ['Respectfully, Dale, you showed up an hour late and obviously drunk.', 'showed up an hour late and obviously drunk'],
    ['maplewood senior living on cobb rd leaves residents unattended for hours every night.', 'leaves residents'],
    ['brightway staffing pockets the overtime pay of every traveler they place.', 'pockets the overtime pay'],
    ['Birchwood Health spikes its "herbal" sleep gummies with melatonin doses ten times the label.', 'spikes its'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Hi Marcus, so glad the program helped you get back to work after the DUI, keep it up!',
    'Dana, you showed up for every single shift during the storm, thank you.',
    'my old staffing agency finally paid my overtime, thank goodness.',
    'If you are wondering why every nurse you know is wearing red today, ask them.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
