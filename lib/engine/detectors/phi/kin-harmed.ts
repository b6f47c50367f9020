// The writer's own relative told as the one a hospital, a clinic or a clinician harmed or cared
// for, with no health word needed: "Northgate killed my uncle", "the ER sent my mom home",
// "Dr. Vos left a clamp in my cousin's abdomen", "they botched my dad's knee". Who the writer's
// family is, everyone who knows the writer knows; where and how they were cared for is their
// health information, whichever hospital it was (hearsay about a friend's relative is not: that
// is elsewhere.ts). Read from the frame (a provider doing a care or harm act to "my <kin>"), so
// it holds for hospitals and relatives no list has.
import type { Doc } from '../../doc';
import type { Fact } from './facts';
import type { Link } from './link';
import type { Subject } from './subjects';
import { lowerBound } from '../../sorted';

// Acts of care or harm done to a person, right before "my <kin>": "killed my uncle",
// "misdiagnosed my mom", "sent my dad home", "discharged my grandma", "operated on my son".
const ACT_ON = /\b(?:killed|kill|misdiagnosed|misdiagnose|sent\s+home|discharged|released|admitted|turned\s+away|neglected|overdosed|paralyzed|paralysed|botched|butchered|operated\s+on|gave|give|giving|intubated|sedated|restrained|drugged|treated|mistreated|infected|injured|maimed|dropped|ignored|left)\s+$/i;
// Sent home is told with the person in the middle: "sent my aunt home with indigestion".
const SENT_AROUND = /\b(?:sent|discharged|released|kicked)\s+$/i;
const HOME_AFTER = /^\s+home\b/i;
// An act on a part or a course of care of theirs: "botched my dad's knee", "left a clamp in my
// cousin's abdomen", "nicked my friend's bile duct" (the noun after must be a health word).
const ACT_ON_PART = /\b(?:botched|butchered|nicked|perforated|punctured|tore|cut|broke|left\s+(?:a|an|the)\s+[\w-]+\s+in|missed|misread|ignored|infected|messed\s+up|screwed\s+up|lost\s+the\s+[\w-]+\s+(?:on|for))\s+$/i;
// The one who did it is a provider: a care place or a clinician in the sentence (or a named
// hospital from the pack's lists), not "my uncle killed it at karaoke" or "the flu killed my aunt".
const PROVIDER = /\b(?:hospital|hospitals|clinic|medical|health|healthcare|regional|memorial|urgent\s+care|home\s+care|hospice|nursing\s+home|rehab|er|ed|icu|nicu|dr\.?|doctor|doctors|doc|docs|surgeon|surgeons|nurse|nurses|anesthesiologist|paramedics?|ems|pharmacy|pharmacist|dentist|physician|hospitalist|staff)\b/i;
// A named care place: "Mercy General", "Hill Regional", "St. Luke's".
const NAMED_CARE_PLACE = /\b(?:St\.?|Saint)\s+\p{Lu}|\b\p{Lu}[\p{L}'’]+\s+(?:General|Regional|Memorial|Mercy|Presbyterian|Methodist|Baptist)\b/u;
// "gave" and "left" alone are everyday ("gave my mom a ride"): only as care or harm with a health word after.
const NEEDS_HEALTH = /^(?:gave|give|giving|left|dropped|ignored|treated|released|admitted)\b/i;

// Lay words for parts of the body the lexicon leaves to context ("my brother's belly").
const LAY_PART = /^['’]s\s+(?:[\p{L}-]+\s+)?(?:belly|stomach|gut|back|neck|knee|hip|shoulder|arm|leg|foot|feet|hand|head|eye|ear|face|chest|heart|bowel|bladder|spine|skull|jaw|tooth|teeth|skin|insides)\b/u;

/** Whether a health mention starts in [from, to): a binary search over the sorted starts (linear in the draft overall). */
function healthAt(starts: number[], from: number, to: number): boolean {
  const i = lowerBound(starts, from);
  return i < starts.length && starts[i] < to;
}

// A review that sets the organization's own care against a rival's ("had mine at Riverbend and it
// was amazing. Northgate killed my uncle") is a testimonial, a conflict-of-interest matter: the
// relative is the review's argument, told to steer readers (often by a poser), not news of them.
const PRAISE = /\b(?:saved\s+(?:my|his|her|our)\s+(?:life|lives)|(?:was|were|is|are)\s+(?:amazing|incredible|wonderful|the best|fantastic|great)|highly\s+recommend|(?:the\s+)?choice\s+is\s+easy|only\s+place\s+(?:i|you)|go\s+to\s+\p{Lu})/iu;

function comparesOwnCare(doc: Doc, own: readonly string[]): boolean {
  const lower = doc.text.toLowerCase();
  return own.some((o) => lower.includes(o)) && PRAISE.test(doc.text);
}

/** The author's relatives told as harmed or cared for by a provider; not already linked. */
export function kinHarmed(doc: Doc, subjects: Subject[], linked: ReadonlySet<Subject>, own: readonly string[], others: readonly string[]): Link[] {
  const out: Link[] = [];
  if (!subjects.some((s) => s.kin) || comparesOwnCare(doc, own)) return out;
  const orgs = [...own, ...others];
  const byProvider = new Map<number, boolean>();
  const starts = doc.mentions.filter((m) => m.layer === 'health').map((m) => m.start).sort((a, b) => a - b);
  for (const s of subjects) {
    if (!s.kin || s.kind !== 'relative' || linked.has(s)) continue;
    const sentence = doc.sentences[s.sentence];
    if (!sentence) continue;
    // (Once per sentence: a long sentence with many relatives is read once.)
    let provided = byProvider.get(s.sentence);
    if (provided === undefined) {
      const lower = sentence.text.toLowerCase();
      provided = PROVIDER.test(sentence.text) || NAMED_CARE_PLACE.test(sentence.text) || orgs.some((o) => lower.includes(o));
      byProvider.set(s.sentence, provided);
    }
    if (!provided) continue;
    const before = doc.text.slice(Math.max(sentence.start, s.start - 40), s.start);
    const after = doc.text.slice(s.end, Math.min(sentence.end, s.end + 60));
    let start = -1;
    let end = s.end;
    const direct = ACT_ON.exec(before);
    if (direct) {
      const verb = direct[0].trim();
      // (Everyday verbs count only when a health word follows: "gave my dad the wrong dose".)
      if (!NEEDS_HEALTH.test(verb) || healthAt(starts, s.end, s.end + 50)) start = s.start - before.length + direct.index;
    }
    if (start < 0 && SENT_AROUND.test(before) && HOME_AFTER.test(after)) start = s.start - before.length + (SENT_AROUND.exec(before)?.index ?? 0);
    if (start < 0 && /^['’]s\s/.test(after)) {
      const part = ACT_ON_PART.exec(before);
      const noun = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+/u.exec(after);
      if (part && noun && (healthAt(starts, s.end, s.end + noun[0].length) || LAY_PART.test(after))) {
        start = s.start - before.length + part.index;
        end = s.end + noun[0].length;
      }
    }
    if (start < 0) continue;
    const fact: Fact = { kind: 'care-event', start, end, sentence: s.sentence, weak: false };
    out.push({ subject: s, attributes: [], facts: [fact], cues: [], tight: true });
  }
  return out;
}
