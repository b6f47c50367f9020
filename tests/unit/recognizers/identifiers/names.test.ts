import { describe, expect, it } from 'vitest';
import { found, kindsOf } from './helpers';

const names = (text: string) => found(text).filter((f) => f.startsWith('name:'));

describe('names', () => {
  it('takes a title with the name that follows, including initials and possessives', () => {
    expect(names('Mrs. Okafor-Lindqvist in bed 2')).toEqual(['name:Mrs. Okafor-Lindqvist']);
    expect(names("saw Dr. J.R. Castellanos today")).toEqual(['name:Dr. J.R. Castellanos']);
    expect(names('Mr. K was grumpy')).toEqual(['name:Mr. K']);
    expect(names("Ms. Abernathy's knee is better")).toEqual(['name:Ms. Abernathy']);
    expect(names('Coach Dimitrova made us run')).toEqual(['name:Coach Dimitrova']);
  });
  it('finds first name and surname pairs from the lexicons, middle initials too', () => {
    expect(names('we sat with Harold Jimenez after lunch')).toEqual(['name:Harold Jimenez']);
    expect(names('I met Priya K. Raghunathan at the desk')).toEqual(['name:Priya K. Raghunathan']);
  });
  it('finds a single known name inside a sentence', () => {
    expect(names('we all miss Gertrude so much')).toEqual(['name:Gertrude']);
  });
  it('takes names that are also words only with support', () => {
    expect(names('I hope you will grace us with joy')).toEqual([]);
    expect(names('Hope said the test went fine')).toEqual(['name:Hope']);
    expect(names('thanks for everything, Will!')).toEqual(['name:Will']);
    expect(names('Grace Nakamura stopped by')).toEqual(['name:Grace Nakamura']);
    expect(names('My patient Faith is home')).toEqual(['name:Faith']);
  });
  it('takes unknown capitalized words as a name when an age or a speech verb follows', () => {
    expect(names('Thandeka Mbatha, 44, brought cookies')).toEqual(['name:Thandeka Mbatha']);
    expect(names('Afterwards Oyelowo told us the news')).toEqual(['name:Oyelowo']);
  });
  it('finds names after naming phrases, even unknown ones', () => {
    expect(names('her name is Xochitl')).toEqual(['name:Xochitl']);
    expect(names('they named her Zuleikha')).toEqual(['name:Zuleikha']);
  });
  it('finds names written in lower case after a naming phrase', () => {
    expect(names('my name is maria gonzalez')).toEqual(['name:maria gonzalez']);
  });
  it('finds initials that stand for a person', () => {
    expect(names("B.K.'s scans look better")).toEqual(['name:B.K.']);
    expect(names('We moved T.R. in 14 overnight')).toEqual(['name:T.R.']);
    expect(names('The U.S. team and the E.R. staff')).toEqual([]);
  });
  it('finds @handles', () => {
    expect(found('tagging @nurse_jo and @sam.k92')).toEqual(['name:@nurse_jo', 'name:@sam.k92']);
  });
  it('extends a list once one member is a name', () => {
    expect(names('Night crew: Oksana, Bartholomew and Tiv')).toEqual(['name:Oksana', 'name:Bartholomew', 'name:Tiv']);
  });
  it('near misses: organizations, streets, places, eponyms and sentence openers', () => {
    expect(names('Lakeside Clinic and Jefferson Street are near Boston')).toEqual([]);
    expect(names("Her Alzheimer's is worse and she needs a Whipple")).toEqual([]);
    expect(names('Patient Experience can help. Just call us.')).toEqual([]);
    expect(names('Nurses, you rock')).toEqual([]);
    expect(kindsOf('WE ARE HIRING IN THE ICU')).toEqual([]);
  });
});
