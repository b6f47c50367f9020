// Principles with their near misses: initials alone stand for a person when a clear care fact is
// told of them; walking the unit's hallway is ambulation in care; an event's room is not a
// patient's; a decimal lab value before "today" is not an age.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { findSubjects } from '../../../lib/engine/detectors/phi/subjects';

const cache = new SentenceCache();
const doc = (text: string) => buildDoc(text, 'facebook', 'nurse', cache);
const flagged = (text: string) => detectPhi(doc(text), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;
const ages = (text: string) => findSubjects(doc(text)).filter((s) => s.kind === 'age').map((s) => text.slice(s.start, s.end));

describe('initials with a care fact', () => {
  it('flags initials told in care, placed or not', () => {
    expect(flagged('K.M. in bed 9 finally ate some toast')).toBe(true);
    expect(flagged('T.J. was intubated overnight')).toBe(true);
    expect(flagged('so proud of R.B. who walked the whole hallway today after two weeks flat')).toBe(true);
  });

  it('near miss: credentials written with periods, and initials with everyday news', () => {
    expect(flagged('the M.D. on call admitted three people tonight')).toBe(false);
    expect(flagged('J.K. from accounting said the flu shots are free')).toBe(false);
  });

  it('near miss: the writer walking the halls is not care', () => {
    expect(flagged('I walked the halls all night looking for a free pump')).toBe(false);
  });
});

describe('event rooms are not care', () => {
  it('near miss: a room named for a talk or a meeting', () => {
    expect(flagged('Room 5 for the keynote on sepsis care, see you there')).toBe(false);
    expect(flagged('The stroke talk is in Room 12 at 3pm')).toBe(false);
  });

  it('still flags a person placed in a room, even beside an event', () => {
    expect(flagged('pt in room 12 is septic, so the meeting got cancelled')).toBe(true);
  });
});

describe('a lab value is not an age', () => {
  it('near miss: "11.2 today" is a value', () => {
    expect(ages('hemoglobin 11.2 today, up from 9')).toEqual([]);
    expect(flagged('hemoglobin 11.2 today, up from 9')).toBe(false);
  });

  it('still reads a whole number before "today" as an age', () => {
    expect(ages('little Tommy is 7 today')).toEqual(['7 today']);
  });
});

describe('a person placed on a unit named by its care', () => {
  it('flags someone recognizable told up on the cardiac floor', () => {
    expect(flagged('cleaned the room of the Channel 9 weatherman today. he was up on the cardiac floor all week')).toBe(true);
  });

  it('near miss: staff working or floated to a unit', () => {
    expect(flagged('our charge nurse floated to the cardiac floor last night')).toBe(false);
    expect(flagged('my preceptor works in the ICU and she is amazing')).toBe(false);
  });
});
