// The "views are my own" line an employee owes when they speak as one of the organization's people.
import type { Doc } from '../../doc';
import { DISCLAIMERS } from '../../lexicons/policy/language';
import { testDoc } from '../../by-sentence';
import { alternation } from '../shared/match';
import { selfIdentification } from '../shared/self-id';
import type { Issue } from './issue';

const DEFAULT = alternation(DISCLAIMERS, 'i');

export function missingDisclaimer(doc: Doc, ownNames: string[], extra: string[]): Issue[] {
  if (testDoc(doc, DEFAULT)) return [];
  const lower = doc.lower;
  if (extra.some((d) => lower.includes(d.toLowerCase()))) return [];
  const first = selfIdentification(doc.text, ownNames)[0];
  if (!first) return [];
  return [
    {
      rule: 'views-own',
      start: first.start,
      end: first.end,
      severity: 'warning',
      message: 'Add "Views are my own"',
      explanation: 'You identify yourself as one of the organization\'s people, so readers may take the post as its position. Say that the views are your own.',
      confidence: 0.8,
      fix: { title: 'Add "Views are my own."', text: `${/\n/.test(doc.text) ? '\n\n' : ' '}Views are my own.`, at: doc.text.length },
    },
  ];
}
