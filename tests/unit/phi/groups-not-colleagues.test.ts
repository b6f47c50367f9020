// Principle: learners, students and groups the author teaches or works beside are not one
// recognizable person; a role in the plural is a group. Near miss: one of them named, or a role
// held by one person, still identifies a colleague.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('a group the author teaches is not a colleague', () => {
  it('plural learners with a care word are not identifiable', () => {
    expect(flagged('my NP students are rotating through the ICU this month')).toBe(false);
    expect(flagged('our RN residents ran their first code simulation today')).toBe(false);
    expect(flagged('so proud of my PT interns, they nailed the gait training lab')).toBe(false);
  });

  it('plural staff of a named place are a group', () => {
    expect(flagged('half of the Maplewood Clinic nurses got flu shots today')).toBe(false);
  });

  it('near miss: a single role at a named place with a health fact is identifiable', () => {
    expect(flagged('our Maplewood High librarian had surgery last week')).toBe(true);
  });
});
