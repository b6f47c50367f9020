// Personal names: titles, initials, first-name and surname lexicons, compromise's person tags,
// and the context that makes an ambiguous word a name ("Hope said", "thanks, Will").
// Also @handles, which name a person on every platform.
import type { Analysis, Token } from '../../nlp';
import { isFirstName, isSurname, isWordName, nameKey } from '../../lexicons/names';
import { isStreetPrefix, isStreetSuffix } from './streets';
import { scan, type Found } from './found';
import {
  HONORIFICS,
  ROLE_TITLES,
  POST_NOMINALS,
  PARTICLES,
  NEVER,
  ORG_HEADS,
  NOT_PERSON_TAGS,
  NON_NAME_POS,
  NAMING,
  INTRO,
  PERSON_ONLY_AFTER,
  PLACE_BEFORE,
  POSSESSIVE_AFTER,
  PERSON_AFTER,
  EPONYMS,
  EPONYM_AFTER,
  VOCATIVE_AFTER,
  VOCATIVE_END,
  LIST_INTRO,
  RUN_STOP,
  INITIALS,
  NOT_INITIALS,
} from './name-cues';

// Words that open a place name after a would-be title.
const PLACE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'san', 'santa', 'fort', 'port', 'mount', 'lake']);

const HANDLE = /(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.\w)/g;

interface Word {
  token: Token;
  /** The word without a possessive ending. */
  base: string;
  end: number;
  key: string;
  cap: boolean;
  initial: boolean;
  given: boolean;
  known: boolean;
  ambiguous: boolean;
  personTag: boolean;
  nonPersonTag: boolean;
  nonNamePos: boolean;
}

function toWord(t: Token): Word {
  const base = t.text.replace(/['’]s?$/, '');
  const key = nameKey(base);
  const given = key.length > 1 && isFirstName(key);
  const tags = t.tags;
  const personTag = tags.has('Person') || tags.has('FirstName') || tags.has('LastName');
  return {
    token: t,
    base,
    end: t.start + base.length,
    key,
    cap: /^\p{Lu}/u.test(base),
    initial: /^\p{Lu}$/u.test(base) || /^(?:\p{Lu}\.){1,3}$/u.test(base),
    given,
    known: given || (key.length > 1 && isSurname(key)),
    ambiguous: isWordName(key),
    personTag,
    nonPersonTag: NOT_PERSON_TAGS.some((x) => tags.has(x)),
    nonNamePos: NON_NAME_POS.some((x) => tags.has(x)) && !personTag,
  };
}

interface Context {
  text: string;
  words: Word[];
  shouting: boolean;
  lowercase: boolean;
}

/** A word that can be part of a name run; `inRun` when it would continue one. */
function nameish(c: Context, k: number, inRun: boolean): boolean {
  const w = c.words[k];
  // A lone capital between name words is an initial ("Faina D. Yefremova", "Brad L Key").
  if (w.initial) return inRun || w.base.length > 1 || c.text[w.end] === '.' || (c.words[k + 1]?.cap ?? false);
  if (NEVER.has(w.key) || HONORIFICS.has(w.key) || RUN_STOP.has(w.key)) return false;
  if (c.lowercase) {
    // No capitals to go by: given names start a run, and other name-like words may continue it.
    if (!inRun && NAMING.test(window(c.text, w.token.start))) return w.known || !w.nonNamePos;
    if (w.ambiguous) return false;
    if (inRun) return w.known || (!w.nonNamePos && !w.nonPersonTag && w.key.length > 2);
    return w.given;
  }
  if (!w.cap) return false;
  // "Nurses, you're angels": a plural common noun is not a name.
  if (w.token.tags.has('Plural') && !w.known && !w.personTag) return false;
  // In mixed-case text an all-caps word is an acronym (ICU, ER); in shouted text only known names count.
  if (c.shouting) return w.known && !w.ambiguous;
  return !/^\p{Lu}{2,}$/u.test(w.base);
}

function isTitle(c: Context, w: Word, next: Word | undefined): boolean {
  if (!next || NEVER.has(next.key)) return false;
  // "miss Gertrude" is a verb; "mr. elliott" in lower-case text is still a title.
  const period = c.text[w.end] === '.';
  const written = w.cap || ((c.lowercase || lowerName(next)) && w.key !== 'miss') || period;
  // A title never stands before a place: "Miss El Paso", "missing San Diego" ("Sr. de la Cruz" keeps its period).
  if (!period && ((next.nonPersonTag && !next.known && !next.personTag) || PLACE_ARTICLES.has(next.key))) return false;
  if (HONORIFICS.has(w.key) && written && (next.cap || next.initial || c.lowercase || lowerName(next))) return true;
  // Without capitals to go by, a role word before a listed name is a title too ("coach harmon",
  // "pastor lindqvist"); before an everyday word it is the role ("coach said", "nurse ratios").
  if (ROLE_TITLES.has(w.key) && !w.cap && lowerName(next) && !next.nonNamePos) return true;
  if (!(next.cap || next.initial)) return false;
  return w.cap && ROLE_TITLES.has(w.key);
}

/** A name written in lower case that the lists know and that is not also an everyday word ("mr. delgado"). */
function lowerName(w: Word): boolean {
  return !w.cap && w.known && !w.ambiguous && w.key.length > 2;
}

/** Up to `chars` characters before `end` (all of them when the text is shorter). */
function window(text: string, end: number, chars = 80): string {
  return text.slice(Math.max(0, end - chars), end);
}

function sentenceInitial(text: string, start: number): boolean {
  const pre = window(text, start, 16).replace(/[\s"'“‘(\[>*?-]+$/, '');
  return pre === '' || /[.!?:;…]$/.test(pre);
}

interface Run {
  title?: Word;
  words: Word[];
  next?: Word;
  found?: Found;
}

export function findNames(text: string, analysis: Analysis): Found[] {
  const out: Found[] = scan(HANDLE, text, (m) => ({ kind: 'name', start: m.index, end: m.index + m[0].length, confidence: 0.7, value: 'handle' }));
  const words = analysis.tokens.filter((t) => /\p{L}/u.test(t.text)).map(toWord);
  const c: Context = { text, words, shouting: !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text), lowercase: !/\p{Lu}/u.test(text) };
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const title = isTitle(c, words[i], words[i + 1]) ? words[i] : undefined;
    let j = title ? i + 1 : i;
    const run: Word[] = [];
    while (j < words.length && run.length < 5) {
      const x = words[j];
      const gap = run.length ? text.slice(run[run.length - 1].end, x.token.start) : '';
      // Spaces, an initial's period, or the hyphen of a double-barrelled name ("Ferreira-Holm").
      if (run.length && !/^(?:[\s.]*|-)$/.test(gap)) break;
      // Right after a title, an initial or a lower-case word is the name ("Mr. K", "mr. elliott").
      if (nameish(c, j, run.length > 0) || (title && run.length === 0 && (c.lowercase || x.initial || lowerName(x)))) {
        run.push(x);
        j++;
        // A possessive ends the name: "Mark's chart".
        if (x.base !== x.token.text) break;
        continue;
      }
      if (run.length > 0 && PARTICLES.has(x.key) && j + 1 < words.length && nameish(c, j + 1, true)) { run.push(x); j++; continue; }
      break;
    }
    // Trailing initials belong to the next words, not to this name ("Smith A" is rare).
    while (run.length > 1 && run[run.length - 1].initial && !title && c.text[run[run.length - 1].end] !== '.') run.pop();
    // "Meet Theodora": a capitalized verb or adverb in front is not part of the name.
    while (run.length > 1 && !title && run[0].nonNamePos && !run[0].known) run.shift();
    if (run.length === 0) { i++; continue; }
    const r: Run = { title, words: run, next: words[j] };
    r.found = judge(c, r) ?? undefined;
    runs.push(r);
    i = j;
  }
  propagateLists(c, runs);
  for (const r of runs) if (r.found) out.push(r.found);
  for (const f of scan(INITIALS, text, (m) =>
    NOT_INITIALS.has(m[0]) || (m[0].length === 2 && !/^,/.test(text.slice(m.index + 2))) ? null : { kind: 'name', start: m.index, end: m.index + m[0].length, confidence: 0.6, value: 'initials' },
  )) if (!out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
  return out;
}

function judge(c: Context, r: Run): Found | null {
  const { text } = c;
  const run = r.words;
  const first = run[0];
  const last = run[run.length - 1];
  const start = r.title ? r.title.token.start : first.token.start;
  const end = last.end;
  // An organization or a place: "Lakeside Clinic", "Jefferson Street", "Rue de Tanger".
  const head = r.next && text.slice(end, r.next.token.start).replace(/^['’]s?/, '').trim() === '' ? r.next : undefined;
  if (head && (ORG_HEADS.has(head.key) || isStreetSuffix(head.base)) && (head.cap || c.lowercase)) return null;
  if (isStreetPrefix(first.base)) return null;
  if (run.some((x) => EPONYMS.has(x.key)) || EPONYM_AFTER.test(text.slice(end, end + 40))) return null;
  // "Riverbend Medical Center": an organization word inside the run.
  if (!r.title && run.slice(1).some((x) => ORG_HEADS.has(x.key))) return null;
  if (r.title) return { kind: 'name', start, end, confidence: 0.95, value: run.length === 1 && first.initial ? 'title+initial' : 'title+name' };
  // A short word right after a number is its unit ("20 Min", "3 Mo", "2 Tabs"), not a name.
  if (run.length === 1 && first.base.length <= 4 && /\d\s?$/.test(window(text, start, 4))) return null;
  const core = run.filter((x) => !PARTICLES.has(x.key) && !x.initial);
  if (core.length === 0) return null;
  // Cues are read from a bounded window so that a long line without punctuation stays linear.
  const pre = window(text, start);
  const post = text.slice(end, end + 80);
  const atStart = sentenceInitial(text, start);
  const naming = NAMING.test(pre);
  const named = core.every((x) => x.known || x.personTag);
  const intro = naming || (INTRO.test(pre) && named);
  // At a sentence's start an unknown or everyday word before a comma is an interjection or a label ("Cool, what's ...").
  const vocative =
    (atStart && VOCATIVE_AFTER.test(post) && core.every((x) => (x.known && !x.ambiguous) || x.personTag)) ||
    (atStart && /^,\s*(?:can|could|would)\s+(?:i|you|we)\b/i.test(post) && !first.nonNamePos) ||
    (/,\s*$/.test(pre) && VOCATIVE_END.test(post));
  // "Alice:" opening a line of dialogue.
  const speaker = atStart && (/^:\s*["“]/.test(post) || (/^:\s+\p{Lu}/u.test(post) && core.every((x) => (x.known && !x.ambiguous) || x.personTag)));
  const lineOnly = /^[\s>?*-]*(?:\p{L}+:\s*)?$/u.test(pre) && /^[\s.,]*$/.test(post);
  if (EPONYMS.has(first.key)) return null;
  // A person verb after a sentence's first word is weak evidence when that word is also an
  // everyday word ("Just posted", "Patient is a").
  const weakAfter = /^,?\s+(?:is|was)\s+(?:a|an|the|very|so|such|still|back|home)\b/i.test(post);
  const verbAfter =
    (PERSON_ONLY_AFTER.test(post) && !(atStart && core.some((x) => (!x.known || x.ambiguous) && x.nonNamePos))) ||
    (PERSON_AFTER.test(post) && named && !weakAfter && !(atStart && core.some((x) => x.ambiguous))) ||
    (POSSESSIVE_AFTER.test(post) && named);
  const context = intro || verbAfter || POST_NOMINALS.test(post) || speaker;
  if (!intro && core.some((x) => x.nonPersonTag && !x.personTag)) return null;
  const strong = core.filter((x) => x.known && !x.ambiguous);
  // "Redbud Drive", "Mathias Pass": a street unless something says it is a person.
  if (!context && core.length >= 2 && isStreetSuffix(last.base) && (!last.known || last.ambiguous)) return null;
  const make = (confidence: number, value: string): Found => ({ kind: 'name', start, end, confidence, value });
  if (core.length >= 2) {
    const middleInitial = run.some((x, k) => x.initial && k > 0 && k < run.length - 1);
    if (strong.length >= 1 || middleInitial) return make(strong.length >= 2 ? 0.9 : 0.8, 'full');
    // Several capitalized words after a role cue ("add Irenke Sörös as", "my kid Tadzio Nowak").
    return context || lineOnly || INTRO.test(pre) || core.every((x) => x.personTag) ? make(0.7, 'full') : null;
  }
  const only = core[0];
  // A role word ("Surgeon says", "Pharmacist told me") is the role unless something names it:
  // a naming phrase, or the name lists knowing it as a name and not an everyday word.
  if (only.token.tags.has('Actor') && !only.personTag && (!only.known || only.ambiguous) && !naming) return null;
  if (context || vocative || (lineOnly && (only.known || only.personTag))) return make(only.known ? 0.8 : 0.6, 'context');
  // Without capitals (or with nothing but capitals) a lone word needs context.
  if (c.lowercase || c.shouting) return null;
  if (!only.known || only.ambiguous) {
    // compromise knows some names the lists miss; trust it only away from the sentence start.
    return only.personTag && !only.ambiguous && !atStart && !only.nonNamePos ? make(0.55, 'tagged') : null;
  }
  if (PLACE_BEFORE.test(pre)) return null;
  // The lexicons say it is not an everyday word, so compromise's guess at a first word is overruled.
  return make(atStart ? 0.5 : 0.65, 'lexicon');
}

/** In "A, B and C", once one member is a name, the other capitalized members are names too. */
function propagateLists(c: Context, runs: Run[]): void {
  const gap = (a: Run, b: Run) => c.text.slice(a.words[a.words.length - 1].end, (b.title ?? b.words[0]).token.start);
  const separator = (a: Run, b: Run) => /^\s*(?:,|,?\s*(?:and|or|&))\s*$/i.test(gap(a, b));
  // Group runs chained by separators; a group is a list when it has "and"/"or"/"&" or follows "founders:".
  let k = 0;
  while (k < runs.length) {
    let end = k;
    while (end + 1 < runs.length && separator(runs[end], runs[end + 1])) end++;
    const group = runs.slice(k, end + 1);
    const conjunction = group.some((r, i) => i > 0 && /\b(?:and|or)\b|&/i.test(gap(group[i - 1], r)));
    const listIntro = LIST_INTRO.test(window(c.text, group[0].words[0].token.start, 240));
    if (group.length > 1 && (conjunction || listIntro) && (group.some((r) => r.found) || listIntro)) {
      for (const r of group) {
        if (r.found || r.words.some((x) => (x.nonPersonTag && !x.personTag) || ORG_HEADS.has(x.key) || x.token.tags.has('Plural'))) continue;
        r.found = { kind: 'name', start: r.words[0].token.start, end: r.words[r.words.length - 1].end, confidence: 0.55, value: 'list' };
      }
    }
    k = end + 1;
  }
}
