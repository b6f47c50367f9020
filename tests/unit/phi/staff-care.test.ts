// Care told as what the staff did to someone: patient status with no diagnosis. The doer is the
// writer's side and the one cared for is a person; a stay counts in nights or days with the team.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { matchStaffCare } from '../../../lib/engine/recognizers/health/staff-care';

const cache = new SentenceCache();
const flagged = (text: string, platform = 'facebook') =>
  detectPhi(buildDoc(text, platform, 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;
const events = (text: string) => matchStaffCare(text).map((m) => text.slice(m.start, m.end));

describe('care as a staff action', () => {
  it('reads a clinical act done to a person by the team', () => {
    expect(events('around 3am we shocked him back into rhythm')).toEqual(['we shocked him']);
    expect(events('I finally extubated her after four days')).toEqual(['I finally extubated her']);
    expect(events('our night crew restrained this guy twice')).toEqual(['our night crew restrained this guy']);
  });

  it('reads an everyday verb as care only with a stay', () => {
    expect(events('we kept her on observation till the morning')).toHaveLength(1);
    expect(events('we watched him for two more nights')).toHaveLength(1);
    expect(events('We kept her overnight')).toHaveLength(1);
  });

  it('reads a stay counted with the team, and the staff caring for someone', () => {
    expect(events('he spent nine days with us on 6 north after the crash')).toHaveLength(1);
    expect(events('her first night with us was rough')).toHaveLength(1);
    expect(events('your mom was such a pleasure to take care of')).toHaveLength(1);
  });

  it('flags an identifiable person with a staff act', () => {
    expect(flagged('Mr. Kowalczyk came back from cath and we transfused him twice overnight')).toBe(true);
    expect(flagged('the assistant principal at lincoln high spent two nights with us on 4 east')).toBe(true);
    expect(flagged('Thank you Mrs. Ibarra! Your daddy was an honor to care for these last weeks.', 'review-reply')).toBe(true);
  });

  it('near miss: the same verbs on things, on the team itself, or without a stay', () => {
    expect(events('we transferred them to the new drive')).toEqual([]);
    expect(events('we had him over for dinner')).toEqual([]);
    expect(events('I kept her sweater at the nurses station')).toEqual([]);
    expect(events('my in-laws spent a week with us over christmas')).toEqual([]);
    expect(flagged('We kept Marcus for the whole budget meeting and he was a champ')).toBe(false);
    expect(flagged('Dana spent 3 days at the beach with her kids')).toBe(false);
  });
});
