// An illness or injury told as someone's own: "her leg wound", "his heel ulcer", "Dale's
// infection". The noun is any WordNet illness (lexicons/wordnet, class "illness"), so the frame
// holds for conditions no lexicon lists; the possessive of a third person says whose it is.
// ("My wound" is the author's own; "the wound care clinic" and "a wound" are nobody's.)
import type { Doc, DocToken } from '../../doc';
import { wordClasses } from '../../lexicons/wordnet';
import type { PostContext } from './context';
import type { Fact } from './facts';

const THIRD_POSSESSIVE = /^(?:his|her|their)$/i;
// Everyday complaints, a symptom only with more evidence (link.ts weighs them as such).
const EVERYDAY = /^(?:cold|colds|fever|fevers|bruise|bruises|scratch|scratches|burn|burns|ache|aches|pain|pains|itch|sore|sores|cramp|cramps|chill|chills|rash)$/i;

// (Plural too: "their founders", "his ricks" are people and things more often than ailments.)
const PERSONAL = ['ProperNoun', 'Person', 'Actor', 'FirstName', 'Possessive', 'Plural'];
const isIllness = (phrase: string) => wordClasses(phrase.toLowerCase()).includes('illness');
const possessor = (t: DocToken) => THIRD_POSSESSIVE.test(t.normal) || (/['’]s$/.test(t.text) && /^\p{Lu}/u.test(t.text));
// Words that may stand between the possessive and the illness: a body part or a describing word ("her left leg").
const between = (t: DocToken) => t.tags.has('Adjective') || (t.tags.has('Noun') && !t.tags.has('Pronoun'));

/** Illnesses and injuries told with a third person's possessive. */
export function possessedIllnessFacts(doc: Doc, ctx: PostContext): Fact[] {
  const out: Fact[] = [];
  for (const s of doc.sentences) {
    if (ctx.aggregate.has(s.index) || ctx.education.has(s.index) || ctx.publicStatement.has(s.index)) continue;
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // A common noun, the head of its phrase: not a name ("Rick"), a person ("founders") or a
      // modifier of another noun ("their colic drops", "nature's pest control").
      if (!t.tags.has('Noun') || PERSONAL.some((tag) => t.tags.has(tag)) || /^\p{Lu}/u.test(t.text) || !isIllness(t.normal)) continue;
      if (tokens[i + 1]?.tags.has('Noun') && !/[,;:.!?]/.test(t.post)) continue;
      // The possessive right before, or one or two describing words before: "her wound", "her leg wound".
      let j = i - 1;
      while (j >= 0 && i - j <= 3 && !possessor(tokens[j]) && between(tokens[j]) && !/[,;:.!?]/.test(tokens[j].post)) j--;
      if (j < 0 || i - j > 3 || !possessor(tokens[j])) continue;
      const everyday = EVERYDAY.test(t.normal);
      out.push({ kind: everyday ? 'symptom' : 'condition', start: tokens[j].start, end: t.end, sentence: s.index, weak: everyday, tied: true });
    }
  }
  return out;
}
