// Two classes of false finding and their near-misses, in sentences written for these tests:
// an overhead code announcement ("Code BLUE", "code STROKE") is not a discount code unless the
// reader is told to use it or something is bought or saved beside it; a social "share" or a verb
// "shares" is not a holding, while shares the writer bought or holds still are.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('conflict-of-interest', { lists: { organization: ['Kestrel Health', 'Kestrel'] } });
const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

describe('conflict of interest: overhead codes are announcements', () => {
  it.each([
    'Code BLUE on 3 North tonight and the whole team was amazing, best crew out there.',
    'We called a Code STROKE in triage at 0400, honestly the fastest response I have ever seen.',
    'Overhead paged Code SILVER twice this week; security was incredible, the best team in the building.',
    'Code PINK drill on the mother-baby unit went great, everyone should be proud.',
    'code GRAY in the ED again, our security folks are the best out there.',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it.each([
    ['Use code BLUE for 20% off my favorite scrubs!', 'code BLUE'],
    ['Grab the new serum w code GLOWTESSA, best one out there.', 'code GLOWTESSA'],
    ['code SUNNY saves you 15% at checkout, love these shoes.', 'code SUNNY'],
    ['Enter code HEARTBEAT at checkout for free shipping on the monitor I love.', 'code HEARTBEAT'],
    ['My code NIGHTOWL gets you a free pair of compression socks.', 'code NIGHTOWL'],
    ['code RESTFUL gets you a free first month, best sleep app out there.', 'code RESTFUL'],
  ])('flags the discount code in %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
});

describe('conflict of interest: shares as holdings, not as sharing', () => {
  it.each([
    'She shares her story every year at the walk, go check out the fundraiser.',
    "Thanks for all the shares, y'all are the best!",
    'My sister shares a great recipe every week, go check out her blog, best blog out there.',
    'Our unit shares one med room with step-down, honestly the best setup we have had.',
    'Huge thanks for 500 shares on the blood drive post, go sign up today!',
  ])('stays quiet on %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it.each([
    ['Loaded up on more Medivance shares before their launch, every diabetic should be asking their doctor about it.', 'Medivance shares'],
    ['Bought more Nuvella shares this morning; their sunscreen is the only one I trust, grab some.', 'Nuvella shares'],
    ['Picked up some Orthovia shares after the earnings call, honestly their knee is the best on the market.', 'Orthovia shares'],
    ['I hold Acme shares and their app is the best one out there, download it.', 'shares'],
    ['Doubled my PulseFit shares last month, nothing beats their ring, pick one up!', 'shares'],
    // A company's shares told by how they trade.
    ['Somnus shares are up 20% this year and honestly their mask is the best on the market.', 'Somnus shares'],
  ])('flags the holding in %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });
});
