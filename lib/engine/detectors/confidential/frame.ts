// Confidential frames over the analysed text: a not-yet-public cue read from its parts rather
// than its phrasing (a denial of publicity with "yet" or "until", knowledge from inside a
// meeting, a draft or a committee), the organization arranging replacement staff before a
// strike, and a weakness of a door, reader, camera or guard that lets someone in.
import type { Doc, DocSentence, DocToken } from '../../doc';
import { verbLemma } from '../../nlp';
import type { Hit } from '../shared/match';
import { bareWord } from '../shared/bare-word';

const word = bareWord;
const set = (s: string) => new Set(s.split(' '));
const lemma = (t: DocToken) => (t.tags.has('Verb') ? verbLemma(t) : word(t));
const span = (doc: Doc, a: DocToken, b: DocToken): Hit => ({ start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) });

/** Making a fact known: announce, release, publish, share; "public", "official". */
const PUBLICITY = set('announce announced release released publish published public official share shared');
/** A denial, in its contracted and spoken forms. */
const DENIAL = set("not n't nothing nobody noone never cant can't cannot hasnt hasn't havent haven't isnt isn't aint ain't wont won't dont don't doesnt doesn't");
/** Until when: still ahead. */
const AHEAD = set('yet until till til');

/**
 * "Nothing announced yet", "it hasnt been made public yet", "can't share it until Friday", "keep
 * it quiet till they announce": a denial before a word of publicity, and the time still ahead, in
 * one sentence.
 */
function deniedPublicity(doc: Doc, s: DocSentence): Hit[] {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!PUBLICITY.has(lemma(toks[i])) && !PUBLICITY.has(word(toks[i]))) continue;
    const before = toks.slice(Math.max(0, i - 6), i);
    const denied = before.find((t) => DENIAL.has(word(t)) || /n't$/.test(t.normal) || t.tags.has('Negative'));
    const ahead = toks.slice(i + 1, i + 5).find((t) => AHEAD.has(word(t)));
    // "keep it quiet till they announce": the time ahead before the word of publicity.
    const quiet = toks.slice(Math.max(0, i - 4), i).find((t) => AHEAD.has(word(t))) && /\b(?:quiet|hush|under (?:your|our) hats?|to yourselves|secret)\b/i.test(s.text);
    if (denied && ahead) return [span(doc, denied, ahead)];
    if (quiet) return [span(doc, toks[Math.max(0, i - 4)], toks[i])];
  }
  return [];
}

/** Where the organization talks among itself. */
const INSIDE = set('meeting meetings mtg huddle call calls briefing deck slides draft drafts agenda minutes committee committees memo shuttle packet retreat offsite spreadsheet');
/** Learning or passing it on. */
const LEARN = set('hear heard find found learn learned leak leaked say said tell told show showed walk sit sat see saw peek');
const FROM = set('from in at on per');
const PUBLIC_BODY = set("public open county council city town community school parish church neighborhood hoa design zoom podcast");

/**
 * Knowledge from inside: "heard it from my sup who was in the meeting", "found out from the
 * schedule draft", "leaked from the exec shuttle", "budget meeting today said", "since I sit on
 * the strategy committee". A place the organization talks among itself, and a verb of learning
 * or telling beside it.
 */
function fromInside(doc: Doc, s: DocSentence): Hit[] {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!INSIDE.has(word(toks[i])) || !toks[i].tags.has('Noun')) continue;
    // A public meeting (the county's, the council's, a town hall open to all) is no inside.
    if (toks.slice(Math.max(0, i - 3), i).some((t) => PUBLIC_BODY.has(word(t)))) continue;
    // Reached through a preposition ("in the meeting", "from the schedule draft") or its subject ("budget meeting today said").
    const prep = toks.slice(Math.max(0, i - 4), i).findIndex((t) => FROM.has(word(t)));
    const nearLearn = toks.slice(Math.max(0, i - 8), i + 4).find((t) => t !== toks[i] && (LEARN.has(lemma(t)) || LEARN.has(word(t))));
    if (!nearLearn) continue;
    if (prep >= 0 || toks.slice(i + 1, i + 3).some((t) => /^(?:said|says|told|showed)$/.test(word(t)))) {
      const a = nearLearn.start < toks[i].start ? nearLearn : toks[i];
      const b = nearLearn.start < toks[i].start ? toks[i] : nearLearn;
      return [span(doc, a, b)];
    }
  }
  return [];
}

/** The organization changing something: closing, moving, cutting, merging, buying, opening. */
const CHANGE = set('close shut move relocate fold merge cut eliminate outsource consolidate lose buy sell acquire open launch stop drop replace freeze trim slash reduce restructure lay cerrar mover cortar');
/** A time still ahead. */
const AHEAD_TIME = /\b(?:next (?:week|month|quarter|year|spring|summer|fall|winter|fiscal)|by (?:spring|summer|fall|winter|year-end|the end of)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|the (?:spring|summer|fall|winter))|(?:this|by) (?:spring|summer|fall|winter)|(?:starting|after) (?:\S+ )?(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|the holidays)|end of the (?:month|quarter|year)|20[2-9]\d)\b/i;

/** A change the organization will make, still ahead by a time or by its form: "folded into step-down by spring", "is buying". */
export function changeAhead(doc: Doc): boolean {
  return doc.sentences.some((s) =>
    s.tokens.some((t, i) => {
      const prev = i > 0 ? word(s.tokens[i - 1]) : '';
      // The tagger reads "is cut" as a noun: after a copula or an auxiliary it is the verb.
      if (!CHANGE.has(lemma(t)) || !(t.tags.has('Verb') || /^(?:is|are|was|were|be|being|getting|get|gets|will|to)$/.test(prev))) return false;
      // Ahead by a time ("in March"), or by its form: "is buying", "will close", "plans to cut".
      return AHEAD_TIME.test(s.text) || /^(?:is|are|'s|'re|will|'ll|gonna|to)$/.test(prev) || /(?:'s|'re|'ll)$/.test(prev);
    }),
  );
}

/** Verbs of ordering or asking someone. */
const ORDER = set('tell told ask asked instruct instructed order ordered warn warned remind reminded direct directed');
/** Verbs of speaking about or disclosing something. */
const SPEAK = set('talk speak mention confirm answer discuss share say tell post comment disclose reveal acknowledge admit repeat');
/** Who gives the order: the organization's people and papers, not a client asking a favour. */
const ORG_VOICE = set('admin administration management leadership hr pr legal it compliance manager managers boss supervisor sup director directors exec execs executives huddle memo email');
/** Or staff say they were given it: "we were told", "staff got told". */
const PASSIVE = set('were was been got get being');

/**
 * The organization ordering its staff to stay silent: "HR told managers not to confirm", "we
 * were told not to answer any questions". An order of silence says what follows is not public,
 * whatever the subject; a client asking staff not to tell is a favour, not the organization's order.
 */
function silenceOrdered(doc: Doc, s: DocSentence): Hit[] {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!ORDER.has(word(toks[i])) && !ORDER.has(lemma(toks[i]))) continue;
    const not = toks.slice(i + 1, i + 6).findIndex((t, k, a) => word(t) === 'not' && word(a[k + 1] ?? t) === 'to');
    if (not < 0) continue;
    const verb = toks[i + 3 + not];
    if (!verb || !SPEAK.has(lemma(verb)) && !SPEAK.has(word(verb))) continue;
    // The order comes from the organization: its people give it, or staff say they were given it.
    if (!toks.slice(Math.max(0, i - 4), i).some((t) => ORG_VOICE.has(word(t))) && !PASSIVE.has(word(toks[i - 1] ?? toks[i]))) continue;
    return [span(doc, toks[i], verb)];
  }
  return [];
}

/** Not-yet-public cues read from their parts, one per sentence at most. */
export function unpublishedCues(doc: Doc): Hit[] {
  return doc.sentences.flatMap((s) => {
    const d = deniedPublicity(doc, s);
    if (d.length) return d;
    const inside = fromInside(doc, s);
    return inside.length ? inside : silenceOrdered(doc, s);
  });
}

/** The orders of silence in the draft: a cue that needs no other fact beside it. */
export function silenceOrders(doc: Doc): Hit[] {
  return doc.sentences.flatMap((s) => silenceOrdered(doc, s));
}

/** Staff brought in to replace strikers: "replacement RNs", "strike nurses", "travel nurses", "enfermeras de reemplazo". */
const REPLACEMENT = /\b(?:(?:replacement|agency|travel|strike|scab|temporary)\s+(?:\S+\s+)?(?:nurses|rns|staff|staffing|travell?ers|workers|folks)|travell?ers|(?:travel|staffing|strike staffing)\s+agenc(?:y|ies)|enfermeras de reemplazo)\b/i;
/** The organization arranging them: booked, signed, lined up, hired, brought in, flown in, budgeted. */
const ARRANGE = set('book booked booking sign signed signing line lined hire hired hiring contract contracted bring bringing brought fly flown flying budget budgeted park parked contrató contrato contrataron contratan contratando');
/** What makes the arrangement a detail: a rate, a count, triple pay. */
const DEAL_DETAIL = /\$\s?\d|\b(?:triple|double) (?:pay|time)\b|\b\d+\s*(?:replacement|strike|agency|travel|scab|temporary|rns|nurses)\b|\b(?:already|contingency|agreements?|contracts?|ya)\b/i;
/** The writer's own travel job: "my agency booked me", "I signed with a travel agency". */
const OWN_JOB = /\b(?:i|i'm|i've|me|my recruiter|my agency)\b/i;

/**
 * The organization arranging replacement staff for a strike that has not happened: "admin
 * already signed with a strike staffing agency", "they're bringing in travel agency folks at
 * triple pay", "Riverbend has already booked 80 strike nurses". A strike must be in view.
 */
export function replacementStaffing(doc: Doc): Hit[] {
  if (!/\b(?:strike|strikes|striking|walk(?:s|ing)? out|walk|picket|huelga|work stoppage|the line)\b/i.test(doc.text)) return [];
  const out: Hit[] = [];
  for (const s of doc.sentences) {
    const m = REPLACEMENT.exec(s.text);
    if (!m) continue;
    // Arranged as a deal the public has not seen: signed, booked, contracted, with a count or a rate.
    const arranged = s.tokens.some((t) => ARRANGE.has(word(t)) || ARRANGE.has(lemma(t))) && DEAL_DETAIL.test(s.text);
    // "My recruiter says Riverbend has already booked ..." is the organization's; "my agency booked me" is the writer's job.
    if (!arranged || (OWN_JOB.test(s.text) && !/\b(?:admin|management|hospital|they|they're|the system|we have|la gerencia|leadership)\b/i.test(s.text))) continue;
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** What keeps people out: readers, cameras, locks, guards are there for it; a door or a gate also lets people in. */
const GUARD = set('reader readers lock locks camera cameras cam cams alarm alarms latch');
const ASSET = set('door doors entrance entrances stairwell stairwells gate gates dock bay closet guard guards');
/** A guarding thing out of service. */
const OUT = /\b(?:down|dead|offline|stuck|unlocked mode)\b/i;
/** The asset failing or left open. */
const WEAK =
  /\b(?:(?:doesn'?t|don'?t|won'?t|doesnt|dont|wont|does not|do not|never|not) (?:work|latch|lock|relock|close|cover|catch)|busted|broken|propped|unlocked|(?:can be |easily )?bypassed|disabled|not working|unstaffed|unguarded|unmonitored|no (?:cam|camera|badge reader|guard)|takes any badge|only (?:does|do) rounds|(?:don'?t|doesn'?t) (?:sirven|funciona)|no sirven?)\b/i;
/** A way to use it: a time window, "anyone", "you can just", someone who should not get in. */
const EXPLOIT = /\b(?:after (?:\d|midnight|dark)|at night|between|from \d|overnight|anyone|anybody|you can (?:just )?|u can|sneak|bad guys|wrong person|blind spot|shortcut|skip the line|push the|hold the|if you need|pass(?:ed)? around|walk in|just use|instead of badg\w*)\b/i;

/** A door, reader, camera or guard failing, and a way to use it, in one sentence. */
export function securityWeakness(doc: Doc): Hit[] {
  const out: Hit[] = [];
  for (const s of doc.sentences) {
    // A reader or a camera failing is a weakness in itself; a broken door is one when the post shows how to use it.
    // "my camera died" is a phone; the building's readers and cameras are nobody's own.
    const guard = s.tokens.find((t, i) => GUARD.has(word(t)) && !/^(?:my|your|his|her|our|ur)$/.test(i > 0 ? word(s.tokens[i - 1]) : ''));
    const asset = guard ?? s.tokens.find((t) => ASSET.has(word(t)));
    const weak = WEAK.exec(s.text) ?? (guard ? OUT.exec(s.text) : null);
    if (!asset || !weak || (!guard && !EXPLOIT.test(s.text))) continue;
    const end = s.start + weak.index + weak[0].length;
    const start = Math.min(asset.start, s.start + weak.index);
    out.push({ start, end: Math.max(end, asset.end), text: doc.text.slice(start, Math.max(end, asset.end)) });
  }
  return out;
}
