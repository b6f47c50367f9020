// Words read as names that the sentence itself shows are a thing, a place or a business: a
// privacy officer asks whether a person could be recognized, and "the red Tesla", "Peak IV
// Lounge", "dinner at Rosalind's", "the dentist on Walnut" and "ask ur doc" name nobody.
// Read from the frame around the word, so it holds for names no list has.
import type { Doc } from '../../doc';
import { isFirstName, isWordName, nameKey } from '../../lexicons/names';
import type { Subject } from './subjects';

// A determiner of things right before: "the new Vela pump", "a Tesla", "that Immunity Blast".
// (Not "our" or "my": "our Maria" and "my Tyler" are people.)
const THING_BEFORE = /\b(?:the|a|an|this|that|its)\s+(?:[a-z][a-z-]*\s+)?$/i;
// ... unless a person or a role follows: "the Marlow fire chief", "the Garcia twins".
const PERSON_AFTER = /^['’]?s?\s+(?:[a-z-]+\s+)?(?:chief|captain|coach|teacher|nurse|doctor|pastor|priest|mayor|principal|sheriff|owner|driver|player|family|families|twins|triplets|kids?|boys?|girls?|baby|babies|brothers|sisters|guy|lady|man|woman|grandma|grandpa|mom|dad|wife|husband|son|daughter|household|clan)\b/i;
// A trade or product word right after: "Peak IV Lounge", "Cedar Falls Physio", "the Vela insulin pump".
const BUSINESS_AFTER = /^\s+(?:[A-Z][\p{L}'’&-]*\s+){0,2}(?:IV|Drip|Drips|Lounge|Bar|Room|Wellness|Pharmacy|Drugs?|Aesthetics|Spa|Med Spa|Clinic|PT|Physio|Physical Therapy|Chiropractic|Dental|Dentistry|Ortho|Orthodontics|Dermatology|Imaging|Health|Studio|Gym|Fitness|Pilates|Yoga|Supplements?|Supps|Hemp|Nutrition|Apothecary|Urgent Care|Home Care|Daycare|Cafe|Café|Diner|Grill|Kitchen|Bakery|Market|Pantry|Boutique|Salon|Barbershop|Fellowship|Ministries|Church|Academy|Elementary|Middle|High School|Services|Labs?|Inc|LLC|Co)\b|^\s+(?:[a-z]+\s+)?(?:pumps?|monitors?|app|device|salve|cream|gummies|drops|patch|inhaler|scanner|machine|model|brand)\b/u;
// A shop's name may open with its trade, in Spanish as US storefronts write it: "Botica San
// Judas", "Clínica Esperanza", "Té Serenidad", "Panadería Lupita".
const TRADE_FIRST = /^(?:Botica|Cl[ií]nica|Farmacia|Tienda|Panader[ií]a|Taquer[ií]a|Tortiller[ií]a|Carnicer[ií]a|Caf[eé]|T[eé]|Restaurante|Consultorio|Centro|Casa|Salón|Sal[oó]n)\s+\p{Lu}/u;
// A brand written as one word with a trade inside it: "ZipCare", "GlowLab", "VitaMed", "FitRx".
const CAMEL_BRAND = /^\p{Lu}\p{Ll}+(?:Care|Lab|Labs|Health|Med|Meds|Rx|Fit|Spa|Clinic|Pharm|Pharma|Bar|Drip|Drips|Well|Wellness|Vita|Tech|Bio|Glow|Doc|Docs|MD|Scripts?)$/u;
// "Nature's Pantry", "Hilltop Essential Oils": the trade word follows a possessive, or ends a
// capitalized run the name is the start of.
const POSSESSIVE_TRADE = /^['’]s\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,2}(?:Pantry|Kitchen|Market|Apothecary|Oils?|Herbs?|Naturals?|Remedies|Botanicals|Organics|Wellness|Spa|Salon|Drugs?|Pharmacy|Shop|Store|Cafe|Café|Diner|Bakery|Boutique|Studio|Co\.?|Company)\b/u;
const TRADE_AFTER = /^\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,1}(?:Oils?|Herbs?|Naturals?|Remedies|Botanicals|Organics|Essentials|Co\.?|Company|Supply|Goods|Farms?)\b/u;
// A venue known by its owner's name: "dinner at Rosalind's", "took the unit to Lucca's".
const VENUE_BEFORE = /\b(?:at|to|from|inside|outside)\s+$/i;
const POSSESSIVE_AFTER = /^['’]s\b(?!\s+(?:house|home|place|room|bed|apartment|door|side|bedside|mom|dad|wife|husband|son|daughter|family|kids?))/i;
// A street: "the dentist on Walnut", "Sérénité Aesthetics on Armitage".
const STREET_BEFORE = /\b(?:on|off)\s+$/i;
// Words that call someone by their job or relation, in lower case after a possessive: "ask ur doc".
const COMMON_BEFORE = /\b(?:your|ur|yr|my|our|his|her|their|the|a|an)\s+$/i;
// A saint's name is a church, a hospital or a plant: "St. Paul's quilting circle", "St. John's wort".
const SAINT = /(?:^|\b)(?:St|Saint|San|Santa|Santo)\.?\s+$/;
// A name given to a thing or an animal: "a CPR dummy named Steve", "our sim mannequin 'stan'",
// "my dog Biscuit". A mannequin's codes and a pet's vet visits are nobody's health information.
const THING_NAMED = /\b(?:dumm(?:y|ies)|mannequins?|manikins?|sim|simulator|doll|robot|dogs?|pup|puppy|cats?|kitten|kitty|horse|pony|hamster|bunny|parrot|pet)\s+(?:(?:named|called|nicknamed|dubbed)\s+)?['"‘“]?$/i;
// Chat spellings of everyday words typed in lower case ("honestly tho", "ngl", "thru"): never a given name.
const CHAT_WORD = /^(?:tho|thru|cuz|coz|bc|ur|u|ya|yall|lol|lmao|omg|tbh|ngl|imo|idk|irl|btw|fyi|smh|ikr|rn|pls|plz|thx|ty|np|kinda|gonna|wanna|gotta)$/i;
// Abstract nouns by their endings, and languages, capitalized as headings or as names of things.
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:ship|ment|ness|tion|sion|ance|ence|ism|ology)$/u;
const LANGUAGE = /^(?:English|Spanish|French|German|Italian|Portuguese|Chinese|Mandarin|Cantonese|Japanese|Korean|Vietnamese|Tagalog|Arabic|Russian|Hindi|Urdu|Somali|Haitian|Creole|Polish|Ukrainian|Hmong|Navajo|Latin)$/;
// A book of scripture cited by chapter and verse: "1 Peter 5:7", "John 3:16".
const CHAPTER_AND_VERSE = /^\s+\d{1,3}:\d{1,3}\b/;

export function notAPerson(doc: Doc, s: Subject): boolean {
  if (s.kind !== 'name' || s.addressed) return false;
  const text = doc.text.slice(s.start, s.end);
  if (text.startsWith('@')) return false;
  const before = doc.text.slice(Math.max(0, s.start - 24), s.start);
  const after = doc.text.slice(s.end, s.end + 40);
  if (SAINT.test(before) || /^(?:St|Saint)\.?\s/.test(text)) return true;
  if (BUSINESS_AFTER.test(after)) return true;
  if (TRADE_FIRST.test(text) || CAMEL_BRAND.test(text) || POSSESSIVE_TRADE.test(after) || TRADE_AFTER.test(after)) return true;
  // ... or the last word of the name itself: "Valle Baby Imaging", "Rapids Physical Therapy".
  // (A place named for its owner, "Mel's Diner", may still point to its regulars: left to the link.)
  if (/\s/.test(text) && !/['’]s\s/.test(text) && BUSINESS_AFTER.test(` ${text.split(/\s+/).pop()}`) && !/^(?:Dr|Mr|Mrs|Ms)\b/.test(text)) return true;
  if (VENUE_BEFORE.test(before) && POSSESSIVE_AFTER.test(after)) return true;
  // A title before an acronym is a heading, not a person: "Grandma PSA:", "Nurse FYI".
  if (/^[\p{L}]+\.?\s+[A-Z]{3,}$/u.test(text)) return true;
  const titled = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Coach|Pastor|Father|Rev|Sister|Brother|Officer|Nurse|Aunt|Uncle|Grandma|Grandpa|Se[ñn]ora?|Se[ñn]orita|Sra?|Srta|Don|Doña)\b/i.test(text);
  if (titled) return false;
  if (THING_NAMED.test(before) || CHAPTER_AND_VERSE.test(after)) return true;
  if (THING_BEFORE.test(before) && !PERSON_AFTER.test(after)) return true;
  const single = !/\s/.test(text);
  const key = nameKey(text);
  // An abstract noun or a language no one is named ("Leadership told us", "learn English"):
  // read as a name only because it is capitalized.
  if (single && !isFirstName(key) && (ABSTRACT_NOUN.test(text) || LANGUAGE.test(text))) return true;
  if (single && STREET_BEFORE.test(before) && !isFirstName(key)) return true;
  // A lower-case word after a possessive or an article is a common noun ("ur doc", "the grace of").
  // (As typed: a caseless line is given capitals before the detectors read it.)
  if (single && /^[a-z]/.test(doc.normalized.cased.slice(s.start, s.end)) && COMMON_BEFORE.test(before)) return true;
  // Typed in lower case, an everyday word that is no given name is the word ("it's fine", "round
  // two"), unless a bed follows ("grace in 12").
  if (single && /^[a-z]/.test(doc.normalized.cased.slice(s.start, s.end)) && isWordName(key) && !isFirstName(key) && !/^\s+(?:in|from)\s+\d/i.test(after)) return true;
  if (single && /^[a-z]/.test(doc.normalized.cased.slice(s.start, s.end)) && CHAT_WORD.test(text)) return true;
  // A capitalized word that opens the sentence and is also an everyday word ("Need PT?", "Sun's out").
  const sentence = doc.sentences[s.sentence];
  if (single && sentence && s.start === sentence.start && isWordName(key) && !isFirstName(key)) return true;
  return false;
}
