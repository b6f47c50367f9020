// Sentences whose end marks were left out ("keep Earl in your prayers tonight He got his hand
// caught ... we sent him down to Riverbend"): the next sentence's pronoun opening is inside the
// same sentence. Readers that look at "the next sentence when it opens on them" look here too,
// within a bounded window of words after the person, so a run-on draft reads as a punctuated one.
import type { Doc } from '../../doc';

/** How far after the person a run-on's next clause may open (words, then characters). */
const WINDOW_WORDS = 25;
const WINDOW_CHARS = 200;
// A pronoun that opens a clause: a capital mid-sentence after a plain word ("tonight He got"),
// or any pronoun in a sentence with no marks at all ("tonight he got").
const CAPITAL_OPENING = /(?<=[\p{Ll}\d)]\s+)(?:He|She|They)(?=['’]s\b|\s)/gu;
const ANY_OPENING = /\b(?:he|she|they)(?=['’]s\b|\s)/giu;
const MARKS = /[.!?;:,]/;

/**
 * Stretches of the subject's own sentence after `from` that open on a pronoun where an end mark
 * is missing, each as [offset, text] bounded by the window; none when the sentence is punctuated
 * and no capital shows the break.
 */
export function unmarkedClauses(doc: Doc, sentence: number, from: number): [number, string][] {
  const s = doc.sentences[sentence];
  if (!s || from >= s.end) return [];
  const words = doc.text.slice(from, Math.min(s.end, from + WINDOW_CHARS * 2)).split(/\s+/);
  const end = Math.min(s.end, from + words.slice(0, WINDOW_WORDS + 1).join(' ').length);
  const stretch = doc.text.slice(from, end);
  const re = MARKS.test(s.text) ? CAPITAL_OPENING : ANY_OPENING;
  re.lastIndex = 0;
  const out: [number, string][] = [];
  // (The person's own clause comes first: a pronoun right after them is theirs, "Earl he".)
  for (let m = re.exec(stretch); m && out.length < 2; m = re.exec(stretch)) {
    if (m.index === 0) continue;
    const at = from + m.index;
    out.push([at, doc.text.slice(at, Math.min(s.end, at + WINDOW_CHARS))]);
  }
  return out;
}
