// The PHI detector: an identifiable person + health or care information about them, weighed
// with the cues of a care relationship, minus what is not PHI (see context.ts). Review replies
// that confirm a visit are a rule of their own (review-reply.ts).
import { testDoc } from '../../by-sentence';
import type { Doc } from '../../doc';
import type { CompiledPolicy, DetectorConfig, Detector } from '../../policy';
import type { Evidence, Finding, Severity } from '../../types';
import { readContext } from './context';
import { communitySpans } from './community';
import { careArrivals } from './arrival';
import { roomActs } from './room-acts';
import { carePlaces } from './care-places';
import { causeOfDeath } from './cause-of-death';
import { coworkerTreatment } from './coworker-treatment';
import { kinHarmed } from './kin-harmed';
import { lesionFacts } from './lesion';
import { possessedIllnessFacts } from './possessed-illness';
import { resultFacts } from './result-news';
import { careElsewhere, hearsayOnly } from './elsewhere';
import { readFacts } from './facts';
import { generalizingEdits, NEUTRAL_REVIEW_REPLY } from './fixes';
import { linkCombinations, linkSubjects, type Link } from './link';
import { isOrganization, organizationTerms } from './organizations';
import { notAPerson } from './not-a-person';
import { localPeople } from './local-people';
import { colleagueRoles } from './colleague-roles';
import { isBrandHandle } from './brand-handle';
import { isProvider } from './provider';
import { reviewConfirmation } from './review-reply';
import { peerReply } from './peer-reply';
import { selfVoice } from './self-voice';
import { roomAsPlace } from './room-as-place';
import { ownLeaveFacts } from './own-leave';
import { findSubjects, STRONG_SUBJECTS, type Subject } from './subjects';
import { vividCase } from './vivid';
import { gated } from '../../text/regex-gate';
import { SpanIndex } from '../../sorted';

export const RULE_IDENTIFIABLE = 'phi/identifiable-health-info';
export const RULE_COMBINATION = 'phi/re-identifying-combination';
export const RULE_REVIEW_REPLY = 'phi/review-reply-confirms-patient';
export const RULE_VIVID_CASE = 'phi/recognizable-care-story';

type Sensitivity = DetectorConfig['sensitivity'];

// What an author gives of themselves when introducing themselves: their name, age, practice address and role.
const INTRODUCED = new Set(['name', 'age', 'address', 'descriptor']);

const HARD_IDENTIFIERS = new Set(['name', 'record', 'room', 'contact', 'handle', 'photo', 'address']);

const KIND_LABEL: Record<string, string> = {
  name: 'a name',
  initials: 'initials',
  handle: 'a social-media handle',
  contact: 'contact details',
  record: 'a record or account number',
  room: 'a room or bed number',
  descriptor: 'a description that points to one person (role, place or trait)',
  unique: 'a unique detail ("the only ...")',
  colleague: 'a co-worker others will recognize',
  relative: 'a relative of someone identified',
  photo: 'a described photo',
  age: 'an age',
  'old-age': 'an age over 89',
  date: 'a date or time of care',
  place: 'a place',
  address: 'a street address',
};

interface Verdict {
  severity: Severity;
  confidence: number;
}

/** How sure we are that a link discloses PHI, and how loudly to say it at this sensitivity. */
function judge(link: Link, combination: boolean, sensitivity: Sensitivity): Verdict | null {
  const strongFacts = link.facts.filter((f) => !f.weak).length;
  const careCue = link.cues.some((c) => c.kind !== 'visit');
  const idKinds = new Set([link.subject.kind, ...link.attributes.map((a) => a.kind)]);
  let score = combination ? 0.2 * idKinds.size : 0.55;
  // A bare name near a health word, with no care cue, no tie and no other identifier, is often
  // someone else's story (a colleague's complaint, a news item): it takes more to flag it.
  // A time or an age of the event makes a named story specific ("Elijah, born at 12:01 am").
  const strongAttribute = link.attributes.some((a) => STRONG_SUBJECTS.has(a.kind) || a.kind === 'date' || a.kind === 'age');
  if (!combination && link.subject.kind === 'name' && !link.subject.addressed && !link.subject.newborn && !careCue && !link.tight && !strongAttribute) score = 0.3;
  // A street address is as often a clinic's or an event's as a patient's home.
  if (!combination && link.subject.kind === 'address' && !careCue && !link.tight) score = 0.3;
  score += strongFacts ? 0.25 : 0.1;
  if (careCue) score += 0.1;
  if (link.tight) score += 0.1;
  score += Math.min(0.1, 0.05 * link.attributes.length);
  const errorAt = { low: 0.9, medium: 0.8, high: 0.7 }[sensitivity];
  const warnAt = { low: 0.8, medium: 0.65, high: 0.55 }[sensitivity];
  const confidence = Math.min(0.97, Math.round(score * 100) / 100);
  if (score >= errorAt) return { severity: 'error', confidence };
  if (score >= warnAt) return { severity: 'warning', confidence: Math.min(confidence, 0.6) };
  return null;
}

function quote(doc: Doc, start: number, end: number): string {
  const t = doc.text.slice(start, end).replace(/\s+/g, ' ');
  return `"${t.length > 40 ? `${t.slice(0, 37)}...` : t}"`;
}

function explain(doc: Doc, ids: Subject[], facts: { start: number; end: number; kind: string }[]): string {
  const who = ids.map((s) => `${KIND_LABEL[s.kind] ?? s.kind} (${quote(doc, s.start, s.end)})`).join(', ');
  const what = facts.map((f) => `${quote(doc, f.start, f.end)} (${f.kind.replace(/^\w+:/, '')})`).join(', ');
  return `This identifies a person through ${who} and tells their health or care information: ${what}. Together that is protected health information under HIPAA, even without a full name. Remove or generalize the identifying details, or get the person's written authorization.`;
}

function finding(doc: Doc, config: DetectorConfig, ruleId: string, verdict: Verdict, ids: Subject[], evidence: Evidence[], explanation: string, extraFixes: Finding['fixes'] = []): Finding {
  const start = Math.min(...evidence.map((e) => e.start));
  const end = Math.max(...evidence.map((e) => e.end));
  const edits = generalizingEdits(doc.text, ids);
  const fixes = edits.length ? [{ title: 'Generalize the identifying details', edits }, ...extraFixes] : extraFixes;
  return {
    ruleId,
    category: 'phi',
    severity: verdict.severity === 'error' ? (config.severity ?? 'error') : 'warning',
    start,
    end,
    message: verdict.severity === 'error' ? 'Patient privacy: health information about an identifiable person' : 'Patient privacy: this may identify a person and their health',
    explanation,
    policy: { pack: config.pack, section: 'detectors.phi' },
    confidence: verdict.confidence,
    evidence: evidence.sort((a, b) => a.start - b.start),
    fixes,
  };
}

// The post says the person agreed in writing: still worth a check that the release is on file.
const AUTHORIZED = gated(/\b(?:with (?:his|her|their|the family's) (?:written )?(?:permission|consent|authorization)|shared with (?:permission|consent)|signed (?:a )?(?:release|consent|authorization))\b/i);

function linkFinding(doc: Doc, config: DetectorConfig, link: Link, combination: boolean): Finding | null {
  let verdict = judge(link, combination, config.sensitivity);
  if (!verdict) return null;
  if (testDoc(doc, AUTHORIZED)) verdict = { severity: 'warning', confidence: Math.min(verdict.confidence, 0.5) };
  const ids = [link.subject, ...link.attributes];
  const evidence: Evidence[] = [
    ...ids.map((s) => ({ start: s.start, end: s.end, kind: s.hipaa })),
    ...link.facts.map((f) => ({ start: f.start, end: f.end, kind: `health:${f.kind}` })),
  ];
  const explanation = explain(doc, ids, link.facts.map((f) => ({ ...f, kind: f.kind })));
  return finding(doc, config, combination ? RULE_COMBINATION : RULE_IDENTIFIABLE, verdict, ids, evidence, explanation);
}

/** The organization's own names and facilities, lower-cased (not its partners or competitors). */
function ownPlaces(policy?: Pick<CompiledPolicy, 'lists' | 'community'>): string[] {
  const lists = policy?.lists ?? {};
  const terms = [...(lists.organization ?? []), ...(lists.facilities ?? []), ...(policy?.community?.facilities ?? [])];
  return [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => t.length > 3))];
}

export function detectPhi(doc: Doc, config: DetectorConfig, policy?: Pick<CompiledPolicy, 'lists' | 'community'>): Finding[] {
  const ctx = readContext(doc);
  if (ctx.invented) return [];
  const orgs = organizationTerms(policy?.lists ?? {});
  // In a self-introduction, a name is the author's own ("hi i'm maya", "about me 👋 Marisol, RNC-OB"), not a patient's;
  // so are the practice's address and the role they give ("owner of Align + Thrive").
  // People a small town can name by office or business (local-people.ts), where no other subject is found.
  const found = findSubjects(doc, policy?.community);
  // (Spans indexed once, not scanned per candidate: a long draft has thousands of subjects.)
  const people = new SpanIndex(found.filter((s) => s.kind === 'descriptor' || s.kind === 'name' || s.kind === 'unique'));
  const local = localPeople(doc).filter((l) => !people.encloses(l.start, l.end));
  // Co-workers by a role the role lists lack ("our flight medic Carla", "our CMO"), where no co-worker is found (colleague-roles.ts).
  const colleagues = new SpanIndex(found.filter((s) => s.kind === 'colleague'));
  const roles = colleagueRoles(doc).filter((c) => !colleagues.overlaps(c.start, c.end));
  const subjects = [...found, ...local, ...roles].filter((s) => !ctx.publicStatement.has(s.sentence) && !((s.clinician || s.worker) && ctx.bio.has(s.sentence)) && !(INTRODUCED.has(s.kind) && ctx.intro.has(s.sentence)) && !isOrganization(doc, s, orgs) && !notAPerson(doc, s) && !isBrandHandle(doc, s) && !selfVoice(doc, s) && !roomAsPlace(doc, s));
  // A seller or maker named with their business is a provider: their products are their work (provider.ts).
  // (A worker, not a clinician: coming into our care, a seller is a patient like anyone, link.ts.)
  const providers = new Set(subjects.filter((s) => !s.clinician && isProvider(doc, s)));
  for (const s of providers) s.worker = true;
  // ("Hank who owns the feed store sells ...": the description around a provider's name is the provider too.)
  const clinicianNames = new SpanIndex(subjects.filter((p) => p.clinician && p.kind === 'name'));
  const providerNames = new SpanIndex([...providers].filter((p) => p.kind === 'name'));
  for (const l of local) {
    if (clinicianNames.holdsOneWithin(l.start, l.end)) l.clinician = true;
    else if (providerNames.holdsOneWithin(l.start, l.end)) l.worker = true;
  }
  // ("my neighbor Dana's new studio": the relation right before a seller's name is the seller too.)
  const sellerStarts = new Set([...providers].filter((p) => p.kind === 'name').map((p) => p.start));
  for (const r of subjects) if (r.kind === 'relative' && !r.clinician && (sellerStarts.has(r.end + 1) || sellerStarts.has(r.end + 2))) r.worker = true;
  const hard = subjects.filter((s) => HARD_IDENTIFIERS.has(s.kind));
  // A name read off an attached picture (a name bar, a whiteboard) makes the whole post specific.
  const pictured = hard.some((s) => s.kind === 'photo') && hard.some((s) => s.kind !== 'photo');
  const named = new Set(pictured ? doc.sentences.map((s) => s.index) : hard.map((s) => s.sentence));
  const read = readFacts(doc, ctx, named);
  const cues = read.cues;
  // A health word inside a community place's name ("Cedar Falls", "Oak Hollow Rehab Road") is the place.
  const placeSpans = communitySpans(doc.text, policy?.community);
  // A spot, a lump or a shadow on someone's body part is a finding, with no disease word (lesion.ts).
  // An illness or injury told with someone's possessive, for words no lexicon lists (possessed-illness.ts).
  const lexical = new SpanIndex(read.facts);
  const possessed = possessedIllnessFacts(doc, ctx).filter((f) => !lexical.overlaps(f.start, f.end));
  // A test result told as someone's, with no disease word ("his bili finally came down", result-news.ts).
  const results = resultFacts(doc, ctx).filter((f) => !lexical.overlaps(f.start, f.end));
  const told = [...read.facts, ...lesionFacts(doc, ctx), ...possessed, ...results];
  // The writer's own leave: its pregnancy or surgery is theirs (own-leave.ts).
  const leave = ownLeaveFacts(doc, told);
  const all = leave.size ? told.filter((f) => !leave.has(f)) : told;
  const places = new SpanIndex(placeSpans.map(([start, end]) => ({ start, end })));
  const facts = placeSpans.length ? all.filter((f) => !places.encloses(f.start, f.end)) : all;
  const out: Finding[] = [];

  const others = (policy?.lists?.competitors ?? []).map((t) => t.toLowerCase()).filter((t) => t.length > 3);
  const review = reviewConfirmation(doc, facts, cues, subjects, others);
  if (review) {
    const evidence = [...review.names.map((n) => ({ start: n.start, end: n.end, kind: n.hipaa })), ...review.evidence];
    const explanation = `This reply confirms that the reviewer was a patient (${review.evidence.map((e) => quote(doc, e.start, e.end)).join(', ')}). Confirming a care relationship in public discloses protected health information, even when the reviewer shared it first and no diagnosis is named.`;
    const replace = { title: 'Reply without confirming a visit', edits: [{ start: 0, end: doc.text.length, text: NEUTRAL_REVIEW_REPLY }] };
    // On a review site the reply is public under the reviewer's name: an error. Elsewhere the
    // reply-like wording may be a comment thread or a quote, so it asks for a second look.
    const onReviewSite = doc.platform === 'review-reply';
    const verdict: Verdict = onReviewSite ? { severity: 'error', confidence: review.names.length ? 0.92 : 0.85 } : { severity: 'warning', confidence: 0.6 };
    out.push(finding(doc, config, RULE_REVIEW_REPLY, verdict, review.names, evidence, explanation, [replace]));
  }

  // The organization's own places: a relative cared for there is care a co-worker learned at work.
  const own = ownPlaces(policy);
  // Hearsay about another hospital's care of someone only the writer knows identifies nobody;
  // a recognizable person in rehab or the hospital elsewhere is still a disclosure (elsewhere.ts).
  const links = linkSubjects(doc, subjects, facts, cues, own, others).filter((l) => !hearsayOnly(doc, l, own, others));
  links.push(...careElsewhere(doc, subjects, new Set(links.map((l) => l.subject))));
  // The author's relative harmed or cared for by a hospital or a clinician, anywhere (kin-harmed.ts).
  links.push(...kinHarmed(doc, subjects, new Set(links.map((l) => l.subject)), own, others));
  // A recognizable person told as arriving in our care is a patient, with no health word (arrival.ts).
  links.push(...careArrivals(doc, subjects, new Set(links.map((l) => l.subject))));
  // A room in which someone eats, walks, goes home or dies is a patient's (room-acts.ts).
  links.push(...roomActs(doc, subjects, new Set(links.map((l) => l.subject))));
  // (A subject whose link above is too weak to report is still open to the readings below.)
  const reported = () => new Set(links.filter((l) => judge(l, false, config.sensitivity)).map((l) => l.subject));
  // Someone recognizable in a place only patients are: the ER waiting room, the ICU, pre-op (care-places.ts).
  links.push(...carePlaces(doc, subjects, reported()));
  // How someone recognizable died, by their own hand or an overdose, is health information (cause-of-death.ts).
  links.push(...causeOfDeath(doc, subjects, reported()));
  // A co-worker's own rehab, chemo, sobriety or sick leave told as their news (coworker-treatment.ts).
  links.push(...coworkerTreatment(doc, subjects, reported()));
  for (const link of links) {
    // Advice to a reader on a supposition ("if your newborn looks yellow") tells nobody's health (peer-reply.ts).
    if (peerReply(doc, link, cues)) continue;
    const f = linkFinding(doc, config, link, false);
    if (f) out.push(f);
  }
  if (!out.length) {
    for (const link of linkCombinations(doc, subjects, facts, cues)) {
      const f = linkFinding(doc, config, link, true);
      if (f) out.push(f);
    }
  }
  // Partial evidence (no identifier, a vivid fact about someone in one's care) is a warning.
  const vivid = !out.length && config.sensitivity !== 'low' ? vividCase(doc, facts, cues) : null;
  if (vivid) {
    const explanation = `This tells a distinctive health detail (${vivid.evidence.filter((e) => e.kind !== 'care-relationship').map((e) => quote(doc, e.start, e.end)).join(', ')}) about one person in your care (${quote(doc, vivid.evidence[0].start, vivid.evidence[0].end)}). Even without a name, co-workers, the family or the person may recognize them. Keep it general, or leave out the detail that makes them stand out.`;
    out.push(finding(doc, config, RULE_VIVID_CASE, { severity: 'warning', confidence: 0.5 }, [], vivid.evidence, explanation));
  }
  return out;
}

export const phiDetector: Detector = {
  id: 'phi',
  category: 'phi',
  ownSensitivity: true,
  run: (doc, config, policy) => detectPhi(doc, config, policy),
};
