// Insinuation read from its manner rather than from stock phrases: a word put in scare quotes
// that says what someone did or is ("'lost' the records", "didn't 'retire'", the "doctor" at a
// clinic), and a departure asked about with a hurry or a hush ("why did X leave so fast?").
// The reader is asked to supply the accusation; the detector still needs a target beside it.
import { lemmaCandidates, wordClasses } from '../../lexicons/wordnet';
import { scan, type Hit } from '../shared/match';
import { gated } from '../../text/regex-gate';

const set = (words: string) => new Set(words.split(' '));

// Euphemisms for how someone went or what became of something: quoted, each says "not really".
// Leaving, losing or forgetting, and the care that was billed or charted but not given.
const EUPHEMISTIC = set(
  'resign retire leave quit step move transfer relocate sabbatical ' +
  'lose misplace forget miss disappear vanish break malfunction glitch accident mistake error misunderstanding oversight ' +
  'evaluate examine see check review treat consult assess supervise ignore sick busy clean sterile',
);
// Titles of competence: quoted, they say the holder is not one ("their 'midwife'", "the 'doctor'").
const TITLE_WORDS = set(
  'doctor doctors doc physician surgeon nurse nurses midwife injector specialist dentist therapist pharmacist dermatologist ' +
  'provider providers practitioner clinic clinics expert experts professional professionals licensed certified board-certified ' +
  'esthetician aesthetician chiropractor counselor psychologist technician tech nutritionist dietitian trainer coach pharmacy lab',
);
// A short quoted span: one to three words between quotes, as a phrase of its own.
const QUOTED = /(?:^|[\s(/])["“'‘]([\p{L}][\p{L}' -]{0,30}?)["”'’](?=[\s,.!?;:)…]|$)/gu;
// A quoted title is a scare quote when it heads a noun phrase that points at someone ("the 'doctor'",
// "their 'midwife'", "St. Aldric's 'retina specialist'"), not a name someone is called by ("calls me 'doc'").
const DETERMINED_BEFORE = /(?:\b(?:the|their|his|her|its|that|this|your|a|an)|\p{L}(?:'s|’s))\s+(?:[\p{L}-]+\s+)?$/iu;
// An act in quotes is one word ("'lost'", "resigned"), or one with an intensifier ("so busy").
const INTENSIFIER = /^(?:so|really|very|just|totally)$/i;
// After a verb of saying or showing the quotes quote ("the app says 'error'", "the screen read 'lost'"): no wink.
const QUOTING = /\b(?:says?|said|saying|reads?|reading|shows?|showed|showing|displays?|displayed|pops? up|popped up)\s*:?\s*$/iu;

const known = (w: string, in_: Set<string>) => lemmaCandidates(w.toLowerCase()).some((l) => in_.has(l));

/** Scare-quoted acts and titles in one sentence (offsets relative to it). */
export function scareQuotes(text: string): { acts: Hit[]; titles: Hit[] } {
  const acts: Hit[] = [];
  const titles: Hit[] = [];
  for (const h of scan(QUOTED, text)) {
    const inner = h.text.replace(/^[\s(/]*["“'‘]|["”'’]$/gu, '');
    const words = inner.split(/\s+/).filter(Boolean);
    if (words.length > 3) continue;
    const at = h.start + h.text.indexOf(inner) - 1;
    const hit = { start: at, end: h.end, text: text.slice(at, h.end) };
    if (known(words[words.length - 1], TITLE_WORDS)) {
      if (DETERMINED_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && !/^\p{Lu}/u.test(inner)) titles.push(hit);
    } else if (!/^\p{Lu}/u.test(inner) && !QUOTING.test(text.slice(Math.max(0, at - 30), at)) && (words.length === 1 || (words.length === 2 && (INTENSIFIER.test(words[0]) || known(words[1], EUPHEMISTIC)))) && known(words[words.length - 1], EUPHEMISTIC)) acts.push(hit);
  }
  return { acts, titles };
}

// What someone answers for keeping: records and counts, drugs and money (WordNet's classes).
const KEPT = set('cash money funds log logs count counts chart charts record records sheet sheets file files sample samples result results report reports receipts books paperwork footage tapes video');
const KEPT_CLASSES = new Set(['drug', 'money', 'gift']);

/**
 * Scare-quoted acts done to a record, a drug or money ("keeps 'losing' the narcotics count",
 * "'misplaced' the cash box"): the quotes say it was no accident, an accusation as plain as a
 * statement, so it counts as a claim and not only as a wink.
 */
export function quotedActsOnKept(text: string, acts: Hit[]): Hit[] {
  return acts.filter((h) => (text.slice(h.end, h.end + 50).toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 5).some((w) => KEPT.has(w) || wordClasses(w).some((c) => KEPT_CLASSES.has(c))));
}

// Leaving, or being made to leave, said with a hurry or a hush, and asked about.
const DEPART = '(?:left|leave|leaves|leaving|resign(?:ed|s|ing)?|retir(?:e|ed|es|ing)|quit|quits|closed|closes|shut down|let go|pushed out|forced out|walked out|stepped down|disappear(?:ed|s)?|vanish(?:ed|es)?|se fue|renunci[oó]|cerr[oó])';
const HASTE = '(?:so (?:fast|quickly|suddenly|quietly|abruptly)|in (?:such )?a (?:hurry|rush)|quietly|overnight|abruptly|without (?:a word|notice|warning|(?:any )?explanation)|out of nowhere|tan r[aá]pido|de repente)';
const DEPARTED_IN_HASTE = gated(new RegExp(`\\b${DEPART}\\b(?:\\s+\\S+){0,5}?\\s+${HASTE}\\b|\\b${HASTE}\\s+(?:\\S+\\s+){0,3}${DEPART}\\b`, 'iu'));
// The question or the wink that asks the reader to wonder why.
const ASKED = gated(/\b(?:why|wonder|how come|ask|asked|reason|por qu[eé])\b|\?/iu);

/** A departure in a hurry or a hush that the sentence asks the reader to wonder about. */
export function askedDeparture(text: string): boolean {
  return DEPARTED_IN_HASTE.test(text) && ASKED.test(text);
}

// Verbs that take a fact for granted ("talk about how...", "notice that...", "think nobody would
// notice..."): in a question, what follows them is asserted, not asked.
const FACTIVE = gated(/\b(?:talk(?:s|ing)? about how|notic(?:e|ed|es|ing)|realiz(?:e|ed|es)|know(?:s)? (?:that|how)|explain (?:why|how)|forget (?:that|how)|remember (?:that|how|when))\b/iu);

// A why-question takes its clause for granted: "why does the supervisor keep losing the counts?"
// asks the reason for the losing, not whether it happened.
const WHY = /^\W*(?:(?:so|but|and|ok|okay|seriously|honestly)\W+)?(?:why|how come)\b/iu;

/** Whether a question presupposes what comes after `at` (its first claim). */
export function presupposes(text: string, at: number): boolean {
  const m = FACTIVE.exec(text);
  return (!!m && m.index < at) || WHY.test(text);
}

// Signs that something is wrong, for the winks that also close harmless asides ("just saying"):
// WordNet's wrongdoing and money, and the harms, secrets and states an insinuation points at.
const SUSPECT = gated(/\b(?:di(?:e|es|ed|ing)|dead|deaths?|kill\w*|hurt|harm\w*|injur\w*|su(?:ed|ing|es)|lawsuits?|settle(?:d|ment|ments)?|quietly|hush\w*|secret\w*|fired|pushed out|walked out|missing|lost|losing|loses|sleeping (?:with|w)|affair|kickbacks?|cash|paid|pays|bonus(?:es)?|negligen\w*|negligencia|high|drunk|wasted|license|licen[cs]e|complaints?|investigat\w*|cover(?:ed|ing)? (?:it )?up|buried|bur(?:y|ies)|knew|sat on|kept (?:it )?quiet|touch(?:es|ed|ing)?|pills|lie|lies|lying|lied|money|bleed(?:s|ing)? out|bled out|(?:not|isn't|aren't|wasn't) (?:\S+ )?(?:certified|licensed)|unlicensed|fake|fraud\w*|scam\w*|pawn\w*|steal\w*|stole|licencia|negligencia|muri[oó]|robando|rob[oó])\b/iu);
const MISDEED = new Set(['wrongdoing', 'wrongdoing-verb', 'money']);

/** Whether a sentence says or hints that something is wrong, so that a weak wink beside it insinuates. */
export function suspicious(text: string): boolean {
  if (SUSPECT.test(text)) return true;
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => w.length > 3 && wordClasses(w).some((c) => MISDEED.has(c)));
}
