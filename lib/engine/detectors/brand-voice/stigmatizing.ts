// Stigmatizing labels for people ("psycho", "drug seeker", "frequent flyer"): the pack's list
// `stigmatizing-terms` (setting `stigmatizingList`) is read here, so one place decides them.
import type { Doc } from '../../doc';
import { findTermsInDoc } from '../shared/match';
import type { Issue } from './issue';
import { tokensStartingAt } from '../../token-index';

// "crazy", "insane" and "nuts" are fine for a busy week, not for a person: a person (a pronoun,
// a word for a person, a name; "crazy about her garden" is fondness), perhaps placed ("in the waiting room"), then a copula and the word.
const PERSON = String.raw`(?:he|she|they|patients?|guy|lady|woman|man|family|families|mom|dad|people|folks|dude|visitors?|(\p{Lu}\p{Ll}+))`;
const PLACED = String.raw`(?:\s+(?:in|on|at|from|with|of)\s+(?:the\s+|a\s+|room\s+|bed\s+)?[\p{L}\d]+(?:\s+[\p{L}\d]+){0,2})?`;
const COPULA = String.raw`(?:(?:is|was|are|were|'s)\s+(?:acting|being)|is|was|are|were|seems|seemed|went|acting|'s)`;
const LABELLED = new RegExp(String.raw`\b${PERSON}${PLACED}\s+${COPULA}\s+(?:(?:so|totally|completely|absolutely|clearly|just|full|straight up)\s+)?(crazy|psycho|insane|nuts|mental|bonkers|certifiable)\b(?!\s+(?:about|for|over|good|busy|fast|talented|smart|lucky|strong|cute|funny))`, 'giu');

// People called stupid ("people are so dumb", "the unit clerk on 4 west is so dumb"): an insult,
// where "this printer is dumb" is a gripe about a thing.
const INSULTED = new RegExp(String.raw`\b(?:he|she|they|patients?|guy|lady|woman|man|family|families|people|folks|dude|visitors?|clerks?|coworkers?|staff|nurses|docs|doctors)${PLACED}\s+${COPULA}\s+(?:(?:so|totally|completely|absolutely|clearly|just|straight up|really|too)\s+)?(dumb|stupid|idiotic|brainless|clueless)\b`, 'giu');

// A label that is also travel talk ("frequent flyer miles") is about airlines, not people.
const TRAVEL = /\b(?:miles|points|status|program(?:me)?|airlines?|flights?|lounge|card|rewards?)\b/i;

export function stigmatizing(doc: Doc, terms: readonly string[]): Issue[] {
  const out: Issue[] = [...labelledPeople(doc), ...insultedPeople(doc)];
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

/** "That patient in the waiting room was totally insane": the person described by the word. */
function labelledPeople(doc: Doc): Issue[] {
  const out: Issue[] = [];
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(doc.text); m; m = LABELLED.exec(doc.text)) {
    const word = m[2];
    const start = m.index + m[0].length - word.length;
    // A capitalized word stands for a person only where the analysis reads a name there.
    if (m[1] && !tokensStartingAt(doc, m.index).some((t) => t.tags.has('Person') || t.tags.has('FirstName'))) {
      // "some of these people are crazy": the capital-blind name slot took "some"; read on from the next word.
      LABELLED.lastIndex = m.index + m[1].length;
      continue;
    }
    out.push({
      rule: 'stigmatizing',
      start,
      end: start + word.length,
      severity: 'warning',
      message: `Describing a person as "${word}" stigmatizes mental illness.`,
      explanation: 'Describe the behaviour or the situation instead of labelling the person.',
      confidence: 0.75,
    });
  }
  return out;
}

/** "people are so dumb": people called stupid. */
function insultedPeople(doc: Doc): Issue[] {
  const out: Issue[] = [];
  INSULTED.lastIndex = 0;
  for (let m = INSULTED.exec(doc.text); m; m = INSULTED.exec(doc.text)) {
    const word = m[1];
    const start = m.index + m[0].length - word.length;
    out.push({
      rule: 'insult',
      start,
      end: start + word.length,
      severity: 'warning',
      message: `Calling people "${word}" is an insult.`,
      explanation: 'Mocking patients, families, colleagues or the public reflects on your employer when you post as one of its people.',
      confidence: 0.75,
    });
  }
  return out;
}
