// Defamation: a damaging, factual-sounding claim about an identifiable person or organization.
// Pack data: lists `competitors` and `partners` (named targets), `organization` (never a target).
import { memoVariantBySentence, type DocSentence } from '../../doc';
import type { Detector } from '../../policy';
import type { Finding } from '../../types';
import { DAMAGING_CLAIMS, INSINUATIONS, LABEL_LEAD, LABEL_TOPIC, LABELS, WEAK_WINKS } from '../../lexicons/policy/damaging-claims';
import { DAMAGING_PREDICATES } from '../../lexicons/policy/damaging-predicates';
import { DAMAGING_ACTS, SPANISH_ACTS } from '../../lexicons/policy/damaging-acts';
import { anyMatch, isHedged, negatedBefore, negatedInClause } from '../shared/context';
import { makeFinding, replaceFix } from '../shared/finding';
import { alternation, overlaps, scan, type Hit } from '../shared/match';
import { findTargets, type Target } from '../shared/targets';
import { brandTargets, roleTargets } from './roles';
import { frameHits, ownDoes, thingDoes } from './frame';
import { askedDeparture, presupposes, quotedActsOnKept, scareQuotes, suspicious } from './insinuation';
import { asksWhereItWent, recurringHarm } from './patterns';
import { adulterationHits } from './adulteration';
import { gated } from '../../text/regex-gate';
import { recordCovered, uncitedText } from './official';
import type { Span } from '../shared/clauses';

const CLAIMS = [
  ...Object.entries(DAMAGING_CLAIMS).map(([kind, sources]) => ({ kind, re: alternation(sources) })),
  ...Object.entries(DAMAGING_PREDICATES).map(([kind, sources]) => ({ kind, re: alternation(sources) })),
  ...Object.entries(DAMAGING_ACTS).map(([kind, sources]) => ({ kind, re: alternation(sources) })),
  ...Object.entries(SPANISH_ACTS).map(([kind, sources]) => ({ kind, re: alternation(sources) })),
  // A label counts when said of someone, or as a sentence of its own ("Predator.").
  { kind: 'label', re: new RegExp(`(?<=(?:^|\\b${LABEL_LEAD}\\s+(?:a\\s+|an\\s+|total\\s+|complete\\s+|known\\s+)?))(?:${LABELS.join('|')})\\b(?!\\s+${LABEL_TOPIC}\\b)`, 'giu') },
];
// "Unlike X, we never ...", "at least we don't ... like X does": the writer's denial accuses X.
const CONTRAST = /\bunlike\b|\blike\s+(?:\S+\s+){1,5}(?:does|did|do)\b/i;
// A story on a screen or a page, or one the writer is making up: what its characters do accuses nobody.
const FICTION = /\b(?:in|on) the (?:show|series|movie|film|novel|book|episode|finale|season finale)\b|\b(?:tv|netflix|hbo) (?:show|series|drama)\b|\b(?:plot ?line|storyline)s?\b|\bseason \d+\b|\b(?:my|our) (?:\S+ )?(?:novel|comic|screenplay|fanfic|manuscript|villain)s?\b|\bmy (?:main )?characters?\b/i;
// A pet named or shown: its name is no one's.
const PET = /\b(?:my|our|his|her|their) (?:\S+ )?(?:dog|dogs|pup|puppy|pups|doggo|cat|cats|kitty|kitten|pet|pets)\b|#(?:dog|cat|pet)\w*|[🐶🐕🐱🐈🐾]/iu;
// The doer of a frame told by a pronoun, who is someone named before.
const THIRD = /^(?:he|she|they|them)$/;
// Pronouns for a person mentioned just before.
const PERSON_REFERENCE = /\b(?:he|she|they|him|her|them|his|their)\b/i;
// A sentence that passes judgment on what was just told ("That's negligence.", "this is fraud").
const VERDICT = /^\W*(?:that|this|which)(?:'s|’s| is| was)\b/i;
const SHE_HE = /\b(?:he|she|he's|she's|him|her)\b/i;
// Words that point back to someone named earlier ("she", "they", "that man").
const REFERENCE = /\b(?:he|she|they|him|her|them|his|hers|their|theirs|this|that|these|those)\b/i;
// Thanks and praise: a sentence that celebrates someone does not accuse them.
const PRAISE = gated(/\b(?:thanks?|thank you|congrats|congratulations|kudos|shout-?out|proud of|grateful|hats off)\b/i);
// Praise said with a smirk ("congrats on the 'award-winning' ER 🙃", "I'm sure it was just luck")
// is sarcasm: the claim beside it stands.
const SARCASM = gated(/[🙃🙄👏🤡😒]|\b(?:i'm sure|i am sure|truly elite|amazing what|must be nice|great job|way to go|bravo)\b|(?:^|\s)['‘"“][\p{L}][^'’"”\n]{1,30}['’"”](?=[\s,.!?]|$)/iu);
const praising = (text: string) => PRAISE.test(text) && !SARCASM.test(text);
const INSINUATION = alternation(INSINUATIONS, 'i');
const WEAK_WINK = alternation(WEAK_WINKS, 'i');
// A question that accuses: "isn't it odd that...", "why does Dr. X keep...".
const RHETORICAL = gated(/\b(?:why (?:does|do|did|is|are|was) (?:\S+ ){1,4}(?:keep|always|still)|isn't it (?:odd|strange|funny|interesting)|how (?:is|are) (?:he|she|they) still|how many (?:more )?(?:\S+ )?(?:people|patients|babies|kids|children|residents|moms|mothers|lives) (?:\S+ ){0,4}(?:kill|killed|hurt|harm|harmed|injure|injured|maim|maimed|lose|lost))\b/i);

const KIND_WORDS: Record<string, string> = {
  crime: 'a crime',
  fraud: 'fraud or falsified results',
  dishonesty: 'dishonesty or a cover-up',
  malpractice: 'harmful malpractice or incompetence',
  credentials: 'faked or missing credentials',
  sexual: 'sexual misconduct',
  impairment: 'impairment on duty',
  misconduct: 'misconduct',
  label: 'wrongdoing',
  disease: 'a disease',
  adulteration: 'a contaminated or adulterated product',
  insinuation: 'wrongdoing, by insinuation',
  legal: 'legal or disciplinary trouble, as if it proved guilt',
};

/**
 * The claims the phrase lists find in one sentence, offsets relative to it, and the clauses that
 * pass on a cited record (`covered`), which the frames read past too.
 */
function sentenceClaims(whole: string): { hits: (Hit & { kind: string })[]; insinuating: boolean; asks: boolean; weakWink: boolean; covered: Span[] } {
  const hits: (Hit & { kind: string })[] = [];
  // Clauses that pass on a cited record are read as blanks: only the rest is the writer's claim.
  const covered = recordCovered(whole);
  const text = uncitedText(whole, covered);
  if (!text.trim() || praising(whole)) return { hits, insinuating: false, asks: false, weakWink: false, covered };
  for (const c of CLAIMS) for (const h of scan(c.re, text)) hits.push({ ...h, kind: c.kind });
  // A title in scare quotes ("their 'midwife'") says its holder is not one: a claim, insinuated.
  const quoted = scareQuotes(text);
  for (const h of [...quoted.titles, ...quotedActsOnKept(text, quoted.acts)]) if (!hits.some((o) => overlaps(o, h))) hits.push({ ...h, kind: 'insinuation' });
  const asks = askedDeparture(text);
  // "just saying", "everybody knows": a wink that insinuates only beside a sign of wrong, here or in the sentence it follows.
  const weakWink = anyMatch(WEAK_WINK, text);
  return { hits, insinuating: anyMatch(INSINUATION, text) || RHETORICAL.test(text) || quoted.acts.length > 0 || asks || (weakWink && suspicious(text)), asks, weakWink, covered };
}

type Claim = Hit & { kind: string };

/** What one sentence claims and hints, before any target is looked for. */
interface Reading {
  hits: Claim[];
  insinuating: boolean;
  weakWink: boolean;
  asks: boolean;
  /** A frame's doer is only a pronoun ("They sat on it."): the claim is about a target before. */
  pronounOnly: boolean;
  /** A harm that keeps following someone's care, an insinuation if someone is pinned beside it. */
  pattern?: Claim;
}

const shifted = (h: Claim, by: number): Claim => ({ ...h, start: h.start + by, end: h.end + by });

/**
 * readSentence memoized with the sentence, per whether the post is a story (all else it reads is
 * the sentence): a re-check after a keystroke reads again only the edited sentence. Kept relative
 * to the sentence, and returned as new objects, since the caller extends the hits.
 */
function readingOf(s: DocSentence, fiction: boolean): Reading {
  const local = memoVariantBySentence(s, readSentence, fiction ? 'fiction' : '', () => {
    const r = readSentence(s, fiction);
    const empty = !r.hits.length && !r.insinuating && !r.weakWink && !r.asks && !r.pronounOnly && !r.pattern;
    return empty ? false : { ...r, hits: r.hits.map((h) => shifted(h, -s.start)), pattern: r.pattern && shifted(r.pattern, -s.start) };
  });
  if (!local) return { hits: [], insinuating: false, weakWink: false, asks: false, pronounOnly: false };
  return { ...local, hits: local.hits.map((h) => shifted(h, s.start)), pattern: local.pattern && shifted(local.pattern, s.start) };
}

/** The claims of one sentence, draft offsets. */
function readSentence(s: DocSentence, fiction: boolean): Reading {
  const found = sentenceClaims(s.text);
  const hits: Claim[] = [];
  // A negation counts only within its own clause: "Not my unit." does not clear the next sentence,
  // nor "didn't 'retire,'" the clause after the comma.
  // A story's characters accuse nobody; nor does a claim whose doer is a thing.
  for (const h of found.hits) if (!fiction && !negatedInClause(s.text, h.start, 24) && !thingDoes(s, h.start + s.start) && !(ownDoes(s, h.start + s.start) && !CONTRAST.test(s.text))) hits.push({ ...h, start: h.start + s.start, end: h.end + s.start });
  // The frame reads what the phrase lists miss. A wrong denied or owned by the writer is no
  // claim, unless set against someone else ("unlike X, we never billed for ...").
  const contrast = CONTRAST.test(s.text);
  let pronounOnly = false;
  const cited = (at: number) => found.covered.some((c) => at - s.start >= c.start && at - s.start < c.end);
  if (!praising(s.text) && !fiction) {
    for (const f of frameHits(s)) {
      if ((f.own || f.negated) && !(contrast && f.own && f.negated)) continue;
      if (cited(f.start)) continue;
      const same = hits.find((h) => overlaps(h, f));
      if (same) {
        // The phrase list found part of it: the finding covers the whole act.
        same.start = Math.min(same.start, f.start);
        same.end = Math.max(same.end, f.end);
      } else hits.push({ start: f.start, end: f.end, text: f.text, kind: f.kind });
      if (THIRD.test(f.subject)) pronounOnly = true;
    }
    // A product said to hold a contaminant; "no lead in it" denies it.
    for (const a of adulterationHits(s)) if (!cited(a.start) && !ownDoes(s, a.start) && !negatedBefore(s.text, a.start - s.start) && !hits.some((h) => overlaps(h, a))) hits.push({ ...a, kind: 'adulteration' });
  }
  // A pattern left for the reader to explain: outcomes that keep following someone's care, money asked after.
  const harm = !fiction && !praising(s.text) ? recurringHarm(s) : undefined;
  const pattern = harm && { start: harm.start + s.start, end: harm.end + s.start, text: s.text.slice(harm.start, harm.end), kind: 'insinuation' };
  const insinuating = found.insinuating || (!fiction && asksWhereItWent(s));
  return { hits, insinuating, weakWink: found.weakWink, asks: found.asks, pronounOnly, pattern: pattern || undefined };
}

export const defamation: Detector = {
  id: 'defamation',
  category: 'defamation',
  run(doc, config, policy) {
    // Claims first: most posts make none, and then no targets need finding.
    const fiction = FICTION.test(doc.text);
    const claims = doc.sentences.map((s) => ({ s, ...readingOf(s, fiction) }));
    if (!claims.some((c) => c.hits.length || c.insinuating || c.weakWink || c.pattern)) return [];
    const found = findTargets(doc, policy, config);
    const vocative = addressedTo(doc.text);
    // In a post about a pet, a lone first name is the pet or its family ("Buster still steals socks").
    const petPost = PET.test(doc.text);
    const named = [...found, ...brandTargets(doc, found), ...(vocative && !found.some((t) => overlaps(t, vocative)) ? [vocative] : [])]
      .filter((t) => !(petPost && t.kind === 'person' && !/\s/.test(t.text.trim())))
      .sort((a, b) => a.start - b.start);
    // Roles and the organization's own names carry only an explicit claim made in their own
    // sentence: an insinuation about one's own employer is a crisis matter, and "the nurse"
    // without an accusation beside it is nobody in particular.
    const roles = roleTargets(doc, policy, config, named).filter((t) => !asWorkplace(doc.text, t.start));
    const targets = [...named, ...roles].sort((a, b) => a.start - b.start);
    if (!targets.length) return [];
    const out: Finding[] = [];
    const addressed = !!vocative || named.some((t) => t.start < 40 && /^\s*[,—–-]/.test(doc.text.slice(t.end, t.end + 3)));
    for (const [i, { s, hits, insinuating, asks, pronounOnly, pattern }] of claims.entries()) {
      const question = /\?\s*\S{0,4}\s*$/u.test(s.text);
      // A question that takes the claim for granted ("why does nobody talk about how the owner lost her
      // license?") or asks why someone left in a hurry asserts about the roles in it, like a statement.
      const asserts = !question || asks || (hits.length > 0 && presupposes(s.text, Math.min(...hits.map((h) => h.start)) - s.start));
      const inSentence = [...named.filter((t) => t.start >= s.start && t.end <= s.end), ...((hits.length || asks) && asserts ? roles.filter((t) => t.start >= s.start && t.end <= s.end && (!t.body || hits.some((h) => h.start >= t.end))) : [])];
      // "A certain charge nurse on 4 East (K.M.). She has been charting vitals she never took":
      // an explicit claim that refers back to a role pinned in the sentence just before.
      const prev = claims[i - 1]?.s;
      if (!inSentence.length && hits.length && !question && prev && PERSON_REFERENCE.test(s.text)) inSentence.push(...roles.filter((t) => t.kind === 'person' && t.start >= prev.start && t.end <= prev.end));
      // "Our IT director kept the password on a sticky note. That's negligence.": a verdict on what the
      // sentence before told is about the role pinned there.
      if (!inSentence.length && hits.length && prev && VERDICT.test(s.text)) inSentence.push(...roles.filter((t) => t.start >= prev.start && t.end <= prev.end && !t.body));
      // "That Northgate surgeon everyone loves? Showed up to a case smelling like a bar.": a sentence
      // whose subject is left out goes on about whoever the sentence before named.
      if (!inSentence.length && hits.length && !question && prev && opensWithVerb(s)) inSentence.push(...targets.filter((t) => t.start >= prev.start && t.end <= prev.end));
      // "The mom who left that review? That's Crystal. She's been investigated...": "he" or "she" is
      // the person named last, a sentence or two back.
      const back = claims[i - 2]?.s ?? prev;
      if (!inSentence.length && hits.length && !question && back && SHE_HE.test(s.text)) {
        const person = nearestBefore(targets.filter((t) => t.kind === 'person' && !t.body), s.start);
        if (person && person.start >= back.start) inSentence.push(person);
      }
      // "Lakeside tested the water in October. They sat on it.": a frame whose doer is a pronoun
      // is about the nearest target before it, a role or the organization included.
      if (!inSentence.length && pronounOnly) {
        const back = nearestBefore(targets, s.start);
        if (back) inSentence.push(back);
      }
      // A harm that keeps following the care of someone named or pinned in this very sentence.
      if (!hits.length && pattern && [...named, ...roles].some((t) => !t.body && t.start >= s.start && t.end <= s.end)) {
        hits.push(pattern);
        if (!inSentence.length) inSentence.push(...roles.filter((t) => !t.body && t.start >= s.start && t.end <= s.end));
      }
      if (!hits.length && insinuating && inSentence.length) {
        // Insinuation about someone named in this very sentence, with no explicit claim.
        hits.push({ start: s.start, end: s.end, text: s.text, kind: 'insinuation' });
      }
      if (!hits.length && inSentence.length && !praising(s.text) && asideInsinuates(claims, s, targets)) {
        // "Dr. X keeps 'forgetting' to log her narcotics. Pretty convenient, huh?": an aside that
        // names nobody points its insinuation back at the person just named.
        hits.push({ start: s.start, end: s.end, text: s.text, kind: 'insinuation' });
      }
      if (!hits.length) continue;
      // The claim must be about the target: named in the sentence, referred back to, or a bare accusation.
      if (!inSentence.length && !REFERENCE.test(s.text) && !(addressed && YOU.test(s.text) && !WARM.test(s.text)) && s.text.split(/\s+/).length > 4) continue;
      if (!inSentence.length && !named.length) continue;
      // A reply glad for the person it addresses does not accuse them; it may accuse someone else.
      const warm = !!vocative && WARM.test(s.text);
      const third = warm ? inSentence.filter((t) => !overlaps(t, vocative)) : inSentence;
      const target = third[0] ?? nearestBefore(named, s.start) ?? named[0];
      if (warm && overlaps(target, vocative)) continue;
      const soft = isHedged(s.text) || hits.every((h) => h.kind === 'insinuation');
      const start = Math.min(...hits.map((h) => h.start));
      const end = Math.max(...hits.map((h) => h.end));
      const what = KIND_WORDS[hits[0].kind];
      out.push(
        makeFinding(config, {
          ruleId: `defamation/${hits[0].kind}`,
          category: 'defamation',
          severity: soft ? 'warning' : 'error',
          start,
          end,
          message: `Damaging claim about ${target.text}`,
          explanation:
            `This ${soft ? 'suggests' : 'states as fact'} ${what} about an identifiable ${target.kind} (${target.text}). ` +
            'Unless it is proven and already public, it can be defamatory, and it speaks for your employer too. ' +
            'Stick to verifiable facts and cite the official source, or raise the concern through the proper channel (compliance, the licensing board, the regulator).',
          confidence: soft ? 0.6 : 0.85,
          evidence: [...hits.map((h) => ({ start: h.start, end: h.end, kind: h.kind })), { start: target.start, end: target.end, kind: `target:${target.kind}` }],
          fixes: [replaceFix('Remove this sentence', s.start, s.end, '')],
        }),
      );
    }
    return out;
  },
};

// A reply that opens by calling someone by name ("Mr. Pham, you ...", "Respectfully, Mark, you ..."):
// then "you" in a claim is that person.
const YOU = /\byou\b/i;
// A reply glad for the person ("so glad the sessions helped you") is not accusing them.
const WARM = /\b(?:glad|happy for|proud of|helped you|thank|thanks|congrat\w*|well done|so happy)\b/i;
const GREETING = /^(?:respectfully|with respect|hi|hey|dear|sorry|ma'am|sir)\s*,?\s+/i;
const VOCATIVE = /^((?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?)\s*(?:,|—|–)/u;
// A reply to a review or to "Sir"/"Ma'am": "you" is the reviewer, whom the reply can defame.
const HONORIFIC = /^(?:respectfully,?\s+|with respect,?\s+)?(sir|ma'am|madam)\s*,/i;
const REVIEW_REPLY = /\b(?:your|this|that) (?:\S+ )?review\b/i;
function addressedTo(text: string): Target | undefined {
  const lead = GREETING.exec(text)?.[0].length ?? 0;
  const m = VOCATIVE.exec(text.slice(lead));
  const honorific = HONORIFIC.exec(text);
  if (honorific && !m) {
    const start = honorific.index + honorific[0].indexOf(honorific[1]);
    return { start, end: start + honorific[1].length, text: honorific[1], kind: 'person' };
  }
  const review = !m && /\byou\b/i.test(text) ? REVIEW_REPLY.exec(text) : null;
  if (review) return { start: review.index, end: review.index + review[0].length, text: 'the reviewer', kind: 'person' };
  if (!m || /^(?:ok|okay|so|well|yes|no|honestly|look|listen|folks|friends|everyone|guys|y'all|psa|update|reminder|fact)$/i.test(m[1])) return undefined;
  const start = lead + m.index;
  return { start, end: start + m[1].length, text: m[1], kind: 'person' };
}

// "I work in BH at Riverbend": the writer's own workplace, not the subject of the claim.
const WORKPLACE = /\b(?:work(?:s|ed|ing)?|i'm|i am|nurse|staff|employee)\s+(?:\S+\s+){0,3}(?:at|for|in)\s+$/i;
// "if you work at Lakeside": the reader's workplace, which the writer may accuse.
const YOUR_WORK = /\byou(?:'re| are)?\s+(?:\S+\s+){0,2}$/i;
const asWorkplace = (text: string, at: number) => {
  const m = WORKPLACE.exec(text.slice(Math.max(0, at - 40), at));
  return !!m && !YOUR_WORK.test(text.slice(Math.max(0, at - 40), at).slice(0, m.index));
};

// A past form or a third-person present that compromise, lacking a subject, reads as an adjective
// or a plural noun ("Lost privileges in Ohio.", "bills every scope as complex"): with a determiner
// or a noun after it, it is a verb whose subject was left out.
const PAST_FORM = /^(?:\p{L}{3,}ed|lost|got|took|stole|left|kept|sold|hid|made|ran|sent|paid|bought|gave|told|went|drove|broke|forgot|wrote)$/u;
const PRESENT_FORM = /^\p{L}{3,}[^s]s$/u;

/** The sentence opens with a finite verb: its subject is the one just named ("Showed up drunk."). */
function opensWithVerb(s: DocSentence): boolean {
  const words = s.tokens.filter((t) => /\p{L}/u.test(t.text));
  const [first, second] = words;
  if (!first) return false;
  if (first.tags.has('Verb') && (first.tags.has('PastTense') || first.tags.has('PresentTense')) && !first.tags.has('Imperative') && !first.tags.has('Infinitive') && !first.tags.has('Gerund') && !first.tags.has('Auxiliary') && !first.tags.has('Copula') && !first.tags.has('Modal')) return true;
  if (!second || first.tags.has('ProperNoun') || first.tags.has('Pronoun') || first.tags.has('Determiner') || /[,;:.!?]/.test(first.post)) return false;
  const w = first.normal.toLowerCase();
  if (PAST_FORM.test(w)) return second.tags.has('Determiner') || second.tags.has('Possessive') || (second.tags.has('Noun') && !second.tags.has('Pronoun'));
  return PRESENT_FORM.test(w) && first.tags.has('Plural') && (second.tags.has('Determiner') || second.tags.has('Possessive'));
}

function nearestBefore<T extends { start: number }>(list: T[], at: number): T | undefined {
  return list.filter((t) => t.start < at).pop();
}

/** Whether the sentence after `s` insinuates without naming anyone of its own. */
function asideInsinuates(claims: { s: { start: number; end: number; text: string }; insinuating: boolean; weakWink: boolean }[], s: { start: number; text: string }, targets: { start: number; end: number }[]): boolean {
  const next = claims[claims.findIndex((c) => c.s.start === s.start) + 1];
  return !!next && (next.insinuating || (next.weakWink && suspicious(s.text))) && !targets.some((t) => t.start >= next.s.start && t.end <= next.s.end);
}
