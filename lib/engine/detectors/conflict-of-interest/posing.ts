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
