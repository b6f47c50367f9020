// Confidential: the organization's money and pay as a figure, in any word order (a sum or a share
// and the money word it measures, owned by the organization). Sentences written for these tests;
// the near-misses are prices, sales, fundraising, public statistics and a writer's own pay.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from './helpers';

const checker = checkerFor('confidential', { lists: { organization: ['Kestrel Health', 'Kestrel'] } });
const flags = (text: string) => flagged(checker, text, 'confidential');

describe('confidential: internal figures', () => {
  it.each([
    ["Physical therapy's budget for the coming year got slashed almost 25% and nobody even asked us."],
    ['Word is the new chief strategy officer signed for a package north of $900K.'],
    ['el presupuesto de la farmacia para el año que viene baja 15%, así que olvídense de contratar.'],
    ['Imaging at Kestrel pulled in $3.4M more than forecast this quarter, which leadership is very quiet about.'],
    ['Our department is eating a 22% cut next fiscal year, so the float pool is basically gone.'],
    ['The board gave the CEO a retention bonus of 1.5 million while we fight over parking.'],
  ])('flags %s', (text) => {
    expect(flags(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Our gala raised $310,000 for the pediatric wing, thank you to every donor!',
    'A screening colonoscopy at Kestrel runs about $1,200 without insurance, call billing to ask about your deductible.',
    'Use code SPRING for 20% off any scrubs order this week.',
    'I finally got my raise, 4% after three years, going to treat myself to a nice dinner.',
    'Nationally, hospital margins averaged 2% last year according to the trade group.',
    'We blew 40% of our grocery budget on coffee this month, send help.',
    'Our clinic saw 12% more patients this spring than last, and the new hires made it possible.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
