// Stigmatizing labels for people ("psycho", "drug seeker", "frequent flyer"): the pack's list
// `stigmatizing-terms` (setting `stigmatizingList`) is read here, so one place decides them.
import type { Doc } from '../../doc';
import { findTermsInDoc } from '../shared/match';
import type { Issue } from './issue';

// A label that is also travel talk ("frequent flyer miles") is about airlines, not people.
const TRAVEL = /\b(?:miles|points|status|program(?:me)?|airlines?|flights?|lounge|card|rewards?)\b/i;

export function stigmatizing(doc: Doc, terms: readonly string[]): Issue[] {
  if (!terms.length) return [];
  const out: Issue[] = [];
  for (const h of findTermsInDoc(doc, terms)) {
    const s = doc.sentenceAt(h.start);
    if (/fl(?:y|i)er/i.test(h.text) && s && TRAVEL.test(s.text)) continue;
    out.push({
      rule: 'stigmatizing',
      start: h.start,
      end: h.end,
      severity: 'warning',
      message: `"${h.text}" stigmatizes patients or people with a health condition.`,
      explanation:
        'Words that mock or label people for a mental-health condition, a disability or a need for care undermine trust in the organization and the people it treats. Describe the person or the behaviour instead.',
      confidence: 0.8,
    });
  }
  return out;
}
