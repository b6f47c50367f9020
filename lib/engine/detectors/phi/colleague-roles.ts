// A co-worker named by their role as the head of "our ..." with words of its own before it
// ("our flight medic Carla", "our lead nurse M", "our only blood bank tech", "our PA jess",
// "our CMO, who ..."): the role word is the last noun, the words before it say which team or
// shift, and a given name (in any case), an initial or a "who" clause makes it one person.
// A role lists cannot hold every job title, so an upper-case title after "our" counts as a role.
import type { Doc } from '../../doc';
import { isFirstName, isWordName, nameKey } from '../../lexicons/names';
import { CLINICIAN_ROLE, type Subject } from './subjects';

// (Up to three words of team or shift, never a verb or a clause word: "our nurse is", "our tech and".)
const WORDS = String.raw`(?:(?!(?:and|or|but|who|that|is|was|has|had|have|were|are|will|just|all|own)\s)[\p{L}-]+\s+){0,3}?`;
// (No i flag, so that a title must be in capitals: the role words are spelled in either case instead.)
const anyCase = (source: string) => source.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const ROLE_HEAD = new RegExp(String.raw`\b(?:${anyCase('our|my|one of our')})\s+(?<words>${WORDS})(?:(?<role>${anyCase(CLINICIAN_ROLE)})s?|(?<title>\p{Lu}{2,4}))(?=[\s,(])(?:\s*,?\s+${anyCase('who')}\b|\s+\(|\s+(?<initial>\p{Lu})\b(?!['’.]\p{L})|\s+(?<name>[\p{L}][\p{L}'’-]+)(?![\p{L}'’-]))`, 'gu');
// Upper-case words after "our" that are places, teams or things, not a person's title.
const NOT_A_TITLE = /^(?:ER|ED|OR|ICU|NICU|PICU|PACU|CCU|IT|HR|US|UK|EHR|EMR|MRI|CT|PT|OT|RN|LPN|ID|TV|CEU|CEUS|CME|UTI|IV|GI|OB|PR|QA|QI|AM|PM|EMS|EMT)$/;

/** Co-workers named by a role with words of its own before it, or by an upper-case title. */
export function colleagueRoles(doc: Doc): Subject[] {
  const out: Subject[] = [];
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(ROLE_HEAD)) {
      const { words = '', role, title, initial, name } = m.groups ?? {};
      // A title is written in capitals ("our CMO"), and is no unit or thing ("our ICU").
      if (title && NOT_A_TITLE.test(title)) continue;
      // A plain role with nothing before it and no name after it ("our nurse who ...") is a role, not one person.
      if (role && !words.trim() && !name && !initial) continue;
      // A word after the role is a name only when it is a given name that is not also a word.
      if (name && !(isFirstName(nameKey(name)) && !isWordName(nameKey(name)))) continue;
      const start = s.start + m.index;
      const end = name || initial ? start + m[0].length : start + m[0].replace(/\s*,?\s+who$|\s+\($/i, '').length;
      out.push({ kind: 'colleague', hipaa: 'other-id', clinician: true, start, end, sentence: s.index });
    }
  }
  return out;
}
