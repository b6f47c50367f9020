// Posing read from structure: the writer takes an outsider's seat ("as a proud Riverbend patient",
// "as a random cedar falls resident", "I'm a totally normal patient"), or hushes their own tie
// ("shh, I work in the kitchen, don't tell"). An outsider is a WordNet patient or one of the
// neighbourhood's roles; the words between the article and the noun are modifiers, not a verb.
import type { Doc, DocSentence, DocToken } from '../../doc';
import { verbLemma } from '../../nlp';
import { wordClasses } from '../../lexicons/wordnet';
import { scanDoc } from '../../by-sentence';
import type { Hit } from '../shared/match';
import { EMPLOYEE_SELF_ID } from '../shared/self-id';

const LOCAL = /^(?:resident|residents|neighbor|neighbour|local|mom|mama|dad|parent|customer|client|grandma|grandpa|granny|grandmother|grandfather|taxpayer|patient|patients)$/;
const outsider = (t: DocToken) => LOCAL.test(t.normal) || wordClasses(t.normal).includes('patient');
// A hush beside the writer's own tie: "shh", "don't tell", "between us", 🤫.
const HUSH = /\b(?:sh+h|don'?t tell|dont tell|do not tell|no one (?:needs to )?knows?|between us)\b|🤫/i;
const HUSH_REACH = 30;

/** "as a [proud Riverbend] patient", "I'm a [totally normal] patient": the outsider's seat, in one sentence. */
export function outsiderSeats(s: DocSentence): Hit[] {
  const toks = s.tokens;
  const out: Hit[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const lead = toks[i].normal;
    if (!/^(?:as|i'm|im)$/.test(lead) && !(lead === 'am' && toks[i - 1]?.normal === 'i')) continue;
    if (!/^(?:a|an)$/.test(toks[i + 1].normal)) continue;
    for (let k = i + 2; k < Math.min(toks.length, i + 6); k++) {
      const t = toks[k];
      if (outsider(t)) {
        // "a patient advocate", "a patient safety officer": the noun is a modifier of a role.
        const next = toks[k + 1];
        if (next && next.tags.has('Noun') && !next.tags.has('Pronoun') && !/[,.!?;:)]/.test(t.post) && !/^(?:here|there|myself|lol)$/.test(next.normal)) break;
        out.push({ start: toks[i].start, end: t.end, text: s.text.slice(toks[i].start - s.start, t.end - s.start) });
        break;
      }
      // Modifiers only: adverbs, adjectives, names ("proud", "totally normal", "Riverbend", "cedar falls").
      if (t.tags.has('Verb') || /[,.!?;:(]/.test(toks[k - 1].post) || /^(?:and|or|but|who|that|with|of)$/.test(t.normal)) break;
    }
  }
  return out;
}

/** The writer says they work there and hushes it: "(shh, I work in the kitchen, don't tell 🤫)". */
export function hushedTie(doc: Doc): Hit[] {
  return scanDoc(doc, EMPLOYEE_SELF_ID).filter((h) => HUSH.test(doc.text.slice(Math.max(0, h.start - HUSH_REACH), h.end + HUSH_REACH)));
}

// A review in its own form: stars, "5 stars", "10/10".
export const STARS = /[★⭐]{3,}|\b(?:5|five)[- ]stars?\b|\b10\/10\b/iu;
// The writer's own visit as a patient: "I was a patient here", "came in for a sinus infection", "had my baby here".
const VISIT = /\b(?:i|i've|i have|we|we've)\s+(?:was|were|been)\s+(?:a\s+)?patients?\s+(?:here|there|at|on|in)\b|\b(?:came|went)\s+in\s+(?:for|with)\s+(?:a|an|my|our)\b|\bhad\s+(?:my|our)\s+(?:\S+\s+)?(?:baby|surgery|procedure|bloodwork|labs|scan|mri|knee|hip)\s+(?:done\s+)?(?:here|there|at)\b/i;
// A place of care, praised by its kind: "best urgent care in town", "best clinic around", "best er in pa".
const BEST_PLACE = /\b(?:best|greatest|#1|number one)\s+(?:\S+\s+){0,2}(?:urgent\s+care|er|ed|hospital|clinic|lab|practice|dentist|pharmacy|office|doctors?|surgeon|nicu|icu|rehab|pt)\b/i;

/**
 * A patient's review told in its own form: stars, the writer's own visit and the place called the
 * best of its kind. A healthcare employee writing one of a care place is posing as the patient the
 * review claims to come from, whichever place it names; a review without the visit, or without the
 * rave, is not this frame.
 */
export function patientReview(doc: Doc): Hit[] {
  const stars = scanDoc(doc, STARS);
  if (!stars.length) return [];
  const visit = scanDoc(doc, VISIT);
  return visit.length && scanDoc(doc, BEST_PLACE).length ? [...visit] : [];
}

/** Care nouns WordNet's procedure class lacks: the visit itself. */
const CARE_NOUN = /^(?:stay|visit|appointment|appt|checkup|check-up|care|treatment|therapy|rehab|delivery|discharge|admission|bloodwork|labs|scan|tests?|testing|consult|follow-up|walk-in|er|ed|urgent|lab|clinic)$/;
/** Verbs of giving care, beyond WordNet's verbs of healing. */
const CARE_VERB = new Set(['treat', 'fix', 'save', 'discharge', 'admit', 'deliver', 'operate', 'diagnose', 'test', 'stitch', 'patch', 'see', 'take', 'switch', 'move']);

/** A review's verdict: stars, "10/10", a recommendation, sending readers there. */
export const REVIEW_VERDICT = /[★⭐]{3,}|\b(?:5|five)[- ]stars?\b|\b10\/10\b|\b(?:would|highly|definitely|totally|100%) recommend\b|\brecommend (?:them|it|her|him|this place|to anyone)\b|\bgo (?:there|see (?:them|her|him))\b|\bnight and day\b/iu;

/**
 * A story of care received, told by the patient or their family: "took my mother to the walk-in",
 * "my husband had his gallbladder out", "fixed my wrist", "my uncle's week at ...". Told of the
 * writer's own employer beside a rave, without saying they work there, it is a patient's review
 * the employee poses as.
 */
export function careStory(s: DocSentence): Hit[] {
  const toks = s.tokens;
  const classes = (t: DocToken) => wordClasses(t.normal.replace(/['’]s$/, ''));
  // Who was cared for: the writer's kin ("my dad's"), or something of the writer's body or care ("my wrist", "my rehab").
  // "My" is the patient's; "our" is the patient's family ("our son") as often as the organization's own voice ("our care team").
  const after = (i: number, re: RegExp) => re.test(toks[i - 1]?.normal ?? '') || (re.test(toks[i - 2]?.normal ?? '') && toks[i - 1].tags.has('Adjective'));
  const kin = (t: DocToken) => classes(t).includes('relative');
  const who = toks.findIndex((t, i) => (after(i, /^my$/) && (kin(t) || classes(t).some((c) => c === 'body-part' || c === 'procedure' || c === 'illness') || CARE_NOUN.test(t.normal))) || (after(i, /^our$/) && kin(t)));
  if (who < 0) return [];
  // The care itself, nearest the one cared for: a procedure, an illness, a part of the body, a visit, or a verb of caring.
  const cares = (t: DocToken, i: number) => i !== who && (classes(t).some((c) => c === 'procedure' || c === 'illness' || c === 'heal-verb' || c === 'body-part') || CARE_NOUN.test(t.normal.replace(/['’]s$/, '')) || (t.tags.has('Verb') && CARE_VERB.has(verbLemma(t))));
  const care = toks.map((t, i) => (cares(t, i) ? i : -1)).filter((i) => i >= 0).sort((x, y) => Math.abs(x - who) - Math.abs(y - who))[0];
  if (care === undefined) return [];
  const a = Math.min(toks[who].start, toks[care].start);
  const b = Math.max(toks[who].end, toks[care].end);
  return [{ start: a, end: b, text: s.text.slice(a - s.start, b - s.start) }];
}
