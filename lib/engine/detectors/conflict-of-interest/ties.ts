// A material connection read as a relation between the writer and a commercial party, from the
// tokens and their lemmas rather than from set phrases:
//   giving:   a company, brand or rep (or "they", for goods) gives, sends, hosts or pays the writer
//             ("the folks at Kindleaf shipped me a box", "Medvanta's rep surprised our unit with ...");
//   role:     the writer works, consults, speaks or helps for a named company ("been on the payroll
//             at Nuvella", "helping the Oakridge folks shape their thermometer", "gave the keynote at ...");
//   stake:    the writer holds a stake, shares or equity in a named company;
//   expense:  something was on the company's dime, tab or account ("three days in Cabo on Helixon's dime");
//   family:   the writer's relative or friend owns, runs or opened a business ("my husband's cousin
//             owns Prairie Pure", "my son's shop", "my brother Tom's place, Whitcomb Chapel");
//   company:  an event spent with a company's people ("Vision Expo with the Ardent crew").
// The organization's own names are not a tie here: employees praising their employer are read as
// posing (astroturfing) or as the organization's own voice.
import type { DocSentence, DocToken } from '../../doc';
import { verbLemma } from '../../nlp';
import { wordClasses } from '../../lexicons/wordnet';
import type { Hit } from '../shared/match';
import { DEPARTMENT } from '../shared/self-id';

/** Verbs of something of value passing to the writer. */
const GIVE = new Set(['send', 'ship', 'mail', 'give', 'gift', 'hand', 'surprise', 'treat', 'spoil', 'fly', 'host', 'comp', 'sponsor', 'pay', 'reimburse', 'bring', 'buy', 'take', 'invite', 'hook', 'load', 'drop', 'shower', 'bless', 'fund', 'cover', 'put', 'kick', 'get', 'score']);
/** Verbs whose giving needs a good named after them: "bring us lunch", not "brought us together"; "got us seats", not "got us lost". */
const GIVE_NEEDS_GOODS = new Set(['bring', 'buy', 'take', 'put', 'drop', 'load', 'give', 'hand', 'send', 'kick', 'get', 'score']);
/** Verbs of taking the writer out: the place they were taken to is the good ("took our department to Carlucci's"). */
const TAKE_OUT = new Set(['take', 'bring', 'fly', 'invite', 'treat']);
/** A whole group the writer belongs to receives: "gave everyone on our committee ...". */
const EVERYONE = /^(?:everyone|everybody|all|each)$/;
/** Who gives in commerce. "Team", "folks" and "people" count only with a company's name ("the folks at Kindleaf"). */
const COMMERCIAL = new Set(['rep', 'reps', 'company', 'brand', 'vendor', 'vendors', 'sponsor', 'sponsors', 'startup', 'manufacturer', 'maker', 'makers', 'marketing', 'sales', 'pr', 'distributor', 'agency', 'founder', 'founders', 'owner', 'owners']);
/** Verbs of receiving: "got a free case of X from the founder". */
const RECEIVE = new Set(['get', 'receive', 'score', 'snag', 'win']);
/** A company's people, met at an event: "with the Ardent crew". */
const CREW = /^(?:crew|team|folks|people|reps|guys|gang|squad|family)$/i;
const EVENT = /^(?:expo|conference|convention|summit|symposium|meeting|party|parties|dinner|dinners|gala|trip|retreat|booth|show|launch|weekend|cruise|golf|game|concert|happy|drinks)$/i;
/** A relative or friend of the writer. */
const KIN = /^(?:friend|friends|buddy|bestie|bff|bro|sis|comadre|compadre|roommate|neighbor|neighbour)$/i;
/** What a relative owns or runs. */
const OWNS = new Set(['own', 'run', 'open', 'start', 'found', 'launch', 'sell', 'manage', 'co-found', 'cofound', 'make', 'design', 'create', 'invent', 'develop', 'build', 'buy']);
/** Verbs whose object is a product whatever it is called. */
const INVENTS = new Set(['invent', 'design', 'create', 'develop', 'patent']);
/** Where a relative works: "works for Pharmacor", "is the VP at Acme", "just joined Medivance". */
const WORKS = new Set(['work', 'join', 'consult', 'represent']);
const POST = /^(?:vp|ceo|cfo|coo|cmo|director|founder|cofounder|co-founder|owner|rep|head|president|partner|manager|investor)$/i;
/** A business, by what it is. */
const BUSINESS = /^(?:shop|shops|store|stores|company|companies|business|practice|clinic|firm|brand|line|agency|chapel|spa|medspa|gym|bakery|salon|studio|startup|pharmacy|restaurant|farm|apiary|boutique|label|app|products|website|venture|cafe|café|bar|diner|dental|lab|dealership|franchise|funeral|urgent|biz|llc|inc|co)$/i;
/** Goods and hospitality: what makes "they sent me ..." a gift rather than a discharge or a reply. */
const GOODS = /^(?:free|samples?|boxe?s?|case|crate|bag|kit|kits|package|haul|swag|goodies|gifts?|products?|pairs?|bottles?|jars?|supply|lunch|dinner|breakfast|brunch|drinks|tickets?|seats|trip|weekend|flights?|hotel|resort|spa|stay|cards?|check|cheque|cash|money|stethoscopes?|devices?|units?|monitors?|watch|ipads?|tablets?|headphones|shoes|scrubs|socks|teas?|coffee|wine|champagne|steak|steaks|baskets?|bouquets?|flowers|hampers?|cookies|cupcakes|treats|pizza|donuts|bagels|their|new|whole|entire|fancy|nice|generous)$/i;
/** The writer as recipient. */
const ME = /^(?:me|us|our|my|mine)$/i;
const WRITER = /^(?:i|i'm|i've|i'd|we|we're|we've|me|my|our|us)$/i;
/** Roles the writer plays for a company. */
const ROLE = new Set(['work', 'consult', 'advise', 'speak', 'present', 'keynote', 'lecture', 'help', 'partner', 'collaborate', 'contract', 'freelance', 'moonlight', 'represent', 'shill']);
/** Roles that take the company as their object: "advising Acme", "helping the Oakridge folks". */
const DIRECT = new Set(['advise', 'help', 'represent', 'shill']);
/** What the writer gave for a company: a talk of any kind. */
const TALK = /^(?:keynote|talk|talks|lecture|lectures|presentation|presentations|webinar|webinars|session|sessions|workshop|workshops|panel|demo|demos|training|trainings|in-service|inservice|rounds)$/;
/** What the writer holds or buys into. */
const HOLDING = /^(?:stock|stocks|shares|position|round|equity|options)$/i;
/** Verbs of buying into a holding. */
const BUY_IN = new Set(['buy', 'load', 'top', 'add', 'grab', 'pick', 'get', 'hold', 'own', 'double', 'increase']);
/** A verb of buying in; a sentence-opening past tense the tagger reads as a command keeps its "-ed" ("Picked up ..."). */
const buysIn = (t: DocToken) => t.tags.has('Verb') && (BUY_IN.has(verbLemma(t)) || BUY_IN.has(t.normal.replace(/ed$/, '')));
/** A seat the company gives: "Pharmacor's guest speaker". */
const SEAT = /^(?:speaker|consultant|advisor|adviser|ambassador|spokesperson|spokeswoman|spokesman|partner|affiliate|rep|representative|guest|faculty|kol|influencer|investor)$/i;
/** The verbs of the writer's cut on a referral: "so I get my credit". */
const REFERRAL_BENEFIT = /^(?:sent|referred|discount|credit|cut|commission|bonus|kickback|percentage)$/i;
/** Holdings. */
const STAKE = /^(?:stake|stakes|equity|shares|stock|stocks|options|investment|investments|piece)$/i;
/** Whose money paid: "on Helixon's dime", "on their tab". */
const EXPENSE = /^(?:dime|tab|bill|account|expense|expenses|coin|budget|card|treat|nickel)$/i;
/** On a company's payroll: "on the payroll at Nuvella", "on Acme's payroll". */
const PAYROLL = /^(?:payroll|books|retainer)$/i;

/** How shares trade: "are up", "is popping", "jumped". */
const MARKET = /^(?:(?:are|is|'re|'s|were|was|just|already|finally) )?(?:up|down|popping|soaring|surging|mooning|climbing|ripping|jumped|popped|soared|surged|mooned|climbed|doubled|tripled)\b/;
/** A company's hospitality: the meal or trip it hosts. */
const HOSTED = /^(?:dinner|dinners|lunch|lunches|brunch|party|gala|retreat|trip|cruise|junket|getaway|weekend|steakhouse|reception|council|summit|offsite)$/;
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
export const ends = (t: DocToken) => /[.!?;:]/.test(t.post);
const joins = (t: DocToken) => /^(?:and|but|so|because|while|when|if)$/i.test(t.normal);

/**
 * In a sentence typed without capitals, a company's name has no capital to show it: the word that owns
 * a crew ("the brightwave folks") stands for its company, unless it is a person or a word of a class
 * (a unit, a department, a shift, a kind of business, a relative).
 */
const crewOwners = (toks: readonly DocToken[]) =>
  new Set(toks.filter((t, i) => i > 0 && toks[i - 1].normal === 'the' && CREW.test(toks[i + 1]?.normal ?? '') && t.tags.has('Noun') &&
    !['Pronoun', 'Plural', 'Acronym', 'Adjective', 'Verb'].some((x) => t.tags.has(x)) && !TIME.test(t.normal) && !BUSINESS.test(t.normal) && !DEPARTMENT.test(t.normal) && !isPerson(t) && wordClasses(word(t)).length === 0));

/**
 * Ties in one sentence, as spans of the relation ("Kindleaf shipped me", "on Helixon's dime").
 * `caseless`: the sentence was typed without capitals.
 */
export function writerTies(s: DocSentence, own: readonly Hit[], caseless = false): Hit[] {
  const toks = s.tokens;
  const out: Hit[] = [];
  const span = (a: number, b: number): Hit => ({ start: toks[a].start, end: toks[b].end, text: s.text.slice(toks[a].start - s.start, toks[b].end - s.start) });
  const owners = caseless ? crewOwners(toks) : new Set<DocToken>();
  // The organization's own names, several words long ("Lakeside Clinic"), cover each of their tokens.
  const company = (t: DocToken) => (isName(t) || owners.has(t)) && !isPerson(t) && !own.some((h) => h.start < t.end && t.start < h.end);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const lemma = t.tags.has('Verb') ? verbLemma(t) : word(t);
    // "tell them Brian sent you", "say Marisol sent them", "I get my little discount": the writer is paid per referral.
    // Read before giving: "sent you" sends the reader, not goods.
    if (REFERRAL_BENEFIT.test(t.normal) && referred(toks, i)) {
      out.push(span(Math.max(0, i - 2), i));
      continue;
    }
    // "got ... free from their rep" is the writer receiving, read below; "the rep got us seats" is giving.
    if (GIVE.has(lemma) && t.tags.has('Verb') && !(RECEIVE.has(lemma) && writerBefore(toks, i))) {
      // The writer receives right after the verb ("shipped me"), or after the goods ("dropped off a case for my office").
      let r = nextContent(toks, i + 1, /^(?:over|out|up|off|back)$/i);
      let between = false;
      if (r >= 0 && EVERYONE.test(toks[r].normal) && /^(?:on|in|of|at)$/.test(toks[r + 1]?.normal ?? '') && ME.test(toks[r + 2]?.normal ?? '')) r += 2;
      else if (r >= 0 && !ME.test(toks[r].normal)) {
        const f = toks.slice(r, r + 8).findIndex((x, k, a) => /^(?:for|to)$/.test(x.normal) && ME.test(a[k + 1]?.normal ?? '') && !a.slice(0, k).some(ends));
        // The goods come before the writer here ("sent over two watches for me"): a noun there is one.
        between = f >= 0 && toks.slice(r, r + f).some((x) => GOODS.test(x.normal) || x.tags.has('Noun'));
        r = between ? r + f + 1 : -1;
      }
      if (r < 0 || !ME.test(toks[r].normal)) continue;
      const giver = giverBefore(toks, i, company);
      if (!giver) continue;
      const after = toks.slice(r + 1, r + 7);
      // Taken out to a named place or an event ("took our whole department to Carlucci's", "takes me to the game").
      const outing = TAKE_OUT.has(lemma) && after.some((x, k) => x.normal === 'to' && after.slice(k + 1, k + 4).some((y) => EVENT.test(y.normal) || (/^\p{Lu}/u.test(y.text) && !y.tags.has('Pronoun'))));
      const goods = between || outing || after.some((x) => GOODS.test(x.normal) || /^\$\d/.test(x.text) || wordClasses(x.normal).some((c) => c === 'gift' || c === 'money'));
      if ((giver === 'they' || GIVE_NEEDS_GOODS.has(lemma)) && !goods) continue;
      out.push(span(i, r));
      continue;
    }
    // "Got a free case of CardioClear from the founder": the writer receives goods from a company.
    if (RECEIVE.has(lemma) && t.tags.has('Verb') && writerBefore(toks, i)) {
      const f = toks.slice(i + 1, i + 9).findIndex((x) => x.normal === 'from');
      const from = i + 1 + f;
      const giver = f >= 0 ? toks.slice(from + 1, from + 4).find((x) => company(x) || COMMERCIAL.has(word(x))) : undefined;
      if (giver && toks.slice(i + 1, from).some((x) => /^(?:free|samples?|case|box|crate|kit|supply|gift|swag|haul)$/i.test(x.normal)) && !toks.slice(i, from).some(ends)) {
        out.push(span(i, toks.indexOf(giver)));
        continue;
      }
    }
    // "my husband's cousin owns Prairie Pure", "my son's shop", "my brother Tom's place, Whitcomb Chapel".
    if (isKin(toks, i)) {
      const hit = familyBusiness(toks, i, company);
      if (hit >= 0) {
        out.push(span(Math.max(0, i - 1), hit));
        continue;
      }
    }
    // "Vision Expo in Orlando with the Ardent crew": time spent at an event with a company's people.
    if (CREW.test(t.normal) && i >= 2 && company(toks[i - 1]) && /^(?:with|by)$/.test(toks[i - 2].normal === 'the' ? toks[i - 3]?.normal ?? '' : toks[i - 2].normal) && toks.some((x) => EVENT.test(x.normal))) {
      out.push(span(i - 1, i));
      continue;
    }
    // The writer works, consults, speaks or helps for a company named within a few words.
    if (ROLE.has(lemma) && t.tags.has('Verb') && writerBefore(toks, i)) {
      // "consult for", "speak at", "partner with"; "advise" and "help" take the company as object.
      // Work counts for a company ("work for Acme"), not at a place ("work at Lakeside Clinic").
      const prep = toks[i + 1]?.normal ?? '';
      const linked = lemma === 'work' ? prep === 'for' : DIRECT.has(lemma) || /^(?:for|with|at|on|alongside)$/.test(prep);
      if (!linked) continue;
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
    // "loaded up on more HumaNutra stock", "bought more shares", "topped up my Medivance position", "got into the seed round of X".
    if (HOLDING.test(t.normal) && holds(toks, i)) {
      out.push(span(Math.max(0, i - 2), i));
      continue;
    }
    // "Thanks to my friends at Medivance for the VIP pass and the hotel": a company thanked for something of value.
    if (/^(?:thanks|thank|thx|ty)$/.test(t.normal)) {
      const f = toks.slice(i + 1, i + 9).findIndex((x) => x.normal === 'for');
      // A company's people ("my friends at Orrin", "the Orrin reps"), not a fire department's pancake breakfast.
      const party = f > 0 && toks.slice(i + 1, i + 1 + f).some((x, k, a) => COMMERCIAL.has(word(x)) || (company(x) && (CREW.test(a[k + 1]?.normal ?? '') || /^(?:at|from)$/.test(a[k - 1]?.normal ?? ''))));
      const what = f >= 0 ? toks.slice(i + 2 + f, i + 7 + f) : [];
      if (party && !toks.slice(i, i + 1 + f).some(ends) && what.some((x) => GOODS.test(x.normal) || EVENT.test(x.normal) || /^(?:pass|passes|hotel|flight|stay|suite|upgrade)$/.test(x.normal) || wordClasses(x.normal).includes('gift'))) {
        out.push(span(i, i + 1 + f));
        continue;
      }
    }
    // "as Pharmacor's guest speaker", "Acme's paid consultant": a role the company gave the writer.
    if (SEAT.test(t.normal) && i >= 1) {
      const k = toks.slice(Math.max(0, i - 3), i).findIndex((x) => (/(?:['’]s|s['’])$/.test(x.text) || (/s$/.test(x.text) && /^['’]/.test(x.post))) && company(x));
      if (k >= 0 && toks.slice(0, i).some((x) => WRITER.test(x.normal) || x.normal === 'as')) {
        out.push(span(Math.max(0, i - 3) + k, i));
        continue;
      }
    }
    // "Somnus shares are up 20%", "Acme stock is popping": a company's shares told by how they trade, the writer's interest.
    if (/^(?:shares|stock)$/.test(t.normal) && i >= 1 && company(toks[i - 1]) && !ends(toks[i - 1]) && MARKET.test(toks.slice(i + 1, i + 4).map((x) => x.normal).join(' '))) {
      out.push(span(i - 1, i));
      continue;
    }
    // "a small stake in PulseFit", "shares of Acme", by the writer.
    if (STAKE.test(t.normal) && /^(?:in|of)$/.test(toks[i + 1]?.normal ?? '') && toks[i + 2] && company(toks[i + 2]) && writerBefore(toks, i, 8)) {
      out.push(span(i, i + 2));
      continue;
    }
    // "on the payroll at Nuvella", "on Acme's payroll": the company pays the writer.
    if (PAYROLL.test(t.normal) && toks.slice(Math.max(0, i - 3), i).some((x) => x.normal === 'on')) {
      const before = toks[i - 1] && /['’]s$/.test(toks[i - 1].text) && company(toks[i - 1]);
      const after = /^(?:at|of|for)$/.test(toks[i + 1]?.normal ?? '') && toks[i + 2] && company(toks[i + 2]);
      if (before || after) {
        out.push(before ? span(i - 1, i) : span(i, i + 2));
        continue;
      }
    }
    // "Pharmacor's dinner at The Oak Room", "Medivance's retreat in Napa": a company's hospitality, held somewhere.
    // One word may name the kind between them ("Clarion's customer council in Orlando").
    const host = [i - 1, i - 2].find((k) => k >= 0 && /(?:['’]s|s['’])$/.test(toks[k].text) && company(toks[k]) && (k === i - 1 || !ends(toks[k + 1])));
    if (HOSTED.test(word(t).replace(/['’]/g, '')) && host !== undefined && /^(?:at|in|on)$/.test(toks[i + 1]?.normal ?? '')) {
      out.push(span(host, i));
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

/** A relative or friend the writer claims: "my cousin", "our daughter", "Sister-in-law's" opening a clause. */
function isKin(toks: readonly DocToken[], i: number): boolean {
  const t = toks[i];
  const w = word(t);
  const kin = KIN.test(w) || (wordClasses(w).includes('relative') && !/^(?:baby|babe|companion|partner|partners|family)$/.test(w)) || (w === 'law' && toks[i - 1]?.normal === 'in');
  if (!kin) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (/^(?:my|our|mi|mis)$/i.test(toks[k].normal)) return true;
    if (ends(toks[k])) return k === i - 1 || (w === 'law' && k === i - 3);
  }
  return i === 0 || (w === 'law' && i === 2);
}

/** Where the relative's business is named: a verb of owning with a business or name after it, or "'s shop". */
function familyBusiness(toks: readonly DocToken[], i: number, company: (t: DocToken) => boolean): number {
  for (let k = i; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k];
    if (k > i && ends(toks[k - 1]) && !/['’]s$/.test(toks[k - 1].text)) return -1;
    if (BUSINESS.test(t.normal) && k > i && toks.slice(i, k).some((x) => /['’]s$/.test(x.text))) return k;
    // "brother Tom's place, Whitcomb Chapel": a place the writer names as a business.
    if (/^place$/.test(t.normal) && toks.slice(k + 1, k + 4).some(company)) return k;
    // A verb of owning, with the business or its name as its object: not "my mom makes the best lasagna".
    // What a relative invents or designs, or shows as "this"/"these", is a product: "my dad invented this pill organizer".
    if (t.tags.has('Verb') && OWNS.has(verbLemma(t))) {
      const obj = toks.slice(k + 1, k + 5);
      const product = INVENTS.has(verbLemma(t)) || /^(?:this|these)$/.test(obj[0]?.normal ?? '');
      // A business's name may read as a person's or a place's ("opened Fern Physio"): right after the verb, any name counts.
      const j = obj.findIndex((x, n) => company(x) || (n === 0 && /^\p{Lu}/u.test(x.text) && x.tags.has('ProperNoun') && !x.tags.has('Pronoun')) || BUSINESS.test(x.normal) || x.normal === 'own' || (product && n > 0 && x.tags.has('Noun') && !x.tags.has('Pronoun')));
      return j >= 0 && !obj.slice(0, j).some(ends) ? k + 1 + j : -1;
    }
    // Working for a named company, or holding a post there: not "works at the fire station".
    if ((t.tags.has('Verb') && WORKS.has(verbLemma(t))) || POST.test(t.normal)) {
      const j = toks.slice(k + 1, k + 5).findIndex(company);
      return j >= 0 && !toks.slice(k, k + 1 + j).some(ends) ? k + 1 + j : -1;
    }
  }
  return -1;
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
    // "Their team took us ...", "his office sends me ...": a party the post named before, with goods. Not "he", "she":
    // a husband who "took me to the game" gives no material connection.
    if ((CREW.test(t.normal) || /^(?:office|practice|company|rep|reps)$/.test(t.normal)) && /^(?:their|his|her|its)$/i.test(toks[k - 1]?.normal ?? '')) return 'they';
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

/** The writer buys into, or holds, a stake: "loaded up on more X stock", "my Acme position", "got into the seed round". */
function holds(toks: readonly DocToken[], i: number): boolean {
  const t = toks[i];
  // "she shares her story", "we stock it": verbs, not holdings; but after a verb of buying in ("loaded up on more
  // Medivance shares") the tagger's verb is the holding.
  if (t.tags.has('Verb') && !boughtInto(toks, i)) return false;
  if (t.normal === 'round') return toks[i - 1]?.normal === 'seed' && writerBefore(toks, i - 1, 8);
  if (t.normal === 'options' && toks[i - 1]?.normal !== 'stock') return false;
  // "my Medivance position", "my shares".
  if (toks.slice(Math.max(0, i - 2), i).some((x) => /^(?:my|our)$/.test(x.normal))) return t.normal !== 'position' || toks[i - 1]?.tags.has('Noun') === true && /^\p{Lu}/u.test(toks[i - 1].text);
  // A verb of buying in, the writer's, within a few words before: "bought more shares", "loading up on X stock".
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (ends(toks[k])) return false;
    if (buysIn(toks[k])) return t.normal !== 'position' && writerBefore(toks, k, 5) && !/^(?:the|a)$/.test(toks[i - 1]?.normal ?? '');
  }
  return false;
}

/** A verb of buying in, the writer's, opens the phrase before `i` with only its object's words between ("bought more X"). */
function boughtInto(toks: readonly DocToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (ends(toks[k]) || joins(toks[k])) return false;
    if (buysIn(toks[k])) return writerBefore(toks, k, 5);
    if (toks[k].tags.has('Verb') && !toks[k].tags.has('Particle')) return false;
  }
  return false;
}

/** A referral that pays the writer: "(tell them) Brian sent you", "tell him his cousin sent you", "I get my (little) discount". */
function referred(toks: readonly DocToken[], i: number): boolean {
  const t = toks[i].normal;
  if (t === 'sent' || t === 'referred') {
    // The referrer is the writer, by name or "I", told to the business: "tell em Vinny sent you", "say I referred you".
    const obj = toks[i + 1]?.normal ?? '';
    const by = toks[i - 1];
    const told = toks.slice(Math.max(0, i - 5), i - 1).some((x) => /^(?:tell|say|mention)$/.test(x.normal));
    // Or by kinship to the one told: "tell him his sister-in-law sent you".
    const kin = !!by && /^(?:his|her|their)$/.test(toks[i - 2]?.normal ?? '') && (wordClasses(word(by)).includes('relative') || /-in-law$/.test(by.normal));
    return /^(?:you|them|u|ya|y'all|yall|em)$/.test(obj) && !!by && (by.normal === 'i' || /^\p{Lu}/u.test(by.text) || kin) && told;
  }
  // "I get my little discount", "so I get my credit": the writer's cut.
  const k = toks.slice(Math.max(0, i - 4), i).findIndex((x) => /^(?:get|gets|earn|earns|make|makes)$/.test(x.normal));
  return k >= 0 && toks.slice(Math.max(0, i - 6), Math.max(0, i - 4) + k).some((x) => /^(?:i|we)$/.test(x.normal)) && toks.slice(Math.max(0, i - 4) + k, i).some((x) => /^(?:my|a|our)$/.test(x.normal));
}
