// Crisis words in their other senses. A topic word is news about the organization only in the
// sense of the topic: "hackers in Call of Duty" are players, a "power outage on our road" is the
// utility's, "blocked 1.2M phishing emails" is a defence that held, "walk out to the car" is
// walking, "a time sink" is not a sink, "recall it" takes a message back, and a contract with
// no labour talk around it is a travel or vendor contract. Each reads the words around the hit.
import type { Doc } from '../../doc';
import type { Hit } from '../shared/match';

// Games and play: the words a post about a game uses.
const GAME = /\b(?:games?|gaming|gamers?|call of duty|cod|fortnite|minecraft|roblox|valorant|warzone|league of legends|overwatch|apex|xbox|playstation|ps[45]|nintendo|switch lobby|steam|lobby|ranked|match(?:es)?|server|respawn|twitch|stream(?:ing)?|fantasy (?:league|team)|chess)\b|🎮|🕹/iu;
// Utilities and weather: the grid, not the network.
const UTILITY = /\b(?:power|electric(?:ity)?|utility|utilities|grid|storm|snow|ice|wind|hurricane|tornado|lightning|generator|transformer|road|street|block|neighbou?rhood|my (?:house|apartment|place)|at home|cable|internet provider|comcast|xfinity|spectrum|verizon|at&t)\b/i;
const IT_WORDS = /\b(?:ehr|emr|epic|cerner|charting|systems|servers?|network|ransom\w*|hack\w*|cyber\w*|it (?:dept|department|team|says)|computers|portal)\b/i;
// A defence that held: blocked, stopped, caught, trained against, simulated.
const DEFENDED = /\b(?:block(?:ed|s|ing)|stopp(?:ed|ing)|prevent(?:ed|ing)|caught|flagged|filter(?:ed|s)|-?resistant|proof|simulat\w+|training|drills?|tests?|awareness|zero downtime|no downtime|quarantined|thwarted|report(?:ed)? (?:it|them|the email))\b/i;
// Walking out of a place, rather than a walkout.
const WALKING = /^\s*(?:to|of|into|onto|through|from|with|and|the (?:same )?(?:door|day)|the same|with|there|alive|happy|smiling|feeling)\b/i;
const COLLECTIVE_BEFORE = /\b(?:we|we'll|we will|nurses|rns|they|they'll|staff|union|unit|all|everyone|everybody|would|will|should|must|to|gonna)\s+(?:\S+\s+)?$/i;
// Labour talk that makes "the contract" the union's.
const LABOUR = /\b(?:union|nurses?|rns?|bargain\w*|negotiat\w*|strike\w*|vote\w*|picket\w*|ratif\w*|ratios?|staffing|raises?|wages?|pay|offer|mediator|table|solidarity|huelga|contrato)\b/i;
// A compound that makes "sink" a figure of speech or a thing, not a tap.
const SINK_COMPOUND = /\b(?:time|heat|money|energy|cash|carbon|kitchen)\s+$/i;
// "recall" as taking back a message, or remembering.
const RECALL_VERB = /^\s*(?:it|them|that|this|the (?:email|message|memo|text))\b/i;
const RECALL_MEMORY = /\b(?:i|we|you|can't|cannot|don't|do not)\s+(?:\S+\s+)?$/i;

// A strike by children, pets or one's own body is play ("the kids went on strike against broccoli").
const PLAYFUL_STRIKER = /\b(?:kids?|toddlers?|children|child|cats?|dogs?|puppy|kitten|baby|babies|son|daughter|teens?|teenager|my (?:body|knees?|back|brain|printer|car|stomach|legs|feet))\s+(?:\S+\s+){0,2}$/i;
// Bargaining with a person or oneself is haggling, not the union's bargaining.
const HAGGLING = /^\s+with\s+(?:her|him|me|myself|yourself|my\s+\S+|the\s+(?:kids?|dog|cat|universe|toddler))\b/i;

/** Whether a crisis hit is used in another sense than the topic's. */
export function otherSense(doc: Doc, h: Hit): boolean {
  const s = doc.sentenceAt(h.start);
  const sentence = s?.text ?? doc.text;
  const word = h.text.toLowerCase().trim();
  const before = doc.text.slice(Math.max(0, h.start - 30), h.start);
  const after = doc.text.slice(h.end, h.end + 30);
  if (/hack|attack|outage|down|phish|breach|ransom/.test(word)) {
    if (GAME.test(sentence) && !IT_WORDS.test(sentence.replace(h.text, ''))) return true;
    if (/outage|down/.test(word) && UTILITY.test(sentence) && !IT_WORDS.test(sentence)) return true;
    // A defence that held is said of the attack itself, near it: "training" later in the sentence is not.
    if (/phish|attack|hack|breach/.test(word) && DEFENDED.test(doc.text.slice(Math.max(s?.start ?? 0, h.start - 40), Math.min(s?.end ?? doc.text.length, h.end + 40)))) return true;
  }
  if (/strike/.test(word) && PLAYFUL_STRIKER.test(before)) return true;
  if (/^bargaining$/.test(word) && HAGGLING.test(after)) return true;
  if (/^walk[\s-]+out$/.test(word)) return WALKING.test(after) || !COLLECTIVE_BEFORE.test(before);
  if (/contract/.test(word)) return !LABOUR.test(doc.text.replace(h.text, ''));
  if (/^sinks?$/.test(word)) return SINK_COMPOUND.test(before);
  if (/^recall/.test(word)) return RECALL_VERB.test(after) || RECALL_MEMORY.test(before);
  return false;
}
