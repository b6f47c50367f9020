// Principle: a name is read from context, and words that are also units or everyday words need
// it. A short word after a number is its unit ("20 Min", "3 Mo"); an everyday-word name ("Will",
// "Hope", "Bill") needs a title, a possessive, a vocative or a person verb. Near misses: the
// same names in those contexts are still names.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { isWordName } from '../../../lib/engine/lexicons/names';
import { findSubjects } from '../../../lib/engine/detectors/phi/subjects';

const cache = new SentenceCache();
const names = (text: string) => buildDoc(text, 'facebook', 'nurse', cache).mentions.filter((m) => m.layer === 'identifier' && m.kind === 'name').map((m) => text.slice(m.start, m.end));

describe('units and everyday words are not names without context', () => {
  it('a short word after a number is its unit', () => {
    expect(names('inversion table 20 Min a day fixed my back')).toEqual([]);
    expect(names('we waited 3 Hrs in triage')).toEqual([]);
  });

  it('marks units that are also names as needing context in the lexicon', () => {
    expect(isWordName('min')).toBe(true);
    expect(isWordName('mo')).toBe(true);
  });

  it('an everyday-word name alone at the start of a sentence is the word', () => {
    expect(names('Hope the new schedule works for everyone')).toEqual([]);
    expect(names('Will be on nights all week')).toEqual([]);
  });

  it('near miss: the same names with a title, a possessive or a vocative are names', () => {
    expect(names('Mr. Will Jansen was admitted today')).toContain('Mr. Will Jansen');
    expect(names("so relieved, Grace's surgery went well")).toContain('Grace');
    expect(names('Thanks so much, Min!')).toContain('Min');
  });
});

describe('a capitalized health word is not a person', () => {
  const subjects = (text: string) => findSubjects(buildDoc(text, 'facebook', 'nurse', cache)).filter((s) => s.kind === 'name').map((s) => text.slice(s.start, s.end));
  it("near miss: a talk's title that is a symptom is no one's name", () => {
    expect(subjects("grand rounds at noon today: 'Itch, explained.' bring your questions")).toEqual([]);
  });
  it('still reads a name that is not a health word', () => {
    expect(subjects('Rose was admitted with a stroke')).toEqual(['Rose']);
  });
});
