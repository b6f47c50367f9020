// Posing read from structure: the writer takes an outsider's seat ("as a proud Riverbend patient",
// "as a random cedar falls resident", "I'm a totally normal patient"), or hushes their own tie
// ("shh, I work in the kitchen, don't tell"). An outsider is a WordNet patient or one of the
// neighbourhood's roles; the words between the article and the noun are modifiers, not a verb.
import type { Doc, DocSentence, DocToken } from '../../doc';
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
const STARS = /[★⭐]{3,}|\b(?:5|five)[- ]stars?\b|\b10\/10\b/iu;
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
