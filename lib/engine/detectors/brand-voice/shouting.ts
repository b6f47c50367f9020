// All-caps shouting: three or more capitalized words in a row (acronyms alone are fine).
import type { Doc } from '../../doc';
import type { Issue } from './issue';

// Words are separated by white space, so codes such as "CF-CLIN-STAFF" are not shouting.
const RUN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[\p{P}\d]*\s[\s\p{P}\d]*\p{Lu}{2,}){2,}(?![\p{L}])[!?.]*/gu;

const CAPITALS = /\p{Lu}{2}/u;
const hasCapitals = (text: string) => CAPITALS.test(text);

/**
 * Stretches of consecutive sentences that hold two capitals in a row, with one character of
 * context on each side: a run of shouting can go on across sentences ("STOP. DO NOT ENTER"),
 * but only through sentences that each hold capitals, so it lies inside one stretch.
 */
function stretches(doc: Doc): { from: number; text: string }[] {
  const out: { from: number; text: string }[] = [];
  let first = -1;
  const flush = (last: number) => {
    if (first < 0) return;
    const from = Math.max(0, doc.sentences[first].start - 1);
    out.push({ from, text: doc.normalized.cased.slice(from, doc.sentences[last].end + 1) });
    first = -1;
  };
  doc.sentences.forEach((s, i) => {
    // Case as typed: the text detectors read has case restored in shouted lines.
    if (hasCapitals(doc.normalized.cased.slice(s.start, s.end))) {
      if (first < 0) first = i;
    } else flush(i - 1);
  });
  flush(doc.sentences.length - 1);
  return out;
}

// Capitals the writer reports rather than shouts: a stamp, a sign or a subject line they quote
// ("the email literally says INTERNAL – DO NOT FORWARD", "a sticky note that says DO NOT TURN ON").
const REPORTED = /(?:\b(?:says|said|reads|read|stamped|labell?ed|marked|titled|printed|written|banner|sign)\b\s*[:\-–—]?\s*|["'“‘«]\s*)$/iu;
const reported = (before: string) => REPORTED.test(before);

// A list of codes ("ICU (CVICU, MICU", "PICU. ACLS / PALS / NRP."): short words, each set off by punctuation.
const codeList = (run: string) => {
  const words = run.split(/[^\p{L}\d]+/u).filter(Boolean);
  const gaps = run.trim().split(/[\p{L}\d]+/u).slice(1, -1);
  return words.every((w) => w.length <= 5) && gaps.length > 0 && gaps.every((g) => /[\p{P}]/u.test(g));
};

export function shouting(doc: Doc): Issue[] {
  const out: Issue[] = [];
  for (const { from, text } of stretches(doc)) out.push(...shoutingIn(text, from));
  return out;
}

function shoutingIn(text: string, from: number): Issue[] {
  const out: Issue[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const letters = m[0].replace(/[^\p{L}]/gu, '').length;
    if (letters < 10 || reported(text.slice(0, m.index)) || codeList(m[0])) continue;
    const lower = m[0].toLowerCase();
    out.push({
      rule: 'all-caps',
      start: from + m.index,
      end: from + m.index + m[0].length,
      severity: 'warning',
      message: 'All-caps shouting',
      explanation: 'Text in capitals reads as shouting; the brand voice is calm, even for urgent messages.',
      confidence: 0.8,
      fix: { title: 'Use sentence case', text: lower.replace(/(^|[.!?]\s+)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) },
    });
  }
  return out;
}
