// A health word read in its everyday sense by the words around it: "your experience fell short"
// (no fall), "the real MVP" (a player, not a valve), "taylor swift eras" (a plural, not the ERAS
// protocol, which is written in capitals), "shocked, shocked I tell you" and "I'm shocked that"
// (surprise, not a defibrillation), "quick vent, sorry it's long" (venting, not a ventilator).
import type { Doc, Mention } from '../../doc';

// A fall that is a figure of speech: a phrasal verb whose particle is no place ("fell short", "falls through").
const FALL = /^(?:fell|fall|falls|falling|fallen)$/i;
const FIGURE_AFTER = /^\s+(?:short|through|apart|behind|flat|in love|into place|by the wayside|off the radar|victim to)\b/i;
// "the real MVP", "league MVP", "MVP of the night": the most valuable player.
const PLAYER_BEFORE = /\b(?:the|real|true|league|team|season|game|match|series|tournament|an?|our|my)\s+$/i;
const PLAYER_AFTER = /^\s*(?:of the|award|trophy|season|vote|votes|candidate|race|chant)\b|^\s*[.!🙌🏆💯👏]|^\s*$/iu;
// Surprise: "I'm shocked", "shocked that", "shocked, shocked".
const SURPRISE_BEFORE = /\b(?:i'?m|im|i am|i was|we'?re|we were|was|were|be|so|honestly|genuinely|truly|not|absolutely)\s+$/i;
const SURPRISE_AFTER = /^\s*(?:that|to (?:hear|see|learn|find|read)|by|at|how|,|!|\.|\?)/i;
// Venting: "quick vent", "vent incoming", "r/StudentNurse vent, sorry".
const VENT_BEFORE = /\b(?:quick|small|little|long|rant|sorry for the|need to|gotta|let me|have to|just a|\w+\/\w+)\s+$/i;
const VENT_AFTER = /^\s*(?:,|:|post|sesh|session|incoming|alert|ahead|time|thread)/i;

/** Whether a health mention is an everyday word in this sentence. */
export function everydaySense(doc: Doc, m: Mention): boolean {
  const word = doc.text.slice(m.start, m.end);
  const before = doc.text.slice(Math.max(0, m.start - 24), m.start);
  const after = doc.text.slice(m.end, m.end + 24);
  if (FALL.test(word)) return FIGURE_AFTER.test(after);
  if (/^mvp$/i.test(word)) return PLAYER_BEFORE.test(before) && PLAYER_AFTER.test(after);
  // ERAS the protocol is written in capitals; "eras" in lower case is the plural of "era".
  if (word === 'eras') return true;
  if (/^shocked$/i.test(word)) return SURPRISE_BEFORE.test(before) || SURPRISE_AFTER.test(after);
  if (/^vent$/i.test(word)) return VENT_BEFORE.test(before) || VENT_AFTER.test(after);
  return false;
}
