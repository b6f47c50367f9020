// Who a post talks about: named people and organizations that a claim can damage.
import { memoBySentence, type Doc, type DocToken } from '../../doc';
import type { CompiledPolicy, DetectorConfig } from '../../policy';
import { findTermsInDoc, overlaps, type Hit } from './match';
import { ownNames, readList } from './lists';
import { gated } from '../../text/regex-gate';
import { isFirstName, isSurname, isWordName, nameKey } from '../../lexicons/names';
import { wordClasses } from '../../lexicons/wordnet';

export interface Target extends Hit {
  kind: 'person' | 'organization';
  /** A body that runs a place ("management", "HR"): the doer of a claim only when named before it. */
  body?: boolean;
}

// Titles that make a surname identifiable ("Dr. Reyes", "Councilmember Teague").
const TITLES = /^(?:dr|dra|sr|sra|mr|mrs|ms|mx|prof|professor|nurse|rep|sen|senator|representative|councilmember|councilman|councilwoman|commissioner|mayor|judge|officer|chief|ceo|cfo|cno|coo|cmo|director|pastor|rev|coach)$/i;
const ORG_SUFFIX = gated(/^(?:medical|health|healthcare|hospital|clinic|clinics|surgical|surgery|staffing|solutions|pharma|pharmaceuticals|labs?|laboratories|group|associates|partners|inc|llc|center|centre|imaging|billing|pharmacy|care|systems?|network|institute|foundation|insurance|diagnostics|therapeutics|spa|memorial|regional|ambulance|ems)$/i);

const capitalized = (t: DocToken) => /^\p{Lu}/u.test(t.text) && !t.tags.has('Place') && !t.tags.has('Date');
const isName = (t: DocToken) => capitalized(t) && t.tags.has('ProperNoun');
// compromise misses names at the start of a sentence; a capitalized noun may join a run
// that holds at least one true proper noun.
const mayBeName = (t: DocToken) => capitalized(t) && (t.tags.has('ProperNoun') || (t.tags.has('Noun') && !t.tags.has('Pronoun')));

/** Runs of capitalized proper-noun tokens in one sentence, joined across single spaces and hyphens. */
function nameRuns(doc: Words): Run[] {
  const runs: Run[] = [];
  let cur: DocToken[] = [];
  const flush = () => {
    if (cur.length) runs.push({ tokens: cur, start: cur[0].start, end: cur[cur.length - 1].end });
    cur = [];
  };
  for (const t of doc.tokens) {
    const prev = cur[cur.length - 1];
    const joined = prev && prev.sentence === t.sentence && /^\.?[\s-]?$/.test(doc.text.slice(prev.end, t.start));
    if (mayBeName(t) && (!prev || joined)) cur.push(t);
    else {
      flush();
      if (mayBeName(t)) cur.push(t);
    }
  }
  flush();
  return runs;
}

/**
 * Identifiable targets: the pack's competitors and partners, a title with a name, a person's
 * full name, an organization name (capitalized words ending in Medical, Clinic, Staffing...),
 * and names the identifier recognizers found. The organization's own names are left out:
 * what staff say about their employer is a matter for other categories.
 */
export function findTargets(doc: Doc, policy: CompiledPolicy, config: DetectorConfig): Target[] {
  const out: Target[] = [];
  // Competitors are named in any case ("northgate"): a rival's name is not an everyday word.
  const rivals = findTermsInDoc(doc, readList(policy, config, 'competitorList', 'competitors'));
  const partners = findTermsInDoc(doc, readList(policy, config, 'partnerList', 'partners'), true).filter((p) => !rivals.some((r) => overlaps(r, p)));
  for (const h of [...rivals, ...partners]) out.push({ ...h, kind: 'organization' });
  const own = findTermsInDoc(doc, ownNames(policy, config), true);
  const found = sentenceFinds(doc);
  for (const run of found.runs) {
    if (own.some((o) => overlaps(o, run)) || out.some((t) => overlaps(t, run))) continue;
    // A single capitalized word is too often emphasis or a product; two make a name.
    if (run.tokens.length < 2 || !run.tokens.some(isName)) continue;
    const titled = TITLES.test(run.tokens[0].text);
    const org = !titled && ORG_SUFFIX.test(run.tokens[run.tokens.length - 1].text);
    out.push({ start: run.start, end: run.end, text: doc.text.slice(run.start, run.end), kind: org ? 'organization' : 'person' });
  }
  for (const h of found.lowerCase) if (!out.some((t) => overlaps(t, h))) out.push({ ...h, kind: 'person' });
  for (const h of found.placeNamed) if (!own.some((o) => overlaps(o, h)) && !out.some((t) => overlaps(t, h))) out.push({ ...h, kind: 'organization' });
  for (const h of found.businesses) if (!own.some((o) => overlaps(o, h)) && !out.some((t) => overlaps(t, h))) out.push({ ...h, kind: 'organization' });
  for (const m of doc.mentions) {
    if (m.layer === 'identifier' && m.kind === 'name' && !out.some((t) => overlaps(t, m))) {
      out.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), kind: 'person' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The part of a draft the finders below read: its text and tokens (a whole draft or one sentence). */
type Words = Pick<Doc, 'text' | 'tokens'>;

type Run = { tokens: DocToken[]; start: number; end: number };
interface Finds {
  runs: Run[];
  lowerCase: Hit[];
  placeNamed: Hit[];
  businesses: Hit[];
}

const shift = <T extends { start: number; end: number }>(list: readonly T[], by: number): T[] => list.map((h) => ({ ...h, start: h.start + by, end: h.end + by }));

/**
 * The finders' results over the draft, each sentence read once per sentence text: none of them
 * looks across a sentence end, so the draft's results are its sentences' in order.
 */
function sentenceFinds(doc: Doc): Finds {
  const out: Finds = { runs: [], lowerCase: [], placeNamed: [], businesses: [] };
  for (const s of doc.sentences) {
    const local = memoBySentence(s, sentenceFinds, (text) => {
      const words: Words = { text, tokens: s.analysis.tokens.map((t) => ({ ...t, sentence: 0 })) };
      return { runs: nameRuns(words), lowerCase: lowerCaseNames(words), placeNamed: placeNamedOrgs(words), businesses: placedBusinesses(words) };
    });
    out.runs.push(...shift(local.runs, s.start));
    out.lowerCase.push(...shift(local.lowerCase, s.start));
    out.placeNamed.push(...shift(local.placeNamed, s.start));
    out.businesses.push(...shift(local.businesses, s.start));
  }
  return out;
}

/**
 * An organization named after its town ("Osage Falls Memorial's", "Cedar Falls Rehab"): the name runs
 * leave out places, so a capitalized organization word gathers the capitalized words before it.
 */
function placeNamedOrgs(doc: Words): Hit[] {
  const out: Hit[] = [];
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const head = toks[i];
    if (!/^\p{Lu}/u.test(head.text) || !ORG_SUFFIX.test(head.text.replace(/(?:'s|’s)$/u, ''))) continue;
    let j = i;
    while (j - 1 >= 0 && i - j < 3 && toks[j - 1].sentence === head.sentence && /^\p{Lu}\p{Ll}/u.test(toks[j - 1].text) && /^\s$/.test(doc.text.slice(toks[j - 1].end, toks[j].start))) j--;
    if (j === i || !toks.slice(j, i).some((t) => t.tags.has('Place'))) continue;
    const end = head.start + head.text.replace(/(?:'s|’s)$/u, '').length;
    out.push({ start: toks[j].start, end, text: doc.text.slice(toks[j].start, end) });
  }
  return out;
}

const INITIAL = /^\p{L}$/u;
/**
 * Names the capitalized runs miss ("beth arnaud", "Brandon K."): a known given name that is not also an
 * everyday word, followed by a surname, a word the analysis reads as a name, or an initial.
 */
function lowerCaseNames(doc: Words): Hit[] {
  const out: Hit[] = [];
  const toks = doc.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    if (next.sentence !== t.sentence || !/^\.?\s+$/.test(doc.text.slice(t.end, next.start))) continue;
    // A name's second word is a noun: "nurse you", "grace said" are not names.
    if (['Pronoun', 'Verb', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Adjective'].some((tag) => next.tags.has(tag))) continue;
    const key = nameKey(t.text);
    const nextKey = nameKey(next.text);
    const surname = next.tags.has('Person') || (isSurname(nextKey) && !isWordName(nextKey) && !next.tags.has('Verb'));
    const initial = INITIAL.test(next.text) && /^\./.test(next.post);
    // "dr. kessler", "mr pham": a title in lower case still makes the next name a person.
    if (TITLES.test(t.normal) && !capitalized(t) && (isSurname(nextKey) || next.tags.has('Person')) && !next.tags.has('Verb')) {
      out.push({ start: t.start, end: next.end, text: doc.text.slice(t.start, next.end) });
      continue;
    }
    if (!isFirstName(key) || isWordName(key)) continue;
    if (surname || initial) out.push({ start: t.start, end: next.end, text: doc.text.slice(t.start, next.end) });
  }
  return out;
}

// Words that end a business's name ("willow glen nursing home", "swiftcare staffing").
const BUSINESS_HEAD = /^(?:ambulance|rehab|recovery|staffing|clinic|clinics|pharmacy|drug|drugs|spa|medspa|wellness|aesthetics|counseling|chiro|chiropractic|ortho|orthopedics|dental|dentistry|pediatrics|dermatology|derm|imaging|lab|labs|hospice|home|care|medical|hospital|center|centre|associates|partners|respiratory|therapy|pt|living|agency|institute|practice|pharmacy|apothecary|vitality|aesthetic|health)$/;
// Descriptive words a business name is built from, which alone name no one ("the urgent care").
const GENERIC = /^(?:nursing|home|health|medical|urgent|primary|care|physical|mental|behavioral|new|old|local|big|small|good|best|great|other|same|day|night|hospital|family|senior|assisted|community|general|private|public|rural|free|walk-in|main|travel|agency|pharmacy|dental|eye|back|front|whole|entire|physical|occupational|speech|respiratory|home care|adult|pediatric|in-house|outpatient|inpatient|cancer|heart|skin|self|foster|child|patient|wound|pain|sleep|weight|er|ed|icu|er's)$/;
const STREET = /^(?:st|street|ave|avenue|rd|road|blvd|boulevard|hwy|highway|dr|drive|ln|lane|pike|way|route|rte)$/;
const NOT_NAME_PART = (t: DocToken) => t.tags.has('Determiner') || t.tags.has('Pronoun') || t.tags.has('Possessive') || t.tags.has('Verb') || t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Adverb') || t.tags.has('Value');

/**
 * A business named by its own words in any case: words that name no one in general ("willow
 * glen") before a business head ("nursing home"), at the start of a sentence, written with a
 * capital, or placed on a street ("the urgent care on maple ave").
 */
function placedBusinesses(doc: Words): Hit[] {
  const out: Hit[] = [];
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const head = toks[i];
    if (!BUSINESS_HEAD.test(head.normal) || toks[i + 1]?.sentence === head.sentence && BUSINESS_HEAD.test(toks[i + 1].normal) && !/[,;:.!?]/.test(head.post)) continue;
    let j = i;
    // (A descriptive word the tagger reads as a verb is still part of the name: "willow glen assisted living".)
    while (j - 1 >= 0 && i - j < 4 && toks[j - 1].sentence === head.sentence && (!NOT_NAME_PART(toks[j - 1]) || (GENERIC.test(toks[j - 1].normal) && toks[j - 1].tags.has('Verb'))) && !/[,;:.!?()"]/.test(toks[j - 1].post) && /^[\p{L}'&-]+$/u.test(toks[j - 1].text)) j--;
    if (j === i) continue;
    const words = toks.slice(j, i + 1);
    const named = words.slice(0, -1).some((t) => !GENERIC.test(t.normal) && !wordClassesOf(t.normal));
    const afterAnchor = toks[i + 1]?.sentence === head.sentence && /^(?:on|off|in)$/.test(toks[i + 1].normal) && !/[,;:.!?]/.test(head.post);
    const street = afterAnchor && toks.slice(i + 2, i + 5).some((t) => t.sentence === head.sentence && STREET.test(t.normal));
    // A clause's start counts as a sentence's: after a colon, a dash or a comma the name opens a new phrase.
    const atStart = j === 0 || toks[j - 1].sentence !== head.sentence || /[:;,\u2014(]\s*$/.test(toks[j - 1].post) || /^\s*[-\u2014]\s*$/.test(toks[j - 1].post);
    const capital = words.some((t) => /^\p{Lu}/u.test(t.text));
    const determined = j > 0 && toks[j - 1].sentence === head.sentence && /^(?:the|that)$/.test(toks[j - 1].normal);
    if ((named && (afterAnchor || atStart || capital)) || (determined && street)) {
      const start = determined && !named ? toks[j - 1].start : words[0].start;
      out.push({ start, end: head.end, text: doc.text.slice(start, head.end) });
    }
  }
  return out;
}

// An illness or a body part before "care" or "clinic" says what is treated, not who treats it.
const wordClassesOf = (w: string) => wordClasses(w).some((c) => c === 'illness' || c === 'body-part' || c === 'procedure');
