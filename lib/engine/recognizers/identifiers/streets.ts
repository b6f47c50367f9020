// Street vocabulary: the words that make a phrase a street name, in English and other languages.

// USPS street suffixes (Publication 28) and common abbreviations, singular or plural.
const SUFFIX_WORDS = [
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct',
  'place', 'pl', 'plaza', 'way', 'terrace', 'ter', 'circle', 'cir', 'parkway', 'pkwy', 'highway', 'hwy', 'freeway',
  'expressway', 'square', 'sq', 'trail', 'trl', 'turnpike', 'pike', 'loop', 'row', 'alley', 'crescent', 'close', 'walk',
  'path', 'point', 'ridge', 'run', 'crossing', 'crossroad', 'common', 'garden', 'grove', 'heights', 'hill', 'mews',
  'green', 'park', 'pass', 'port', 'view', 'vista', 'fort', 'wharf', 'route', 'bypass', 'causeway', 'cove', 'creek',
  'estate', 'extension', 'falls', 'ferry', 'field', 'flat', 'ford', 'forge', 'fork', 'gateway', 'glen', 'harbor',
  'haven', 'hollow', 'island', 'isle', 'junction', 'key', 'knoll', 'landing', 'lodge', 'manor', 'meadow', 'mill',
  'mission', 'motorway', 'mount', 'orchard', 'oval', 'overpass', 'passage', 'pine', 'plain', 'ramp', 'ranch', 'rapid',
  'radial', 'shoal', 'shore', 'skyway', 'spring', 'spur', 'stravenue', 'stream', 'summit', 'throughway', 'trace',
  'track', 'trafficway', 'tunnel', 'underpass', 'union', 'valley', 'viaduct', 'village', 'ville', 'well', 'club', 'mall',
].map((w) => (w.length > 3 && !w.endsWith('s') ? `${w}s?` : w)).join('|');
// Street-type words, capitalized, lower case after a name ("Main street") or all caps.
export const SUFFIX = SUFFIX_WORDS.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`).join('|');
// Street words of other languages, as a prefix ("Rua do Arenque 12", "Via Franscini 71") or
// an ending ("Koskikatu 25", "Bundesstrasse 31", "Præstevænget 15", "Harjukuja 54").
export const FOREIGN_PREFIX = 'Rúa|Avda\\.|C/|Paseo|Vicolo|Trg|trg|Rua|Via|Viale|Calle|Carrer|Avenida|Av\\.|Rue|Boulevard|Chemin|Allée|Piazza|Plaza|Praça|Largo|Strada|Ulica|ul\\.|Utca|Ulitsa|Prospekt|Camino|Travessa|Odos|Leoforos|Λ\\.|Οδός|Λεωφόρος';
// Street words written as a separate word after the name ("Villacher Strasse 89", "Kálmán Imre u. 12.").
export const FOREIGN_AFTER = String.raw`(?:[Ss]tra(?:ss|ß)e|[Gg]asse|[Ww]eg|[Aa]llee|[Pp]latz|gate|gata|gatan|vej|veien|vegur|braut|utca|u\.|út|útja|tér|ulica|Str\.|rkp\.|kapu|sokak|[Ss]treet)`;
export const FOREIGN_ENDING = '(?:katu|kuja|tie|polku|väylä|gatan|vägen|gata|väg|gade|vej|vænget|veien|vegen|gate|straße|strasse|str\\.|gasse|weg|allee|platz|damm|ufer|laan|straat|plein|steeg|gracht|utca|út|tér|ulica|ulice|iela|tänav|gatve|sokak|caddesi|street)';
// Connectors inside street and place names ("Rua do Arenque", "Torre del Mar").
export const PARTICLE = String.raw`(?:do|da|dos|das|de|del|dei|della|di|du|des|la|le|van|von|der|den|na|al|el|y)`;

const STREET_SUFFIXES = new Set([
  ...SUFFIX_WORDS.split('|').map((w) => w.replace(/s\?$/, '')),
  'strasse', 'straße', 'gasse', 'weg', 'allee', 'platz', 'utca', 'ulica', 'str',
]);
const STREET_PREFIXES = new Set(FOREIGN_PREFIX.toLowerCase().replace(/\\|\./g, '').split('|'));

/** A street-type word after a street's name ("Street", "Rd", "Strasse"). */
export function isStreetSuffix(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return STREET_SUFFIXES.has(w) || STREET_SUFFIXES.has(w.replace(/s$/, ''));
}

/** A street-type word before a street's name ("Rue", "Via", "Calle"). */
export function isStreetPrefix(word: string): boolean {
  return STREET_PREFIXES.has(word.toLowerCase().replace(/\.$/, ''));
}
