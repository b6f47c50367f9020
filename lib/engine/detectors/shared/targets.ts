// Who a post talks about: named people and organizations that a claim can damage.
import type { Doc, DocToken } from '../../doc';
import type { CompiledPolicy, DetectorConfig } from '../../policy';
import { findTermsInDoc, overlaps, type Hit } from './match';
import { ownNames, readList } from './lists';
import { gated } from '../../text/regex-gate';
import { isFirstName, isSurname, isWordName, nameKey } from '../../lexicons/names';

export interface Target extends Hit {
  kind: 'person' | 'organization';
}

// Titles that make a surname identifiable ("Dr. Reyes", "Councilmember Teague").
const TITLES = /^(?:dr|mr|mrs|ms|mx|prof|professor|nurse|rep|sen|senator|representative|councilmember|councilman|councilwoman|commissioner|mayor|judge|officer|chief|ceo|cfo|cno|coo|cmo|director|pastor|rev|coach)$/i;
const ORG_SUFFIX = gated(/^(?:medical|health|healthcare|hospital|clinic|clinics|surgical|surgery|staffing|solutions|pharma|pharmaceuticals|labs?|laboratories|group|associates|partners|inc|llc|center|centre|imaging|billing|pharmacy|care|systems?|network|institute|foundation|insurance|diagnostics|therapeutics|spa)$/i);

const capitalized = (t: DocToken) => /^\p{Lu}/u.test(t.text) && !t.tags.has('Place') && !t.tags.has('Date');
const isName = (t: DocToken) => capitalized(t) && t.tags.has('ProperNoun');
// compromise misses names at the start of a sentence; a capitalized noun may join a run
// that holds at least one true proper noun.
const mayBeName = (t: DocToken) => capitalized(t) && (t.tags.has('ProperNoun') || (t.tags.has('Noun') && !t.tags.has('Pronoun')));

/** Runs of capitalized proper-noun tokens in one sentence, joined across single spaces and hyphens. */
function nameRuns(doc: Doc): { tokens: DocToken[]; start: number; end: number }[] {
  const runs: { tokens: DocToken[]; start: number; end: number }[] = [];
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
  for (const run of nameRuns(doc)) {
    if (own.some((o) => overlaps(o, run)) || out.some((t) => overlaps(t, run))) continue;
    // A single capitalized word is too often emphasis or a product; two make a name.
    if (run.tokens.length < 2 || !run.tokens.some(isName)) continue;
    const titled = TITLES.test(run.tokens[0].text);
    const org = !titled && ORG_SUFFIX.test(run.tokens[run.tokens.length - 1].text);
    out.push({ start: run.start, end: run.end, text: doc.text.slice(run.start, run.end), kind: org ? 'organization' : 'person' });
  }
  for (const h of lowerCaseNames(doc)) if (!out.some((t) => overlaps(t, h))) out.push({ ...h, kind: 'person' });
  for (const m of doc.mentions) {
    if (m.layer === 'identifier' && m.kind === 'name' && !out.some((t) => overlaps(t, m))) {
      out.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), kind: 'person' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const INITIAL = /^\p{L}$/u;
/**
 * Names the capitalized runs miss ("beth arnaud", "Brandon K."): a known given name that is not also an
 * everyday word, followed by a surname, a word the analysis reads as a name, or an initial.
 */
function lowerCaseNames(doc: Doc): Hit[] {
  const out: Hit[] = [];
  const toks = doc.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    if (next.sentence !== t.sentence || !/^\s+$/.test(doc.text.slice(t.end, next.start))) continue;
    const key = nameKey(t.text);
    if (!isFirstName(key) || isWordName(key)) continue;
    const nextKey = nameKey(next.text);
    const surname = next.tags.has('Person') || (isSurname(nextKey) && !isWordName(nextKey) && !next.tags.has('Verb'));
    const initial = INITIAL.test(next.text) && /^\./.test(next.post);
    if (surname || initial) out.push({ start: t.start, end: next.end, text: doc.text.slice(t.start, next.end) });
  }
  return out;
}
