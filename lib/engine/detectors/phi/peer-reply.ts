// Advice to a reader on a supposition ("@tina.b I can't tell you whether to take it with your
// current meds", "@brennagrows if your newborn looks yellow, put her by the window"): the health
// is an "if", told of nobody, and the writer answers as a peer. Without a care relationship of the
// writer's (we saw you, our clinic, my patient), the reply discloses nothing. What the reply states
// of the reader ("your glucose test came back high", "since you're on Zentrova for your migraines")
// is still theirs, and review replies and readers under a full name are judged elsewhere.
import type { Doc } from '../../doc';
import type { Cue, Fact } from './facts';
import type { Link } from './link';
import { readsAsReviewReply } from './review-reply';

// The writer's care of someone: they treated, admitted or cared for them, or a patient of theirs.
const WRITER_CARE = new Set(['care-action', 'care-role', 'patient-ref']);
// The writer's organization anywhere in the reply ("we need to see you", "our portal").
const WRITER_VOICE = /\b(?:we|we're|we've|we'll|us|our|ours)\b/i;
// "@Dana Whitfield", "@DanaWhitfieldMN": a reader under a full name is recognizable (see link.ts).
const FULL_NAME = /^@?(?:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}{2,})/u;
// "if your ...", "whether to take it with your ...", "in case you're ...": a supposition about the reader.
const SUPPOSING = /\b(?:if|whether|in case|unless)\b(?=[^—–;:.!?]*\b(?:you|your|you're|youre|ur|u)\b)[^—–;:.!?]*$/i;
// Someone else told of between the supposition and the fact ("if you're reading this, his wife says ...").
const OTHER_BETWEEN = /\b(?:he|she|his|her|him|they|their|them)\b/i;

/** The fact is told as a supposition about the reader, in its own clause. */
function supposed(doc: Doc, f: Fact): boolean {
  const sentence = doc.sentences[f.sentence];
  if (!sentence) return false;
  const lead = doc.text.slice(sentence.start, f.start);
  const m = SUPPOSING.exec(lead);
  return !!m && !OTHER_BETWEEN.test(lead.slice(m.index));
}

/** Whether a link to the reader only supposes their health, with no care of the writer's. */
export function peerReply(doc: Doc, link: Link, cues: Cue[]): boolean {
  const s = link.subject;
  // (A reply that opens with the reader's handle is to them: "@jess.bakes if your ...".)
  const opensWithHandle = doc.text[s.start] === '@' && s.start === doc.sentences[s.sentence]?.start;
  if (!(s.addressed || opensWithHandle) || !(s.kind === 'name' || s.kind === 'handle' || s.kind === 'relative')) return false;
  if (readsAsReviewReply(doc) || FULL_NAME.test(doc.text.slice(s.start, s.start + 40))) return false;
  if (cues.some((c) => WRITER_CARE.has(c.kind) || (c.kind === 'visit' && /^(?:we|i|our)\b/i.test(doc.text.slice(c.start, c.end))))) return false;
  if (doc.sentences.some((t) => WRITER_VOICE.test(t.text))) return false;
  return link.facts.every((f) => supposed(doc, f));
}
