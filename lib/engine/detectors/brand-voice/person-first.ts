// Person-first language and safe messaging about suicide, each with its rewording.
import type { Doc } from '../../doc';
import { PERSON_FIRST } from '../../lexicons/policy/language';
import { execAllDoc } from '../../by-sentence';
import { alternation } from '../shared/match';
import type { Issue } from './issue';

const RULES = PERSON_FIRST.map((r) => ({ ...r, re: alternation([r.pattern]) }));
const PATTERNS = RULES.map((r) => r.re);

export function personFirst(doc: Doc): Issue[] {
  const out: Issue[] = [];
  const matches = execAllDoc(doc, PATTERNS);
  for (const [k, r] of RULES.entries()) {
    for (const { start: at, end, match } of matches[k]) {
      const h = { start: at, end, text: match[0] };
      if (r.nounOnly && followedByNoun(doc, h.end)) continue;
      // Keep the determiner the writer chose ("every diabetic" -> "every person with diabetes"); an
      // article goes with the words, since "an addict" becomes "a person with ...".
      const word = /^(?:a|an|the|my|our|your|every|each|one|favou?rite)\s+/i.exec(h.text)?.[0] ?? '';
      const lead = /^an?\s/i.test(word) && /^an?\s/.test(r.say) ? '' : word;
      const start = h.start + lead.length;
      out.push({
        rule: /suicide/i.test(h.text) ? 'safe-messaging' : 'person-first',
        start,
        end: h.end,
        severity: 'warning',
        message: `Say "${r.say}"`,
        explanation: r.why,
        confidence: 0.8,
        fix: { title: `Replace with "${r.say}"`, text: lead ? r.say.replace(/^an?\s/, '') : r.say },
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
