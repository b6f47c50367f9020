// The writer describing themselves, as a customer or a neighbour does in a review or a thread:
// "Just a local mom who had her gallbladder out at ...", "as someone who's been a patient at the
// clinic for years", "as a patient's daughter", "just a regular cedar falls mom here", "Cedar Falls
// neighbor here 👋". The description is the writer, whose own care is theirs to tell. Only the
// description itself is set aside: a patient the writer goes on to tell of is still found.
import type { Doc } from '../../doc';
import type { Subject } from './subjects';

// Words that may stand between the frame and the description: adjectives and places, never a
// clause word ("just a reminder that Mrs. Patel ..." is no self-description).
const WORD = String.raw`(?!(?:that|about|to|for|of|from|with|who|which|reminder|note|heads|quick|friendly|shout|shoutout|update|thought|story|word)\b)[\p{L}'’-]+\s+`;
// "just a", "as a", "as just a", "i'm a", "as someone who's been": the writer says what they are.
const FRAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:just|only|as|i['’]?m|i am)\s+(?:just\s+|only\s+)?(?:(?:an?|one)\s+(?:${WORD}){0,3}|someone\s+who(?:['’]s|\s+has|\s+is)?\s+(?:been\s+)?(?:an?\s+)?(?:${WORD}){0,2})$`, 'iu');
// "... neighbor here", "soccer mom here!": a description signed with "here".
const HERE_AFTER = /^\s*(?:[\p{L}'’-]+\s+){0,2}here\s*(?:[!.,:;]|$|\p{Extended_Pictographic})/u;
// ("the mayor here!" or "my neighbor here," is someone else: only a bare or "a" description signs.)
const OTHERS_DETERMINER = /^(?:the|my|our|your|ur|his|her|their|that|this)\s/i;
const DESCRIPTIONS = new Set(['descriptor', 'relative', 'unique', 'age']);

/** Whether a subject is the writer's description of themselves. */
export function selfVoice(doc: Doc, s: Subject): boolean {
  if (!DESCRIPTIONS.has(s.kind) || s.kin || s.addressed) return false;
  const sentence = doc.sentences[s.sentence];
  const before = doc.text.slice(Math.max(sentence?.start ?? 0, s.start - 60), s.start);
  // (The description may carry its own article: "Just [a local mom who ...]".)
  const lead = /^(?:an?|one)\s/i.test(doc.text.slice(s.start, s.end)) ? before.replace(/\s*$/, ' a ') : before;
  return FRAME_BEFORE.test(lead) || (!OTHERS_DETERMINER.test(doc.text.slice(s.start, s.end)) && HERE_AFTER.test(doc.text.slice(s.end, s.end + 30)));
}
