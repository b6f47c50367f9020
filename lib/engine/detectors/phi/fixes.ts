// Fixes that generalize the identifying details: "Mr. Okonkwo" -> "a patient", drop the room
// number, an exact date -> "recently". Every edit is an exact span of the text.
import type { Edit } from '../../types';
import type { Subject } from './subjects';

// What follows an age used as a noun ("the 95-year-old was up walking"), not as an adjective.
const AGE_NOUN_NEXT = /^(?:[\s-]+(?:in|at|from|with|who|on|and|was|is|has|had|got|came|went|said|told|asked|will|would|did|does|needs|needed|just|still|now|finally)\b|\s*[,.;:!?)]|\s*$)/i;

function capitalizeLike(replacement: string, original: string, text: string, start: number): string {
  const sentenceStart = start === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, start - 3), start));
  return sentenceStart && /^[A-Z]/.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

const SEPARATOR_CHAR = /[\s,(inoatfrm]/;

/** Extends a deletion over the separator before it (" in ", ", ", " on ") so no gap is left. */
function deletion(text: string, start: number, end: number): Edit {
  // Only the tail that a separator can be made of (spaces, commas, "(", the letters of
  // in/on/at/from/of): the "$"-anchored tests below then skip rescanning a long draft.
  let from = start;
  while (from > 0 && SEPARATOR_CHAR.test(text[from - 1])) from--;
  const before = text.slice(from, start);
  // An item in a list ("MRN 0073, sepsis admit"): take the comma after it rather than the space before.
  const listAfter = /^,\s*/.exec(text.slice(end));
  if (listAfter && !/,\s*$/.test(before)) return { start, end: end + listAfter[0].length, text: '' };
  const sep = /(?:,\s*|\s+(?:in|on|at|from|of)\s+|\s+\(?)$/.exec(before);
  let s = sep ? start - sep[0].length : start;
  let e = end;
  if (text[e] === ')' && sep?.[0].includes('(')) e++;
  if (s === 0) {
    // At the start of the text there is no separator: take the space after instead.
    s = start;
    while (e < text.length && /[\s,:-]/.test(text[e])) e++;
  }
  return { start: s, end: e, text: '' };
}

function ageEdit(text: string, s: Subject): Edit {
  const raw = text.slice(s.start, s.end);
  const n = Number(/\d+/.exec(raw)?.[0] ?? 0);
  const after = text.slice(s.end, s.end + 12);
  if (/year|yr|y\/o|yo/i.test(raw) && !AGE_NOUN_NEXT.test(after)) {
    // "a 94-year-old veteran" -> "a veteran": the age goes with its hyphen or space.
    let e = s.end;
    while (e < text.length && /[\s-]/.test(text[e])) e++;
    const word = n > 89 ? 'older ' : '';
    return { start: s.start, end: e, text: word };
  }
  const noun = n > 64 ? 'older adult' : n >= 18 ? 'adult' : n >= 13 ? 'teen' : 'child';
  if (/year|yr|y\/o|yo/i.test(raw)) return { start: s.start, end: s.end, text: noun };
  return deletion(text, s.start, s.end);
}

function subjectEdit(text: string, s: Subject): Edit | null {
  const raw = text.slice(s.start, s.end);
  const possessive = /^['’]s?/.exec(text.slice(s.end));
  const end = possessive ? s.end + possessive[0].length : s.end;
  const own = possessive ? "'s" : '';
  switch (s.kind) {
    case 'name':
    case 'initials': {
      if (s.addressed || raw.startsWith('@')) return deletion(text, s.start, s.end);
      const who = s.clinician ? 'a colleague' : 'a patient';
      return { start: s.start, end, text: capitalizeLike(who + own, raw, text, s.start) };
    }
    case 'colleague':
      return { start: s.start, end, text: capitalizeLike(`a colleague${own}`, raw, text, s.start) };
    case 'relative':
      return { start: s.start, end: s.end, text: capitalizeLike(/^your\b/i.test(raw) ? 'your family member' : 'a family member', raw, text, s.start) };
    case 'descriptor':
    case 'unique':
      return { start: s.start, end: s.end, text: capitalizeLike('a community member', raw, text, s.start) };
    case 'date': {
      const on = /\b(?:on|last|this|since|from)\s+$/i.exec(text.slice(Math.max(0, s.start - 6), s.start));
      if (/\d{1,2}:\d{2}|a\.?m|p\.?m/i.test(raw)) return deletion(text, s.start, s.end);
      return { start: on ? s.start - on[0].length : s.start, end: s.end, text: 'recently' };
    }
    case 'age':
    case 'old-age':
      return ageEdit(text, s);
    case 'address':
      // "our patient at 412 Maple Ave" -> "our patient at home"
      return /\bat\s+$/.test(text.slice(Math.max(0, s.start - 3), s.start)) ? { start: s.start, end: s.end, text: 'home' } : deletion(text, s.start, s.end);
    case 'handle':
    case 'contact':
    case 'record':
    case 'room':
    case 'place':
      return deletion(text, s.start, s.end);
    case 'photo':
      return null;
  }
}

/** Edits that generalize the given identifiers, sorted and without overlaps. */
export function generalizingEdits(text: string, subjects: Subject[]): Edit[] {
  const edits = subjects.map((s) => subjectEdit(text, s)).filter((e): e is Edit => e !== null);
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}

export const NEUTRAL_REVIEW_REPLY =
  "Thank you for your feedback. To protect everyone's privacy we can't discuss anyone's care here, but we'd like to hear more. Please contact our patient experience team directly.";
