// The words around names: titles, credentials, particles, words that are never names, the heads of
// organizations, and the cues before and after a word that make it a person.

// Titles that always introduce a name (with or without a period).
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'mister', 'madam', 'mme', 'mlle', 'sr', 'sra', 'srta', 'herr', 'frau']);
import { gated } from '../../text/regex-gate';
// Role words that are titles only when capitalized and followed by a capitalized word ("Nurse Joy", "Coach K").
export const ROLE_TITLES = new Set([
  'nurse', 'doctor', 'doc', 'pastor', 'father', 'fr', 'sister', 'brother', 'rabbi', 'imam', 'chaplain', 'reverend', 'rev',
  'deacon', 'bishop', 'officer', 'deputy', 'sheriff', 'detective', 'det', 'sergeant', 'sgt', 'captain', 'capt', 'lieutenant',
  'lt', 'major', 'colonel', 'col', 'general', 'gen', 'corporal', 'cpl', 'private', 'pvt', 'coach', 'judge', 'justice',
  'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor', 'president', 'aunt', 'auntie', 'uncle',
  'grandma', 'grandpa', 'granny', 'nana', 'papa', 'cousin', 'sir', 'dame', 'lady', 'lord', 'professor', 'dean',
  'principal', 'midwife', 'therapist', 'counselor', 'ranger', 'firefighter', 'trooper', 'agent',
]);
// Post-nominal credentials: "Jane Doe, RN" makes the words before it a name.
export const POST_NOMINALS = /^,?\s*(?:RN|LPN|LVN|CNA|NP|APRN|CRNA|PA-C|PA|MD|DO|DDS|DMD|DPM|DNP|PhD|PharmD|MSN|BSN|MPH|MBA|FACS|FACP|LCSW|LMFT|PT|DPT|OT|OTR|RT|RRT|EMT|Jr|Sr|II|III|IV)\b/;
// Connectors inside a name ("Ludwig van Beethoven", "Maria de la Cruz").
export const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'della', 'di', 'la', 'le', 'du', 'dos', 'das', 'der', 'den', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'ben', 'mac', 'st', 'y']);
// Capitalized words that are never part of a person's name in a post.
export const NEVER = new Set(
  ('i im ive id ill me my mine we us our you your he him his she her they them their it its this that these those the a an ' +
    'and or but if so as at by for from in into of on to with without is are was were be been am do does did has have had ' +
    'not no yes ok okay hi hello hey dear thanks thank please sorry congrats congratulations happy merry welcome good great ' +
    'best love god lord jesus christ allah bible church who what when where why how which there here then now today tomorrow ' +
    'yesterday tonight everyone everybody someone somebody anyone nobody all any each every some many most much more less ' +
    'new old big little first last next north south east west mr mrs ms dr').split(' '),
);
// Words after a capitalized run that make it an organization or a place, not a person.
export const ORG_HEADS = new Set(
  ('hospital hospitals clinic clinics center centre centers health healthcare medical medicine university college school ' +
    'institute foundation inc llc ltd corp corporation company co group bank church street st avenue ave road rd boulevard ' +
    'blvd lane drive park county city town village valley hall house home homes pharmacy labs lab laboratory systems system ' +
    'services service network partners associates society association council department dept unit wing ward campus ' +
    'memorial cancer heart children childrens orchestra band club team museum library airport station mall market store ' +
    'cafe restaurant hotel inn institute press times news magazine weekly daily records studios motors airlines insurance ' +
    // Trade words a local business is named by: "Hartley Drug", "Core & Cedar Pilates", "Cedar Falls Physio".
    'drug drugs apothecary spa aesthetics pilates physio juicery supplements hemp studio salon fitness gym wellness chiropractic dental dentistry imaging bakery diner grill farms realty plaza').split(' '),
);
// Tags compromise gives to words that are places, organizations or dates rather than people.
export const NOT_PERSON_TAGS = ['Place', 'City', 'Country', 'Region', 'Organization', 'Month', 'WeekDay', 'Date', 'Value'];
export const NON_NAME_POS = ['Verb', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Expression', 'QuestionWord', 'Value'];

// Phrases that name someone: any capitalized word after them is taken as a name.
export const NAMING = /(?:\bname(?:'s| is| was|s are)?|\bnamed(?: (?:him|her|them|it))?|\bcalled|\bcall(?:s)? (?:me|him|her)|\bknown as|\bgoes by|\bnicknamed|\bi'?m|\bi am|\bthis is|\bit['’]s(?: under)?|\bdear|\bhi|\bhello|\bhey|\bsays|\bsaid|\basked|\btold|\bremember me|\bleave me|\bstarring|\bfeaturing|\b(?:directed|written|produced|sung|played|performed) by|\bmy (?:kid|son|daughter|child|wife|husband|partner|mom|mum|mother|dad|father|brother|sister|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|niece|nephew))[\s,:]*$/i;
// Words before a name that make a known name or a person-tagged word a person ("thanks, Joy",
// "my patient Will"); organizations follow them too, so they do not make an unknown word a name.
export const INTRO = /(?:\bmeet|\bpatient|\bpt|\bresident|\bclient|\bthanks?(?: you)?|\bthank you|\bcongrat(?:s|ulations)(?: to)?|\bshout ?out to|\bwelcome|\bsay hi to|\bguardian|\badd|\baccording to|\bassistant to|\bfollow(?:ing)? up with|\bspeak (?:to|with)|\bspoke (?:to|with)|\btalked (?:to|with)|\bmarried|\bmy (?:kid|son|daughter|child|wife|husband|partner|mom|mum|mother|dad|father|brother|sister|friend|patient|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|niece|nephew|neighbor|neighbour|boss|coworker|colleague)|\b(?:songwriter|singer|player|writer|author|actor|actress|director|producer|commenter|nurse|doctor|physician|surgeon|therapist|coach|teacher|ceo|founder|manager))[\s,:]*$/i;
// Verbs that only people do, or an age in apposition ("Vance, 58,"): after one, even an unknown
// capitalized word is a name.
export const PERSON_ONLY_AFTER = /^(?:,?\s*\(\d{1,3}\)|,\s*\d{1,3}\s*[,.]|,?\s+(?:said|says|asked|asks|told|tells|wrote|writes|replied|shouted|explained|texted|emailed|spoke|speaks|died|passed\s+away|was\s+(?:admitted|discharged|born|diagnosed|rushed|influenced)|lives|lived|who|is\s+from|spent\s+(?:a|\d+|two|three|several)\s+(?:year|month|week|day)s?|began\s+(?:writing|working|singing|his|her)|had\s+given|will\s+be\s+(?:talking|speaking|presenting|singing|performing|joining)|\p{Ll}+(?:ed|s)\s+(?:his|her)|and\s+(?:his|her)\s)\b)/iu;
// Place prepositions: "in Sedona", "at Northgate" name a place more often than a person.
export const PLACE_BEFORE = /\b(?:in|near|outside|inside|across|around)\s+$|(?<!\b(?:shouted|yelled|looked|smiled|laughed|waved|stared|screamed|pointed|mad|angry|upset)\s)\bat\s+$/i;
// A possessive after a name: evidence only for words known as names (companies have possessives too).
export const POSSESSIVE_AFTER = /^(?:['’]s\b|['’]\s)/;
// Words after a name that show it is a person.
export const PERSON_AFTER = /^,?\s+(?:called|posted|shared|turned|is\s+(?:a|an|the|very|so|such|my|our|doing|recovering|home|back|still)|was\s+(?:a|an|the|very|so|my|our|seen|brought)|were\s+(?:\w+\s+)?(?:engineers|friends|married|partners|brothers|sisters)|has\s+been|had\s+(?:a|an|been)|will\s+be|just\s+has|spent|began|listed)\b/i;
// Eponyms: "Alzheimer's", "a Whipple", "Crohn disease" name a condition or a procedure, not a person.
export const EPONYMS = new Set(
  ('alzheimer parkinson crohn hodgkin huntington tourette asperger cushing hashimoto raynaud sjogren kawasaki guillain ' +
    'whipple fabry gaucher marfan meniere kaposi munchausen duchenne apgar heimlich foley klinefelter nissen billroth ' +
    'lasik ebola zika').split(' '),
);
export const EPONYM_AFTER = gated(/^(?:['’]s?)?\s+(?:disease|syndrome|palsy|sarcoma|lymphoma|procedure|operation|maneuver|manoeuvre|test|score|scale|sign|reflex|catheter|fundoplication|ulcer|phenomenon|anomaly|fracture|fever)\b/i);
// Vocatives: "Nicole, can I ...", "... to town, Mark!"
export const VOCATIVE_AFTER = /^,\s*(?:can|could|would|will|please|i|we|you|thanks|thank|do|did|are|is|have|how|what|where|when|why|remember|let|it's)\b/i;
export const VOCATIVE_END = /^\s*[!?.]*["”]?\s*$/;
// A list that introduces names: "founders: A, B and C", "They had 6: A, B, C".
export const LIST_INTRO = /(?:\b\p{Ll}+s|\d+):\s*(?:[^,.;:!?\s][^,.;:!?]*,\s*)*$/u;
// Words after which a capitalized word starts an address part, not a name ("Mrs. Diana Usamov Suite 913").
export const RUN_STOP = new Set(['apt', 'apartment', 'suite', 'ste', 'unit', 'floor', 'room', 'box', 'po', 'psc', 'bed', 'ward']);
// Initials standing for a person ("J.T. in 5W-22", "R.M.'s hand", "J., a 16-year-old"), when the words around say so.
export const INITIALS = /(?<![\w.])(?:\p{Lu}\.){1,3}(?=['’]s\b|\s+in\s+(?:room\s+|bed\s+)?\d|,\s+(?:a|an|our|my)\s|\s+(?:is|was|has|had|said|told|asked)\b)/gu;
export const NOT_INITIALS = new Set(['U.S.', 'U.K.', 'E.R.', 'O.R.', 'I.V.', 'A.M.', 'P.M.', 'M.D.', 'R.N.', 'D.O.', 'P.A.', 'N.P.', 'E.U.', 'U.N.', 'D.C.', 'T.V.', 'P.T.', 'O.T.', 'E.D.', 'I.C.U.', 'N.I.C.U.', 'P.S.', 'A.I.']);
