// A named person told as the one who sells, makes or runs something, or as the one to go see
// ("my friend Darlene at Pine Hollow Drug makes a cream", "Deb who owns Nature's Pantry", "go see
// Vy at Lotus CBD", "ask for Ryan"): a provider, whose products and services are their work,
// like a clinician's. Their own health still counts when it is tied to them.
import type { Doc } from '../../doc';
import type { Subject } from './subjects';

// What a provider does, right after the name (and an optional "at <Business>" or "who").
const PROVIDES_AFTER = /^['’]?s?\s*,?\s*(?:(?:at|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’&+.-]*\s+){1,4}(?:(?:on|in)\s+[\p{Lu}\d][\p{L}\d]*\s+)?)?(?:who\s+|that\s+)?(?:just\s+|now\s+|also\s+|recently\s+)?(?:makes|made|sells|sold|runs|ran|owns|owned|opened|opens|carries|offers|mixes|brews|bottles|started|founded|launched|is selling|has been selling|was selling)\b/u;
// Sent to them for a service: "go see Vy", "ask for Ryan", "tell Jenna I sent you".
const REFERRED_BEFORE = /\b(?:go\s+see|go\s+to|ask\s+for|book\s+with|tell)\s+$/i;
// ("tell her Mari sent you": the name itself may be the one who sent you.)
const SENT_AFTER = /^\s+(?:\w+\s+)?sent\s+you\b(?!\s+(?:home|over|back|to|in|out|up|down|for)\b)/;
// "Darlene at Pine Hollow Drug", "Jenna at Peak IV Lounge": at a named shop, not a care facility.
const AT_SHOP = /^\s+at\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’&+.-]*\s+){0,3}(?:Drugs?|Pharmacy|Rx|Spa|Med Spa|Lounge|Bar|CBD|Hemp|Wellness|Boutique|Studio|Pilates|Yoga|Gym|Fitness|Nutrition|Supplements|Apothecary|Salon|Shop|Store|Market|Pantry|Oils)\b/u;

// Named as the owner of a shop or a product line: "Linda's new studio", "my sister Jen's oils",
// "Dra. Sánchez's med spa". (Not their home or their family: "Jen's house", "Jen's kids".)
const OWNS_AFTER = /^['’]s\s+(?:(?:new|own|little|side|home|online|small)\s+){0,2}(?:[\p{L}-]+\s+)?(?:studio|shop|store|oils|blend|blends|business|spa|salon|gym|bakery|line|products|gummies|tea|teas|company|brand|booth|stand|boutique|supplements|tinctures|remedies|lounge|practice|clinic)\b/iu;

// A relative told as owning or running a business by its name or kind ("my husband's cousin owns
// Prairie Pure CBD", "my aunt who runs a little bakery"): the business's products are its claims.
const RUNS_BUSINESS = /^\s*,?\s*(?:who\s+)?(?:just\s+|now\s+|also\s+)?(?:owns|owned|runs|ran|opened|started|founded|launched)\s+(?:(?:a|an|the|her|his|their)\s+)?(?:(?:new|own|little|small|local|online)\s+)?(?:\p{Lu}[\p{L}'’&+.-]*|(?:studio|shop|store|business|spa|salon|gym|bakery|line|company|brand|booth|stand|boutique|lounge|pharmacy|cafe|farm|market)\b)/u;

export function isProvider(doc: Doc, s: Subject): boolean {
  if (s.addressed) return false;
  const after = doc.text.slice(s.end, s.end + 90);
  // Someone the writer knows, told as the owner of a business ("my boss's side business").
  // (Not a visit there: "my mom's clinic appointment" is her care.)
  if (s.kind === 'relative') return (OWNS_AFTER.test(after) || RUNS_BUSINESS.test(after)) && !/^['’]s\s+(?:[\p{L}-]+\s+){1,3}(?:visit|appointment|appt|stay|bill|follow-?up)\b/iu.test(after);
  if (s.kind !== 'name') return false;
  const before = doc.text.slice(Math.max(0, s.start - 14), s.start);
  return PROVIDES_AFTER.test(after) || OWNS_AFTER.test(after) || AT_SHOP.test(after) || (REFERRED_BEFORE.test(before) && !/^\s+(?:in|from)\s+(?:room|bed|\d)/i.test(after)) || SENT_AFTER.test(doc.text.slice(s.end, s.end + 20));
}
