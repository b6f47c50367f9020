// Work done on a body part is care, whether or not the procedure has a name: "her knee was
// replaced", "got his shoulder scoped", "had her gallbladder out", "his jaw wired shut". The
// body part is any WordNet body part (lexicons/wordnet, class "body-part"); the verbs are what
// clinicians do to one. Cosmetic grooming ("got her nails done") is not care.
import type { Mention } from '../../doc';
import { wordClasses } from '../../lexicons/wordnet';

// What a clinician does to a body part (past participles, as the frames below tell them).
const WORK = String.raw`(?:replaced|scoped|fused|pinned|plated|screwed|repaired|reconstructed|removed|drained|reset|set|cast|casted|splinted|braced|x-?rayed|wired(?:\s+shut)?|stitched(?:\s+up)?|sewn\s+up|sewed\s+up|sutured|stapled|glued|amputated|operated\s+on|taken\s+out|out|fixed|worked\s+on|looked\s+at|checked(?:\s+out)?|scanned|imaged|biopsied|injected|numbed|aspirated|tapped|lanced|cauterized|transplanted|implanted|resurfaced|cleaned\s+out|pumped|straightened|realigned|popped\s+back\s+in|put\s+back\s+in)`;
const SIDE = String.raw`(?:(?:left|right|other|bad|good|new|broken|busted|torn|blown|bum|whole|lower|upper)\s+)?`;
const PART = String.raw`([\p{L}]+(?:\s+[\p{L}]+)?)`;
// "her knee was replaced", "Dale's hip got fixed", "su rodilla" is Spanish's own recognizer.
const PASSIVE = new RegExp(String.raw`\b(?:his|her|their|my|your|ur|[\p{L}]+['’]s)\s+${SIDE}${PART}\s+(?:was|were|got|gets|has\s+been|had\s+been|is\s+being|was\s+being|just\s+got|finally\s+got)\s+(?:(?:finally|just|already|completely|totally|surgically)\s+)?${WORK}\b`, 'giu');
// "got his shoulder scoped", "had her gallbladder out", "getting her knee replaced Monday"
const CAUSATIVE = new RegExp(String.raw`\b(?:got|get|gets|getting|had|have|has|having)\s+(?:(?:his|her|their|my|your|ur|a|the|both)\s+)${SIDE}${PART}\s+${WORK}\b`, 'giu');
// "I replaced his left hip", "we scoped her knee": a clinician's own report of the work.
const ACTIVE_WORK = String.raw`(?:replaced|scoped|fused|pinned|plated|repaired|reconstructed|removed|drained|reset|casted|splinted|x-?rayed|wired|stitched\s+up|sewed\s+up|sutured|stapled|glued|amputated|operated\s+on|biopsied|injected|numbed|aspirated|lanced|cauterized|transplanted|implanted|resurfaced|realigned)`;
const ACTIVE = new RegExp(String.raw`\b(?:i|we|he|she|they|dr\.?\s+[\p{L}'-]+|the\s+(?:surgeon|doc|doctor|team))\s+(?:just\s+|finally\s+|successfully\s+)?${ACTIVE_WORK}\s+(?:his|her|their|your|ur|[\p{L}]+['’]s)\s+${SIDE}${PART}`, 'giu');
// "tore her ACL", "broke his wrist", "blew out his knee": an injury to a body part.
const INJURY = new RegExp(String.raw`\b(?:tore|torn|tears|tearing|broke|broken|breaks|breaking|fractured|fractures|dislocated|dislocates|sprained|sprains|blew\s+out|blown\s+out|ruptured|ruptures|separated|herniated|busted|cracked|shattered|snapped|pulled|strained|twisted|rolled)\s+(?:his|her|their|my|your|ur|a|an|the|both)\s+${SIDE}${PART}`, 'giu');
// Ligaments known by their letters, which WordNet does not list as body parts.
const LIGAMENTS = /^(?:acl|mcl|pcl|lcl|ucl)$/i;
// Grooming and dress work on a body part that is not care.
const COSMETIC = /^(?:hair|nails?|toenails?|fingernails?|brows?|eyebrows?|lashes|eyelashes|makeup|face|beard|mustache|legs|ears pierced|nose pierced|belly button)$/i;

function isBodyPart(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  if (COSMETIC.test(words[words.length - 1]) || COSMETIC.test(phrase)) return false;
  // The last word, or the two together ("rotator cuff"), must be a body part by WordNet.
  return wordClasses(phrase.toLowerCase()).includes('body-part') || wordClasses(words[words.length - 1]).includes('body-part');
}

export function matchBodyWork(text: string): Mention[] {
  const out: Mention[] = [];
  for (const re of [PASSIVE, CAUSATIVE, ACTIVE, INJURY]) {
    for (const m of text.matchAll(re)) {
      // (A two-word capture may run past the noun, "hip last": the first word alone may be the part.)
      const head = m[1].split(/\s+/)[0];
      const forward = re === ACTIVE || re === INJURY;
      const part = isBodyPart(m[1]) || LIGAMENTS.test(m[1]) ? m[1] : forward && (isBodyPart(head) || LIGAMENTS.test(head)) ? head : null;
      if (!part) continue;
      // The span opens at the body part, so the possessive before it says whose it is ("my", "her").
      const start = forward ? m.index : m.index + m[0].indexOf(m[1]);
      const end = forward ? m.index + m[0].indexOf(m[1]) + part.length : m.index + m[0].length;
      out.push({ layer: 'health', kind: re === INJURY ? 'condition' : 'procedure', start, end, confidence: 0.8, value: 'body work' });
    }
  }
  return out;
}
