// One place decides each: the detectors read the pack's lists (absolute claims, paid cues,
// stigmatizing terms, partners) where pack rules used to decide the same words a second time.
// Each list comes from the test's own pack, so the behaviour comes from pack data alone.
import { describe, expect, it } from 'vitest';
import { checkerFor, findingsOf, flagged } from './helpers';

describe('medical-claims reads the pack list `absolute-claims`', () => {
  const checker = checkerFor('medical-claims', { lists: { 'absolute-claims': ['melts fat overnight', 'clinically proven to'] } });
  const flags = (text: string) => flagged(checker, text, 'medical-claims');

  it('flags a listed claim the detector does not know by itself', () => {
    const text = 'This wrap melts fat overnight, try it before the holidays.';
    expect(flagged(checkerFor('medical-claims'), text, 'medical-claims')).toEqual([]);
    expect(flags(text)).toEqual(['melts fat overnight']);
    expect(findingsOf(checker, text, 'medical-claims')[0].ruleId).toBe('medical-claims/absolute');
  });

  it('keeps a run of claims a claim ("no needles, no side effects")', () => {
    const c = checkerFor('medical-claims', { lists: { 'absolute-claims': ['no side effects'] } });
    expect(flagged(c, 'No needles, no side effects, just results.', 'medical-claims').join()).toContain('no side effects');
  });

  it.each([
    'Be skeptical of any wrap that melts fat overnight.',
    'No study shows a serum is clinically proven to tighten skin.',
    'Sadly no cream melts fat overnight, and this one is not clinically proven to do anything.',
  ])('near miss: a warning about the claim, or its denial, is not the claim: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('conflict-of-interest reads `paid-cues` and discount codes', () => {
  const checker = checkerFor('conflict-of-interest', { lists: { 'paid-cues': ['sent me a free', 'brand fee'] } });
  const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

  it.each([
    ['Loving these clogs, enter coupon ZX9Q7 at checkout!', 'coupon ZX9Q7'],
    ['These socks got me through a double. Code SOCKS15 gets you 15% off.', 'Code SOCKS15'],
    ['They sent me a free stand mixer and it is the best one out there, grab one.', 'sent me'],
    ['The brand fee covers my whole month, and this cream is a must-have.', 'brand fee'],
  ])('flags a personal code, or a listed cue beside a promotion: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Flu shots are 20% off at our pharmacy this week with code FLU20.',
    'Our bakery turns five! Use code CAKE5 for 5% off any loaf this weekend.',
    'Code blue drills went well today; thanks to everyone who showed up.',
    'Loving these clogs, enter coupon ZX9Q7 at checkout! #ad',
    'The three estimates they sent me this month were all wrong.',
    'Nobody sent me a free anything, I bought these clogs myself.',
    // A listed cue is a tie like the built-in ones: alone, with nothing promoted, it is not an endorsement.
    'They sent me a free stand mixer for my birthday.',
    'The brand fee covers my whole month, which helps.',
  ])("near miss: a business's own offer, a code word, a disclosure, a denial or a tie without promotion: %s", (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('a business that hands out the writer\'s own code is still a personal code', () => {
    expect(flags('Our gym is the best, use my code JESS10 for 10% off.').length).toBe(1);
  });
});

describe('brand-voice reads `stigmatizing-terms`', () => {
  const checker = checkerFor('brand-voice', { lists: { 'stigmatizing-terms': ['frequent flyer', 'basket case'] }, settings: { requireDisclaimer: false } });
  const flags = (text: string) => flagged(checker, text, 'brand-voice');

  it('flags a listed label and names it', () => {
    expect(flags('Bed 9 is a frequent flyer again.')).toEqual(['frequent flyer']);
    expect(flags('That family is a basket case every visit.')).toEqual(['basket case']);
    expect(findingsOf(checker, 'That family is a basket case every visit.', 'brand-voice')[0].ruleId).toBe('brand-voice/stigmatizing');
  });

  it('near miss: the airline sense, and a pack without the list', () => {
    expect(flags('Racked up frequent flyer miles visiting my sister.')).toEqual([]);
    expect(flagged(checkerFor('brand-voice', { settings: { requireDisclaimer: false } }), 'That family is a basket case every visit.', 'brand-voice')).toEqual([]);
  });
});

describe("conflict-of-interest reads the organization's partners", () => {
  const lists = { partners: ['Orthora'], products: ['FlexiKnee'], 'partner/orthora': ['knee brace'] };
  const checker = checkerFor('conflict-of-interest', { lists });
  const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

  it.each([
    ['Honestly FlexiKnee has been a game changer for my post-op patients.', 'FlexiKnee'],
    ['Orthora hosted our whole unit for dinner last night. If your knee aches, ask your doctor about their brace!', 'hosted our'],
    ['Orthora took a few of us to the game on Friday. Best knee brace on the market, hands down.', 'took a few of us'],
  ])('flags praise of a partner, or a tie with a promotion: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Orthora support tickets go to the help desk, not to your unit manager.',
    'We switched to FlexiKnee implants this month, still learning the trays.',
    'Anybody else switch to Orthora braces this year? How did it go?',
    'Honestly FlexiKnee is not a game changer for my patients.',
    'Orthora paid off the reviewers to get their brace approved.',
    'Genuinely love the FlexiKnee sizing guide. No relationship with them, I just use it daily.',
    'Honestly FlexiKnee has been a game changer for my patients. Disclosure: I am a paid speaker for Orthora.',
  ])('near miss: naming, a report, a question, denied praise, an accusation, a disowned tie, a disclosure: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('another organization\'s partner is nobody\'s partner here', () => {
    expect(flagged(checkerFor('conflict-of-interest', { lists: { partners: ['Vantix'] } }), 'Honestly FlexiKnee has been a game changer.', 'conflict-of-interest')).toEqual([]);
  });
});

describe('brand-voice: a person described as "crazy" (core/stigmatizing-people moved into the detector)', () => {
  const checker = checkerFor('brand-voice', { settings: { requireDisclaimer: false } });
  const flags = (text: string) => flagged(checker, text, 'brand-voice');

  it.each([
    ['That patient in the waiting room was totally insane today.', 'insane'],
    ['The guy in bed 4 is nuts.', 'nuts'],
    ['She was acting so crazy at triage.', 'crazy'],
  ])('flags: %s', (text, word) => {
    expect(flags(text)).toContain(word);
  });

  it.each([
    'This week was insane: three new grads started on our unit!',
    'Work was insane today, send coffee.',
    'My mom is crazy about her garden.',
    'The traffic on Route 9 was nuts this morning.',
  ])('near miss: a busy week, fondness, a thing: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('conflict-of-interest: referral and affiliate links in any wording', () => {
  const checker = checkerFor('conflict-of-interest', { lists: { organization: ['Elm Ridge Health'] } });
  const flags = (text: string) => flagged(checker, text, 'conflict-of-interest');

  it.each([
    ['These insoles are a game changer for 12s, my link in bio gets you 25% off.', 'my link in bio gets'],
    ['Prep app saved my boards, sign up with my link for a free week.', 'with my link'],
    ['Best study planner ever: planly.co/r/jess42', 'r/jess42'],
    ['DM me for my referral link, the group practice is great.', 'DM me for my referral link'],
    ['As a longtime patient, Elm Ridge Health is the best hospital around!', 'As a longtime patient'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    "Here's my link to the full study if you want to read it.",
    'Our referral line for new patients is open 9 to 5.',
    'Read the guidance at cdc.gov/flu/index.html before your visit.',
    'As a patient advocate I help families read their bills.',
  ])('near miss: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('brand-voice reads `person-first` wordings ("term -> preferred")', () => {
  const lists = { 'person-first': ['golden agers -> older adults', 'our seniors -> our older adults', 'alcohol abusers -> people with alcohol use disorder', 'shut-ins'] };
  const checker = checkerFor('brand-voice', { lists, settings: { requireDisclaimer: false } });
  const flags = (text: string) => flagged(checker, text, 'brand-voice');
  const fixOf = (text: string) => findingsOf(checker, text, 'brand-voice')[0]?.fixes[0]?.edits[0]?.text;

  it('flags a listed wording as person-first, with its rewording as the fix', () => {
    const text = 'Our golden agers walking club meets on Fridays.';
    expect(flagged(checkerFor('brand-voice', { settings: { requireDisclaimer: false } }), text, 'brand-voice')).toEqual([]);
    expect(flags(text)).toEqual(['golden agers']);
    expect(findingsOf(checker, text, 'brand-voice')[0].ruleId).toBe('brand-voice/person-first');
    expect(fixOf(text)).toBe('older adults');
  });

  it('writes the fix in the case typed, and a hashtag as a hashtag', () => {
    expect(fixOf('Golden agers love the new garden.')).toBe('Older adults');
    expect(fixOf('Chair yoga this week #GoldenAgers')).toBe('#OlderAdults');
  });

  it('a wording without a rewording is flagged without a fix', () => {
    const text = 'We deliver meals to shut-ins every Sunday.';
    expect(flags(text)).toEqual(['shut-ins']);
    expect(findingsOf(checker, text, 'brand-voice')[0].fixes).toEqual([]);
  });

  it('near miss: the words in another sense, and a wording the built-in lexicon already names is said once', () => {
    expect(flags('Congratulations to the high school seniors who volunteered all year.')).toEqual([]);
    expect(flags('Support groups for alcohol abusers meet downstairs.')).toEqual(['alcohol abusers']);
  });
});

describe('crisis: the topic lists decide, and an event placed elsewhere is not the organization\'s', () => {
  const lists = { organization: ['Harbor Health'], 'crisis/strike': ['strike vote', 'picket line', 'went on strike', 'go on strike', 'bargaining table'] };
  const checker = checkerFor('crisis', { lists });
  const flags = (text: string) => flagged(checker, text, 'crisis');

  it.each([
    ['The strike vote is Thursday and I think we should all walk out.', 'strike vote'],
    ['Spent the weekend at the bargaining table while our families waited.', 'bargaining table'],
    ['If Harbor Health will not move, we go on strike next week.', 'go on strike'],
  ])('flags a listed wording: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
    expect(findingsOf(checker, text, 'crisis')[0].ruleId).toBe('crisis/strike');
  });

  it.each([
    'Nurses at a hospital in Oregon went on strike today; solidarity from across the country.',
    "Watching coverage of the nurses' picket line at Bellmont General out in Ohio.",
    'Nurses at another hospital went on strike this morning.',
    'Teachers in another state went on strike, wishing them luck.',
  ])('near miss: a strike at another hospital, out of state: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('a month is a time, not a place far off', () => {
    expect(flags('Harbor Health nurses went on strike back up in March and may again.').length).toBeGreaterThan(0);
  });
});

describe('confidential reads `rollouts`: a system whose launch is not public, beside a launch word', () => {
  const lists = { rollouts: ['Nimbus', 'new LIS'] };
  const checker = checkerFor('confidential', { lists });
  const flags = (text: string) => flagged(checker, text, 'confidential');

  it.each([
    ['The new LIS goes live on May 4, bring snacks for the night shift.', 'new LIS'],
    ['Cutover to Nimbus is the first weekend of June.', 'Nimbus'],
    ['They are switching the whole lab over to the new lis in the spring.', 'new lis'],
  ])('flags the go-live plan, from the launch word to the system: %s', (text, words) => {
    const rollout = findingsOf(checker, text, 'confidential').find((f) => f.ruleId === 'confidential/rollout');
    expect(rollout && text.slice(rollout.start, rollout.end)).toMatch(new RegExp(`${words}.*(?:goes live)|(?:cutover|switching).*${words}`, 'i'));
  });

  it.each([
    'Nimbus support tickets go to the help desk, not to your manager.',
    'The nimbus clouds rolled in over the lake before the launch of the regatta.',
    'The new LIS went live last year, as announced in our press release.',
  ])('near miss: naming the system, the everyday word, an announced launch: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });

  it('another organization\'s pack without the list flags none of it', () => {
    expect(flagged(checkerFor('confidential'), 'Cutover to Nimbus is the first weekend of June.', 'confidential')).toEqual([]);
  });
});
