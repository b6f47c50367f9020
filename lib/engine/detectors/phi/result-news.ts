// A test or a measurement told with its result, as someone's: "his bili finally came down",
// "your son's lead level came back high", "her scans came back clear". The result of a test is
// health information whatever was tested, so the frame needs no disease word: a possessive of
// someone other than the author, a test or measure (WordNet's procedures, or a measured value),
// and a verb of a result coming in or moving.
import type { Doc, DocToken } from '../../doc';
import { wordClasses } from '../../lexicons/wordnet';
import type { PostContext } from './context';
import type { Fact } from './facts';

// What is measured on a person: a level, a count, a reading (WordNet's procedures give the tests).
const MEASURE = /^(?:levels?|counts?|readings?|results?|labs?|markers?|sugars?|pressures?|bili|a1c|screens?|panels?|scans?|tests?|testing|workup|biopsy|biopsies|culture|cultures|x-?rays?|films?|imaging|studies|study)$/i;
const isMeasure = (t: DocToken) => MEASURE.test(t.normal) || wordClasses(t.normal).includes('procedure');
// "came back", "came down", "went up", "dropped", "improved", "showed": the result came in or moved.
const RESULT = /^(?:came|come|comes|went|go|goes|dropped|drops|rose|rises|improved|improves|normalized|doubled|halved|spiked|showed|shows|returned|crashed|tanked|climbed|climbing|dropping|trending)$/i;
const PARTICLE = /^(?:back|down|up|out)$/i;
const SOFTENER = /^(?:finally|just|all|already|still|both|now|have|has|had)$/i;
// Whose: "his", "her", "your", or a noun's possessive ("Ava's", "your son's"); never "my" or "our".
const OWNER = /^(?:his|her|your|ur|yr)$/i;
const possessor = (t: DocToken) => OWNER.test(t.normal) || (t.tags.has('Possessive') && /['’]s$/.test(t.text) && !t.tags.has('Pronoun'));

/** Test results and measurements told as a third person's or the reader's. */
export function resultFacts(doc: Doc, ctx: PostContext): Fact[] {
  const out: Fact[] = [];
  for (const s of doc.sentences) {
    if (ctx.aggregate.has(s.index) || ctx.education.has(s.index) || ctx.publicStatement.has(s.index)) continue;
    const tokens = s.tokens;
    for (let i = 1; i < tokens.length - 1; i++) {
      if (!isMeasure(tokens[i]) || /[,;:.!?]/.test(tokens[i].post)) continue;
      // The result verb right after, perhaps behind "finally" or "just".
      let k = i + 1;
      while (k < tokens.length && k - i <= 2 && SOFTENER.test(tokens[k].normal)) k++;
      const verb = tokens[k];
      if (!verb || !RESULT.test(verb.normal)) continue;
      // "came" and "went" say a result only with their particle: "came back", "went down".
      if (/^(?:came|come|comes|went|go|goes)$/i.test(verb.normal) && !PARTICLE.test(tokens[k + 1]?.normal ?? '')) continue;
      // The owner right before the measure, or before one or two words naming it ("your son's lead level").
      let j = i - 1;
      while (j >= 0 && i - j <= 3 && !possessor(tokens[j]) && !/[,;:.!?]/.test(tokens[j].post)) j--;
      if (j < 0 || i - j > 3 || !possessor(tokens[j])) continue;
      const last = PARTICLE.test(tokens[k + 1]?.normal ?? '') ? tokens[k + 1] : verb;
      out.push({ kind: 'test-result', start: tokens[j + 1].start, end: last.end, sentence: s.index, weak: false, tied: true });
    }
  }
  return out;
}
