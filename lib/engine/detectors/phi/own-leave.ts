// The writer announcing their own leave ("Signing off for maternity leave tomorrow! Baby girl is
// due in 3 weeks", "starting my medical leave Monday, surgery is Tuesday"): the pregnancy or the
// care told in that post is the writer's own, unless the sentence tells it of someone else.
import { testDoc } from '../../by-sentence';
import type { Doc } from '../../doc';
import { gated } from '../../text/regex-gate';
import type { Fact } from './facts';

const LEAVE = String.raw`(?:maternity|paternity|parental|medical|surgical|mat)\s+leave\b`;
// Told by the writer: "Signing off for maternity leave" (no one else as the subject), "starting my
// medical leave", "I'm going on maternity leave", "my maternity leave". ("She went out on maternity
// leave", "our charge nurse is out on leave" are a co-worker's news.)
const OWN_LEAVE = gated(new RegExp(String.raw`(?:^|[.!?]\s+)\W*(?:signing off|logging off|heading out|off)\s+(?:for|on)\s+(?:my\s+)?${LEAVE}|\b(?:starting|beginning|start|begin)\s+my\s+${LEAVE}|\bi['’]?m\s+(?:going\s+|heading\s+)?(?:on|out on|off on|off for)\s+(?:my\s+)?${LEAVE}|\bmy\s+${LEAVE}`, 'i'));
// What the writer's own leave is for: a pregnancy, a birth, a procedure.
const LEAVE_KINDS = new Set(['pregnancy', 'procedure', 'care-event']);
// Someone else told of before the fact in its sentence: a pronoun, a patient, a room, a name's possessive.
const SOMEONE_ELSE = /\b(?:he|she|his|her|him|their|they|patient|pt|client|room|bed|mrs?|ms|wife|sister|daughter|friend|coworker)\b|\p{Lu}\p{Ll}+['’]s\b/u;

/** The facts of a post about the writer's own leave that are the writer's, to set aside. */
export function ownLeaveFacts(doc: Doc, facts: Fact[]): Set<Fact> {
  const out = new Set<Fact>();
  if (!testDoc(doc, OWN_LEAVE)) return out;
  for (const f of facts) {
    if (!LEAVE_KINDS.has(f.kind)) continue;
    const sentence = doc.sentences[f.sentence];
    if (sentence && !SOMEONE_ELSE.test(doc.text.slice(sentence.start, f.start))) out.add(f);
  }
  return out;
}
