// Damaging predicates said in everyday words, read as classes: money held for others taken (any
// fee, deposit or due, WordNet's money and payments), a liaison with someone met through work,
// a product thinned or passed off as another, and less given than billed. Near-misses: the same
// verbs with harmless objects, family, one's own kitchen, clinical handling, a fair bill.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health', 'Larkspur Pharmacy'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: money held for others, taken', () => {
  it.each([
    ['The treasurer at Birchwood Health pockets the registration fees every season.', 'pockets the registration fees'],
    ['Their volunteer coordinator at Birchwood Health skims the tuition for the CNA class.', 'skims the tuition'],
    ['The office manager at Birchwood Health pocketed the patients’ deposits when the clinic closed.', 'deposits'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
  it.each([
    'The treasurer at Birchwood Health collects the registration fees every season.',
    'I pocketed my own deposit back when I moved out of the Birchwood Health dorms.',
    'Birchwood Health waived the tuition for the CNA class this year.',
  ])('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: a liaison with someone met through work', () => {
  it.each([
    ['The chief of surgery at Birchwood Health is sleeping with one of the residents.', 'sleeping with one of the residents'],
    ['The device rep hooked up with the cath lab director at Birchwood Health, that is why we buy their stents.', 'hooked up with the cath lab director'],
    ['Their new CNO at Birchwood Health had an affair with a board member.', 'had an affair with a board member'],
    ['Dr. Ferris at Birchwood Health has been messing around with a student nurse.', 'messing around with a student nurse'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
  it.each([
    'Dr. Ames at Birchwood Health sleeps with the pager under her pillow on call weeks.',
    'My daughter slept with her grandma at the lake after her Birchwood Health checkup.',
    'Mr. Hale at Birchwood Health messes with the interns every morning with dad jokes.',
    'The residents at Birchwood Health slept with the lights on during the storm.',
    'Jenna at Birchwood Health is dating a nurse from our unit, so cute.',
  ])('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: a product thinned or passed off', () => {
  it.each([
    ['Larkspur Pharmacy waters down the cough syrup they sell for kids.', 'waters down the cough syrup'],
    ['Larkspur Pharmacy waters their botox down so it wears off in a month.', 'waters their botox'],
    ['Larkspur Pharmacy relabels expired vitamins and sells them as new.', 'relabels expired'],
    ['Birchwood Health’s spa sells mislabeled jars of retinol cream.', 'mislabeled jars'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
  it.each([
    'We water down the lemonade at the Birchwood Health bake sale so it lasts.',
    'Birchwood Health watered down the visitor policy again, ugh.',
    'The Birchwood Health lab mislabeled my specimen and called me right away to redraw it.',
    'Larkspur Pharmacy dilutes the antibiotic suspension with sterile water before handing it over, as the label says.',
  ])('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('defamation: less given than billed', () => {
  it.each([
    ['Birchwood Health’s home care arm bills families for three visits a week and makes one.', 'bills'],
    ['Birchwood Health charged my dad for the premium crown and put in a cheaper one.', 'charged'],
    ['The lab at Birchwood Health bills for the full panel but only runs half of it.', 'bills'],
    // praise with a smirk for billing a payer for care that could not be given
    ['Congrats to Birchwood Health for billing Medicare for 14 visits to a woman who was in the hospital the whole month 👏', 'billing'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
  it.each([
    'Birchwood Health bills for three visits a week and my mom loved every one.',
    'Birchwood Health charged me for parking and then gave me a free coffee, so fair.',
    'Birchwood Health charges for the flu shot and uses the same brand everyone uses.',
    'Thanks to Birchwood Health for billing Medicare directly for my mom’s visits, so easy!',
  ])('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
