// Principle: a co-worker is one person when a role is the head of "our ..." with words of its
// own that say which team or shift ("our flight medic", "our night pharmacy tech"), or is an
// upper-case title ("our CMO"), and a given name, an initial or a "who" clause follows. Their
// own health told of them is a disclosure; their work is not. Near misses: a unit or a team
// after "our", a role with no one named, the same co-worker doing their job.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';
import { colleagueRoles } from '../../../lib/engine/detectors/phi/colleague-roles';

const cache = new SentenceCache();
const doc = (text: string) => buildDoc(text, 'facebook', 'nurse', cache);
const flagged = (text: string) => detectPhi(doc(text), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;
const roles = (text: string) => colleagueRoles(doc(text)).map((s) => text.slice(s.start, s.end));

describe('a co-worker named by a role with words of its own', () => {
  it('reads the role with its team or shift, and a name in any case or an initial', () => {
    expect(roles('prayers for our cath lab tech Dominic tonight')).toEqual(['our cath lab tech Dominic']);
    expect(roles('our weekend respiratory therapist Tova is the best')).toEqual(['our weekend respiratory therapist Tova']);
    expect(roles('shoutout to our PA jess for the cookies')).toEqual(['our PA jess']);
    expect(roles('our lead nurse M has the keys')).toEqual(['our lead nurse M']);
  });

  it('reads an upper-case title and a "who" clause', () => {
    expect(roles('congrats to our CMO, who ran her first marathon')).toEqual(['our CMO']);
    expect(roles('our only blood bank tech (you know who) is a legend')).toEqual(['our only blood bank tech']);
  });

  it('near miss: a unit, a team or a plain role with nobody named', () => {
    expect(roles('our ICU is full tonight and everyone is tired')).toEqual([]);
    expect(roles('our flight medic crew is hiring, DM me')).toEqual([]);
    expect(roles('our nurse who answers the phone is off today')).toEqual([]);
    expect(roles('our cath lab tech team won the chili cookoff')).toEqual([]);
  });
});

describe('their own health is a disclosure, their work is not', () => {
  it('flags their own care or news', () => {
    expect(flagged('prayers for our cath lab tech Dominic, he had a stroke on Sunday and is in the ICU')).toBe(true);
    expect(flagged('our weekend respiratory therapist Tova is out on medical leave after her hysterectomy')).toBe(true);
    expect(flagged('our night pharmacy tech Renata just told us she\'s pregnant with her third!')).toBe(true);
    expect(flagged('sending love to our PA jess who is out for a few weeks recovering from her miscarriage')).toBe(true);
    expect(flagged('congrats to our CMO, who is expecting twins in June!! she hasn\'t announced it')).toBe(true);
    expect(flagged('our lead nurse M has been doing chemo since october and still came to the party')).toBe(true);
  });

  it('near miss: the same co-workers at work, or news that is not health', () => {
    expect(flagged('our lead nurse M ran the code like a pro today')).toBe(false);
    expect(flagged('congrats to our CMO who just got named to the state board!')).toBe(false);
    expect(flagged('our weekend respiratory therapist Tova taught the new grads how to set up a vent')).toBe(false);
    expect(flagged('our night pharmacy tech Renata caught a double dose before it went up to the floor')).toBe(false);
  });
});
