// What a cited record vouches for. A news story named as the source covers its whole sentence; an
// official record ("was fined by the state", "according to the court filing") covers only its own
// clause: "he was fined in 2021, and he still shows up drunk" makes a second, uncited accusation.
import { OFFICIAL_RECORDS, PUBLIC_SOURCES } from '../../lexicons/policy/damaging-claims';
import { alternation, scan } from '../shared/match';
import { anyMatch } from '../shared/context';
import { clauseAround } from '../shared/clauses';

const RECORD = alternation(OFFICIAL_RECORDS);
const SOURCE = alternation(PUBLIC_SOURCES, 'i');

/** Spans of `text` (sentence offsets) whose claims rest on a cited record; empty when none. */
export function recordCovered(text: string): { start: number; end: number }[] {
  if (anyMatch(SOURCE, text)) return [{ start: 0, end: text.length }];
  const records = scan(RECORD, text);
  if (!records.length) return [];
  return records.map((r) => clauseAround(text, r.start));
}

/** The sentence with its covered clauses blanked, offsets kept: what is left is the writer's own claim. */
export function uncitedText(text: string, covered: { start: number; end: number }[]): string {
  let out = text;
  for (const c of covered) out = out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end);
  return out;
}
