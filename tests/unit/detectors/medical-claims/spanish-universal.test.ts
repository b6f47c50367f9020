// Medical claims in Spanish and mixed Spanish-English (a remedy + a verb of efficacy + an illness
// or a clitic standing for it; an imperative to stop or withhold a medicine), products urged on
// everyone with a condition, and promises to the reader a sentence after the remedy. Sentences
// written for these tests, each class beside the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkerFor, flagged } from '../helpers';

const checker = checkerFor('medical-claims', { lists: { products: ['Dormira'] } });
const flags = (text: string) => flagged(checker, text, 'medical-claims');

describe('claims in Spanish', () => {
  it.each([
    ['El jugo de sábila cura la gastritis en una semana, créanme.', 'cura la gastritis'],
    ['Mi tía jura que el té de jengibre te lo quita en dos días 🍵', 'te lo quita'],
    ['las gotas de propóleo previenen la gripa todo el invierno', 'previenen la gripa'],
    ['@rosa.m amiga deja el ibuprofeno, con la cúrcuma es suficiente', 'deja el ibuprofeno'],
    ['Don Chuy, no le dé más la insulina a su esposo, el nopal le baja el azúcar', 'no le dé más la insulina'],
    ['y ya deja de tomar tus pastillas de la presión, the garlic works better', 'deja de tomar tus pastillas'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'El té de manzanilla no cura la gripa, pero te hace sentir mejor.',
    'Mi abuela hace un té de canela riquísimo cuando hace frío.',
    '¿El ajo cura la infección? No, para eso necesitas ver al doctor.',
    'La doctora me dijo que siga tomando la amoxicilina hasta terminarla.',
    'Deja tu comentario abajo y comparte con tus amigas 💕',
  ])('stays clean: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a product urged on everyone with a condition', () => {
  it.each([
    ['Dormira changed my nights. Everyone with insomnia should ask for it.', 'Everyone with insomnia should ask for it'],
    ['These magnesium gummies are amazing, every migraine sufferer should be on them.', 'should be on them'],
    ['Honestly Dormira should be first-line for everyone.', 'should be first-line for everyone'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'The flu shot is free at our clinics this week. Everyone over 6 months should get it.',
    'Colon cancer screening starts at 45 now. Everyone over 45 should ask about it.',
    'Magnesium helps some people sleep. Not everyone should take it, so ask your doctor.',
    'Vitamin D levels vary a lot; your doctor can tell you whether you need a supplement.',
  ])('stays clean: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a promise to the reader after the remedy', () => {
  it.each([
    ['Our new breathing drip is finally here. You will never need your inhaler again.', 'never need your inhaler'],
    ['Dormira is out now and you never have to check your sugar again!!', 'never have to check'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'I take vitamin D every winter. You still need your flu shot though.',
    'Elderberry gummies are cute. You will never need a sticker chart again lol',
    'Keep using your inhaler as prescribed. You will never regret asking your nurse a question.',
  ])('stays clean: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

// The detector decides absolute claims alone (the core pack no longer lists them): an absence in
// a list of absences is a claim, an absence denied is not.
describe('absences promised, with no pack list', () => {
  it.each([
    ['Lost 15 lbs on these drops. No needles, no side effects, no diet.', 'no side effects'],
    ['The new laser facial: zero downtime, zero side effects.', 'zero side effects'],
    ['This collagen is 100 percent effective for joint pain.', '100 percent effective'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'Every medicine has side effects; there is no such thing as no side effects.',
    'Ask about side effects before you start anything new.',
  ])('stays clean: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('one result sold as everyone’s', () => {
  it.each([
    ['Two weeks on this cleanse and my fatty liver was reversed! Use code LIVER15 for 15% off.', 'liver was reversed'],
    ['These elderberry gummies live in my kitchen and I recommend them to every family I see.', 'recommend them to every family'],
    ['She walked out pain-free in a week. Results like this are what patients can expect with our knee program.', 'Results like this are what patients can expect'],
  ])('flags: %s', (text, words) => {
    expect(flags(text).join(' | ')).toContain(words);
  });

  it.each([
    'My mom’s cancer was cured by her oncology team and we are so grateful.',
    'I recommend the flu shot to every patient I see.',
    'This is what you can expect at your first visit: a nurse will take your vitals.',
  ])('stays clean: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
