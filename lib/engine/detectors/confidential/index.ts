// Confidential and proprietary information: the pack's codenames and protected subjects,
// secrecy markers, unreleased financials, workforce plans and security details.
// Pack data: lists `codenames`, `codename/*` (what each stands for), `protected-subjects`
// (sensitive alongside a deal or secrecy word), `rollouts` (systems whose launch is not public:
// sensitive beside a launch word), `confidential-markers`, `organization`.
import type { Doc } from '../../doc';
import type { Detector } from '../../policy';
import type { Finding, Severity } from '../../types';
import { CODENAME_CONTEXT, CODENAME_PROJECT, DEAL_CUES, INSIDER_WINK, NON_PUBLIC_FACT, LAUNCH_CUES, FINANCIAL, FUTURE_TIME, NOT_YET_PUBLIC, ORG_SUBJECT, OWN_SIDE, PAY_FIGURES, PAY_WORDS, PLANS, PUBLIC_MARKERS, SECRECY_MARKERS, SECURITY, WORKFORCE } from '../../lexicons/policy/confidential';
import { makeFinding, replaceFix } from '../shared/finding';
import { codesNearTheirName, keyedCodes, passwordsNearTheirName } from './credentials';
import { incidentDetails } from './incident';
import { internalFigures, ownPay, ownedByOrganization, ratesOfJobs } from './figures';
import { changeAhead, replacementStaffing, securityWeakness, silenceOrders, unpublishedCues } from './frame';
import { listsWithPrefix, ownNames, readList } from '../shared/lists';
import { scanDoc, testDoc } from '../../by-sentence';
import { alternation, findTermsInDoc, scan, type Hit } from '../shared/match';
import { gated } from '../../text/regex-gate';

const MARKER = alternation(SECRECY_MARKERS);
const DEAL = alternation(DEAL_CUES, 'i');
const PUBLIC = alternation(PUBLIC_MARKERS, 'i');
const FUTURE = alternation([FUTURE_TIME], 'i');
const OWN = alternation([OWN_SIDE], 'i');
// The organization as the subject of the news (a meeting, a director), not the writer's private life.
const ORG_NEWS = alternation([ORG_SUBJECT], 'i');
const KINDS: { kind: string; re: RegExp; why: string }[] = [
  { kind: 'security', re: alternation(SECURITY), why: 'Codes, passwords, network names and security weaknesses help anyone who wants to get in.' },
  { kind: 'financial', re: alternation(FINANCIAL), why: 'Financial results, budgets and pay data are confidential until the organization releases them.' },
  { kind: 'workforce', re: alternation(WORKFORCE), why: 'Layoffs, outsourcing and restructuring are announced by the organization, to the people affected first.' },
];
const PLAN = alternation(PLANS);
const UNRELEASED = alternation(NOT_YET_PUBLIC);
const PAY = alternation(PAY_FIGURES);
const PAY_WORD = alternation([PAY_WORDS], 'i');
const CODENAME_CUE = alternation(CODENAME_CONTEXT, 'i');
const PROJECT_WORD = alternation(CODENAME_PROJECT, 'i');
const LAUNCH = alternation(LAUNCH_CUES, 'i');
// How far from the system a launch word still speaks of it ("go-live is the weekend of March 14 for the new EHR").
const LAUNCH_REACH = 60;
// Hearsay about a plan ("rumor is they're closing ..."): told before anyone announced it.
// An insider wink counts beside a non-public fact; a marker naming the record counts alone.
const WINK = gated(new RegExp(INSIDER_WINK, 'i'));
const FACT = alternation(NON_PUBLIC_FACT, 'i');
// A life event of a person: news that is theirs to tell, not the organization's.
const PERSONAL_NEWS = gated(/\b(?:expecting|pregnant|twins|baby|babies|engaged|engagement|wedding|proposal|proposed|birthday|gender reveal|due date|surprise party|eloped|retiring)\b/i);
const HEARSAY = gated(/\b(?:rumou?r(?:s|ed)?|word is|i heard|heard (?:that|in|at|from)|word from|apparently|supposedly|someone (?:in|from) \S+ (?:told|said))\b/i);

interface Risk extends Hit {
  kind: string;
  severity: Severity;
  why: string;
}

export const confidential: Detector = {
  id: 'confidential',
  category: 'confidential',
  run(doc, config, policy) {
    const risks: Risk[] = [];
    // The pack may add its own markers ("embargoed", "need to know") to the built-in ones.
    const packMarkers = findTermsInDoc(doc, readList(policy, config, 'markerList', 'confidential-markers'));
    // "Not out until the board meets", "they told us not to share": the writer says it is not public yet.
    // The same read from its parts: a denial of publicity with the time ahead, knowledge from inside a meeting or a draft.
    const phrased = scanDoc(doc, UNRELEASED);
    const framed = unpublishedCues(doc).filter((h) => !phrased.some((p) => p.start < h.end && h.start < p.end));
    const unreleased = [...phrased, ...framed];
    const marked = testDoc(doc, MARKER) || packMarkers.length > 0 || unreleased.length > 0;
    const announced = testDoc(doc, PUBLIC);
    const subjects = readList(policy, config, 'subjectList', 'protected-subjects');
    const context = marked || testDoc(doc, DEAL) || testDoc(doc, CODENAME_CUE) || findTermsInDoc(doc, [...subjects, ...ownNames(policy, config)], true).length > 0;
    for (const h of findTermsInDoc(doc, readList(policy, config, 'codenameList', 'codenames'), true)) {
      if (!context && opensSentence(doc, h)) continue;
      risks.push({ ...h, kind: 'codename', severity: 'error', why: `"${h.text}" is an internal codename; its subject is not public.` });
    }
    risks.push(...lowercaseCodenames(doc, readList(policy, config, 'codenameList', 'codenames'), [...subjects, ...listsWithPrefix(policy, 'codename/').flatMap(([, t]) => t)], risks));
    // A codename's subject ("codename/heron": the merger it stands for) is as sensitive as the codename.
    for (const [name, subjects] of listsWithPrefix(policy, 'codename/')) {
      for (const h of findTermsInDoc(doc, subjects, true)) {
        risks.push({ ...h, kind: 'codename', severity: 'error', why: `"${h.text}" is what the internal codename ${name} stands for; it is not public.` });
      }
    }
    // A protected subject (a merger partner) is news only alongside a deal or a secrecy marker.
    if (!announced && (marked || testDoc(doc, DEAL))) {
      for (const h of findTermsInDoc(doc, subjects, true)) {
        risks.push({ ...h, kind: 'protected-subject', severity: 'error', why: `${h.text} is the subject of confidential plans; only the organization announces them.` });
      }
    }
    // A system whose rollout is not public ("the new EHR", the vendor's name) beside a launch word in
    // its sentence: the go-live plan itself. Naming the system alone ("Epicure support tickets") is not.
    if (!announced) {
      // A name of several words is the system in any case ("the new epicure system"); one word keeps its capital ("epicure" is also a gourmet).
      const systems = readList(policy, config, 'rolloutList', 'rollouts');
      const hits = [...findTermsInDoc(doc, systems.filter((t) => /\s/.test(t.trim()))), ...findTermsInDoc(doc, systems.filter((t) => !/\s/.test(t.trim())), true)];
      for (const h of hits) {
        const s = doc.sentenceAt(h.start);
        if (!s) continue;
        const from = Math.max(s.start, h.start - LAUNCH_REACH);
        const cues = scan(LAUNCH, doc.text.slice(from, Math.min(s.end, h.end + LAUNCH_REACH)), from);
        if (!cues.length || risks.some((r) => r.start < h.end && h.start < r.end)) continue;
        // The finding spans the plan, from the launch word nearest the system to the system.
        const cue = cues.reduce((a, b) => (Math.abs(b.start - h.start) < Math.abs(a.start - h.start) ? b : a));
        const start = Math.min(cue.start, h.start);
        const end = Math.max(cue.end, h.end);
        risks.push({ start, end, text: doc.text.slice(start, end), kind: 'rollout', severity: 'error', why: `The rollout of ${h.text} and its go-live date are internal until the organization announces them.` });
      }
    }
    for (const h of [...scanDoc(doc, MARKER), ...packMarkers]) {
      risks.push({ ...h, kind: 'marker', severity: 'error', why: 'The post itself says this is internal or not yet public.' });
    }
    const rivals = readList(policy, config, 'competitorList', 'competitors');
    const own = ownNames(policy, config);
    // The organization named with its capitals: workforce news and figures are then its own.
    const namesOwn = findTermsInDoc(doc, own, true).length > 0;
    for (const k of KINDS) {
      // Workforce news is about the writer's own organization, and only until it is announced.
      if (k.kind === 'workforce' && (announced || !(marked || testDoc(doc, OWN) || namesOwn))) continue;
      if (k.kind === 'financial' && announced) continue;
      for (const h of scanDoc(doc, k.re)) {
        // Layoffs told of a competitor ("St. Aldric laid off ...") are their news, not the writer's secret.
        if (k.kind === 'workforce' && aboutRival(doc, h, rivals, own)) continue;
        // The writer's own raise or pay cut is theirs to tell.
        if (k.kind === 'financial' && ownPay(doc.sentenceAt(h.start)?.text ?? '')) continue;
        risks.push({ ...h, kind: k.kind, severity: 'error', why: k.why });
      }
    }
    // Codes and passwords in any wording: the name of one, and near it a token of its shape.
    // How an attack got in, what it demands, and the state of the defences, until the organization says so.
    const incident = announced ? [] : doc.sentences.flatMap(incidentDetails);
    for (const h of [...codesNearTheirName(doc), ...keyedCodes(doc), ...passwordsNearTheirName(doc), ...incident, ...securityWeakness(doc)]) {
      if (!risks.some((r) => r.start < h.end && h.start < r.end)) risks.push({ ...h, kind: 'security', severity: 'error', why: KINDS[0].why });
    }
    // Replacement staff arranged for a strike that has not happened: the organization's plan.
    if (!announced) {
      for (const h of replacementStaffing(doc)) {
        if (!risks.some((r) => r.start < h.end && h.start < r.end)) risks.push({ ...h, kind: 'workforce', severity: 'error', why: 'Contingency staffing for a strike is the organization\'s plan until it announces it.' });
      }
    }
    // Pay for a group of staff as a figure, in a sentence about pay rather than a price.
    if (!announced) {
      for (const h of scanDoc(doc, PAY)) {
        const s = doc.sentenceAt(h.start);
        if (s && testSentence(PAY_WORD, s.text) && !risks.some((r) => r.start < h.end && h.start < r.end)) risks.push({ ...h, kind: 'financial', severity: 'error', why: KINDS[1].why });
      }
    }
    // A not-yet-public cue beside a fact (a figure, a date, the organization, a deal or a plan).
    if (!announced && unreleased.length && (risks.length || /\d/.test(doc.text) || testDoc(doc, ORG_NEWS) || testDoc(doc, DEAL) || testDoc(doc, PLAN) || testDoc(doc, FUTURE) || findTermsInDoc(doc, ownNames(policy, config)).length)) {
      // A cue read from its parts needs a fact of its own: a change ahead, a deal, a plan, a figure or another finding.
      const backed = risks.length > 0 || changeAhead(doc) || testDoc(doc, DEAL) || testDoc(doc, PLAN) || /\$\s?\d|\d\s?(?:%|k\b|million|positions|jobs|ftes?)/i.test(doc.text);
      // An order of silence ("told us not to talk about it") is backed by the order itself.
      const ordered = silenceOrders(doc);
      for (const h of unreleased) {
        if (!backed && framed.includes(h) && !ordered.some((o) => o.start === h.start)) continue;
        if (!risks.some((r) => r.start < h.end && h.start < r.end)) risks.push({ ...h, kind: 'unreleased', severity: 'error', why: 'The post itself says this is not public yet.' });
      }
    }
    // A sum or a share of the organization's money or pay, in any word order.
    if (!announced) {
      const atWork = testDoc(doc, OWN) || namesOwn || doc.sentences.some(ownedByOrganization);
      // A rate of pay told of a job ("the new traveler: $92 an hour") is pay data in any wording.
      for (const h of [...doc.sentences.flatMap((s) => internalFigures(s, atWork)), ...ratesOfJobs(doc.sentences)]) {
        if (!risks.some((r) => r.start < h.end && h.start < r.end)) risks.push({ ...h, kind: 'financial', severity: 'error', why: KINDS[1].why });
      }
    }
    if (!announced && (marked || testDoc(doc, FUTURE) || testDoc(doc, HEARSAY))) {
      for (const h of scanDoc(doc, PLAN)) risks.push({ ...h, kind: 'plan', severity: 'warning', why: 'Plans for services and programs are news only the organization announces.' });
    }
    return withoutBareCues(doc, risks, packMarkers).map((r): Finding =>
      makeFinding(config, {
        ruleId: `confidential/${r.kind}`,
        category: 'confidential',
        severity: r.severity,
        start: r.start,
        end: r.end,
        message: r.kind === 'codename' ? `Internal codename: ${r.text}` : r.kind === 'rollout' ? 'A go-live plan that is not public yet' : r.kind === 'marker' || r.kind === 'unreleased' ? `"${r.text}" marks material that is not for the public.` : 'Confidential information',
        explanation: `${r.why} Share only what the organization has made public.`,
        confidence: r.kind === 'plan' ? 0.6 : 0.85,
        evidence: [{ start: r.start, end: r.end, kind: r.kind }],
        fixes: r.kind === 'codename' || r.kind === 'security' ? [replaceFix('Remove it', r.start, r.end, '')] : [],
      }),
    );
  },
};

/**
 * Drops secrecy cues when they are all the post has and they guard someone's own life event
 * ("she hasn't announced it yet: twins!"), and insider winks ("off the record", "can't say
 * more") beside no non-public fact: such a wink rides on crisis news, gossip or a personal secret.
 */
function withoutBareCues(doc: Doc, risks: Risk[], packMarkers: readonly Hit[]): Risk[] {
  const marker = (r: Risk) => (r.kind === 'marker' || r.kind === 'unreleased') && !packMarkers.some((p) => p.start === r.start);
  if (!risks.length || !risks.every(marker)) return risks;
  // Someone's own news told early ("she hasn't announced it yet: twins in June") is a personal secret, not the organization's.
  if (testDoc(doc, PERSONAL_NEWS) && !testDoc(doc, ORG_NEWS)) return [];
  if (!risks.every((r) => WINK.test(r.text)) || testDoc(doc, FACT) || changeAhead(doc)) return risks;
  return [];
}

function testSentence(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const ok = re.test(text);
  re.lastIndex = 0;
  return ok;
}

/**
 * One-word codenames written in lower case ("bluebird go-live is march 9", "if heron goes
 * through"): the project when the word is quoted, when its sentence has words of a project, or
 * when the post names a protected subject or a codename's subject; otherwise the everyday word.
 */
function lowercaseCodenames(doc: Doc, codenames: readonly string[], subjects: readonly string[], found: readonly Hit[]): Risk[] {
  const words = codenames.filter((t) => !/\s/.test(t.trim()));
  if (!words.length) return [];
  const hits = findTermsInDoc(doc, words).filter((h) => !/^#?\p{Lu}/u.test(h.text) || opensSentence(doc, h));
  if (!hits.length) return [];
  const aboutSubject = findTermsInDoc(doc, subjects).length > 0;
  const out: Risk[] = [];
  for (const h of hits) {
    if (found.some((r) => r.start < h.end && h.start < r.end)) continue;
    const s = doc.sentenceAt(h.start);
    const quoted = /["'‘“]$/.test(doc.text.slice(0, h.start)) && /^["'’”]/.test(doc.text.slice(h.end));
    if (!quoted && !aboutSubject && !(s && testSentence(PROJECT_WORD, s.text))) continue;
    out.push({ ...h, kind: 'codename', severity: 'error', why: `"${h.text}" is an internal codename; its subject is not public.` });
  }
  return out;
}

/** A hit in a sentence that names a competitor and none of the organization's names. */
function aboutRival(doc: Doc, h: Hit, rivals: readonly string[], own: readonly string[]): boolean {
  const s = doc.sentenceAt(h.start);
  if (!s || !rivals.length) return false;
  const inS = (x: Hit) => x.start >= s.start && x.end <= s.end;
  return findTermsInDoc(doc, rivals).some(inS) && !findTermsInDoc(doc, own).some(inS);
}

/** A one-word term at the start of a sentence, where its capital letter says nothing. */
function opensSentence(doc: Doc, h: Hit): boolean {
  if (/\s/.test(h.text)) return false;
  const s = doc.sentenceAt(h.start);
  return !!s && doc.text.slice(s.start, h.start).trim() === '';
}
