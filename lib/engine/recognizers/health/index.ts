// The health recognizer: health terms (layer 'health', kind = group) and care-relationship
// cues (layer 'cue') in one sentence.
import type { Mention, SentenceRecognizer } from '../../doc';
import { matchBodyWork } from './body-work';
import { matchCues } from './cues';
import { matchDailyCare } from './daily-care';
import { matchLeave } from './leave';
import { matchTerms } from './match';
import { matchPatterns } from './patterns';
import { matchSpanish } from './spanish';
import { matchStaffCare } from './staff-care';

/** Drops pattern mentions that a longer lexicon or pattern mention already covers. */
function dedupe(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const covered = out.some((o) => o.layer === m.layer && o.start <= m.start && m.end <= o.end);
    if (!covered) out.push(m);
  }
  return out;
}

export function recognizeHealth(text: string): Mention[] {
  return dedupe([...matchTerms(text), ...matchPatterns(text), ...matchCues(text), ...matchDailyCare(text), ...matchSpanish(text), ...matchBodyWork(text), ...matchStaffCare(text), ...matchLeave(text)]);
}

export const healthRecognizer: SentenceRecognizer = {
  id: 'health',
  run: (text) => recognizeHealth(text),
};
