// Round 12's wider readings of brand voice: a condition as a noun after any determiner or a
// pitying adjective ("any diabetic", "that poor diabetic"), a condition adjective on followers
// and friends, a patient answered back as "sir u ...", superlatives about a practice, a group
// or an injector ranked in a named place, and the employee who says it in Spanish ("trabajo en
// X"), as "being an NP for X", or of "our X birth center". Near-misses stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf } from '../helpers';

const checker = checkerFor('brand-voice', { lists: { organization: ['Elmstead Health', 'Elmstead'] } });
const rules = (text: string) => findingsOf(checker, text, 'brand-voice').map((f) => f.ruleId);

describe('brand-voice: wider readings', () => {
  it.each([
    ['That poor diabetic kept asking for more juice.', 'brand-voice/person-first'],
    ['PSA for my diabetic followers: recipes in my highlights!', 'brand-voice/person-first'],
    ['Any diabetic should check their feet daily.', 'brand-voice/person-first'],
    ['the night shift said a schizophrenic wandered out unsupervised', 'brand-voice/person-first'],
    ['sir u literally have a sprained ankle, calm down 💀', 'brand-voice/mockery'],
    ['sí trabajo en Elmstead y les digo que vengan temprano', 'brand-voice/views-own'],
    ['being an NP for Elmstead Health has taught me patience', 'brand-voice/views-own'],
    ['Our Elmstead birth center just got new tubs!', 'brand-voice/views-own'],
    ['at our elmstead derm office we stock the new SPF', 'brand-voice/views-own'],
    ["Best injector in the state? yeah that's me", 'brand-voice/superlative'],
    ['Hilltop Podiatry is the best podiatry group in Cedar Falls', 'brand-voice/superlative'],
  ])('flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'The diabetic diet handout is on the fridge.',
    'Our Elmstead doctor was wonderful with my son.',
    'Elmstead was the best part of my week, thank you nurses!',
    "I'm not sure the best coffee in Cedar Falls is at the hospital cafe.",
    'Thank you, sir, you made my shift with that story 😂',
    'My grandma is diabetic and loves the sugar-free pie recipe.',
    'Congrats to my classmate Dr. Priya Nair on being named chief of surgery at Elmstead Health!',
  ])('leaves alone: %s', (text) => {
    expect(rules(text).filter((r) => r !== 'brand-voice/views-own' || /Elmstead/.test(text))).toEqual([]);
  });
});
