// Personal names: titles, initials, first-name and surname lexicons, compromise's person tags,
// and the context that makes an ambiguous word a name ("Hope said", "thanks, Will").
// Also @handles, which name a person on every platform.
import type { Analysis, Token } from '../../nlp';
import { isFirstName, isSurname, isWordName, nameKey } from '../../lexicons/names';
import { isStreetPrefix, isStreetSuffix } from './address';
import { scan, type Found } from './found';

// Titles that always introduce a name (with or without a period).
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'mister', 'madam', 'mme', 'mlle', 'sr', 'sra', 'srta', 'herr', 'frau']);
// Role words that are titles only when capitalized and followed by a capitalized word ("Nurse Joy", "Coach K").
const ROLE_TITLES = new Set([
  'nurse', 'doctor', 'doc', 'pastor', 'father', 'fr', 'sister', 'brother', 'rabbi', 'imam', 'chaplain', 'reverend', 'rev',
  'deacon', 'bishop', 'officer', 'deputy', 'sheriff', 'detective', 'det', 'sergeant', 'sgt', 'captain', 'capt', 'lieutenant',
  'lt', 'major', 'colonel', 'col', 'general', 'gen', 'corporal', 'cpl', 'private', 'pvt', 'coach', 'judge', 'justice',
  'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor', 'president', 'aunt', 'auntie', 'uncle',
  'grandma', 'grandpa', 'granny', 'nana', 'papa', 'cousin', 'sir', 'dame', 'lady', 'lord', 'professor', 'dean',
  'principal', 'midwife', 'therapist', 'counselor', 'ranger', 'firefighter', 'trooper', 'agent', 'nurse practitioner',
]);
// Post-nominal credentials: "Jane Doe, RN" makes the words before it a name.
const POST_NOMINALS = /^,?\s*(?:RN|LPN|LVN|CNA|NP|APRN|CRNA|PA-C|PA|MD|DO|DDS|DMD|DPM|DNP|PhD|PharmD|MSN|BSN|MPH|MBA|FACS|FACP|LCSW|LMFT|PT|DPT|OT|OTR|RT|RRT|EMT|Jr|Sr|II|III|IV)\b/;
// Connectors inside a name ("Ludwig van Beethoven", "Maria de la Cruz").
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'di', 'la', 'le', 'du', 'dos', 'das', 'der', 'den', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'ben', 'mac', 'st', 'y']);
// Capitalized words that are never part of a person's name in a post.
const NEVER = new Set(
  ('i im ive id ill me my mine we us our you your he him his she her they them their it its this that these those the a an ' +
    'and or but if so as at by for from in into of on to with without is are was were be been am do does did has have had ' +
    'not no yes ok okay hi hello hey dear thanks thank please sorry congrats congratulations happy merry welcome good great ' +
    'best love god lord jesus christ allah bible church who what when where why how which there here then now today tomorrow ' +
    'yesterday tonight everyone everybody someone somebody anyone nobody all any each every some many most much more less ' +
    'new old big little first last next north south east west mr mrs ms dr').split(' '),
);
// Words after a capitalized run that make it an organization or a place, not a person.
const ORG_HEADS = new Set(
  ('hospital hospitals clinic clinics center centre centers health healthcare medical medicine university college school ' +
    'institute foundation inc llc ltd corp corporation company co group bank church street st avenue ave road rd boulevard ' +
    'blvd lane drive park county city town village valley hall house home homes pharmacy labs lab laboratory systems system ' +
    'services service network partners associates society association council department dept unit wing ward campus ' +
    'memorial cancer heart children childrens orchestra band club team museum library airport station mall market store ' +
    'cafe restaurant hotel inn institute press times news magazine weekly daily records studios motors airlines insurance').split(' '),
);
// Tags compromise gives to words that are places, organizations or dates rather than people.
const NOT_PERSON_TAGS = ['Place', 'City', 'Country', 'Region', 'Organization', 'Month', 'WeekDay', 'Date', 'Value'];
const NON_NAME_POS = ['Verb', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Expression', 'QuestionWord', 'Value'];

// Phrases that name someone: any capitalized word after them is taken as a name.
const NAMING = /(?:\bname(?:'s| is| was|s are)?|\bnamed(?: (?:him|her|them|it))?|\bcalled|\bcall(?:s)? (?:me|him|her)|\bknown as|\bgoes by|\bnicknamed|\bi'?m|\bi am|\bthis is|\bit['’]s(?: under)?|\bdear|\bhi|\bhello|\bhey|\bsays|\bsaid|\basked|\btold|\bremember me|\bleave me|\bstarring|\bfeaturing|\b(?:directed|written|produced|sung|played|performed) by|\bmy (?:kid|son|daughter|child|wife|husband|partner|mom|mum|mother|dad|father|brother|sister|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|niece|nephew))[\s,:]*$/i;
// Words before a name that make a known name or a person-tagged word a person ("thanks, Joy",
// "my patient Will"); organizations follow them too, so they do not make an unknown word a name.
const INTRO = /(?:\bmeet|\bpatient|\bpt|\bresident|\bclient|\bthanks?(?: you)?|\bthank you|\bcongrat(?:s|ulations)(?: to)?|\bshout ?out to|\bwelcome|\bsay hi to|\bguardian|\badd|\baccording to|\bassistant to|\bfollow(?:ing)? up with|\bspeak (?:to|with)|\bspoke (?:to|with)|\btalked (?:to|with)|\bmarried|\bmy (?:kid|son|daughter|child|wife|husband|partner|mom|mum|mother|dad|father|brother|sister|friend|patient|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|niece|nephew|neighbor|neighbour|boss|coworker|colleague)|\b(?:songwriter|singer|player|writer|author|actor|actress|director|producer|commenter|nurse|doctor|physician|surgeon|therapist|coach|teacher|ceo|founder|manager))[\s,:]*$/i;
// Verbs that only people do: after one, even an unknown capitalized word is a name.
const PERSON_ONLY_AFTER = /^,?\s+(?:said|says|asked|asks|told|tells|wrote|writes|replied|shouted|explained|texted|emailed|spoke|speaks|died|passed\s+away|was\s+(?:admitted|discharged|born|diagnosed|rushed|influenced)|lives|lived|who|is\s+from|spent\s+(?:a|\d+|two|three|several)\s+(?:year|month|week|day)s?|began\s+(?:writing|working|singing|his|her)|had\s+given|will\s+be\s+(?:talking|speaking|presenting|singing|performing|joining)|\p{Ll}+(?:ed|s)\s+(?:his|her)|and\s+(?:his|her)\s)\b/iu;
// Place prepositions: "in Sedona", "at Northgate" name a place more often than a person.
const PLACE_BEFORE = /\b(?:in|near|outside|inside|across|around)\s+$|(?<!\b(?:shouted|yelled|looked|smiled|laughed|waved|stared|screamed|pointed|mad|angry|upset)\s)\bat\s+$/i;
// A possessive after a name: evidence only for words known as names (companies have possessives too).
const POSSESSIVE_AFTER = /^(?:['’]s\b|['’]\s)/;
// Words after a name that show it is a person.
const PERSON_AFTER = /^(?:,?\s+(?:called|posted|is\s+(?:a|an|the|very|so|such|my|our|from|doing|recovering|home|back|still)|was\s+(?:a|an|the|very|so|my|our|admitted|discharged|born|diagnosed|seen|brought|rushed|influenced)|were\s+(?:\w+\s+)?(?:engineers|friends|married|partners|brothers|sisters)|has\s+been|had\s+(?:a|an|given|been)|will\s+be|just\s+has|spent|began|listed|lives|lived|shared|turned|who|and\s+(?:his|her)\s)\b|\s*\(\d{1,3}\))/i;
// Eponyms: "Alzheimer's", "a Whipple", "Crohn disease" name a condition or a procedure, not a person.
const EPONYMS = new Set(
  ('alzheimer parkinson crohn hodgkin huntington tourette asperger cushing hashimoto raynaud sjogren kawasaki guillain ' +
    'whipple fabry gaucher marfan meniere kaposi munchausen duchenne apgar heimlich foley klinefelter nissen billroth ' +
    'lasik ebola zika').split(' '),
);
const EPONYM_AFTER = /^(?:['’]s?)?\s+(?:disease|syndrome|palsy|sarcoma|lymphoma|procedure|operation|maneuver|manoeuvre|test|score|scale|sign|reflex|catheter|fundoplication|ulcer|phenomenon|anomaly|fracture|fever)\b/i;
// Vocatives: "Nicole, can I ...", "... to town, Mark!"
const VOCATIVE_AFTER = /^,\s*(?:can|could|would|will|please|i|we|you|thanks|thank|do|did|are|is|have|how|what|where|when|why|remember|let|it's)\b/i;
const VOCATIVE_END = /^\s*[!?.]*["”]?\s*$/;
// A list that introduces names: "founders: A, B and C", "They had 6: A, B, C".
const LIST_INTRO = /(?:\b\p{Ll}+s|\d+):\s*(?:[^,.;:!?]+,\s*)*$/u;
// Words after which a capitalized word starts an address part, not a name ("Mrs. Diana Usamov Suite 913").
const RUN_STOP = new Set(['apt', 'apartment', 'suite', 'ste', 'unit', 'floor', 'room', 'box', 'po', 'psc', 'bed', 'ward']);
// Initials standing for a person ("J.T. in 5W-22", "R.M.'s hand", "J., a 16-year-old"), when the words around say so.
const INITIALS = /(?<![\w.])(?:\p{Lu}\.){1,3}(?=['’]s\b|\s+in\s+(?:room\s+|bed\s+)?\d|,\s+(?:a|an|our|my)\s|\s+(?:is|was|has|had|said|told|asked)\b)/gu;
const NOT_INITIALS = new Set(['U.S.', 'U.K.', 'E.R.', 'O.R.', 'I.V.', 'A.M.', 'P.M.', 'M.D.', 'R.N.', 'D.O.', 'P.A.', 'N.P.', 'E.U.', 'U.N.', 'D.C.', 'T.V.', 'P.T.', 'O.T.', 'E.D.', 'I.C.U.', 'N.I.C.U.', 'P.S.', 'A.I.']);
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
    if (!inRun && NAMING.test(c.text.slice(0, w.token.start))) return w.known || !w.nonNamePos;
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
  const written = w.cap || (c.lowercase && w.key !== 'miss') || c.text[w.end] === '.';
  if (HONORIFICS.has(w.key) && written && (next.cap || next.initial || c.lowercase)) return true;
  if (!(next.cap || next.initial)) return false;
  return w.cap && ROLE_TITLES.has(w.key);
}

function sentenceInitial(text: string, start: number): boolean {
  const pre = text.slice(0, start).replace(/[\s"'“‘(\[>*?-]+$/, '');
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
      if (nameish(c, j, run.length > 0) || (title && run.length === 0 && (c.lowercase || x.initial))) {
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
  const head = r.next && text.slice(end, r.next.token.start).trim() === '' ? r.next : undefined;
  if (head && (ORG_HEADS.has(head.key) || isStreetSuffix(head.base)) && (head.cap || c.lowercase)) return null;
  if (isStreetPrefix(first.base)) return null;
  if (run.some((x) => EPONYMS.has(x.key)) || EPONYM_AFTER.test(text.slice(end))) return null;
  // "Riverbend Medical Center": an organization word inside the run.
  if (!r.title && run.slice(1).some((x) => ORG_HEADS.has(x.key))) return null;
  if (r.title) return { kind: 'name', start, end, confidence: 0.95, value: run.length === 1 && first.initial ? 'title+initial' : 'title+name' };
  const core = run.filter((x) => !PARTICLES.has(x.key) && !x.initial);
  if (core.length === 0) return null;
  const pre = text.slice(0, start);
  const post = text.slice(end);
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
  const joined = (a: Run, b: Run) => /^\s*(?:,|,?\s*(?:and|or|&))\s*$/i.test(c.text.slice(a.words[a.words.length - 1].end, (b.title ?? b.words[0]).token.start));
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < runs.length; k++) {
      const r = runs[k];
      if (r.found) continue;
      const start = r.words[0].token.start;
      const listIntro = LIST_INTRO.test(c.text.slice(0, start));
      const neighbour = (k > 0 && runs[k - 1].found && joined(runs[k - 1], r)) || (k + 1 < runs.length && runs[k + 1].found && joined(r, runs[k + 1]));
      const inList = listIntro && k + 1 < runs.length && joined(r, runs[k + 1]);
      if (!neighbour && !inList) continue;
      if (r.words.some((x) => x.nonPersonTag && !x.personTag)) continue;
      r.found = { kind: 'name', start, end: r.words[r.words.length - 1].end, confidence: 0.55, value: 'list' };
    }
  }
}
