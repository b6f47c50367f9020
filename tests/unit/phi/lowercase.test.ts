// PHI read by context when a draft is typed without capitals: the person slot (a title, a
// greeting, a unit) and clinical shorthand do not depend on the shift key.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { recase } from '../../../lib/engine/text/recase';
import { matchTerms } from '../../../lib/engine/recognizers/health/match';

const cache = new SentenceCache();
const phi = (text: string, platform = 'facebook') =>
  detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
const flagged = (text: string, platform?: string) => phi(text, platform).length > 0;
const terms = (text: string) => matchTerms(text).map((m) => text.slice(m.start, m.end));

describe('recase: names by their slot', () => {
  it('reads a name after a title that is a word only before a name', () => {
    expect(recase('ran into coach hendricks at the pharmacy')).toBe('ran into Coach Hendricks at the pharmacy');
    expect(recase('aunt rose is visiting')).toBe('Aunt Rose is visiting');
  });

  it('reads the name a greeting puts next, even an everyday one', () => {
    expect(recase('hey tom, thanks for waiting')).toBe('Hey Tom, thanks for waiting');
    expect(recase('dear carlos, we are sorry')).toBe('Dear Carlos, we are sorry');
  });

  it('reads a unit named by floor and wing', () => {
    expect(recase('float pool sent me to 6 south')).toBe('float pool sent me to 6 South');
  });

  it('near miss: greetings to a group, a title with no name after it, nouns after a determiner, contractions', () => {
    expect(recase('hi all, hey everyone!')).toBe('hi all, hey everyone!');
    expect(recase('the coach will call')).toBe('the coach will call');
    expect(recase("if you're a nurse reading this")).toBe("if you're a nurse reading this");
    expect(recase("turns out it's ms")).toBe("turns out it's ms");
    expect(recase('ask your endo about it')).toBe('ask your endo about it');
    expect(recase("the labs aren't back")).toBe("the labs aren't back");
  });
});

describe('recase: given names that are also words, pinned by their frame', () => {
  it('reads a possessive that owns something as a name', () => {
    expect(recase("dawson's ok but carol's knee replacement went long")).toContain("Carol's knee");
    expect(recase("summer's almost over")).toBe("summer's almost over");
    expect(recase("valentine's day plans")).toBe("valentine's day plans");
  });

  it('reads the name after a relation or a role someone has to the writer', () => {
    expect(recase('my coworker amber finally got her cast off')).toBe('my coworker Amber finally got her cast off');
    expect(recase('my brother-in-law gene had his bypass')).toBe('my brother-in-law Gene had his bypass');
    expect(recase('my son will be home friday')).toBe('my son will be home friday');
    expect(recase('my friend said it was fine')).toBe('my friend said it was fine');
  });

  it('reads someone thanked or prayed for as a name, not the weather', () => {
    expect(recase('shout out to crystal on nights')).toBe('shout out to Crystal on nights');
    expect(recase('prayers for rain this week, and thanks to hope for')).toBe('prayers for rain this week, and thanks to hope for');
  });

  it('reads the reader named at a sentence start, not a verb before "you"', () => {
    expect(recase("sherry you don't need the second dose")).toBe("Sherry you don't need the second dose");
    expect(recase('ok. crystal, you should rest')).toBe('ok. Crystal, you should rest');
    expect(recase('see you soon! love you all')).toBe('see you soon! love you all');
  });
});

describe('clinical abbreviations in a line typed without capitals', () => {
  it('counts shorthand written in lower case when nothing in the sentence is capitalized', () => {
    expect(terms('he is getting his tavr friday')).toContain('tavr');
    expect(terms('her ercp went fine')).toContain('ercp');
  });

  it('near miss: abbreviations that are everyday words in lower case, and lower case beside capitals', () => {
    expect(terms('put a pad under it and place your bid')).toEqual([]);
    expect(terms('The ERCP and the tavr')).not.toContain('tavr');
  });
});

describe('phi verdicts that survive lowercasing', () => {
  const pairs = [
    'Coach Delgado is getting dialysis three times a week now',
    'Hi Marisol, so glad the Ativan helped with the panic attack you had in our ER',
    'Prayers for our charge nurse on 6 South, her biopsy came back positive',
    "Robin's chemo starts Monday, she asked me not to tell anyone",
    'My coworker Amber is out after her miscarriage, be gentle with her',
  ];
  for (const cased of pairs) {
    it(`keeps the verdict: ${cased.slice(0, 40)}...`, () => {
      expect(flagged(cased)).toBe(true);
      expect(flagged(cased.toLowerCase())).toBe(true);
    });
  }

  it('near miss: advice to readers with a lowercase specialist stays clean', () => {
    expect(flagged('if you have migraines, ask your neuro about the new options')).toBe(false);
    expect(flagged("if your migraines aren't controlled, ask your doc")).toBe(false);
  });
});
