// Crisis: the pack's active crisis and quiet-period topics, and speculation about an
// unfolding incident at the organization. Only the communications team speaks about these.
// Pack data: one list per topic, `crisis/<topic>`, with its synonyms and slang; links
// `crisis/<topic>` or `statement` (the official statement); `organization`; exemptAuthors.
import type { Doc } from '../../doc';
import type { CompiledPolicy, Detector, DetectorConfig } from '../../policy';
import type { Finding } from '../../types';
import { ELSEWHERE, EVERYDAY_SENSE, INCIDENTS, OWN_PLACE, SPECULATION, WORKPLACE_WORDS } from '../../lexicons/policy/incidents';
import { makeFinding } from '../shared/finding';
import { listsWithPrefix, ownNames, readList } from '../shared/lists';
import { consequenceMatcher, topicKinds } from './consequences';
import { otherSense } from './senses';
import { orgVoice, placeWaterConcern, scareQuoted } from './frame';
import { scanDoc, testDoc } from '../../by-sentence';
import { alternation, findTermsInDoc, overlaps, scan, type Hit } from '../shared/match';
import { gated } from '../../text/regex-gate';

const INCIDENT = alternation(INCIDENTS);
const SPECULATING = alternation(SPECULATION, 'i');
const OWN = alternation(OWN_PLACE, 'i');
const WORKPLACE = alternation(WORKPLACE_WORDS, 'i');
const EVERYDAY = gated(new RegExp(EVERYDAY_SENSE, 'i'));
const ELSEWHERE_RE = alternation(ELSEWHERE, 'i');
// "Nurses at a hospital in Oregon went on strike": a hospital placed by a proper name is someone else's.
// So is a place told as far off ("out in Oregon"); a month ("back in March") is a time, not a place.
const PLACED_ELSEWHERE = /\b(?:(?:a|another|one|two|three|several)\s+(?:hospitals?|health systems?|medical centers?|clinics?)\s+(?:in|across)|(?:out|over|down|up)\s+in)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;

// An event told as history: years ago, last year, back in 2019 (a month or a week ago is still unfolding).
const HISTORY = /\b(?:last year|(?:years|decades) ago|a (?:few|couple(?: of)?) years (?:ago|back)|(?:back )?in (?:19|20)\d\d|in the (?:19|20)?[0-9]0s|when i was (?:a new grad|in school|a student))\b/i;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * An event placed at a named place that is not the organization's ("nurses in Minnesota", "an
 * outage at the coffee chain's app"): a capitalized place after "in", or a possessive owner of an app or a site.
 */
function placedAtOther(text: string, home: readonly string[]): boolean {
  const isHome = (name: string) => home.some((h) => h.toLowerCase().startsWith(name.toLowerCase()) || name.toLowerCase().startsWith(h.toLowerCase()));
  for (const m of text.matchAll(/\b(?:in|across)\s+(\p{Lu}\p{Ll}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]+)?)/gu)) {
    if (!MONTHS.test(m[1].split(/\s+/)[0]) && !isHome(m[1])) return true;
  }
  return /\b(?:outage|down|hack(?:ed)?|breach)\s+(?:at|of|on)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+'s\s+(?:app|site|website|store|servers?|network|systems?)\b/iu.test(text);
}

/**
 * Whether a topic term counts. A phrase of several words ("basement flood") or a proper name
 * written with its capital inside a sentence ("Legionella") is specific enough alone. A single
 * word ("strike", "ransomware") counts when the post is about the workplace, points at a known
 * incident ("the hack", "this ransomware mess"), or other incident wording or another term of
 * the topic corroborates it: a documentary about ransomware gangs is not news about the
 * organization, nor is "the strike of the clock".
 */
/** What the topic's other hits say, read once for all of them (a pass over every hit per hit is quadratic). */
interface Others {
  /** The hits are not all the same word. */
  mixed: boolean;
}

function othersOf(hits: readonly Hit[]): Others {
  return { mixed: new Set(hits.map((o) => o.text.toLowerCase())).size > 1 };
}

/** Whether some incident wording lies outside a hit: one ends before it or starts after it. */
function incidentBeside(doc: Doc, h: Hit): boolean {
  const { firstEnd, lastStart } = incidentBounds(doc);
  return firstEnd <= h.start || lastStart >= h.end;
}

const bounds = new WeakMap<Doc, { firstEnd: number; lastStart: number }>();
function incidentBounds(doc: Doc): { firstEnd: number; lastStart: number } {
  let b = bounds.get(doc);
  if (!b) {
    b = { firstEnd: Infinity, lastStart: -Infinity };
    for (const i of scanDoc(doc, INCIDENT)) {
      b.firstEnd = Math.min(b.firstEnd, i.end);
      b.lastStart = Math.max(b.lastStart, i.start);
    }
    bounds.set(doc, b);
  }
  return b;
}

function supported(doc: Doc, others: Others, h: Hit, workplace: boolean, terms: readonly string[]): boolean {
  const text = doc.text;
  if (EVERYDAY.test(text.slice(h.end, h.end + 40))) return false;
  // "walk out" matched from the listed "walkout" is an everyday phrase, not a specific one.
  const split = /[\s-]/.test(h.text) && terms.some((t) => !/[\s-]/.test(t) && t.toLowerCase() === h.text.toLowerCase().replace(/[\s-]+/g, ''));
  if ((/[\s-]/.test(h.text) && !split) || /\p{Lu}/u.test(h.text.slice(1)) || (/^\p{Lu}/u.test(h.text) && !/(?:^|[.!?]\s+)$/.test(text.slice(0, h.start)))) return true;
  // The event counted in days or weeks ("ransomware week 2", "strike day 3") is the one under way.
  if (/^\s*(?:day|week|d[ií]a|semana)\s+(?:\d+|one|two|three|four|five|six)\b/i.test(text.slice(h.end, h.end + 16))) return true;
  const pointed = /\b(?:the|this|that|our)\s+$/i.test(text.slice(Math.max(0, h.start - 6), h.start));
  if (pointed && scan(INCIDENT, h.text).length > 0) return true;
  // Incident wording elsewhere in the post ("flushing the pipes") corroborates the topic term.
  const corroborated = incidentBeside(doc, h);
  // (Another hit that is a different word: the hits are not all one word.)
  return workplace || corroborated || others.mixed;
}

/** The official statement: the pack's link named like the topic's list, or its general statement link. */
const explain = (what: string, url?: string) =>
  `${what} Only the communications team speaks about it while it unfolds; ${url ? `share the official statement (${url}) instead.` : 'share the official statement instead.'}`;

function statementFor(policy: CompiledPolicy, config: DetectorConfig, list?: string): string | undefined {
  const named = typeof config.statementLink === 'string' ? config.statementLink : 'statement';
  return (list && policy.links[list]) || policy.links[named];
}

export const crisis: Detector = {
  id: 'crisis',
  category: 'crisis',
  run(doc, config, policy) {
    const out: Finding[] = [];
    const prefix = typeof config.topicPrefix === 'string' ? config.topicPrefix : 'crisis/';
    // Staff write the place in lower case as often as not ("riverbend ransomware day 12").
    const own = testDoc(doc, OWN) || findTermsInDoc(doc, ownNames(policy, config)).length > 0;
    // The workplace also when someone of the organization is the source ("IT says", "HR told managers").
    const elsewhere = testDoc(doc, ELSEWHERE_RE);
    const workplace = own || (!elsewhere && (testDoc(doc, WORKPLACE) || orgVoice(doc)));
    // An incident in a sentence about a competitor, with none of the organization's names, is theirs.
    const ownHits = findTermsInDoc(doc, ownNames(policy, config));
    // The pack's towns, facilities and partners' systems place an event at home, not elsewhere.
    const places = [...ownNames(policy, config), ...readList(policy, config, 'townList', 'towns'), ...readList(policy, config, 'facilityList', 'facilities'), ...readList(policy, config, 'partnerList', 'partners')];
    const rivals = findTermsInDoc(doc, readList(policy, config, 'competitorList', 'competitors'));
    const inSentenceOf = (h: Hit) => {
      const s = doc.sentenceAt(h.start);
      return { s, inS: (x: Hit) => !!s && x.start >= s.start && x.end <= s.end };
    };
    // A rival named in the sentence, with none of the organization's names: the event is theirs.
    const rivalsSentence = (h: Hit) => {
      const { s, inS } = inSentenceOf(h);
      return rivals.some(inS) && !ownHits.some(inS) && !scan(OWN, s?.text ?? '').length;
    };
    const theirs = (h: Hit) => {
      const { s, inS } = inSentenceOf(h);
      // The whole post about a rival ("St. Aldric's 'maintenance' ... they paid the ransom"), or this sentence.
      // A rival in the sentence beside "our nurses" or "we" is blamed for the organization's own event.
      if ((rivals.length > 0 && !ownHits.length && !testDoc(doc, OWN)) || rivalsSentence(h)) return true;
      // A sentence placing the event at another hospital, out of state, elsewhere, with none of the organization's names.
      if (!s || ownHits.some(inS) || scan(OWN, s.text).length) return false;
      return scan(ELSEWHERE_RE, s.text).length > 0 || PLACED_ELSEWHERE.test(s.text) || HISTORY.test(s.text) || placedAtOther(s.text, places);
    };
    for (const [topic, terms] of listsWithPrefix(policy, prefix)) {
      const name = topic.replace(/[-_]/g, ' ');
      const url = statementFor(policy, config, prefix + topic);
      const hits = findTermsInDoc(doc, terms, true);
      const others = othersOf(hits);
      for (const h of hits) {
        if (!supported(doc, others, h, workplace, terms) || otherSense(doc, h) || theirs(h)) continue;
        // The pack lists the topic as active: as sure as a finding gets.
        out.push(topicFinding(config, topic, h, url, `"${h.text}" is part of an active crisis or quiet-period topic (${name}).`, 0.8));
      }
    }
    // The topics by meaning: consequences and euphemisms of each topic's kind, at the workplace.
    if (workplace) {
      const names = [...ownNames(policy, config), ...readList(policy, config, 'partnerList', 'partners')];
      for (const [topic, terms] of listsWithPrefix(policy, prefix)) {
        const re = consequenceMatcher(topicKinds(topic, terms), names);
        if (!re) continue;
        const name = topic.replace(/[-_]/g, ' ');
        const url = statementFor(policy, config, prefix + topic);
        for (const h of scanDoc(doc, re)) {
          // A rival's event told by its consequences, in a sentence naming the rival, is theirs.
          if (out.some((f) => overlaps(f, h)) || rivalsSentence(h)) continue;
          out.push(topicFinding(config, topic, h, url, `"${h.text}" describes the ${name} without naming it: it is part of an active crisis or quiet-period topic.`, 0.7));
        }
      }
    }
    // The topics by frame: the place's water avoided or doubted, the organization's euphemism in scare quotes.
    for (const [topic, terms] of listsWithPrefix(policy, prefix)) {
      const kinds = topicKinds(topic, terms);
      const url = statementFor(policy, config, prefix + topic);
      const name = topic.replace(/[-_]/g, ' ');
      const framed = [
        ...(kinds.includes('contamination') ? placeWaterConcern(doc, ownHits) : []),
        ...(own || workplace ? doc.sentences.flatMap(scareQuoted).filter((q) => kinds.includes(q.kind)) : []),
      ];
      for (const h of framed) {
        if (out.some((f) => overlaps(f, h)) || theirs(h)) continue;
        out.push(topicFinding(config, topic, h, url, `"${h.text}" speaks of the ${name} without naming it: it is part of an active crisis or quiet-period topic.`, 0.7));
      }
    }
    // An incident told as news from the writer's workplace is speculation whether or not it is
    // hedged: staff describing an unfolding incident speak ahead of the official statement.
    if (own || (workplace && testDoc(doc, SPECULATING))) {
      const url = statementFor(policy, config);
      for (const h of scanDoc(doc, INCIDENT)) {
        if (out.some((f) => overlaps(f, h)) || otherSense(doc, h) || theirs(h)) continue;
        out.push(
          makeFinding(config, {
            ruleId: 'crisis/speculation',
            category: 'crisis',
            severity: 'warning',
            start: h.start,
            end: h.end,
            message: 'Speculation about an unfolding incident',
            explanation: explain(`This passes on unconfirmed talk about an incident (${h.text}) at the organization.`, url),
            confidence: 0.6,
            url,
          }),
        );
      }
    }
    return out;
  },
};

/** A finding of an active topic the pack lists, by its words or by their meaning. */
function topicFinding(config: DetectorConfig, topic: string, h: Hit, url: string | undefined, why: string, confidence: number): Finding {
  return makeFinding(config, {
    ruleId: `crisis/${topic}`,
    category: 'crisis',
    severity: 'error',
    start: h.start,
    end: h.end,
    message: `Active crisis topic: ${topic.replace(/[-_]/g, ' ')}`,
    explanation: explain(why, url),
    confidence,
    url,
  });
}
