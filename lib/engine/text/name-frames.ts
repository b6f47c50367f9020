// Frames that pin a caseless word as a given name, whatever else the word can mean. A reader of
// "carol's oncology appointment", "my student amber did her rotation" or "sherry you dont need
// that chemo" knows a person is meant without capitals: the possessive, the relation or role
// before the word, the reader turned to at a sentence's start, the person thanked. recase.ts asks
// these frames about known given names that are also everyday words ("carol", "amber", "gene").

/** Words that are given names but read as something else in these frames ("summer's end", "pray for rain"). */
const NOT_IN_FRAMES = new Set(
  ('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'summer winter spring autumn fall dawn dusk rain snow sun sky storm river ocean star moon earth world nature heaven god lord king queen prince princess ' +
    'peace hope faith grace joy love chance destiny fortune justice liberty glory honor honour truth mercy charity patience harmony victory valentine ' +
    'christmas easter today tomorrow yesterday mother father honey sugar baby man guy lady people care will can said see bill mark art page call son buddy hun angel pa ma brain').split(' '),
);

// The person's relation or role to someone possessed: "my student amber", "our coworker maria",
// "my brother-in-law gene", "her son august".
const RELATION_BEFORE = new RegExp(
  String.raw`\b(?:my|our|your|ur|his|her|their)\s+(?:(?:new|old|little|baby|big|older|younger|oldest|youngest|sweet|dear|best|favorite|former|fellow)\s+)?` +
    String.raw`(?:student|coworker|co-worker|colleague|friend|bestie|bff|neighbou?r|roommate|patient|client|preceptor|preceptee|mentor|orientee|boss|manager|supervisor|` +
    String.raw`wife|husband|partner|son|daughter|sister|brother|mom|mother|dad|father|aunt|uncle|cousin|niece|nephew|grandson|granddaughter|grandma|grandpa|` +
    String.raw`boyfriend|girlfriend|fianc[eé]e?|kid|stepson|stepdaughter|stepmom|stepdad|(?:brother|sister|mother|father|son|daughter)-in-law)\s*,?\s+$`,
  'i',
);

// Someone thanked, prayed for or congratulated: "huge thank you to maria", "prayers for gene".
const THANKED_BEFORE = /\b(?:thank you|thanks|thx|ty|shout ?-?out|congrats|congratulations|kudos|prayers|praying|pray)\s+(?:so much\s+)?(?:to|for)\s+$/i;

// A sentence's start: the reader may be named there ("sherry, you ...").
const SENTENCE_START = /(?:^|[.!?]\s+|\n\s*)$/;
// Turned to the reader: after a comma, "you" soon; without one, "you" with what they do or should do.
const TO_THE_READER = /^\s*,\s*(?:[^.!?,]{0,40}?\b)?(?:you|your|you're|youre|u|ur)\b|^\s+(?:you|u|ya)\s+(?:dont|don't|do|did|didnt|didn't|should|shouldnt|shouldn't|need|needs|have|can|cant|can't|are|r|were|know|gotta|better|must|might|got|deserve|are not|aren't|arent)\b/i;

// A possessive that owns something: "carol's migraines" (not "carol's day", a holiday's shape).
const POSSESSIVE_AFTER = /^['’]s\s+(?!(?:day|eve|night)\b)[a-z]/i;

/**
 * Whether the given name `word`, typed without capitals between `before` and `after` on its line,
 * is pinned as a name by its frame. The caller has checked that `word` is a known given name.
 */
export function pinnedAsName(word: string, before: string, after: string): boolean {
  if (NOT_IN_FRAMES.has(word)) return false;
  if (POSSESSIVE_AFTER.test(after)) return true;
  if (RELATION_BEFORE.test(before) || THANKED_BEFORE.test(before)) return true;
  return SENTENCE_START.test(before) && TO_THE_READER.test(after);
}
