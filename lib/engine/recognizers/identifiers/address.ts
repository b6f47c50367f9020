// Street addresses, unit and box numbers, postal codes, and places smaller than a state that the
// text itself marks as such ("Millbrook County", "lives in Elmwood"). No gazetteer: format + cues.
import { isFirstName, isSurname, nameKey } from '../../lexicons/names';
import { before, scan, type Found } from './found';
import { FOREIGN_AFTER, FOREIGN_ENDING, FOREIGN_PREFIX, PARTICLE, SUFFIX } from './streets';
import { gated } from '../../text/regex-gate';

const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}'’.-]*`;
// 1234 Main St, 12B N. Oak Avenue, 6750 Koskikatu 25
const US_STREET = gated(new RegExp(String.raw`(?<![\w-])(?:\d{1,6}\s+)?\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?\s+)?(?:${CAP}\s+){1,3}(?:${SUFFIX})\b\.?(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?`, 'gu'));
const NUMBER_FIRST_FOREIGN = gated(new RegExp(String.raw`(?<![\w-])\d{1,6}\s+${CAP}${FOREIGN_ENDING}\b\.?(?:\s+\d{1,5}[A-Za-z]?\b)?`, 'gu'));
const FOREIGN_STREET = gated(new RegExp(String.raw`(?<![\p{L}\d])(?:\d{1,6}\s+)?(?:(?:${FOREIGN_PREFIX})\s+(?:${WORD}\s+){0,3}|${CAP}${FOREIGN_ENDING}\.?\s+)(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?\b`, 'gu'));
const UNIT = /\b(?:apt|apartment|suite|ste|unit|flat|fl|floor|room|po box|p\.o\. box|box|psc|apo|fpo|dpo)\.?\s*#?\s*\d{1,6}[A-Za-z]?\b|\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\b/gi;
// Military ships' mail addresses: "USNS Bergman, FPO AE 12345".
const SHIP = /\b(?:USNS|USNV|USS|USCGC)\s+\p{Lu}[\p{L}'-]+/giu;
const SEPARATE_STREET = gated(new RegExp(String.raw`(?<![\p{L}\d])(?:\d{1,6}\s+)?(?:${CAP}\s+){1,3}${FOREIGN_AFTER}\s+\d{1,5}[A-Za-z]?\b\.?`, 'gu'));
// A postcode first, then the street and the house number: "28030 Edeby 55", "9721 Dalmatinova 43".
const NUM_WORDS_NUM = gated(new RegExp(String.raw`(?<![\w.,-])\d{2,6}\s+(?:\d{1,5}\s+)?(?:(?:${CAP}|${PARTICLE}|u\.|ul\.)\s+){1,4}(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?\b\.?`, 'gu'));
// "the corner of Elm and 5th": everything up to the end of the clause.
const CORNER = gated(/\b(?:[Tt]he\s+)?[Cc]orner\s+of\s+(?=(?:the\s+)?[\p{Lu}\d])[^?!\n]{3,90}?(?=[?!\n]|\.\s+\p{Lu}|\.?$|,\s+(?:and|I|we|can|please)\b)/gu);
const CORE_SUFFIX = /\s(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Circle|Parkway|Highway)\.?(?:\s+(?:[NSEW]|NE|NW|SE|SW)\.?)?$/i;
// After words that announce an address, the rest of the clause is the address when it holds a number.
const ADDRESS_CUE = /\b(?:address(?:es)?\b[^.?!\n]{0,40}?(?:\bis|\bare|\bwas|\bto|\bwith|\bat|:)|(?:lives?|lived|living|resides?|residing|staying|located|office\s+is)\s+(?:at|on)|(?:is|are)\s+at|sen[dt](?:\s+(?:it|this|them|a\s+new\s+one|the\s+\w+))?\s+to|(?:mail|ship|deliver|return)(?:ed|ped)?(?:\s+(?:it|this|them))?\s+to|drops?\s+(?:you\s+)?off\s+at|arrived\s+at|meet(?:ing)?\s+(?:me|you|us)?\s*at|taxi\s+to|moved\s+to|enter\s+on)\s*:?\s*/giu;
const CLAUSE_END = /[?!\n]|\.(?=\s+\p{Lu}\p{Ll}|\s*$)|\s(?:for|after|last|in\s+case|if|when|because|but|so|please|before|since|street)\b|,\s+(?:and\s+)?(?:I|we|can|please|thanks)\b/u;
const TIME_AFTER_NUMBER = /^\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m|p\.m|o'clock)\b/i;
// "in Bjert 6091": a place and its postcode after a place preposition.
const PLACE_POSTCODE = gated(new RegExp(String.raw`\b(?:in|at|from|near)\s+(${CAP}(?:\s+${CAP})?\s+\d{3,5}(?:-\d{3,4})?)\b(?![.,]\d)`, 'gu'));
const NOT_PLACES = /^(?:Room|Rm|Bed|Bay|Unit|Ward|Suite|Floor|Building|Bldg|Chapter|Section|Grade|Level|Phase|Stage|Type|Week|Day|Year|Version|Class|Gate|Terminal|Lot|Booth|Table|Pod|Area|Zone|Hall|Wing|Tower|Step|Page|Part|Volume|Issue|Season|Episode|Round|Batch|Group|Team|Lane|Track|Route|Highway|Interstate|Exit)\b/;
const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|AA|AE|AP';
// Springfield, IL 62704 ; Austin, TX
const CITY_STATE = gated(new RegExp(String.raw`(?:${CAP}\s+){0,2}${CAP},\s*(?:${US_STATES})(?:\s+\d{5}(?:-\d{4})?)?\b`, 'gu'));
const ZIP_CONTEXT = gated(/\b(?:zip|zip code|zipcode|postal code|postcode|post code|zip\+4)\b[\s:#-]*(?:is\s+)?$/);
const ZIP = /(?<![\w$.,-])(?:\d{5}(?:-\d{3,4})?|\d{3}\s\d{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3,4}(?:\s[A-Z]{2})?)(?![\w.,-]|\s?%)/g;
// Postal codes with letters: Canadian (K1A 0B1), British (SW1A 1AA, M1 1AE).
const LETTER_POSTCODE = /\b(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b/g;
// Millbrook County, Elm Park neighborhood, the Riverside district
const DIVISION = gated(new RegExp(String.raw`(?:${CAP}\s+){0,2}${CAP}\s+(?:County|Parish|Borough|Township|Neighborhood|Neighbourhood|District|Village)\b`, 'gu'));
// A capitalized place after "lives in", "from", "moved to"
const PLACE_CUE = gated(new RegExp(String.raw`\b(?:(?:live[sd]?|living|lived|resides?|residing|moved|moving|grew\s+up|born|raised|located|based)\s+(?:in|to|at|from|near)|hometown(?:\s+is)?|town\s+of|city\s+of|village\s+of)\s+((?:${CAP}\s+){0,2}${CAP})`, 'gu'));
// After an "Address:" label or "address is", the rest of the line is the address.
const LABELLED = gated(/\b(?:address|addr|residence)\b\s*(?::|is|was|-)\s*([^\n]{4,80})/gi);
// "at 12 Elm", "to 4 Rue Cler": a number and capitalized words after a place preposition.
const NUMBERED_PLACE = gated(new RegExp(String.raw`\b(?:at|to|on|in|from|near)\s+((?!(?:19|20)\d\d\b)\d{1,6}[A-Za-z]?\s+(?!(?:AM|PM|A\.M|P\.M)\b)(?:${CAP}\s*){1,4})`, 'gu'));

// After a street or a unit: more units, then the town, region, country and postcode
// ("..., Apt. 4, Springfield, IL 62704", "... Suite 503 Armenomonastiro Cyprus").
const TAIL_PART = String.raw`(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Box|PO Box)\.?\s*#?\d{1,6}[A-Za-z]?|(?!I\b)${CAP}(?:[\s-]+(?:(?!I\b)${CAP}|${PARTICLE}|u|v|am|an|im|sur|upon|on))*(?:\s+\d{3,6}(?:-\d{3,4})?)?|\(${CAP}\)|\d{4,6}(?:-\d{3,4})?)`;
const TAIL = gated(new RegExp(String.raw`^(?:(?:,\s*|[ \t]+)${TAIL_PART})+`, 'u'));
const TAILED = new Set(['street', 'unit', 'cue', 'corner', 'labelled']);

function withTail(text: string, f: Found): Found {
  if (!TAILED.has(f.value ?? '')) return f;
  const m = TAIL.exec(text.slice(f.end));
  return m ? { ...f, end: f.end + m[0].length } : f;
}

// A named street without a number ("on Alder Street", "off Elm St") and numbered roads ("County Road 14").
const NAMED_STREET = gated(new RegExp(String.raw`\b(?:on|off|along|near)\s+((?:${CAP}\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Terrace|Circle)\b\.?)`, 'gu'));
const ROAD = /\b(?:County\s+Road|County\s+Rd|Highway|Hwy|Route|Rte|State\s+Route|Interstate|I-)\s?\d{1,4}\b/g;
// "on 4th", "off Main": a street named by an ordinal, not a floor or a grade.
const ORDINAL_STREET = /\b(?:on|off)\s+(\d{1,3}(?:st|nd|rd|th))\b(?!\s+(?:floor|grade|birthday|anniversary|day|week|month|time|place|round|attempt|try|year|visit|dose|shift|thought|opinion|look|chance|call|base|line|team|string|quarter|period|trimester|of)\b)/g;

const found = (start: number, end: number, confidence: number, value: string): Found => ({ kind: 'address', start, end, confidence, value });

export function findAddresses(text: string): Found[] {
  const out: Found[] = [];
  out.push(...scan(US_STREET, text, (m) =>
    // "the 1948 Cedar Falls team": a year is a house number only before a plain street word.
    /^(?:19|20)\d\d\s/.test(m[0]) && !CORE_SUFFIX.test(m[0]) ? null : found(m.index, m.index + m[0].length, 0.9, 'street'),
  ));
  out.push(...scan(NUMBER_FIRST_FOREIGN, text, (m) => found(m.index, m.index + m[0].length, 0.85, 'street')));
  out.push(...scan(FOREIGN_STREET, text, (m) => {
    // "Katie 3" is a person and a count: an ending like "-tie" alone is not enough for a known name.
    const key = nameKey(m[0].split(/\s/)[0]);
    if (isFirstName(key) || isSurname(key)) return null;
    return found(m.index, m.index + m[0].length, 0.8, 'street');
  }));
  out.push(...scan(UNIT, text, (m) => found(m.index, m.index + m[0].length, /^room/i.test(m[0]) ? 0.5 : 0.8, 'unit')));
  out.push(...scan(NAMED_STREET, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    return found(start, m.index + m[0].length, 0.6, 'street');
  }));
  out.push(...scan(ROAD, text, (m) => found(m.index, m.index + m[0].length, 0.6, 'road')));
  out.push(...scan(ORDINAL_STREET, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    return found(start, m.index + m[0].length, 0.45, 'street');
  }));
  out.push(...scan(SHIP, text, (m) => found(m.index, m.index + m[0].length, 0.8, 'unit')));
  out.push(...scan(SEPARATE_STREET, text, (m) => found(m.index, m.index + m[0].length, 0.8, 'street')));
  out.push(...scan(NUM_WORDS_NUM, text, (m) => found(m.index, m.index + m[0].length, 0.7, 'street')));
  out.push(...scan(CORNER, text, (m) => found(m.index, m.index + m[0].length, 0.8, 'corner')));
  out.push(...scan(ADDRESS_CUE, text, (m) => {
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 100);
    const stop = rest.search(CLAUSE_END);
    const clause = (stop < 0 ? rest : rest.slice(0, stop)).replace(/[\s,.;:]+$/, '');
    // The clause must hold a house number or a postcode, and not just a time ("is at 5 pm").
    if (!/\d/.test(clause) || TIME_AFTER_NUMBER.test(clause) || !/\p{L}{2}/u.test(clause)) return null;
    // "on 5th floor" holds a digit but no house number or place name.
    if (!/\d{2,}/.test(clause) && !/\p{Lu}\p{Ll}/u.test(clause)) return null;
    return found(start, start + clause.length, 0.75, 'cue');
  }));
  out.push(...scan(PLACE_POSTCODE, text, (m) => {
    if (NOT_PLACES.test(m[1]) || /\b(?:19|20)\d\d$/.test(m[1])) return null;
    const start = m.index + m[0].length - m[1].length;
    return found(start, m.index + m[0].length, 0.55, 'postcode');
  }));
  out.push(...scan(CITY_STATE, text, (m) =>
    // "Jane Doe, MD" and "Sam Lee, PA" are credentials, not states, unless a zip code follows.
    /,\s*(?:MD|PA|DO|ME|OR|IN|OK|HI|OH|DE|LA)$/.test(m[0]) ? null : found(m.index, m.index + m[0].length, 0.8, 'city'),
  ));
  out.push(...scan(ZIP, text, (m) => {
    const five = /^\d{5}(?:-\d{4})?$/.test(m[0]);
    if (ZIP_CONTEXT.test(before(text, m.index, 24))) return found(m.index, m.index + m[0].length, 0.9, 'zip');
    // After a state code or a capitalized place on the same line ("Boston, MA 02115", "Uruguay 64677").
    const pre = before(text, m.index, 3);
    const line = text.slice(Math.max(0, text.lastIndexOf('\n', m.index - 1) + 1), m.index);
    if (five && /(?:^|\s)(?:[A-Z]{2}|\p{Lu}[\p{L}'-]+),?\s$/u.test(line) && !/\d/.test(line)) return found(m.index, m.index + m[0].length, 0.75, 'zip');
    return five && /,\s?$/.test(pre) && /\p{Lu}/u.test(line) ? found(m.index, m.index + m[0].length, 0.6, 'zip') : null;
  }));
  out.push(...scan(LETTER_POSTCODE, text, (m) => found(m.index, m.index + m[0].length, 0.8, 'zip')));
  out.push(...scan(DIVISION, text, (m) => found(m.index, m.index + m[0].length, 0.8, 'division')));
  out.push(...scan(PLACE_CUE, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    return found(start, m.index + m[0].length, 0.55, 'city');
  }));
  out.push(...scan(LABELLED, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    const value = m[1].replace(/[\s.,;]+$/, '');
    // "address is correct", "home is where..." are not addresses: require a digit or a comma-separated place.
    if (!/\d/.test(value) && !/\p{Lu}[\p{L}]+,\s*\p{Lu}/u.test(value)) return null;
    return found(start, start + value.length, 0.75, 'labelled');
  }));
  out.push(...scan(NUMBERED_PLACE, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    const value = m[1].replace(/\s+$/, '');
    // "on 4 West", "to 5 North": hospital units are named by floor and wing.
    if (/^\d+\s+(?:North|South|East|West|Tower|Wing)\.?$/.test(value)) return null;
    return found(start, start + value.length, 0.6, 'street');
  }));
  return out.map((f) => withTail(text, f));
}
