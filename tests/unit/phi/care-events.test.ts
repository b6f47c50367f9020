import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { matchDailyCare } from '../../../lib/engine/recognizers/health/daily-care';
import type { Finding } from '../../../lib/engine/types';

const cache = new SentenceCache();
function phi(text: string): Finding[] {
  const doc = buildDoc(text, 'facebook', 'nurse', cache);
  return detectPhi(doc, { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' });
}
const flagged = (text: string) => phi(text).length > 0;
const events = (text: string) => matchDailyCare(text).map((m) => text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' '));

describe('daily care of a person placed in a bed is a care event', () => {
  it('reads the verb in any tense once someone is placed by number', () => {
    expect(events('the lady in bed 9 walks to the window now')).toEqual(['walks']);
    expect(events('the lady in bed 9 is walking to the window')).toEqual(['walking']);
    expect(events('the lady in bed 9 finally slept')).toEqual(['slept']);
    expect(events('the man in room 12 sat up and drank some juice')).toEqual(['sat up', 'drank']);
    expect(events('our friend in bay 2 went  home today')).toEqual(['went home']);
  });

  it('holds in lower case, with doubled spaces and without punctuation', () => {
    for (const t of ['Mrs. Okafor in Room 3 ate her whole breakfast.', 'mrs okafor in room 3 ate her whole breakfast', 'mrs  okafor in  room 3  ate her whole breakfast']) {
      expect(flagged(t)).toBe(true);
    }
  });

  it('flags a person known only by bed number who ate or walked', () => {
    expect(flagged('the fella in 22 ambulated all the way to the nurses station')).toBe(true);
  });

  it('near miss: the same verbs with nobody placed in a bed', () => {
    expect(events('the lady from accounting walked to the window')).toEqual([]);
    expect(flagged('Mr. Tran walked his dog past the clinic today')).toBe(false);
  });

  it('near miss: the verb comes before any placement', () => {
    expect(events('she walked in 5 minutes late')).toEqual([]);
  });

  it('near miss: numbers that are durations or times are not beds', () => {
    expect(events('he was in 3 meetings and still ate lunch')).toEqual([]);
    expect(events('back in 20 minutes, we walked over for coffee')).toEqual([]);
    expect(events('in 2 days he walked the whole trail')).toEqual([]);
  });
});

describe('exclusion: a group in a room is a meeting, not a patient', () => {
  it('does not read the author or a group eating in a numbered room as care', () => {
    expect(events('in room 4B we ate pizza before the in-service')).toEqual([]);
    expect(events('in room 12 everyone ate cake for the volunteer birthday')).toEqual([]);
    expect(flagged('Lunch in room 4B for the in-service, we ate and talked about badge policy')).toBe(false);
  });

  it('near miss: a third person in the same room still counts', () => {
    expect(events('in room 4 the patient ate for the first time')).toEqual(['ate']);
  });
});

describe('being in a bed is patient status on its own', () => {
  it('flags a person told as being in a numbered bed, named or known by a role in town', () => {
    expect(flagged('Mr. Dale was in bed 4 again last night, poor thing')).toBe(true);
    expect(flagged('the lady from the bakery was in bed 4 again last night')).toBe(true);
    expect(flagged('guess whose regular is back in bay 6. the guy from the tire shop is back in bay 6')).toBe(true);
  });

  it('leaves time in bed and meeting rooms alone', () => {
    expect(flagged('my kid was in bed 4 hours early last night and still woke up cranky')).toBe(false);
    expect(flagged('Dr. Patel is in room 4 for the budget meeting')).toBe(false);
  });
});
