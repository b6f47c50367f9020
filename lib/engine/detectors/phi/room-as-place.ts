// Rooms told of as places, not as where a patient lies: the room a post already named by its use
// ("Conference Room 4B ... Room 4B has no windows"), and a room whose own news is its fittings
// ("bay 3 has had a broken call light since October", "room 12 finally got a new TV"). A bed or a
// room is a patient's only when someone is in it or something happens to someone there.
import type { Doc } from '../../doc';
import type { Subject } from './subjects';

// A use that makes a room no one's: "conference room 4B", "the break room", "training room 2".
const USE_BEFORE = /\b(?:conference|meeting|class|board|training|break|lunch|lecture|sim|simulation|skills|community|hotel|ball|party|study|computer|media|escape|chat|storage|supply|utility|server|mail|copy|locker|staff|waiting)\s+$/i;
// The room's own fittings as the news: "has had a broken call light", "needs a new sink", "got new paint".
const FITTINGS = String.raw`(?:call light|call bell|light|lights|tv|television|remote|sink|toilet|shower|door|window|windows|blinds|thermostat|heater|ac|a\/c|outlet|outlets|paint|carpet|floor|ceiling|tile|tiles|chair|recliner|furniture|wifi|wi-fi|phone|clock|whiteboard|curtain|curtains|monitor mount|fridge|ice machine|vending machine|leak|cookies|snacks|view)`;
const FITTINGS_AFTER = new RegExp(String.raw`^['’]?s?(?:\s+(?:in|on|at)\s+(?:our|the)\s+[\w-]+)?\s+(?:(?:still|finally|now|just|also|apparently)\s+)?(?:has|had|have|has had|needs|needed|got|gets|is getting|is missing|lost|is out of|with)\s+(?:(?:a|an|the|no|its|new|broken|busted|leaky|leaking|fresh|brand new|working|dead|flickering|\d+)\s+){0,3}${FITTINGS}\b`, 'i');

// Someone in the room: "Room 3 then got a post-op patient who coded".
const SOMEONE_IN = /\b(?:patient|pt|admit|he|she|his|her|him|they|guy|lady|man|woman|kid|baby|coded|died|passed)\b/i;

/** Whether a room subject is a place in the building, not where a patient is. */
export function roomAsPlace(doc: Doc, s: Subject): boolean {
  if (s.kind !== 'room') return false;
  const id = doc.text.slice(s.start, s.end).replace(/^\D+/, '').toLowerCase();
  if (FITTINGS_AFTER.test(doc.text.slice(s.end, s.end + 60))) return true;
  if (!id) return false;
  // The same room named before by its use: "Conference Room 4B ... Room 4B", unless a patient is now in it.
  if (SOMEONE_IN.test(doc.sentences[s.sentence]?.text ?? '')) return false;
  const earlier = doc.text.slice(0, s.start).toLowerCase();
  for (let i = earlier.indexOf(id); i >= 0; i = earlier.indexOf(id, i + 1)) {
    const word = /(?:room|rm|suite)\s*#?\s*$/i.exec(earlier.slice(Math.max(0, i - 8), i));
    if (word && USE_BEFORE.test(earlier.slice(Math.max(0, i - word[0].length - 24), i - word[0].length)) && !/\w/.test(earlier[i + id.length] ?? '')) return true;
  }
  return false;
}
