// Minimum functionality (CheckList, Ribeiro et al. 2020): for each principle of DESIGN.md's
// category table, a family of sentences generated as the cross product of its slots, and a family
// of near-misses that share the words but not the risk. Written for this suite, not taken from
// the corpus. `tests/unit/robustness/minimum-functionality.test.ts` holds the floors.
import type { Label } from '../../lib/cli/corpus';

export interface Family {
  /** The principle, as DESIGN.md's category table words it. */
  principle: string;
  category: Label;
  /** true: every sentence carries the risk; false: near-misses that must stay clean of it. */
  risky: boolean;
  sentences: string[];
}

/** Every combination of the slots, in order, joined by the template. */
function cross(template: (...slots: string[]) => string, ...slots: string[][]): string[] {
  const out: string[] = [];
  const walk = (i: number, picked: string[]) => {
    if (i === slots.length) return void out.push(template(...picked));
    for (const s of slots[i]) walk(i + 1, [...picked, s]);
  };
  walk(0, []);
  return out;
}

const PEOPLE = ['Mr. Okafor', 'the lady in bed 9', "my neighbor's son", "Gary's wife", 'the man in room 22', 'Ms. Lindqvist'];
const CARE = ['was admitted with pneumonia', 'got discharged after the stroke', 'started chemo', 'came in overdosed', 'was intubated'];
const WHEN = ['last night', 'this morning', 'on Tuesday'];

const TARGETS = ['Dr. Pemberton', 'the chief of surgery at Northgate Medical', 'Nurse Calloway'];
const DAMAGE = ['falsified the charts after that death', 'was drunk during the operation', 'bills insurers for visits that never happened', 'covered up the infection outbreak'];
const ORG_DAMAGE = ['bills insurers for visits that never happened', 'covered up the infection outbreak', 'lets unlicensed staff do surgery'];
const VOICE = ['', 'I heard ', 'Word is '];

const PRODUCTS = ['the VitaPulse drip', 'the GlucoNest app', 'NeuroCalm gummies'];
const TIES = ['I consult for the company', 'they pay me to speak at their events', 'my husband owns the company', 'they sent me a free year of it'];
const PUSHES = ['best thing on the market, go buy it', 'use my code NURSE20 for a discount', 'everyone should try it'];

const REMEDIES = ['Turmeric', 'Our IV vitamin drip', 'Elderberry syrup', 'A weekly spinal adjustment', 'Colloidal silver'];
const CLAIMS = ['cures', 'reverses', 'prevents', 'works better than chemo for'];
const ILLS = ['diabetes', 'cancer', 'arthritis', 'the flu'];

const MARKERS = ['Do not share outside the team:', 'Internal only:', 'Confidential, but'];
const SECRETS = ['we are cutting 40 nursing positions in March', 'the Q3 loss was $12 million before the release', 'the badge doors on 5 West are disabled at night'];

const CRISIS = ['the ransomware attack', 'the systems being down for three days', 'the strike', 'the Legionella in the water'];
const SPECULATE = ['Anyone know what is really going on with', 'Nobody is telling us the truth about', 'Patients deserve to know more about'];

export const FAMILIES: Family[] = [
  {
    principle: 'health information tied to an identifiable person other than the author',
    category: 'phi', risky: true,
    sentences: cross((p, c, w) => `${p} ${c} ${w}.`, PEOPLE, CARE, WHEN),
  },
  {
    principle: "the author's own health, aggregates and education are not PHI",
    category: 'phi', risky: false,
    sentences: [
      ...cross((c, w) => `I ${c.replace(/^was /, 'was ').replace(/^got /, 'got ')} myself ${w}, back at work soon.`, ['was admitted with pneumonia', 'started chemo'], WHEN),
      ...cross((n, c) => `${n} patients ${c} on our unit this winter, up from last year.`, ['Forty', 'Sixty-two'], ['were admitted with pneumonia', 'started chemo']),
      ...cross((c) => `Pneumonia and stroke: learn the warning signs at our free class ${c}.`, WHEN),
      ...cross((r) => `Conference ${r} is booked for the stroke team huddle.`, ['room 22', 'room 9']),
    ],
  },
  {
    principle: 'damaging factual-sounding claims about identifiable people or organizations',
    category: 'defamation', risky: true,
    sentences: [
      ...cross((v, t, d) => `${v}${v ? t : t[0].toUpperCase() + t.slice(1)} ${d}.`, VOICE, TARGETS, DAMAGE),
      ...cross((v, d) => `${v}Northgate Medical ${d}.`, VOICE, ORG_DAMAGE),
    ],
  },
  {
    principle: 'praise and opinions on policy are not defamation',
    category: 'defamation', risky: false,
    sentences: cross((t, o) => `${t[0].toUpperCase() + t.slice(1)} ${o}.`, TARGETS, [
      'gave a great talk on charting last week', 'has a visitor policy I disagree with', 'deserves credit for the new stroke protocol',
    ]),
  },
  {
    principle: 'undisclosed material connections and endorsements',
    category: 'conflict-of-interest', risky: true,
    sentences: cross((p, push, tie) => `Loving ${p}, ${push}! (${tie})`, PRODUCTS, PUSHES, TIES),
  },
  {
    principle: 'a recommendation with no connection is not a conflict of interest',
    category: 'conflict-of-interest', risky: false,
    sentences: cross((p, r) => `${r} ${p}?`, PRODUCTS, ['Has anyone tried', 'Is there any evidence for', 'My patients keep asking about']),
  },
  {
    principle: 'internal-only material, unreleased financials, layoffs and security details',
    category: 'confidential', risky: true,
    sentences: cross((m, s) => `${m} ${s}.`, MARKERS, SECRETS),
  },
  {
    principle: 'what is already public is not confidential',
    category: 'confidential', risky: false,
    sentences: cross((s) => `As our CEO announced in today's press release, ${s}.`, [
      'we are opening a new clinic in March', 'the new cancer center opens this spring',
    ]),
  },
  {
    principle: 'speculation on unfolding crisis topics by anyone outside the brand team',
    category: 'crisis', risky: true,
    // The workplace named or implied: a strike or an outage elsewhere is news, not a crisis of ours.
    sentences: cross((s, c, w) => `${s} ${c}${w}?`, SPECULATE, CRISIS, [' at Riverbend', ' at work', ' on our floor']),
  },
  {
    principle: 'unsubstantiated health claims',
    category: 'medical-claims', risky: true,
    sentences: cross((r, c, i) => `${r} ${c} ${i}.`, REMEDIES, CLAIMS, ILLS),
  },
  {
    principle: 'education and skepticism about claims are not claims',
    category: 'medical-claims', risky: false,
    sentences: cross((r, i) => `Be careful: no study shows ${r.toLowerCase()} cures ${i}.`, REMEDIES, ILLS),
  },
  {
    principle: 'person-first language',
    category: 'brand-voice', risky: true,
    sentences: cross((l, w) => `Our ${l} ${w}.`, ['diabetics', 'epileptics', 'schizophrenics', 'addicts'], ['deserve better care', 'are welcome at every clinic']),
  },
];
