// Principles: (1) a courtesy title typed in lower case is one only before a name (a known name,
// or any word when the title keeps its period), never before a place, and "miss" after a subject
// is the verb. (2) A word that names a role or occupation ("Surgeon", "Pharmacist"), or an
// everyday Spanish word ("feliz", "cielo"), is a name only with naming context. Near misses: the
// same titles before names, and the same words with a title or a naming phrase, are still names.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { isWordName } from '../../../lib/engine/lexicons/names';
import { recase } from '../../../lib/engine/text/recase';

const cache = new SentenceCache();
const names = (text: string) => buildDoc(text, 'facebook', 'nurse', cache).mentions.filter((m) => m.layer === 'identifier' && m.kind === 'name').map((m) => text.slice(m.start, m.end));

describe('lower-case courtesy titles', () => {
  it('"miss" before a place is the verb', () => {
    expect(names('i miss el paso and the food there')).toEqual([]);
    expect(names('gonna miss san antonio so much')).toEqual([]);
    expect(names('ugh i miss new york in the fall')).toEqual([]);
  });

  it('"miss" after a subject is the verb, even before a word', () => {
    expect(recase('we all miss summer already')).not.toMatch(/Miss/);
    expect(recase("i'll miss lunch again today")).not.toMatch(/Miss/);
  });

  it('a capitalized title before a place is not a title', () => {
    expect(names('Miss El Paso so much')).toEqual([]);
  });

  it('near miss: lower-case titles before known names are titles', () => {
    expect(names('mrs alvarez in 7 finally ate')).toEqual(['mrs alvarez']);
    expect(names('ms jenkins was discharged this morning')).toEqual(['ms jenkins']);
    expect(names('miss gertrude in 12 walked the hall')).toEqual(['miss gertrude']);
  });

  it('near miss: a title with its period takes any word as the name', () => {
    expect(names('mr. okonkwo in bed 4 walked today')).toContain('mr. okonkwo');
  });
});

describe('role words and everyday Spanish words need naming context', () => {
  it('a capitalized role word before a person verb is the role', () => {
    expect(names('Surgeon says the knee looks great')).toEqual([]);
    expect(names('Pharmacist told me the refill is ready')).toEqual([]);
    expect(names('Chaplain said a prayer with the family')).toEqual([]);
  });

  it('common Spanish words are everyday words, not names', () => {
    expect(isWordName('feliz')).toBe(true);
    expect(isWordName('cielo')).toBe(true);
    expect(names('feliz navidad a todos mis amigos')).toEqual([]);
    expect(names('que dios te bendiga, feliz cumple')).toEqual([]);
  });

  it('near miss: a title or a naming phrase still makes them names', () => {
    expect(names('Dr. Feliz said the scan was clear')).toContain('Dr. Feliz');
    expect(names('her name is Luz and she was admitted today')).toContain('Luz');
    expect(names('Hunter said he was admitted last night')).toContain('Hunter');
  });
});

describe('a lower-case title before an initial', () => {
  it('takes the initial as the name', () => {
    expect(recase('miss k from the bakery came back in today')).toMatch(/^Miss K /);
    expect(recase('so we saw mr j at the pharmacy')).toMatch(/Mr J /);
  });

  it('near miss: "miss" after a subject stays the verb before a letter', () => {
    expect(recase('i miss u guys so much')).not.toMatch(/Miss/);
  });
});
