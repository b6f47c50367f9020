// tierUp swaps a keyed alternation's search for the whole expression: the answers must not
// change. In its own file, so that the other keyed tests never search tiered-up alternations.
import { describe, expect, it } from 'vitest';
import { globalOf } from '../../../lib/engine/by-sentence';
import { KeyedAlternation, tierUp } from '../../../lib/engine/detectors/shared/keyed';
import { scan } from '../../../lib/engine/detectors/shared/match';

const whole = (sources: readonly string[], flags = 'giu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, flags);
const keyed = (sources: readonly string[], flags = 'giu') => KeyedAlternation.of(sources, flags)!;
const spans = (re: RegExp, text: string) => scan(re, text).map((h) => `${h.start}-${h.end}`);

describe('tierUp', () => {
  it('answers the same once tierUp has compiled the whole alternation', () => {
    const sources = ['miracle (?:cure|pill)', '#?detox', '\\d+% off'];
    const re = keyed(sources, 'giu');
    const g = globalOf(keyed(sources, 'iu'));
    const text = 'Detox, 20% off: a MIRACLE pill! #detox miracle cures';
    const before = [spans(re, text), [...text.matchAll(g)].map((m) => m.index), re.test(text)];
    while (tierUp());
    expect(tierUp()).toBe(false);
    expect([spans(re, text), [...text.matchAll(g)].map((m) => m.index), re.test(text)]).toEqual(before);
    expect(spans(re, text)).toEqual(spans(whole(sources), text));
  });

});
