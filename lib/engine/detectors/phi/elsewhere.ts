// Hearsay about someone's care at another place. Told of a person people can recognize (a name,
// a role at a named organization, a co-worker) being in rehab, detox, hospice or the hospital,
// it is still their health, wherever the care happened ("Northgate's pharmacy director has
// been to rehab twice", "the nurse I trained with is in rehab now"). Told of someone only the
// writer knows ("my friend's dad", "my neighbor") as a complaint about another hospital, it
// identifies nobody: that is a review or a defamation matter, not PHI.
import type { Doc } from '../../doc';
import type { Fact } from './facts';
import type { Link } from './link';
import type { Subject } from './subjects';
import { unmarkedClauses } from './unmarked-clauses';

// Being placed in, or sent to, a kind of care whose name says it is care.
const CARE_PLACE = String.raw`(?:rehab|detox|treatment|hospice|inpatient|psych(?:\s+(?:ward|unit|hold))?|(?:a|the)\s+(?:treatment|rehab|recovery)\s+(?:center|program|facility)|the\s+hospital|hospital|the\s+icu|icu|intensive\s+care|a\s+coma|la\s+clínica|el\s+hospital|(?:la\s+)?terapia\s+intensiva|cuidados\s+intensivos|urgencias)`;
const IN_CARE = new RegExp(String.raw`^[^.!?\n]{0,70}?\b((?:(?:is|was|'s|’s|are|were|been|has been|had been|is still|still|now|went|goes|going|gone|got sent|sent|checked(?:\s+(?:himself|herself|themselves))?|admitted|landed|ended up|back|está|estaba|fue)\s+(?:\w+\s+)?(?:in|into|to|at|en|a|al)\s+(?:a\s+|the\s+)?${CARE_PLACE}|(?:been|went|gone|goes)\s+to\s+${CARE_PLACE}|out\s+(?:on\s+leave\s+)?for\s+rehab))\b`, 'iu');
// Right after the person, the place alone: "sent Mrs. Lund to hospice", "the CFO of Acme is in detox".
const STRAIGHT_IN = new RegExp(String.raw`^\s*(?:is\s+|was\s+)?((?:in|into|to)\s+(?:a\s+|the\s+)?${CARE_PLACE})\b`, 'iu');
// Where a clinician works is no news of their health: only addiction or end-of-life care counts for them.
const CLINICIAN_CARE = /\b(?:rehab|detox|treatment|hospice|psych|recovery|coma)\b/i;
// The clause turns to someone else before the care words ("Dr. Lee sent my aunt to hospice").
const OTHER_PERSON = /\b(?:my|your|our|his|her|their)\s+(?:\w+\s+)?(?:patient|pt|client|mom|dad|mother|father|son|daughter|wife|husband|aunt|uncle|friend|neighbou?r|sister|brother|kid|grandma|grandpa)\b|\b(?:sent|admitted|transferred|referred|took|brought|drove)\s+(?:a|the|my|your|his|her|him|them)\b|\b(?:i|we|you)\b/i;
const PRONOUN_OPENING = /^\W*(?:she|he|they)(?:'s|’s|\s+is|\s+was|\s+has|\s+had|\s+went|\s+got|\s+ended)\b/i;
const WHO = new Set(['name', 'descriptor', 'colleague', 'unique', 'initials']);

/** Identifiable people told in rehab, detox, hospice or the hospital, not already linked. */
export function careElsewhere(doc: Doc, subjects: Subject[], linked: ReadonlySet<Subject>): Link[] {
  const out: Link[] = [];
  for (const s of subjects) {
    if (!WHO.has(s.kind) || s.addressed || linked.has(s)) continue;
    const sentence = doc.sentences[s.sentence];
    if (!sentence) continue;
    // The rest of the subject's sentence, then the next sentence when it opens on them ("she's in rehab now").
    const spans: [number, string][] = [[s.end, doc.text.slice(s.end, sentence.end)]];
    const next = doc.sentences[s.sentence + 1];
    if (next && PRONOUN_OPENING.test(next.text)) spans.push([next.start, next.text]);
    // (A run-on's next sentence opens inside this one: "... Dale from church She's in hospice now".)
    else spans.push(...unmarkedClauses(doc, s.sentence, s.end).filter(([, t]) => PRONOUN_OPENING.test(t)));
    for (const [from, text] of spans) {
      const m = STRAIGHT_IN.exec(text) ?? IN_CARE.exec(text);
      if (!m) continue;
      const lead = text.slice(0, m.index + m[0].length);
      if (s.clinician && !CLINICIAN_CARE.test(m[1])) continue;
      if (OTHER_PERSON.test(lead.slice(0, Math.max(0, lead.length - 30)))) continue;
      const start = from + m[0].length - m[1].length;
      const fact: Fact = { kind: 'care-event', start, end: from + m[0].length, sentence: doc.sentenceAt(start)?.index ?? s.sentence, weak: false };
      out.push({ subject: s, attributes: [], facts: [fact], cues: [], tight: true });
      break;
    }
  }
  return out;
}

const BILLING = /\b(?:bill(?:ed|s|ing)?|charg(?:ed|es|ing)|ran\s+(?:my|her|his|their)\s+(?:\w+['’]s\s+)?card)\b/i;

// Another organization is the one the story is about: a competitor, or a named hospital or clinic.
const OTHER_ORG = /\b(?:[A-Z][\p{L}'.-]+\s+){1,3}(?:Hospital|Medical(?:\s+Center)?|Clinic|Health|Memorial|Regional|Home Care|Urgent Care)\b/u;

/**
 * A link to someone known only through the writer ("my friend's husband", "a friend's dad", "my
 * neighbor"), in a story about another organization's care: hearsay that identifies no one.
 */
export function hearsayOnly(doc: Doc, link: Link, own: readonly string[], others: readonly string[]): boolean {
  const s = link.subject;
  if (s.kind !== 'relative' || s.addressed) return false;
  // The writer's own family is known to everyone who knows the writer: only a billing complaint
  // ("billed my sister for an MRI she never had") tells no care of theirs.
  if (s.kin && !BILLING.test(doc.sentences[s.sentence]?.text ?? '')) return false;
  if (link.attributes.some((a) => a.kind === 'name' || a.kind === 'initials')) return false;
  const sentences = new Set([s.sentence, ...link.facts.map((f) => f.sentence)]);
  const text = [...sentences].map((i) => doc.sentences[i]?.text ?? '').join(' ');
  const lower = text.toLowerCase();
  if (others.some((t) => lower.includes(t))) return true;
  const org = OTHER_ORG.exec(text);
  return !!org && !own.some((t) => org[0].toLowerCase().includes(t));
}
