// A co-worker's own treatment told as their news: going into or coming out of rehab or detox,
// starting or finishing chemo or radiation, months sober, out on leave for surgery, home sick
// with an infection ("our flight medic Carla just finished 30 days of inpatient rehab", "our only
// sleep tech starts radiation Monday", "my teammate Andre, who is 6 months sober", "our manager
// is on leave again, word is it's detox"). A clinician's care words are mostly their work, so
// only these personal-news frames count; the same words about their patients, their training
// or their job ("finished her chemo certification", "runs the rehab gym") do not.
import type { Doc } from '../../doc';
import type { Fact } from './facts';
import type { Link } from './link';
import { CLINICIAN_ROLE, type Subject } from './subjects';

const TREATMENT = String.raw`(?:inpatient\s+|outpatient\s+|residential\s+|in-?patient\s+)?(?:rehab|detox|treatment|chemo(?:therapy)?|radiation|dialysis|infusions?)`;
const NEWS = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:got|came|coming|comes|is|was|'s|’s|just)\s+(?:back|out|home)\s+(?:from|of)\s+(?:(?:a|an|the|her|his|their)\s+)?(?:hospital\b|(?:(?:\d+|thirty|sixty|ninety|two|three|four|six)\s+(?:days?|weeks?|months?)\s+(?:of|in)\s+)?${TREATMENT})`,
      String.raw`(?:checking|checked|checks|check|going|went|goes|headed|heading)\s+(?:into|in\s+to|to)\s+(?:(?:a|the)\s+)?${TREATMENT}`,
      String.raw`(?:finished|finishes|finishing|completed|done\s+with)\s+(?:(?:a|an|the|her|his|their)\s+)?(?:(?:\d+|thirty|sixty|ninety|two|three|four|six|a)\s+(?:days?|weeks?|months?)\s+(?:of|in)\s+)?(?:(?:last|final)\s+(?:round\s+of\s+)?)?${TREATMENT}`,
      String.raw`(?:starts?|started|starting|begins?|began|beginning)\s+(?:(?:her|his|their)\s+)?(?:chemo(?:therapy)?|radiation|dialysis|infusions)`,
      String.raw`(?:out\s+)?on\s+(?:medical\s+|sick\s+)?leave\s+(?:for|since|after)\s+(?:(?:a|an|the|her|his|their)\s+)?(?:[\w-]+\s+)?(?:rehab|detox|treatment|surgery|chemo|radiation)`,
      String.raw`(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|thirty|sixty|ninety)\s+(?:days?|weeks?|months?|years?|yrs?)\s+sober`,
      String.raw`(?:her|his|their)\s+(?:chemo|radiation|treatment)\s+(?:is|was|'s|’s)\s+(?:done|over|finished)`,
      String.raw`home\s+sick\s+with\s+(?:the\s+|a\s+)?[\w'’-]+`,
      String.raw`recovering\s+from\s+(?:his|her|their)\s+[\w-]+`,
    ].join('|') +
    // (Their work or their training, not their treatment: "chemo certification", "radiation oncology rotation", "chemo on her patients".)
    String.raw`)(?!\s+(?:[\w-]+\s+)?(?:oncology|orientation|certification|certified|course|class|rotation|program\s+director|gym|unit\s+(?:staff|team)|patients?|pts?|orders?|training|nurse|tech|techs|team|department|dept|floor|competenc\w*|modules?|in-?service)\b|\s+(?:on|for|with|to)\s+(?:(?:her|his|their|the|our|a|all|my)\s+)?(?:[\w-]+\s+)?(?:patients?|pts?|clients?|kids|residents|folks))`,
  'iu',
);
// "Our manager is on leave again ... word is it's rehab": the news told in the next sentence, as hearsay about them.
const RUMORED = /\b(?:word|rumou?r|rumou?rs|heard|hear|apparently|supposedly|pretty sure)\b[^.!?\n]{0,40}\b(?:it['’]?s|is|was|for)\s+(?:(?:rehab|detox)\b)/i;
const ON_LEAVE = /\bon\s+(?:medical\s+|sick\s+)?["“']?leave["”']?/i;
// Someone else between the co-worker and the news: "Dr. Ruiz says her patient finished chemo".
// (Or a study of others: "her paper on older adults starting chemotherapy".)
const OTHER_PERSON = /\b(?:adults|women|men|people|children|kids|folks|seniors|survivors|papers?|stud(?:y|ies)|research|articles?|talks?|lectures?|posters?|abstracts?|grants?|trials?|patients?|pts?|clients?|residents?|my\s+(?:mom|dad|son|daughter|wife|husband|brother|sister|friend|neighbou?r)|his\s+(?:wife|son|daughter|mom|dad)|her\s+(?:husband|son|daughter|mom|dad)|i|we|you)\b|[;:]/i;
// A co-worker the role alone names: "our only blood bank tech", "the only male L&D nurse at our hospital", "my teammate Andre".
const ONE_ROLE = new RegExp(String.raw`\b(?:our|my|the)\s+(?:(?:county['’]s|unit['’]s|hospital['’]s|clinic['’]s)\s+)?only\s+(?:[\p{L}&-]+\s+){0,3}?(?:${CLINICIAN_ROLE}|surgeon|nurse)\b|\bmy\s+(?:teammate|coworker|co-worker|work\s+wife|work\s+husband|partner\s+on\s+the\s+truck)\b`, 'giu');

function roleSubjects(doc: Doc): Subject[] {
  const out: Subject[] = [];
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(ONE_ROLE)) {
      const start = s.start + m.index;
      out.push({ kind: 'colleague', hipaa: 'other-id', clinician: true, start, end: start + m[0].length, sentence: s.index });
    }
  }
  return out;
}

/** Co-workers whose own treatment is told as their news; not already linked. */
export function coworkerTreatment(doc: Doc, subjects: Subject[], linked: ReadonlySet<Subject>): Link[] {
  const out: Link[] = [];
  const candidates = [...subjects.filter((s) => (s.clinician || s.kind === 'colleague') && !s.addressed && !linked.has(s)), ...roleSubjects(doc).filter((r) => !subjects.some((s) => linked.has(s) && s.start < r.end && r.start < s.end))];
  const told = new Set<number>();
  for (const s of candidates) {
    if (told.has(s.sentence)) continue;
    const sentence = doc.sentences[s.sentence];
    if (!sentence) continue;
    // (Bounded: the news is told within the sentence after the co-worker.)
    const after = doc.text.slice(s.end, Math.min(sentence.end, s.end + 160));
    let fact: Fact | null = null;
    const m = NEWS.exec(after);
    if (m && !OTHER_PERSON.test(after.slice(0, m.index))) fact = { kind: 'procedure', start: s.end + m.index, end: s.end + m.index + m[0].length, sentence: s.sentence, weak: false };
    // On leave, and the next sentence tells the rumored reason.
    const next = doc.sentences[s.sentence + 1];
    if (!fact && next && ON_LEAVE.test(after)) {
      const r = RUMORED.exec(next.text);
      if (r) fact = { kind: 'substance-use', start: next.start + r.index, end: next.start + r.index + r[0].length, sentence: next.index, weak: false };
    }
    if (!fact) continue;
    told.add(s.sentence);
    out.push({ subject: s, attributes: [], facts: [fact], cues: [], tight: true });
  }
  return out;
}
