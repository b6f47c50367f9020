// Classes of accusation the frame reads (frame.ts) and the Spanish acts (damaging-acts.ts):
// neglect by leaving someone to wait or bleed, a missed finding, a security lapse pinned on
// someone, romance with someone they supervise, and the same acts in Spanish; and the weak winks
// ("just saying", "everybody knows") that insinuate only beside a sign of wrong. Sentences written
// from the principle; near-misses: kindness, the writer's own mistakes, a nameless doer, a victim
// of theft, a pet, a lab value, a screen's message and harmless asides.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('defamation', { lists: { organization: ['Elmstead Health'], competitors: ['Birchwood Health'] } });
const flags = (text: string) => flagged(checker, text, 'defamation');

describe('defamation: neglect, missed findings, security lapses, romance, Spanish', () => {
  it.each([
    // left to wait, lie or bleed, with a time or a harm
    ['Birchwood Health let my grandmother sit in a wet bed for six hours.', 'let my grandmother sit'],
    ['The night crew at Birchwood Health leaves residents lying on the floor for hours after a fall.', 'leaves residents lying'],
    ['The ER at Birchwood Health let a woman bleed out in the hallway.', 'let a woman bleed'],
    // an organization named after its town, and a condition sat on for weeks
    ["Millbrook Falls Memorial's night crew let a stroke patient sit for 4 hours before calling us.", 'let a stroke patient sit'],
    ["Birchwood Health's wound center sat on infected feet for weeks.", 'sat on infected feet'],
    // sent home, then a grave outcome; made dependent on a drug
    ['Birchwood Health sent my uncle home with antacids and he died two days later.', 'sent my uncle home'],
    ["Birchwood Health's pain clinic got half my clients hooked on opioids.", 'got half my clients hooked'],
    // told nobody and went on; warned and did nothing
    ['Birchwood Health had a measles exposure in the waiting room. They told nobody and kept seeing patients.', 'told nobody'],
    ["Birchwood Health's CIO Mark Dunn was told about the open ports in March and did nothing.", 'told'],
    // a finding a clinician missed, by any word for it, before or after the verb
    ['The baby has a heart defect that Birchwood Health missed at 20 weeks.', 'missed'],
    ["Birchwood Health's radiologist missed a clear fracture on my son's x-ray.", 'missed a clear fracture'],
    ['Dr. Lee at Birchwood Health overlooked the tumor on two scans.', 'overlooked the tumor'],
    // security lapses with a doer
    ['Birchwood Health never patched their servers and that is how the hackers got in.', 'patched their servers'],
    ["Birchwood Health's IT department kept every password in a spreadsheet on a shared drive.", 'kept every password'],
    ['The Birchwood Health contractor sold our passwords to the hackers.', 'sold our passwords'],
    ['Birchwood Health ignored the fire alarms in the east wing for weeks.', 'ignored the fire alarms'],
    // romance with someone they supervise, or a boss for a promotion
    ['Dr. Patel at Birchwood Health is sleeping with one of the residents she supervises.', 'residents she supervises'],
    ['Rumor is the unit manager at Birchwood Health is dating the CFO and that is how she got the promotion.', 'dating the CFO'],
    // Spanish: the acts by verb stem and object class
    ['En Birchwood Health falsificaron los registros de infecciones.', 'falsificaron'],
    ['La enfermera jefe de Birchwood Health roba medicamentos del carrito.', 'roba medicamentos'],
    ['Birchwood Health maltrata a los ancianos y nadie dice nada.', 'maltrata a los ancianos'],
    ['Dicen que el director de Birchwood Health encubrió la muerte de un paciente.', 'encubrió'],
    ['El Dr. Ramírez de Birchwood Health les cobra a los pacientes por consultas sin atender a nadie.', 'cobra a los pacientes'],
    ['La farmacia de Birchwood Health vende insulina vencida a los que no tienen papeles.', 'vende insulina vencida'],
    // a weak wink beside a sign of wrong still insinuates
    ['Dr. Alan Pike at Birchwood Health got quietly pushed out after the audit, just saying.', 'Dr. Alan Pike'],
  ])('flags %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    // kindness and ordinary waits
    'Birchwood Health lets patients wait in a nice lounge with free coffee.',
    'Birchwood Health let her sit with her baby for hours after the delivery.',
    // a wait is a service complaint; good news after a discharge; a harmless secret; a hobby
    'Birchwood Health let us wait three hours in the ER, the chairs are awful.',
    'Birchwood Health sent my uncle home with a walker and he is doing great.',
    'Birchwood Health told nobody about the surprise party, so sweet.',
    'Dr. Ames at Birchwood Health was told about the schedule change and did nothing wrong.',
    'Birchwood Health got my kids hooked on their rock climbing wall.',
    'I sat on my foot for an hour at Birchwood Health and it went numb lol.',
    'I love Cedar Falls Memorial, the nurses there are wonderful and let me sit with my dad for hours.',
    // the writer's own mistake
    'I missed a fracture once on a night shift at Birchwood Health and I learned from it.',
    'Dr. Lee at Birchwood Health missed the meeting again, traffic was awful.',
    // security advice, fixed holes, a nameless doer
    'Reminder from Birchwood Health IT: never keep your password on a sticky note.',
    'Birchwood Health patched their servers over the weekend, thanks IT.',
    'Whoever wrote the wifi password on the whiteboard at Birchwood Health please erase it.',
    // a theft with nobody said to have done it names a victim
    'Our patient portal data got stolen in the hack at Birchwood Health, so freeze your credit.',
    // romance that is nobody's business, praise in Spanish, a fair price
    'Dr. Patel at Birchwood Health is dating a firefighter, so cute.',
    'El Dr. Ramírez de Birchwood Health atiende a los pacientes con mucha paciencia.',
    'La farmacia de Birchwood Health vende insulina a buen precio.',
    'Free sports physicals at Birchwood Health for middle and high schoolers on Saturday.',
    // pets, lab values, a screen's message, a policy cost
    'Buster turns 11 today. Still steals socks. Still the best boy 🐶',
    'Tasha, your glucose test came back high last week, so let us recheck it at your next appointment.',
    "If one more patient asks me why their Birchwood Health app says 'error' I am going to scream.",
    'Payments keep shrinking while malpractice premiums keep going up for Birchwood Health doctors.',
    // weak winks on harmless asides
    "Heads up: Birchwood Health is out of network for Prairie Mutual as of Jan 1. You didn't hear it from me.",
    "Birchwood Health's training videos are long but ok, the new screens look cleaner. not promoting, just saying",
  ])('does not flag %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
