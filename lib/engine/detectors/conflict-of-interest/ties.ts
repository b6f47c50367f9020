// A material connection read as a relation between the writer and a commercial party, from the
// tokens and their lemmas rather than from set phrases:
//   giving:   a company, brand or rep (or "they", for goods) gives, sends, hosts or pays the writer
//             ("the folks at Kindleaf shipped me a box", "Medvanta's rep surprised our unit with ...");
//   role:     the writer works, consults, speaks or helps for a named company ("been on the payroll
//             at Nuvella", "helping the Oakridge folks shape their thermometer", "gave the keynote at ...");
//   stake:    the writer holds a stake, shares or equity in a named company;
//   expense:  something was on the company's dime, tab or account ("three days in Cabo on Helixon's dime").
// The organization's own names are not a tie here: employees praising their employer are read as
// posing (astroturfing) or as the organization's own voice.
import type { DocSentence, DocToken } from '../../doc';
import { verbLemma } from '../../nlp';
import { wordClasses } from '../../lexicons/wordnet';
import type { Hit } from '../shared/match';

/** Verbs of something of value passing to the writer. */
const GIVE = new Set(['send', 'ship', 'mail', 'give', 'gift', 'hand', 'surprise', 'treat', 'spoil', 'fly', 'host', 'comp', 'sponsor', 'pay', 'reimburse', 'bring', 'buy', 'take', 'invite', 'hook', 'load', 'drop', 'shower', 'bless', 'fund', 'cover', 'put']);
/** Verbs whose giving needs a good named after them: "bring us lunch", not "brought us together". */
const GIVE_NEEDS_GOODS = new Set(['bring', 'buy', 'take', 'put', 'drop', 'load', 'give', 'hand', 'send']);
/** Who gives in commerce. "Team", "folks" and "people" count only with a company's name ("the folks at Kindleaf"). */
const COMMERCIAL = new Set(['rep', 'reps', 'company', 'brand', 'vendor', 'vendors', 'sponsor', 'sponsors', 'startup', 'manufacturer', 'maker', 'makers', 'marketing', 'sales', 'pr', 'distributor', 'agency']);
/** Goods and hospitality: what makes "they sent me ..." a gift rather than a discharge or a reply. */
const GOODS = /^(?:free|samples?|boxe?s?|case|crate|bag|kit|kits|package|haul|swag|goodies|gifts?|products?|pairs?|bottles?|jars?|supply|lunch|dinner|breakfast|brunch|drinks|tickets?|seats|trip|weekend|flights?|hotel|resort|spa|stay|cards?|check|cheque|cash|money|stethoscopes?|devices?|units?|monitors?|watch|ipads?|tablets?|headphones|shoes|scrubs|socks|teas?|coffee|wine|champagne|steak|steaks|their|new|whole|entire|fancy|nice|generous)$/i;
/** The writer as recipient. */
const ME = /^(?:me|us|our|my|mine)$/i;
const WRITER = /^(?:i|i'm|i've|i'd|we|we're|we've|me|my|our|us)$/i;
/** Roles the writer plays for a company. */
const ROLE = new Set(['work', 'consult', 'advise', 'speak', 'present', 'keynote', 'lecture', 'help', 'partner', 'collaborate', 'contract', 'freelance', 'moonlight', 'represent', 'train', 'design', 'develop', 'teach', 'shill']);
/** What the writer gave for a company: a talk of any kind. */
const TALK = /^(?:keynote|talk|talks|lecture|lectures|presentation|presentations|webinar|webinars|session|sessions|workshop|workshops|panel|demo|demos|training|trainings|in-service|inservice|rounds)$/;
/** Holdings. */
const STAKE = /^(?:stake|stakes|equity|shares|stock|stocks|options|investment|investments|piece)$/i;
/** Whose money paid: "on Helixon's dime", "on their tab". */
const EXPENSE = /^(?:dime|tab|bill|account|expense|expenses|coin|budget|card|treat|nickel)$/i;

/** Time words that may stand between a clause-opening verb and the role ("spent the week helping"). */
const TIME = /^(?:week|weeks|month|months|year|years|day|days|weekend|summer|time|morning|afternoon|night|nights)$/;

const word = (t: DocToken) => t.normal.replace(/['’]s$/, '');
/**
 * A company's name: capitalized and read as a name, or a capitalized noun compromise does not know
 * (a brand opening its sentence). Acronyms are units and departments ("the ICU team") as often as firms.
 */
const isName = (t: DocToken) =>
  /^\p{Lu}/u.test(t.text) &&
  !t.tags.has('Acronym') &&
  !['Pronoun', 'Determiner', 'Month', 'WeekDay', 'Date', 'Place', 'Country', 'City', 'Verb', 'Adjective', 'Plural'].some((x) => t.tags.has(x)) &&
  (t.tags.has('ProperNoun') || t.tags.has('Organization') || t.tags.has('Noun'));
/** A person's name, a title, a relative or a clinician ("Dr.", "Sarah", "Mom", "Nurse") is not a company. */
const isPerson = (t: DocToken) => ((t.tags.has('Person') || t.tags.has('Honorific')) && !COMMERCIAL.has(word(t))) || wordClasses(word(t)).some((c) => c === 'relative' || c === 'clinician' || c === 'patient');

/** Where a clause ends, after a token or at a conjunction: the giver of "the rep ... sent me" is in the same clause. */
const ends = (t: DocToken) => /[.!?;:]/.test(t.post);
const joins = (t: DocToken) => /^(?:and|but|so|because|while|when|if)$/i.test(t.normal);

/** Ties in one sentence, as spans of the relation ("Kindleaf shipped me", "on Helixon's dime"). */
export function writerTies(s: DocSentence, own: (text: string) => boolean): Hit[] {
  const toks = s.tokens;
  const out: Hit[] = [];
  const span = (a: number, b: number): Hit => ({ start: toks[a].start, end: toks[b].end, text: s.text.slice(toks[a].start - s.start, toks[b].end - s.start) });
  const company = (t: DocToken) => isName(t) && !isPerson(t) && !own(t.text.replace(/['’]s$/, ''));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const lemma = t.tags.has('Verb') ? verbLemma(t) : word(t);
    if (GIVE.has(lemma) && t.tags.has('Verb')) {
      const r = nextContent(toks, i + 1, /^(?:over|out|up|off|back)$/i);
      if (r < 0 || !ME.test(toks[r].normal)) continue;
      const giver = giverBefore(toks, i, company);
      if (!giver) continue;
      const goods = toks.slice(r + 1, r + 7).some((x) => GOODS.test(x.normal) || /^\$\d/.test(x.text));
      if ((giver === 'they' || GIVE_NEEDS_GOODS.has(lemma)) && !goods) continue;
      out.push(span(i, r));
      continue;
    }
    // The writer works, consults, speaks or helps for a company named within a few words.
    if (ROLE.has(lemma) && t.tags.has('Verb') && writerBefore(toks, i)) {
      const j = toks.slice(i + 1, i + 6).findIndex(company);
      if (j >= 0 && !toks.slice(i, i + 1 + j).some((x, k) => ends(x) || (k > 0 && joins(x)))) out.push(span(i, i + 1 + j));
      continue;
    }
    // "gave the keynote at the Solara summit", "did two talks for Acme": a talk for a named company.
    if (TALK.test(t.normal) && writerBefore(toks, i, 6)) {
      const j = toks.slice(i + 1, i + 6).findIndex((x, k) => k > 0 && company(x) && /^(?:at|for|with)$/.test(toks[i + 1].normal));
      if (j >= 0) out.push(span(i, i + 1 + j));
      continue;
    }
    // "a small stake in PulseFit", "shares of Acme", by the writer.
    if (STAKE.test(t.normal) && /^(?:in|of)$/.test(toks[i + 1]?.normal ?? '') && toks[i + 2] && company(toks[i + 2]) && writerBefore(toks, i, 8)) {
      out.push(span(i, i + 2));
      continue;
    }
    // "on Helixon's dime", "on their tab": a company paid.
    if (EXPENSE.test(t.normal) && i >= 2 && toks[i - 2].normal === 'on') {
      const payer = toks[i - 1];
      if ((/['’]s$/.test(payer.text) && company(payer)) || /^(?:their|the company's|the brand's)$/i.test(payer.text)) out.push(span(i - 2, i));
    }
  }
  return out;
}

/** The first token from `from` that is not a particle, or -1. */
function nextContent(toks: readonly DocToken[], from: number, skip: RegExp): number {
  for (let k = from; k < Math.min(toks.length, from + 3); k++) if (!skip.test(toks[k].normal)) return k;
  return -1;
}

/** Who gives, in the clause before the verb: a named company, a company's people, or "they". */
function giverBefore(toks: readonly DocToken[], i: number, company: (t: DocToken) => boolean): 'company' | 'they' | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const t = toks[k];
    if (ends(t) || joins(t)) break;
    if (WRITER.test(t.normal)) return undefined;
    if (company(t) || COMMERCIAL.has(word(t))) return 'company';
    if (/^(?:they|they've|they'd)$/i.test(t.normal)) return 'they';
  }
  return undefined;
}

/** The writer is the subject just before: "I've been consulting", "we spent the week helping". */
function writerBefore(toks: readonly DocToken[], i: number, reach = 5): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    if (ends(toks[k]) || joins(toks[k])) break;
    if (/^(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|my|our|im|ive)$/i.test(toks[k].normal)) return true;
  }
  // A clause that opens on the verb ("Spent the week helping ...", "Been advising ...") is the writer's own.
  let c = i;
  while (c > 0 && !ends(toks[c - 1]) && !joins(toks[c - 1])) c--;
  const head = toks.slice(c, i);
  return head.length <= reach && (c === i || head[0].tags.has('Verb')) && head.every((t) => !t.tags.has('Noun') || TIME.test(t.normal));
}
