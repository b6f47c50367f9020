// Partial evidence: one person the writer cares for ("my client", "the guy I treated") and a
// vivid health fact about them ("the worst OCD I've seen", "keeps relapsing"), with no formal
// identifier. Co-workers and the family may still recognize them, so it is worth a warning.
import type { Doc } from '../../doc';
import type { Evidence } from '../../types';
import type { Cue, Fact } from './facts';
import { gated } from '../../text/regex-gate';
import { SentenceIndex } from './sentence-index';

const CARE_CUES = new Set(['patient-ref', 'care-action', 'care-role']);
// "my patients", "our residents" speak of many people, unless it is "one of my patients".
const PLURAL = /\b(?:patients|pts|clients|residents|admits)\b/i;
const ONE_OF = /^one of\b/i;
// What makes a fact about one person stand out: a superlative from experience, a pattern
// that repeats, or a struggle nothing helps.
const VIVID = gated(/\b(?:worst|sickest|severest|most (?:severe|brittle|complicated|extreme|advanced|aggressive|stubborn|difficult|out-of-control|uncontrolled))\b[^.!?]{0,50}?\b(?:i've|i have|i|we've|we have|we)\s+(?:ever\s+)?(?:seen|had|worked with|treated|met|cared for|dealt with)\b|\b(?:keeps?|kept)\s+(?:on\s+)?[a-z]+ing\b|\bback again\b|\bagain and again\b|\bfor the (?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time\b|\bno matter what (?:we|i) (?:try|tried|do|did)\b/gi);
// An everyday word ("appointment", "the floor") is not vivid health news even when repeated.
const WEAK_KINDS_OK = new Set(['condition', 'symptom', 'mental-health', 'substance-use', 'infectious']);

export interface VividCase {
  evidence: Evidence[];
}

export function vividCase(doc: Doc, facts: Fact[], cues: Cue[]): VividCase | null {
  // (Looked up by sentence: a pass over every cue and fact per sentence is quadratic.)
  const cuesAt = new SentenceIndex(cues);
  const factsAt = new SentenceIndex(facts);
  for (const s of doc.sentences) {
    const cue = cuesAt.at(s.index).find((c) => CARE_CUES.has(c.kind) && (!PLURAL.test(doc.text.slice(c.start, c.end)) || ONE_OF.test(doc.text.slice(c.start, c.end))));
    if (!cue) continue;
    // A body part counts when the writer did something to it ("removed a bead from a toddler's nose").
    const here = factsAt.at(s.index).filter((f) => (!f.weak || WEAK_KINDS_OK.has(f.kind) || (f.kind === 'body-part' && cue.kind === 'care-action')));
    if (!here.length) continue;
    const vivid = [...s.text.matchAll(VIVID)][0];
    if (!vivid) continue;
    const start = s.start + vivid.index;
    return {
      evidence: [
        { start: cue.start, end: cue.end, kind: 'care-relationship' },
        ...here.map((f) => ({ start: f.start, end: f.end, kind: `health:${f.kind}` })),
        { start, end: start + vivid[0].length, kind: 'distinctive-detail' },
      ],
    };
  }
  return null;
}
