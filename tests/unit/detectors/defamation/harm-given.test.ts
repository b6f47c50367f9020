// Wider classes of damaging predicate, each as a structure rather than a phrase: harm given to someone
// (any illness or injury in WordNet's class), records faked by any strong verb of faking, drink told
// by an idiom, deaths counted against someone's watch, a cut or a bonus per patient sent, and
// messages that cross a line. Sentences written from the principle, with hard clean near-misses:
// colds passed on, figures of speech, praise, the writer's own unit, a ruling reported as such.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: wider classes of damaging predicate', () => {
  it.each([
    // harm given or left, by any illness or injury
    ['The laser place at Birchwood Health gave my sister second-degree burns on both cheeks.', 'gave my sister second-degree burns'],
    ['Dr. Lim gave three of my patients infections from dirty needles.', 'gave three of my patients infections'],
    ['Their physical therapist left my dad with a permanent limp.', 'left my dad with a permanent limp'],
    ['Dr. Lim left her with a drop foot after a routine bunion.', 'left her with a drop foot'],
    ['That chiropractor at Birchwood Health gave my neighbor a concussion cracking his neck.', 'gave my neighbor a concussion'],
    // records faked, by any strong verb of faking
    ['The special ed director at Birchwood Health forged the parent’s initials on the form.', 'forged the parent’s initials'],
    ['Officer Reese faked a dirty UA to violate my client.', 'faked a dirty UA'],
    ['Dr. Lim backdated the consent forms after the surgery.', 'backdated the consent forms'],
    ['Ms. Lane at Birchwood Health forged the prescriptions with the attending’s name.', 'forged the prescriptions'],
    ['Birchwood Health fakes the background checks on every guard they hire.', 'fakes the background checks'],
    // drink told by an idiom
    ['Not naming names, but Dr. Lim is back on the sauce and came to clinic that way.', 'back on the sauce'],
    ['The night supervisor at Birchwood Health is on the bottle again, ask anyone.', 'on the bottle'],
    ['Dr. Lim rolled into rounds three sheets to the wind.', 'three sheets to the wind'],
    // deaths counted against someone
    ['Another baby dead on your watch, Birchwood Health.', 'dead on your watch'],
    ['Two patients have died on Dr. Lim’s table this year.', 'died on Dr. Lim’s table'],
    ['Four residents died at Birchwood Health last winter and nobody reported it to the state.', 'nobody reported it'],
    ['Several patients died under his watch, and Dr. Lim still operates.', 'died under his watch'],
    ['Birchwood Health, where three people died of sepsis in their OR last spring.', 'died of sepsis in their OR'],
    // a cut, a bonus per patient, on the take
    ['Everybody in the courthouse knows Judge Okafor gets a cut from the probation company she sends people to.', 'gets a cut from'],
    ['Dr. Lim takes a cut of every implant the device rep sells him.', 'takes a cut of every'],
    ['Pharmacor pays Birchwood Health doctors a bonus for each shot they give.', 'a bonus for each shot'],
    ['The inspector who signs off on Birchwood Health is on the take.', 'on the take'],
    // messages that cross a line
    ['Everyone knows the trainer at Birchwood Health has been texting players inappropriately.', 'texting players inappropriately'],
    ['Coach Dale keeps messaging the girls on his team inappropriately.', 'messaging the girls on his team inappropriately'],
    ['The youth pastor at Birchwood Church DMs teens inappropriately at night.', 'DMs teens inappropriately'],
    // the service not done, only billed; time billed against time there
    ['Dr. Lim doesn’t do the ultrasounds, just bills for them.', 'just bills for them'],
    ['The reading service at Birchwood Health never reads the films and still charges for them.', 'still charges for them'],
    ['El Dr. Ferraro no hace los ultrasonidos, solo los cobra.', 'solo los cobra'],
    ['Birchwood Health billed us for 40 hours of programming on a job where their tech was on site maybe 6.', 'billed'],
    // harms counted, asked how many more
    ['Question for the Birchwood Health board: how many more post-op infections in your orthopedic unit is it going to take before someone looks?', 'how many more'],
    ['How many more falls on the Birchwood Health memory unit until somebody checks on the night shift?', 'How many more falls'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    // colds passed on, figures of speech, kindness
    'My coworker Dana gave me a cold this week, thanks Dana.',
    'Dr. Lim gave me a headache with all that paperwork.',
    'Dr. Lim gave my mom her diagnosis gently and with so much care.',
    'Dr. Lim left her with a smile and a plan.',
    'Birchwood Health gave my dad his life back after the stroke.',
    'Dr. Lim gave us the flu shots at the health fair.',
    'Dr. Lim left me with more questions than answers.',
    // the writer's own harm
    'I gave myself a blister running the half marathon.',
    // a ruling or a news story told as such
    'The court ruled last week that Birchwood Health’s laser gave a patient burns, per the Gazette.',
    // forging and faking in their everyday senses
    'Dr. Lim faked a smile through the whole meeting lol.',
    'Birchwood Health checks the background of every volunteer.',
    'Put the pasta on the sauce and let it simmer, Dr. Lim’s recipe.',
    'Birchwood Health forged a partnership with Elmstead Health to open a dialysis unit.',
    'Dr. Lim forged a strong bond with every family on the unit.',
    'Birchwood Health forged ahead with the new wing despite the storm.',
    // deaths in the writer's own unit, grief, an accident
    'Three patients died in our unit this week and I am heartbroken.',
    'My grandmother died at Birchwood Health last spring, the nurses held her hand.',
    'Two patients died in the bus crash, Birchwood Health’s trauma team saved four others.',
    // a cut that is a wound or a slice, a bonus that is pay
    'I got a cut on my hand at Birchwood Health’s fun run lol.',
    'Dr. Lim got a cut of cake at the retirement party.',
    'Birchwood Health pays nurses a bonus for every extra shift, nice.',
    // messages that are work
    'Dr. Lim texted the students a reminder about the exam.',
    'Please stop texting patients from your personal phone, says the Birchwood Health policy.',
    // work handed on, time well spent, questions that count no harm, a wink beside nothing wrong
    'Dr. Lim doesn’t do the paperwork, his scribe handles it, and it’s great.',
    'Birchwood Health billed us for 40 hours and the crew was on site all 40, great job.',
    'Dr. Lim was in the room for only ten minutes but answered every question.',
    'How many more shifts at Birchwood Health before I get my raise lol.',
    'Nothing to see here, just Dr. Lim’s new puppy at Birchwood Health.',
  ])('leaves these alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
