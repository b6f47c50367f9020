// Paragraphs and sentences with offsets. A sentence never crosses a line break: in posts a
// new line is a new thought, and bounded sentences keep the per-sentence cache effective.

export interface Span {
  start: number;
  end: number;
}

export interface SentenceSpan extends Span {
  paragraph: number;
}

/** Longer sentences (run-on pastes) are cut at a space before this many characters. */
export const MAX_SENTENCE = 1_000;

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'drs', 'prof', 'sr', 'jr', 'st', 'ave', 'blvd', 'rd', 'ln', 'mt', 'ft', 'no', 'vs',
  'etc', 'approx', 'dept', 'apt', 'ste', 'fig', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun', 'rev',
  'gen', 'sgt', 'capt', 'lt', 'col', 'gov', 'sen', 'rep', 'hon', 'fr', 'pt', 'pts', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s',
  'dob', 'ext', 'tel', 'approx', 'est', 'min', 'max', 'hr', 'hrs', 'yo', 'y.o', 'mg', 'ml', 'vol', 'ed', 'univ',
]);

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n+/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  if (last < text.length || out.length === 0) out.push({ start: last, end: text.length });
  return out;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  if (word.length === 1 || /^(?:[a-z]\.)+[a-z]$/.test(word)) return true; // initials: "J. Smith", "J.R. Smith"
  return ABBREVIATIONS.has(word);
}

/** Sentences of one line, trimmed of surrounding white space. */
function lineSentences(text: string, start: number, end: number, paragraph: number, out: SentenceSpan[]): void {
  let s = start;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    // A run-on paste without punctuation is cut into bounded pieces: the NLP and the
    // recognizers cost more than linear time on one huge sentence.
    while (b - a > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', a + MAX_SENTENCE);
      if (cut <= a) cut = a + MAX_SENTENCE;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
      out.push({ start: a, end: cut, paragraph });
      a = cut;
      while (a < b && /\s/.test(text[a])) a++;
    }
    if (b > a) out.push({ start: a, end: b, paragraph });
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < end && /[.!?…)"'\]]/.test(text[j])) j++;
    if (j < end && !/\s/.test(text[j])) { i = j - 1; continue; }
    if (c === '.' && j === i + 1 && endsWithAbbreviation(text, i)) continue;
    // A decimal or a version number is not a boundary: "3.5", handled above by the \s test.
    push(j);
    s = j;
    i = j - 1;
  }
  push(end);
}

export function sentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  paragraphs(text).forEach((p, index) => {
    let lineStart = p.start;
    for (let i = p.start; i <= p.end; i++) {
      if (i === p.end || text[i] === '\n') {
        lineSentences(text, lineStart, i, index, out);
        lineStart = i + 1;
      }
    }
  });
  return out;
}
