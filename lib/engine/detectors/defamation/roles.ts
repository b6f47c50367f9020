// Targets a name run does not find: a role that points at one person ("our CIO", "the owner",
// "their pilot", "the midwife who runs ..."), a one-word brand written in inner capitals
// ("GleamCo"), and the organization's own names, which an accusation damages as much as a
// competitor's. Read only by the defamation detector: these are identifiable enough to be
// defamed, not names in the sense other detectors need.
import type { Doc } from '../../doc';
import { scanDoc } from '../../by-sentence';
import type { CompiledPolicy, DetectorConfig } from '../../policy';
import { findTermsInDoc, overlaps, scan, type Hit } from '../shared/match';
import { ownNames } from '../shared/lists';
import type { Target } from '../shared/targets';
import { gated } from '../../text/regex-gate';
import { wordClasses } from '../../lexicons/wordnet';
import type { DocToken } from '../../doc';

// Roles an organization has one of (or few): "the CIO" is somebody.
const LEAD = '(?:reviewer|poster|commenter|ceo|cfo|cio|cno|coo|cmo|cto|ciso|owner|co-?owner|founder|president|vp|vice president|director|manager|supervisor|administrator|superintendent|commissioner|chair(?:man|woman)?|dean|principal|executive|head|chief|boss|landlord)';
// Roles many hold: they point at one person only when qualified.
const STAFF = '(?:hospitalist|intensivist|sonographer|sono|phlebotomist|crna|aide|chaplain|pastor|priest|deacon|teacher|counselor|recruiter|receptionist|nurse|doctor|doc|physician|surgeon|medic|paramedic|emt|pilot|midwife|dentist|hygienist|pharmacist|tech|technician|therapist|chiropractor|dietitian|nutritionist|injector|aesthetician|esthetician|provider|attending|resident|anesthesiologist|ob|obgyn|pediatrician|dermatologist|cardiologist|radiologist|np|pa|rn|cna|lpn|rep|trainer|coach|candidate|negotiator|attorney|lawyer|contractor|vendor)';
const MODS = "(?:[\\w'’-]+ ){0,3}";
// A definite determiner makes a leading role one person; a common role needs a possessive,
// "a certain", "that ... who", or an attachment to a place ("at", "on 4 West", "over at").
const ROLE_RE = gated(new RegExp(
  [
    `\\b(?:the|our|their|its|his|her|that|this|[\\w.&’'-]+(?:'s|’s)) ${MODS}${LEAD}s?\\b`,
    `\\b(?:our|their|its|my|[\\w.&’'-]+(?:'s|’s)) ${MODS}["'‘“]?${STAFF}["'’”]?(?=[\\s,.!?]|$)`,
    `\\ba certain ${MODS}(?:${STAFF}|${LEAD})\\b`,
    // One's own boss or supervisor is one person to everyone who works there ("my old supervisor").
    `\\bmy (?:old |former |ex-?|new |current |last )?${LEAD}\\b`,
    `\\b(?:the|that|this) ${MODS}${STAFF} (?=(?:who|whose|at|from|on|in|over at|out on|over on)\\b)`,
    // A business's one owner or head named by the business ("the ironworks gym owner", "FitFuel Kitchen's new owner").
    `\\b[\\w'’-]+ (?:gym|clinic|spa|med ?spa|shop|practice|pharmacy|salon|agency|company|ambulance|lab|office|center|home) (?:owner|co-?owner|director|manager|ceo|founder)\\b`,
    // The person a review or reply is about: "this reviewer", "this individual", "this account".
    `\\b(?:this|that) (?:reviewer|individual|account|poster|commenter|user|person)\\b`,
  ].join('|'),
  'giu',
));
// The bodies that run a place act as one ("management knew", "admin sat on it", "their board"),
// unless a noun before makes them a task ("pain management", "case management").
const BODY = '(?:management|mgmt|leadership|administration|admin|corporate|hr|board|front office|c-suite|execs|executives)';
const BODY_RE = gated(new RegExp(
  `\\b(?:the|our|their|its|[\\w.&’'-]+(?:'s|’s)) (?:upper |senior |hospital |clinic )?${BODY}\\b|(?<=^|[.!?,;:(]\\s*|\\b(?:and|but|so|because|bc|cause|cuz|then|that|when|until|since|how|why|if|while|even|upper|senior)\\s)(?!board\\b)${BODY}\\b`,
  'giu',
));
// A place pinned by where it is ("that clinic on Main", "the pharmacy across from the mall"),
// and the IT department, written in capitals so as not to be the pronoun.
const PLACE_RE = gated(/\b(?:the|that|this) (?:[\w'’-]+ ){0,2}(?:clinic|practice|pharmacy|hospital|urgent care|nursing home|facility|lab|spa|med ?spa|chiro|chiropractor|dentist|agency|center|centre|place|office)(?= (?:on|at|in|over|down|across|by|near|off|out on|up on)\b)/giu);
const IT_RE = /\b(?:(?:the|our|their) )?IT(?: (?:department|dept|team|folks|guys))?\b/gu;
// "a certain travel-nurse agency": a place or firm veiled on purpose is one the reader is meant to know.
const VEILED_RE = gated(/\ba certain (?:[\w'’-]+ ){0,3}(?:agency|clinic|practice|pharmacy|hospital|company|firm|lab|vendor|group|spa|med ?spa|office|center|centre|facility|home|provider|chain|system|ambulance service)\b/giu);
// One word with an inner capital ("GleamCo", "BrightPath"): a brand, not emphasis.
const INNER_CAPS = /\b\p{Lu}\p{Ll}+\p{Lu}\p{L}*\b/gu;
// A social handle ("@NorthgateMed", "@dr.lisa_derm") names one account: identifiable by design.
const HANDLE = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu;

// A writer who says they are not naming someone ("not naming names", "you know who you are",
// "his name rhymes with") is pointing at one person the readers can tell: any role in that post
// is pinned, with or without a place or a relative clause.
const VEIL = gated(/\b(?:not (?:gonna |going to )?(?:naming|saying|name) (?:any )?(?:names|who)|(?:won't|will not|not gonna|i'm not gonna) name (?:any )?names|no names|you know who (?:you are|i mean|it is)|(?:y'all|yall|we all|everyone|everybody) knows? who|if you know,? you know|iykyk|(?:his|her|their) name rhymes with)\b/iu);
const VEILED_ROLE = gated(new RegExp(`\\b(?:the|that|this|our|my|your|their) ${MODS}(?:${STAFF}|${LEAD}|cook|chef|guard|janitor|nocturnist|guy|girl|lady|man|woman|dude|one|\\p{L}{3,}(?:er|or|ist|ian))\\b`, 'giu'));
const INITIALS = /\(\p{Lu}\.\s?\p{Lu}\.?(?=[,)\s])/gu;

/** Roles in a post that says it is not naming someone: the hint makes the role one known person. */
function veiledRoles(doc: Doc, named: readonly Target[]): Hit[] {
  if (!VEIL.test(doc.text)) return [];
  return [...scan(VEILED_ROLE, doc.text), ...scan(INITIALS, doc.text), ...attachedRoles(doc, named, true)];
}

/** Inner-capitals brands and handles the name runs did not find: named targets like any other. */
export function brandTargets(doc: Doc, named: readonly Target[]): Target[] {
  return [...scanDoc(doc, INNER_CAPS), ...scanDoc(doc, HANDLE)].filter((h) => !named.some((n) => overlaps(n, h))).map((h) => ({ ...h, kind: 'organization' as const }));
}

/** Roles and the organization's own names: targets only of an explicit claim in their sentence. */
export function roleTargets(doc: Doc, policy: CompiledPolicy, config: DetectorConfig, named: readonly Target[]): Target[] {
  const out: Target[] = [];
  const add = (t: Target) => {
    if (!named.some((n) => overlaps(n, t)) && !out.some((o) => overlaps(o, t))) out.push(t);
  };
  // Searched sentence by sentence, memoized with each sentence: a re-check after a keystroke
  // searches only the edited one. (BODY_RE looks back past a sentence's start: whole text.)
  for (const h of scanDoc(doc, ROLE_RE)) add({ ...h, kind: 'person' });
  for (const h of scan(BODY_RE, doc.text)) add({ ...h, kind: 'organization', body: true });
  for (const h of [...scanDoc(doc, PLACE_RE), ...scanDoc(doc, IT_RE), ...scanDoc(doc, VEILED_RE)]) add({ ...h, kind: 'organization' });
  for (const h of attachedRoles(doc, named)) add({ ...h, kind: 'person' });
  for (const h of veiledRoles(doc, named)) add({ ...h, kind: 'person' });
  const own = ownNames(policy, config);
  for (const h of findTermsInDoc(doc, own, true)) add({ ...h, kind: 'organization' });
  for (const h of ownNamesAsDoers(doc, own)) add({ ...h, kind: 'organization' });
  return out;
}

// A one-word name that is also an everyday word ("Lakeside") is matched with its capital; written
// in lower case it is still the name when it acts or owns: "lakeside knew", "lakeside's facilities
// guy", "riverbend admin".
const OWNER_AFTER = /^(?:'s|’s|\s+(?:admin|administration|management|mgmt|leadership|hr|corporate|execs|board|staff)\b)/iu;
function ownNamesAsDoers(doc: Doc, names: readonly string[]): Hit[] {
  const words = new Set(names.map((n) => n.trim()).filter((n) => /^\p{Lu}[\p{L}'-]+$/u.test(n)).map((n) => n.toLowerCase()));
  if (!words.size) return [];
  const out: Hit[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const w = t.text.toLowerCase().replace(/(?:'s|’s)$/u, '');
    if (!words.has(w) || /^\p{Lu}/u.test(t.text)) continue;
    const end = t.start + w.length;
    const next = toks[i + 1];
    const acts = !!next && next.sentence === t.sentence && !/[,;:.!?]/.test(t.post) && next.tags.has('Verb') && !next.tags.has('Gerund');
    if (acts || OWNER_AFTER.test(doc.text.slice(end, end + 20))) out.push({ start: t.start, end, text: doc.text.slice(t.start, end) });
  }
  return out;
}

// Words for a person by what they do: compromise's Actor nouns, WordNet's clinicians, and the
// jobs near care that neither lists. "man", "lady", "guy" are people too, once pinned down.
const JOBS = /^(?:guard|officer|cop|deputy|sheriff|aide|janitor|custodian|receptionist|clerk|secretary|scheduler|biller|coder|tech|nurse|doc|medic|pastor|priest|teacher|principal|landlord|contractor|man|woman|lady|guy|girl|dude|gal|fella|owner)s?$/;
const isRole = (t: DocToken) => !t.tags.has('Pronoun') && !t.tags.has('ProperNoun') && (t.tags.has('Actor') || JOBS.test(t.normal) || wordClasses(t.normal).includes('clinician'));
const DETERMINER = /^(?:the|that|this|our|their|his|her|its|ur|my|your)$/;
// What pins a role on one person: a relative clause or a place ("who owns", "that runs", "at", "over at").
const PINNED = /^(?:who|whose|that|at|from|over|down|on)$/;

/**
 * Roles pinned to one person by the words around them: "the lady who owns Sunny Acres", "the
 * maintenance man that ...", "the oncologist at St. Aldric", "night guard at st aldric" (a role
 * attached to a named place needs no determiner).
 */
// "the new night pharmacist", "the former CFO": the one who arrived or left is a known person.
const NEWCOMER = /^(?:new|former|ex|old)$/;
function newcomer(toks: readonly DocToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 3 && toks[j].sentence === toks[i].sentence; j--) {
    if (NEWCOMER.test(toks[j].normal)) return toks[j - 1]?.normal === 'the';
    if (!toks[j].tags.has('Adjective') && !toks[j].tags.has('Noun')) return false;
  }
  return false;
}

function attachedRoles(doc: Doc, named: readonly Target[], veiled = false): Hit[] {
  const out: Hit[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isRole(t) || t.tags.has('Plural')) continue;
    const next = toks[i + 1];
    if (!next || next.sentence !== t.sentence || /[,;:.!?)]/.test(t.post)) continue;
    const atNamed = /^(?:at|from)$/.test(next.normal) && named.some((n) => n.start >= next.end && n.start - next.end <= 8);
    // "the vet in Millersburg": a role in a place named with a capital is one person there.
    const inPlace = next.normal === 'in' && toks[i + 2]?.sentence === t.sentence && /^\p{Lu}/u.test(toks[i + 2].text);
    if (!veiled && !PINNED.test(next.normal) && !atNamed && !inPlace && !newcomer(toks, i)) continue;
    if (next.normal === 'that' && !toks[i + 2]?.tags.has('Verb')) continue;
    // Back over modifiers (adjectives, nouns: "our old nurse", "the st aldric ER") to a determiner.
    let j = i - 1;
    while (j >= 0 && i - j <= 4 && toks[j].sentence === t.sentence && !DETERMINER.test(toks[j].normal) && (toks[j].tags.has('Adjective') || toks[j].tags.has('Noun')) && !toks[j].tags.has('Pronoun') && !/[,;:.!?]/.test(toks[j].post)) j--;
    const det = j >= 0 && toks[j].sentence === t.sentence && DETERMINER.test(toks[j].normal);
    if (!det && !atNamed && !inPlace) continue;
    const start = det ? toks[j].start : toks[j + 1].start;
    out.push({ start, end: t.end, text: doc.text.slice(start, t.end) });
  }
  return out;
}
