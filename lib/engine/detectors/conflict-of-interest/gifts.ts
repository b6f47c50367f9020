// Who gives: a gift is a material connection when a company, a brand or its people give it, not
// when a person of the writer's own life does ("Mom sent me flowers", "my neighbour brought us
// soup"). The tie wording ("sent me", "gave us a free ...") says nothing
// of the giver; the clause before its verb does.
import type { Doc, DocToken } from '../../doc';
import { verbLemma } from '../../nlp';
import { wordClasses } from '../../lexicons/wordnet';
import type { Hit } from '../shared/match';
import { ends } from './ties';

/** Verbs of something passing to the writer. */
const GIVING = new Set(['send', 'give', 'bring', 'buy', 'mail', 'ship', 'gift', 'hand', 'drop', 'take', 'treat', 'get', 'make', 'bake', 'cook']);
/** People of the writer's own life, beyond WordNet's relatives: friends and neighbours. */
const CLOSE = /^(?:friend|friends|bestie|bff|buddy|roommate|neighbor|neighbour|neighbors|neighbours|coworker|coworkers|co-worker|colleague|colleagues|boyfriend|girlfriend|fiance|fiancee|fiancé|fiancée|hubby|wifey|kids|kiddo|kiddos)$/;
// Not "he" or "she": the giver may be the professional the post promotes ("He's taking us to the Masters").
const PERSONAL = /^(?:mom|mum|mama|dad|papa|grandma|grandpa|nana|granny)$/;
/** A company's people or a business, which make the gift commercial whoever else is named. */
const COMMERCIAL = /^(?:rep|reps|company|brand|vendor|sponsor|team|folks|marketing|pr|office|store|shop|pharmacy|clinic)$/;

const personal = (t: DocToken) => {
  const w = t.normal.replace(/['’]s$/, '');
  return PERSONAL.test(w) || CLOSE.test(w) || wordClasses(w).includes('relative');
};

/**
 * The tie `h` opens on a verb of giving whose giver, in the clause before it, is a person of the
 * writer's life (a relative, a friend) and no company's people.
 */
export function giftFromPerson(doc: Doc, h: Hit): boolean {
  const s = doc.sentenceAt(h.start);
  if (!s) return false;
  const i = s.tokens.findIndex((t) => t.start >= h.start);
  const verb = s.tokens[i];
  if (!verb || !GIVING.has(verbLemma(verb)) && !GIVING.has(verb.normal.replace(/(?:s|ed|t)$/, ''))) return false;
  let giver: DocToken | undefined;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = s.tokens[k];
    if (ends(t) || /^(?:and|but|so|because)$/.test(t.normal)) break;
    if (COMMERCIAL.test(t.normal) || t.tags.has('Organization')) return false;
    if (!giver && personal(t)) giver = t;
  }
  return !!giver;
}
