// Crisis frames: the place's water avoided or doubted in a sentence naming the place, the
// organization's own euphemism in scare quotes, and the workplace told by who speaks for the
// organization ("IT says") or by care (a clinician, a patient, a procedure). Near-misses: an
// outage somewhere else, a strike in another state, an event told as history, a sink at home.
// A made-up pack (Kestrel Health, Birchwood Clinic); sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const kestrel = checkerFor('crisis', {
  lists: {
    organization: ['Kestrel Health', 'Kestrel', 'Birchwood Clinic', 'Birchwood'],
    towns: ['Millford'],
    'crisis/network-outage': ['cyberattack', 'ransomware'],
    'crisis/labor-dispute': ['strike', 'walkout'],
    'crisis/water-quality': ['Legionella', 'water contamination'],
  },
});
const flags = (text: string) => flagged(kestrel, text, 'crisis');

describe('crisis: the place water avoided or doubted', () => {
  it.each([
    "I wouldn't fill my kid's bottle from the fountains at Birchwood right now, just saying.",
    'Our techs got told not to use the taps at Birchwood Clinic anymore, what are they not telling us?',
    'Is the water at Birchwood even safe? My neighbor got sick after her visit.',
    'Whatever they found in the pipes at Birchwood, nobody is saying it out loud.',
    'No tomen agua de las llaves en Birchwood, hay algo raro.',
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });
});

describe('crisis: the organization euphemism in scare quotes', () => {
  it.each([
    "Our surgeries keep getting moved because of the 'IT issue' and nobody explains anything.",
    "Still can't badge into the med room, IT says it's part of the 'network problem'.",
    "The 'scheduled maintenance' on our charting system is on day five, sure it is.",
    "Kestrel patients got a letter about 'a security incident' this week, check your bank statements.",
    "Our clinic closed the sinks for the 'plumbing work', funny timing.",
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });
});

describe('crisis: the workplace told by who speaks for it', () => {
  it.each([
    'IT says the systems are still down and we should plan on paper through Friday.',
    'HR told managers the portal is still down, so payroll will be late.',
    'My patient missed her chemo because the computers are down again.',
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });
});

describe('crisis frames: clean near-misses', () => {
  it.each([
    // An unrelated outage, or a strike elsewhere.
    "There was an outage at the coffee chain's app today, no mobile orders lol.",
    'Nurses in Minnesota went on strike last year over staffing.',
    // A past event told as history.
    'Back in 2019 we had a water main break and the ER went on diversion for a day.',
    // Water and quotes in everyday life.
    'Our kitchen sink is leaking again, calling a plumber tonight.',
    'Birchwood Clinic has a new water bottle filling station by the lobby, come try it!',
    "My toddler calls broccoli 'little trees' and I love it.",
    // General security education.
    'Phishing emails fake urgency, so hover over links before you click them.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('crisis frames read sensitivity', () => {
  const lists = { organization: ['Kestrel Health', 'Birchwood Clinic', 'Birchwood'], 'crisis/water-quality': ['Legionella'] };
  const at = (sensitivity: string) => checkerFor('crisis', { lists, settings: { sensitivity } });
  const text = "I wouldn't fill my kid's bottle from the fountains at Birchwood right now, just saying.";
  it('raises a topic told without its words at medium and high, not at low', () => {
    expect(flagged(at('medium'), text, 'crisis').length).toBeGreaterThan(0);
    expect(flagged(at('high'), text, 'crisis').length).toBeGreaterThan(0);
    expect(flagged(at('low'), text, 'crisis')).toEqual([]);
  });
});
