// Principle: a person the town can pick out by where they work, described in a few words first
// ("the cute new girl at the bank drive thru", "the tall redhead from the diner"), is
// recognizable; told with their care, it is PHI. Near misses: the same people doing everyday
// things, with no care told of them.
import { describe, expect, it } from 'vitest';
import { buildDoc, SentenceCache } from '../../../lib/engine/doc';
import { detectPhi } from '../../../lib/engine/detectors/phi';

const cache = new SentenceCache();
const flagged = (text: string) => detectPhi(buildDoc(text, 'facebook', 'nurse', cache), { enabled: true, sensitivity: 'medium', exemptAuthors: [], pack: 'test' }).length > 0;

describe('someone described by a few words and the business they work at', () => {
  it('flags their care', () => {
    expect(flagged('the shy new girl at the Hollis bank drive thru was in for her first prenatal visit today')).toBe(true);
    expect(flagged('The tall redhead from the diner on 3rd got admitted last night with chest pain.')).toBe(true);
    expect(flagged('that sweet old man from the hardware store was in our ER tonight with a broken hip')).toBe(true);
    expect(flagged('the quiet blonde at the Main St bakery just found out she\'s pregnant!!')).toBe(true);
    expect(flagged('So the grumpy old guy from the gas station on Pike came in by ambulance, he is on a drip now')).toBe(true);
  });

  it('near miss: the same people in everyday life', () => {
    expect(flagged('the cute new girl at the bank drive thru gave my kid a lollipop today')).toBe(false);
    expect(flagged('the tall redhead from the diner brought cookies to the nurses station')).toBe(false);
    expect(flagged('the sweet old man from the hardware store helped me find the right screws for my crib')).toBe(false);
    expect(flagged('The quiet blonde at the bakery on Main makes the best cinnamon rolls in the county.')).toBe(false);
  });
});
