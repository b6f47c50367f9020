// Person-first language and safe messaging about suicide, each with its rewording.
import type { Doc } from '../../doc';
import { PERSON_FIRST } from '../../lexicons/policy/language';
import { alternation, scan } from '../shared/match';
import type { Issue } from './issue';

const RULES = PERSON_FIRST.map((r) => ({ ...r, re: alternation([r.pattern]) }));

export function personFirst(doc: Doc): Issue[] {
  const out: Issue[] = [];
  for (const r of RULES) {
    for (const h of scan(r.re, doc.text)) {
      if (r.nounOnly && followedByNoun(doc, h.end)) continue;
      // Keep the determiner the writer chose ("a diabetic" -> "a person with diabetes").
      const lead = /^(?:a|an|the|my|our|your|every|each|one|favou?rite)\s+/i.exec(h.text)?.[0] ?? '';
      const start = h.start + lead.length;
      out.push({
        rule: /suicide/i.test(h.text) ? 'safe-messaging' : 'person-first',
        start,
        end: h.end,
        severity: 'warning',
        message: `Say "${r.say}"`,
        explanation: r.why,
        confidence: 0.8,
        fix: { title: `Replace with "${r.say}"`, text: lead && r.say.startsWith('a ') ? r.say.slice(2) : r.say },
      });
    }
  }
  return out;
}

/** "diabetic diet", "schizophrenic episode": the word is an adjective, not a label for a person. */
function followedByNoun(doc: Doc, end: number): boolean {
  const next = doc.tokens.find((t) => t.start >= end);
  if (!next || next.sentence !== doc.tokens.find((t) => t.end === end)?.sentence) return false;
  return /^\s*$/.test(doc.text.slice(end, next.start)) && next.tags.has('Noun') && !next.tags.has('Pronoun');
}
