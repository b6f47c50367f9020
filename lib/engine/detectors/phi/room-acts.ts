// A numbered room in which someone does what only a patient is told to do: eats, sleeps,
// walks, sits up, wakes, goes home, codes or dies ("room 214 finally slept through the night",
// "cuarto 418, finally ate his whole breakfast", "my neighbor Ruth, room 514, she finally ate").
// Placed in a room and told in care without a disease word is patient status (issue 14).
// A room's own state ("room 12 finally has chairs") and the writer's own acts ("we ate in room
// 5") are not; nor is a room of a meeting (subjects.ts drops those).
import type { Doc } from '../../doc';
import type { Fact } from './facts';
import type { Link } from './link';
import type { Subject } from './subjects';

// (The room word may sit just before the number found: "rm 31".)
const ROOM_WORD = /\b(?:room|rm|cuarto|habitaci[oó]n|suite)\s*#?\s*\d{1,4}[A-Z]?$/i;
// What a patient is told doing, as progress or as an end: daily living, leaving care, dying.
const PATIENT_ACT = String.raw`(?:ate|eaten|drank|slept|walked|stood(?:\s+up)?|sat\s+up|woke\s+up|took\s+(?:a\s+few\s+|(?:his|her|their)\s+first\s+)?(?:bites|steps|sips)|(?:went|got\s+to\s+go|is\s+going|gets\s+to\s+go)\s+home|(?:got|was|is|being)\s+(?:discharged|extubated|intubated|admitted)|coded|passed(?:\s+away)?(?=\s*(?:$|[,.!?;]|(?:at|on|this|last|early|peacefully|tonight|today|overnight|around|in\s+(?:his|her|their)\s+sleep|with)\b))|died|comi[oó]|durmi[oó]|camin[oó]|se\s+fue\s+a\s+casa|se\s+muri[oó]|falleci[oó])`;
// Right after the room (and an optional "finally", "tonight"), or told of "he/she/they" there.
const ACT_AFTER = new RegExp(String.raw`^[,)]?\s*(?:(?:(?:he|she|they|él|ella)(?:\s+(?:just|finally|already|actually))?|finally|just|already|tonight|today|this\s+morning|por\s+fin|ya|hoy)\s*,?\s+){0,3}(${PATIENT_ACT})\b`, 'iu');
// Another doer between them: "room 5 is where we ate", "room 12, the one I ...".
const ANOTHER_DOER = /\b(?:i|we|you|where|when|is|was)\b/i;

/** Rooms in which a patient act is told, as links to the room; rooms already linked are left. */
export function roomActs(doc: Doc, subjects: Subject[], linked: ReadonlySet<Subject>): Link[] {
  const out: Link[] = [];
  for (const s of subjects) {
    if (s.kind !== 'room' || linked.has(s) || !ROOM_WORD.test(doc.text.slice(Math.max(0, s.start - 12), s.end))) continue;
    const sentence = doc.sentences[s.sentence];
    if (!sentence) continue;
    const after = doc.text.slice(s.end, Math.min(sentence.end, s.end + 200));
    const m = ACT_AFTER.exec(after);
    if (!m || ANOTHER_DOER.test(after.slice(0, m.index + m[0].length - m[1].length))) continue;
    const start = s.end + m[0].length - m[1].length;
    const fact: Fact = { kind: 'care-event', start, end: s.end + m[0].length, sentence: s.sentence, weak: false };
    const attributes = subjects.filter((o) => o !== s && o.sentence === s.sentence && (o.kind === 'date' || o.kind === 'age' || o.kind === 'old-age' || o.kind === 'place' || o.kind === 'name' || o.kind === 'relative'));
    out.push({ subject: s, attributes, facts: [fact], cues: [], tight: true });
  }
  return out;
}
