// Principle: someone in a numbered room who eats, sleeps, walks, goes home or dies is a patient
// there; that is patient status with no disease word. Near misses: the room's own state, the
// writer's own acts in a room, a meeting's room.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('a room in which a patient act is told', () => {
  it('flags eating, sleeping, walking, going home, dying', () => {
    expect(flagged('room 214 finally slept through the night, small wins')).toBe(true);
    expect(flagged('rm 31 ate half his sandwich today!!')).toBe(true);
    expect(flagged('room 6 walked to the nurses station and back with the walker')).toBe(true);
    expect(flagged('room 418 finally went home after nineteen days')).toBe(true);
    expect(flagged('room 22 coded twice before noon, I need a nap')).toBe(true);
    expect(flagged('room 15 passed peacefully at 3am with her daughters there')).toBe(true);
  });

  it('flags the act told of "she" or "he" after the room, and in Spanish', () => {
    expect(flagged('visited old Mr. Paulsen, room 7, he finally sat up in the chair')).toBe(true);
    expect(flagged('la viejita del cuarto 12, por fin comió su desayuno completo')).toBe(true);
  });

  it('near miss: the room itself, our own acts, a meeting room', () => {
    expect(flagged('room 12 finally got a new TV after three months of complaints')).toBe(false);
    expect(flagged('we ate lunch in room 5 today because the break room is being painted')).toBe(false);
    expect(flagged('conference room 3 finally has working wifi')).toBe(false);
    expect(flagged('room 40 passed its fire drill with flying colors')).toBe(false);
    expect(flagged('room 9 is where I ate my feelings during boards prep')).toBe(false);
    expect(flagged('the training room 2 walked us through the new pumps, fun day')).toBe(false);
  });
});
