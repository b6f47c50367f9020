// Codes and passwords told in any wording: a word for a door code or a password, and near it
// a token shaped like one ("the door code ... has been the same for 3 years, it's literally
// 4-4-1-9", "staff wifi pw: Lk$ide2024"). The shape, not the wording, tells a secret from a
// count: years, times, prices, doses and counts are not codes.
import type { Doc } from '../../doc';
import { scan, type Hit } from '../shared/match';
import { gated } from '../../text/regex-gate';

// What a door or cabinet code is called, in English and Spanish.
const CODE_NOUN = gated(
  /\b(?:(?:door|entry|entrance|access|override|keypad|gate|lock|lockbox|pyxis|omnicell|alarm|badge|room|lounge|garage|stairwell|elevator)\s+(?:codes?|combo|pin|passcode)|codes?\s+(?:for|to|on)\s+(?:the\s+)?(?:\S+\s+){0,3}(?:door|entrance|room|lounge|gate|keypad|closet|cabinet)|keypad|c[oó]digo(?:\s+de\s+la\s+puerta)?|uses\s+code)\b/giu,
);
// What a password is called.
const PASSWORD_NOUN = gated(/\b(?:wi-?fi|ssid|password|passcode|passwd|pw|login|logins|creds|credentials|contrase[nñ]a|clave)\b/giu);
// 3 to 8 digits, perhaps spelled with separators ("1-9-7-4") or led or closed by #.
const CODE_SHAPE = /(?<![\p{L}\p{N}$.,/:-])#?\d(?:[- ]?\d){2,7}#?(?![\p{L}\p{N}%$]|[.,:/]\d)/gu;
// After the digits: a unit makes them a count, a time or a dose.
const UNIT_AFTER = /^\s?(?:%|percent|years?|yrs?|am|pm|a\.m\.|p\.m\.|hours?|hrs?|min(?:ute)?s?|days?|weeks?|months?|mg|mcg|ml|units?|patients|pts|beds|people|times|x|miles|lbs?|kg|calories|steps|feet|ft|dollars|bucks|k\b)/i;
// A word of letters and digits, or with a symbol, of 6 or more characters: how passwords look.
const PASSWORD_SHAPE = /(?<![\p{L}\p{N}@#/.:_-])(?=[\p{L}\p{N}!@#$%^&*_.-]*\p{N})(?=[\p{L}\p{N}!@#$%^&*_.-]*\p{L})[\p{L}\p{N}][\p{L}\p{N}!@#$%^&*_.-]{4,}[\p{L}\p{N}!#$%*](?![\p{L}\p{N}/@])/gu;
// A number that names a place or a line: "room 2210", "ext 4471", "bed 12".
const PLACE_BEFORE = /\b(?:room|rm|suite|ext\.?|extension|bed|bay|building|bldg|floor|station|pod|unit|page|pager|dial|phone|line|order|case|mrn|id|zip|route|hwy|highway|exit|flight|gate|#)\s*#?$/i;
// How far after its name a code or password is still told.
const REACH = 140;

function isYear(token: string): boolean {
  return /^(?:19|20)\d\d$/.test(token);
}

// "code" alone names a door's code in a sentence about a way in ("side door by the dock is code 4417#").
const BARE_CODE = /\bcode(?:'s|s)?\b/giu;
const WAY_IN = /\b(?:doors?|entrances?|stairwells?|docks?|gates?|bays?|side door|back door|staff entrance|med room|puerta)\b/iu;

/** Door and cabinet codes told near their name. */
export function codesNearTheirName(doc: Doc): Hit[] {
  const out: Hit[] = [];
  const bare = doc.sentences.filter((s) => WAY_IN.test(s.text)).flatMap((s) => scan(BARE_CODE, s.text, s.start));
  for (const noun of [...scan(CODE_NOUN, doc.text), ...bare]) {
    const from = noun.end;
    for (const h of scan(CODE_SHAPE, doc.text.slice(from, from + REACH), from)) {
      const bare = h.text.replace(/[#\s-]/g, '');
      if (isYear(h.text) || bare.length < 3 || UNIT_AFTER.test(doc.text.slice(h.end, h.end + 12))) continue;
      // A time of day told as "at 0200" or "0200 to 0230" is a schedule, not a code; "to 4471#" is keyed.
      if (/\b(?:at|from|until|til|till|by|to)\s$/i.test(doc.text.slice(Math.max(0, h.start - 6), h.start)) && /^\d{4}$/.test(h.text)) continue;
      // A room, an extension or a bed is a place to go, not a way in.
      if (PLACE_BEFORE.test(doc.text.slice(Math.max(0, h.start - 12), h.start))) continue;
      if (!out.some((o) => o.start === h.start)) out.push(h);
      break;
    }
  }
  return out;
}

// Digits written the way a keypad is keyed: closed by "#" ("4471#") or spelled out ("2-4-6-8").
const KEYED = /^(?:#?\d{3,8}#|\d(?:-\d){2,7})$/;
const KEYPAD = /\bkey ?pads?\b/i;

/**
 * A way in (a door, an entrance, a keypad) and, anywhere in its sentence, digits in a keypad's
 * shape, or any code-shaped number beside a keypad: "staff entrance changed to 4471#", "the dock
 * door is still 2-4-6-8", "using 2290 on the stairwell keypads". The shape says code without the word.
 */
export function keyedCodes(doc: Doc): Hit[] {
  const out: Hit[] = [];
  for (const s of doc.sentences) {
    const keypad = KEYPAD.test(s.text);
    if (!keypad && !WAY_IN.test(s.text)) continue;
    for (const h of scan(CODE_SHAPE, s.text, s.start)) {
      const before = doc.text.slice(Math.max(0, h.start - 12), h.start);
      if (isYear(h.text) || UNIT_AFTER.test(doc.text.slice(h.end, h.end + 12)) || PLACE_BEFORE.test(before) || /[$:]\s?$/.test(before)) continue;
      if (KEYED.test(h.text) || (keypad && /^\d{4,8}$/.test(h.text) && !/\b(?:at|from|until|til|till|by)\s$/i.test(before))) out.push(h);
    }
  }
  return out;
}

/** Passwords told near their name. */
export function passwordsNearTheirName(doc: Doc): Hit[] {
  const out: Hit[] = [];
  for (const noun of scan(PASSWORD_NOUN, doc.text)) {
    const from = noun.end;
    for (const h of scan(PASSWORD_SHAPE, doc.text.slice(from, from + REACH), from)) {
      // Dates, ordinals, sizes and model numbers ("2nd", "10am", "N95s", "covid-19") are not passwords.
      if (/^\d+(?:st|nd|rd|th|am|pm|s|k|mg|ml)$/i.test(h.text) || /^(?:covid|n95|fy|q\d)/i.test(h.text)) continue;
      if (!out.some((o) => o.start === h.start)) out.push(h);
      break;
    }
  }
  return out;
}
