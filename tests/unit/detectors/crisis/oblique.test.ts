// Crisis topics told obliquely: nicknames for the outage and the work done by hand, the picket
// told by its signs and its calls to pay the nurses, the water told by what people bring and
// ask, in English and Spanish. A made-up pack (Harbor Point) shows the topics come from the
// pack; clean near-misses share the words but not the event.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const harbor = checkerFor('crisis', {
  lists: {
    organization: ['Harbor Point Health', 'Harbor Point'],
    competitors: ['Mesa Vista'],
    'crisis/ransomware': ['ransomware', 'cyber incident'],
    'crisis/labor': ['strike', 'walkout'],
    'crisis/well-water': ['water contamination'],
  },
});
const flags = (text: string) => flagged(harbor, text, 'crisis');

describe('crisis: oblique references to an active topic', () => {
  it.each([
    ['Still charting on whiteboards on our floor, week two of this.', 'on whiteboards'],
    ['Our pharmacy is doing refills with paper slips like it\'s 1982.', "like it's 1982"],
    ['Our clinic still cannot send records until the systems are restored, sorry everyone.', 'until the systems are restored'],
    ['Day 5 of the Harbor Point cyber mess and our phones still ring nonstop.', 'cyber'],
    ['Patients keep asking our nurses: did they steal our records or not?', 'steal our records'],
    ['Our nurses were outside with their signs before sunrise today.', 'outside with their signs'],
    ['If the nurses go out next week, the lab is going to be slammed.', 'if the nurses go out'],
    ['Harbor Point, pay the nurses what they are owed before Friday.', 'pay the nurses what'],
    ['#FairContractNow for every nurse on our unit.', 'FairContractNow'],
    ['Honestly I would not take my kids to Harbor Point until someone says if the water is safe.', 'if the water is safe'],
    ['Bringing my own water jug to our clinic until somebody explains the test.', 'Bringing my own water jug'],
    ['Two of our techs got sick from the water last month and nobody said a word.', 'got sick from the water'],
    ['Las enfermeras de reemplazo ya llegaron al hospital, nosotras afuera con pancartas.', 'con pancartas'],
    ['¿Alguien sabe si el agua de la clínica ya es segura para tomar?', 'agua de la clínica ya es segura'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ').toLowerCase()).toContain(words.toLowerCase());
  });

  it.each([
    'Our team finished phishing training this week and the attack simulation went great.',
    'Honk if you love tacos, our food truck is on Elm today!',
    'Our kids asked if the lake water is safe to swim in this weekend.',
    'The road is flooded and traffic is backed up for miles near our clinic, leave early.',
    'Must be something in the water, three of our nurses are pregnant!',
    'Our kids love the whiteboard in the kitchen, it runs the whole household.',
  ])('leaves a near-miss alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('reads a rival blamed for the organization\'s own strike as the organization\'s news', () => {
    expect(flags('Bet this strike is being paid for by Mesa Vista to poach our nurses.').join(' | ')).toContain('strike');
  });

  it('still leaves the rival\'s own strike to them', () => {
    expect(flags('Mesa Vista nurses went on strike this morning, wishing them a quick deal.')).toEqual([]);
  });

  it('needs the pack topic: without a water topic, asking if the water is safe is just a question', () => {
    const other = checkerFor('crisis', { lists: { organization: ['Harbor Point'], 'crisis/labor': ['strike'] } });
    expect(flagged(other, 'Is the water safe at our clinic? Bringing my own water bottle just in case.', 'crisis')).toEqual([]);
  });
});
