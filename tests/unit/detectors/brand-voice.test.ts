import { describe, expect, it } from 'vitest';
import { isProfane } from '../../../lib/engine/detectors/brand-voice/profanity';
import { checkerFor, findingsOf, flagged } from './helpers';

const lists = { organization: ['Maple Valley Health', 'Maple Valley Medical Center'], 'own-views': ['speaking for myself'] };
const checker = checkerFor('brand-voice', { lists });
const flags = (text: string, author = 'nurse') => flagged(checker, text, 'brand-voice', { author });

describe('brand-voice detector', () => {
  it.each([
    ['Free foot checks for the diabetics in our community this Saturday.', 'diabetics', 'people with diabetes'],
    ['He is wheelchair bound since the accident but still coaches.', 'wheelchair bound', 'who uses a wheelchair'],
    ['Our clinic treats opioid abusers with dignity.', 'opioid abusers', 'people with a substance use disorder'],
    ['Our outreach van brings soup to homeless folks downtown.', 'homeless folks', 'people experiencing homelessness'],
    ['Her brother committed suicide two years ago.', 'committed suicide', 'died by suicide'],
    ['Every schizophrenic deserves dignity.', 'schizophrenic', 'a person with schizophrenia'],
  ])('rewords labels into person-first language: %s', (text, words, say) => {
    const [f] = findingsOf(checker, text, 'brand-voice');
    expect(text.slice(f.start, f.end)).toBe(words);
    expect(f.fixes[0].edits[0].text).toContain(say.replace(/^a /, ''));
  });

  /** The draft with the first brand-voice finding's fix applied. */
  const fixed = (text: string) => {
    const [f] = findingsOf(checker, text, 'brand-voice');
    const [e] = f.fixes[0].edits;
    return text.slice(0, e.start) + e.text + text.slice(e.end);
  };

  it.each([
    ['He is an addict and he is getting help.', 'He is a person with a substance use disorder and he is getting help.'],
    ['A drug abuser came back to the ED tonight.', 'a person with a substance use disorder came back to the ED tonight.'],
    ['Our epileptics group meets on Thursdays.', 'Our people with epilepsy group meets on Thursdays.'],
    ['The handicapped parking is full again.', 'The accessible parking is full again.'],
    ['My uncle has been handicapped since the crash.', 'My uncle has been disabled since the crash.'],
    ['We drove a homeless man to the shelter.', 'We drove a person experiencing homelessness to the shelter.'],
    ['Our elderly patients love the new garden.', 'Our older patients love the new garden.'],
    ['She is a victim of autism, her mom says.', 'She is an autistic person, her mom says.'],
  ])('the fix reads as English, article included: %s', (text, after) => {
    expect(fixed(text).toLowerCase()).toBe(after.toLowerCase());
  });

  it('keeps adjectives that describe things, not people', () => {
    expect(flags('Our diabetic foot clinic and schizophrenic episode protocol were updated.')).toEqual([]);
    expect(flags('Domestic abusers often isolate the people they hurt.')).toEqual([]);
  });

  it.each(['sh*t', 'f@#k', 'f***ing', 'b!tch', 'a$$hole', 'sh1t', 'fuuuck', 'BULLSH*T'])('recognizes the disguised profanity %s', (word) => {
    expect(isProfane(word)).toBe(true);
  });

  it.each(['sh*re', 'f**d', 'sh1ft', 'class', 'pass', 'Dickens', 'scrapbook'])('does not mistake %s for profanity', (word) => {
    expect(isProfane(word)).toBe(false);
  });

  it('flags profanity in a post and offers to remove it', () => {
    const [f] = findingsOf(checker, 'What a sh*tshow of a night.', 'brand-voice');
    expect(f?.ruleId).toBe('brand-voice/profanity');
    expect(f.fixes[0].edits[0].text).toBe('');
  });

  it('flags insults aimed at people', () => {
    expect(findingsOf(checker, 'The parents in bay 3 are absolute idiots.', 'brand-voice')[0]?.ruleId).toBe('brand-voice/insult');
  });

  it.each([
    ['Maple Valley has the best cardiac surgeons in the country, period.', 'best cardiac surgeons in the country'],
    ['Proud of the #1 maternity unit around!', '#1 maternity unit'],
    ['Honestly, skip the others and come here instead of anywhere else.', 'come here instead of anywhere else'],
  ])('flags unsubstantiated superlatives: %s', (text, words) => {
    expect(flags(text, 'brand-team').join(' | ')).toContain(words);
  });

  it.each([
    ['She commits suicide in the second act of the play.', 'dies by suicide'],
    ['He survived a failed suicide attempt in college.', 'suicide attempt'],
    ['The article called her a suicide victim.', 'person who died by suicide'],
  ])('offers the safe-messaging wording in the same grammatical form: %s', (text, say) => {
    const f = findingsOf(checker, text, 'brand-voice', { author: 'brand-team' });
    expect(f[0]?.ruleId).toBe('brand-voice/safe-messaging');
    expect(f[0]?.fixes[0]?.edits[0]?.text).toBe(say);
  });

  it.each([
    ['Best urgent care in Oak Falls, hands down!', 'Best urgent care in Oak Falls'],
    ['Their dermatology clinic is the best in the state, ask for Kelsey.', 'is the best in the state'],
    ['best er in pa, ignore this guy', 'best er in pa'],
    ['Maple Valley Medical Center is the only place you should deliver!', 'the only place you should deliver'],
  ])('ranks a superlative against any named place: %s', (text, words) => {
    expect(flags(text, 'brand-team').join(' | ')).toContain(words);
  });

  it.each([
    'Welcome back to the best charge nurse on 6 West!',
    'Best nurses in my unit, no question, love you all.',
    'This label maker is hands down the best, grab one for your desk.',
    'Ugly sweater day: the light-up reindeer was unbeatable.',
    'The only place to get decent coffee at 3am is the vending machine.',
  ])('leaves praise without a ranking alone: %s', (text) => {
    expect(flags(text, 'brand-team')).toEqual([]);
  });

  it('accepts a superlative that cites a named ranking', () => {
    expect(flags('Ranked by U.S. News as the best heart program in the state for 2026.', 'brand-team')).toEqual([]);
  });

  it('flags all-caps shouting, not acronyms or codes', () => {
    expect(flags('PLEASE STOP CALLING THE UNIT FOR RESULTS.', 'brand-team')).toEqual(['PLEASE STOP CALLING THE UNIT FOR RESULTS.']);
    expect(flags('The ICU, ED and OR teams ran CPR drills with the AED on wifi MV-GUEST-NET.', 'brand-team')).toEqual([]);
  });

  it('asks an employee who names the employer for the views-are-my-own line', () => {
    const text = 'As a respiratory therapist at Maple Valley Medical Center, I beg you: get the RSV shot.';
    const [f] = findingsOf(checker, text, 'brand-voice');
    expect(f.ruleId).toBe('brand-voice/views-own');
    expect(f.fixes[0].edits[0]).toMatchObject({ start: text.length, text: ' Views are my own.' });
    expect(flags(`${text} Views are my own.`)).toEqual([]);
    expect(flags(`${text} Speaking for myself.`)).toEqual([]);
    expect(flags(text, 'brand-team')).toEqual([]);
    expect(flags('Heads up: Maple Valley Medical Center parking is free this weekend.')).toEqual([]);
  });

  it("reads a tenure as the writer's own, and a colleague's tenure as theirs", () => {
    expect(flags('Six years working weekends in the lab at Maple Valley Health and still learning.').length).toBe(1);
    expect(flags('My shift at Maple Valley Health starts at seven.').length).toBe(1);
    expect(flags('Congrats to Ruth: her 30 years working at Maple Valley Health ends Friday.')).toEqual([]);
  });

  it('reads the organization from the pack: adding a name makes the line required', () => {
    const text = 'Proud to be part of the Cedar Ridge Clinic team for ten years.';
    expect(flagged(checkerFor('brand-voice'), text, 'brand-voice')).toEqual([]);
    const withName = checkerFor('brand-voice', { lists: { organization: ['Cedar Ridge Clinic'] } });
    expect(flagged(withName, text, 'brand-voice').length).toBe(1);
  });
});
