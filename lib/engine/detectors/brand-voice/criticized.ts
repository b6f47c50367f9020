// A sentence that names a label in order to retire it ("stop calling patients frequent flyers",
// "can we retire the phrase 'the diabetics on 5 West'"): the word is mentioned, not used of anyone.
import type { Doc } from '../../doc';

const CRITICIZED = /\b(?:(?:stop|quit|don't|do not|never|retire|avoid|instead of|rather than) (?:\S+ )?(?:saying|calling|using|call|say|use|writing|labeling|labelling)|retire the|the (?:word|term|phrase|label)|dehumaniz\w*|stigmatiz\w*)\b/i;

/** Whether the words at `start` sit in a sentence that criticizes them. */
export function criticized(doc: Doc, start: number): boolean {
  const s = doc.sentenceAt(start);
  return !!s && CRITICIZED.test(s.text);
}
