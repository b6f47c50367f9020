// What the learned second opinion reads of a draft: features that mean the same for any writer.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../lib/engine/checker';
import { compilePolicy } from '../../../lib/policy/compile';
import { CORE_PACK_PATH, loadPackFile } from '../../../lib/policy/files';

const checker = createChecker({ ...compilePolicy([loadPackFile(CORE_PACK_PATH)]), model: null });
const keys = (text: string) => [...checker.features(text).features.keys()].sort();

describe('second-opinion features', () => {
  it('do not change with case, doubled spaces or a dropped period and commas', () => {
    const sentences = [
      'Grabbed coffee with my neighbor, who told me her biopsy came back fine.',
      'Honestly the comfiest running shoes I have tried, go get a pair.',
      'The clinic manager keeps skimming from the supply budget.',
    ];
    for (const s of sentences) {
      const base = keys(s);
      expect(keys(s.toLowerCase())).toEqual(base);
      expect(keys(s.replace(/ /g, '  '))).toEqual(base);
      expect(keys(s.replace(/[.,]/g, ''))).toEqual(base);
    }
    for (const s of ['Dr. Patel told Maria her scan was clear.', 'Sarah from Riverbend said they closed the clinic?']) {
      const base = keys(s).filter((k) => !/^(m|r|rc):/.test(k));
      expect(keys(s.toLowerCase()).filter((k) => !/^(m|r|rc):/.test(k))).toEqual(base);
      expect(keys(s.replace(/[.?]/g, '')).filter((k) => !/^(m|r|rc):/.test(k))).toEqual(base);
    }
    const two = 'Long shift today. Our cafeteria finally has oat milk!';
    expect(keys(two.toLowerCase().replace(/ /g, '  '))).toEqual(keys(two));
  });

  it('read the same words and word pairs whether a period splits two sentences or not', () => {
    const words = (text: string) => keys(text).filter((k) => /^[wb]:/.test(k));
    expect(words('Long shift today. Our cafeteria finally has oat milk')).toEqual(words('Long shift today our cafeteria finally has oat milk'));
  });
});

describe('clause structure features', () => {
  const structure = (text: string) => keys(text).filter((k) => /^(q|v|sv|vo):/.test(k));

  it('meet across wordings: who did what to what kind of thing', () => {
    // Two thefts in different words, tenses and subjects share the frame; no word pair does.
    const a = structure('She stole the meds from the cabinet.');
    const b = structure('The night tech took off with oxycodone again.');
    expect(a).toContain('sv:third_wrongdoing-verb');
    expect(a).toContain('vo:wrongdoing-verb_health-medication');
    expect(structure('The director defrauded the insurers')).toContain('vo:wrongdoing-verb_thing');
    expect(b).not.toContain('sv:third_wrongdoing-verb');
    expect(structure('This balm heals eczema')).toContain('vo:heal-verb_illness');
    expect(structure('this balm heals eczema')).toEqual(structure('This balm heals eczema.'));
  });

  it('tell a denied, a hedged and an asked claim from a stated one', () => {
    expect(structure('Ginger cures nausea')).toContain('v:say_heal-verb');
    expect(structure('Ginger does not cure nausea')).toContain('v:neg_cure');
    expect(structure('Ginger might cure nausea')).toContain('v:modal_cure');
    const asked = structure('Does ginger cure nausea?');
    expect(asked).toContain('q:question');
    expect(asked).toContain('v:ask_cure');
    expect(structure('does ginger cure nausea')).toEqual(asked);
    // The question is in the inverted auxiliary, not in the mark: a statement with one is no question.
    expect(structure('Can you stop the statin')).toContain('v:ask_stop');
    expect(structure('Ginger does cure nausea?')).not.toContain('q:question');
  });

  it('find the same subject whether or not a period ends the sentence before', () => {
    const a = structure('Long night on the unit. The new tech stole two vials.');
    expect(a).toContain('sv:thing_steal');
    expect(structure('long night on the unit the new tech stole two vials')).toEqual(a);
  });

  it('read the same person as the word features do', () => {
    // "they" is third person for both readers; "my" is the writer's own only as a possessive.
    expect(keys('They stole the supplies')).toEqual(expect.arrayContaining(['p:third', 'sv:third_steal']));
    expect(keys('My knee is killing me')).toContain('p:first');
  });

  it('read the subject person, not a possessive, before the verb', () => {
    expect(structure('I recommend the new clinic')).toContain('sv:first_recommend');
    expect(structure('You should stop the statin')).toContain('v:modal_stop');
    expect(structure('My brother recommends it')).not.toContain('sv:first_recommend');
  });

  it('do not change with case, doubled spaces or dropped commas and periods', () => {
    for (const s of ['The charge nurse swiped two vials of morphine, again.', 'Honestly this serum reverses wrinkles.', 'We never billed anyone for visits that did not happen.']) {
      const base = structure(s);
      expect(base.length).toBeGreaterThan(0);
      expect(structure(s.toLowerCase())).toEqual(base);
      expect(structure(s.replace(/ /g, '  '))).toEqual(base);
      expect(structure(s.replace(/[.,]/g, ''))).toEqual(base);
    }
  });
});
