// Who a post talks about: identifier mentions from the recognizers, plus the re-identifying
// descriptions a privacy officer would catch (a role and a place, "the only ...", a relative of
// a named person, a co-worker, a distinctive trait), direct address, and ages, dates, rooms.
import { execAllDoc, execDoc, type Span } from '../../by-sentence';
import { memoSpansBySentence, type Doc, type DocSentence } from '../../doc';
import { isFirstName, isWordName, nameKey } from '../../lexicons/names';
import { gated } from '../../text/regex-gate';
import type { Community } from '../../policy';
import { NOT_INITIALS } from '../../recognizers/identifiers/name-cues';
import { DURATION_WORDS } from '../../recognizers/identifiers/contextual';
import { SpanIndex } from '../../sorted';
import { tokenStartingAt } from '../../token-index';
import { atFacility, communityPatterns } from './community';
import { workOf } from './worker';

export type SubjectKind =
  | 'name'
  | 'handle'
  | 'contact'
  | 'record'
  | 'room'
  | 'descriptor'
  | 'unique'
  | 'colleague'
  | 'relative'
  | 'photo'
  | 'age'
  | 'old-age'
  | 'date'
  | 'place'
  | 'address'
  | 'initials';

export interface Subject {
  kind: SubjectKind;
  start: number;
  end: number;
  sentence: number;
  /** A clinician ("Dr. Lee", "our nurse Ana"): their own health counts, their job does not. */
  clinician?: boolean;
  /** Known by an office or a business they run ("the owner of ..."): like a clinician's, their work is not their health. */
  worker?: boolean;
  /** Addressed in the second person ("Hi Jolene", "@sam"): "you/your" refers to them. */
  addressed?: boolean;
  /** The author's own relative ("my dad"): only a fact tied to them tightly is theirs ("had his bypass"). */
  kin?: boolean;
  /** A newborn named in a birth announcement ("Baby Liam"): the whole post is about their birth. */
  newborn?: boolean;
  /** The HIPAA kind to report. */
  hipaa: string;
}

/** Identifiers that make a person identifiable alone; the others need a second one. */
export const STRONG_SUBJECTS: ReadonlySet<SubjectKind> = new Set(['name', 'handle', 'contact', 'record', 'room', 'descriptor', 'unique', 'colleague', 'relative', 'photo', 'old-age', 'address']);

const OCCUPATIONS =
  'mail carrier|mailman|postman|bus driver|school bus driver|crossing guard|teacher|principal|coach|pastor|priest|rabbi|imam|minister|youth pastor|deacon|farmer|rancher|veterinarian|vet|librarian|barista|bartender|waitress|waiter|server|cashier|clerk|mechanic|plumber|electrician|contractor|roofer|carpenter|firefighter|fireman|police officer|cop|officer|deputy|sheriff|trooper|judge|lawyer|attorney|mayor|councilman|councilwoman|senator|state rep|ceo|cfo|owner|manager|banker|realtor|pharmacist|dentist|chiropractor|nurse|doctor|surgeon|paramedic|emt|trucker|truck driver|delivery driver|driver|pilot|soldier|veteran|marine|sailor|athlete|wrestler|swimmer|runner|quarterback|player|goalie|pitcher|cheerleader|drummer|guitarist|bassist|singer|musician|dj|artist|chef|cook|baker|butcher|florist|hairdresser|barber|stylist|janitor|custodian|groundskeeper|lifeguard|nanny|student|sophomore|freshman|junior|senior|kindergartner|kindergartener|grader|valedictorian|professor|scientist|engineer|programmer|reporter|anchor|weatherman|meteorologist|news anchor|beekeeper|machinist|welder|miner|lineman|fisherman|hunter|guide|volunteer|crossing guard|referee|umpire|principal|superintendent|coach|trainer|instructor|tutor|landlord|shop owner|store owner|business owner|director|band director|athletic director|commissioner|alderman|selectman|council member|board member|choir director|lunch lady|running back|linebacker|point guard|shortstop|striker|goalkeeper|captain|CEO|CFO|COO|CNO|CTO|EMT|DJ|VP|President|Superintendent';
const LIFE_STAGE = '(?:new |first-time |young |single |expecting )?(?:mom|mother|mum|mama|dad|father|papa|grandma|grandpa|grandmother|grandfather|bride|groom|newlywed|widow|widower|college student|grad student|med student|nursing student|college athlete)';
const PERSON_NOUN = '(?:guy|man|woman|lady|gentleman|kid|girl|boy|teen|teenager|toddler|baby|infant|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|family|couple|twins|triplets|son|daughter|wife|husband|patient|pt|regular|neighbor|neighbour|local|resident|frequent flyer)';
// Words that tie a role to one small community: "our town librarian", "the high school coach".
const COMMUNITY = "(?:town(?:'s)?|city(?:'s)?|county(?:'s)?|village(?:'s)?|neighborhood|community|parish|church|school|high school|middle school|elementary|local|Channel \\d+|\\d+(?:st|nd|rd|th) grade)";
const TITLE = '(?:[Bb]aby(?: boy| girl)?|Mr|Mrs|Ms|Miss|Mx|Dr|[Ss]e[ñn]ora?|[Mm]aestr[ao]|[Pp]rofe|[Ss]e[ñn]orita|Sra?|Srta|[Dd]oña|[Dd]on|Coach|Pastor|Father|Fr|Rev|Reverend|Sister|Brother|Officer|Deputy|Sheriff|Judge|Mayor|Principal|Professor|Prof|Grandma|Grandpa|Aunt|Uncle|Nurse|Sgt|Captain|Capt|Chief)';
const CLINICIAN_WORD = /\b(?:cno|cmo|chief nursing officer|chief medical officer|doc|doctor|dentist|orthodontist|surgeon|nurse|pharmacist|chiropractor|physician|therapist|provider|psychiatrist|anesthesiologist|dermatologist|pediatrician|ob|obgyn|midwife)\b/i;
const CLINICIAN_TITLE = /^(?:dr|nurse)\b/i;
export const CLINICIAN_ROLE = 'preceptor|mentor|supervisor|nurse|charge nurse|charge|night charge|day charge|doctor|physician|surgeon|resident|intern|attending|fellow|pa|np|cna|tech|therapist|pharmacist|unit secretary|secretary|colleague|coworker|co-worker|manager|director|chaplain|aide|medic|scrub tech|anesthesiologist|hospitalist|pgy-?\\d|provider|receptionist|educator';
const RELATION = '(?:(?:teenage|teen|little|baby|older|younger|oldest|youngest|adult|elderly|new)\\s+)?(?:mom|mother|mama|momma|mommy|dad|father|daddy|papa|pops|wife|husband|son|daughter|kid|kids|baby|grandma|grandpa|granny|nana|grandmother|grandfather|grandson|granddaughter|sister|brother|aunt|uncle|niece|nephew|cousin|boyfriend|girlfriend|partner|fiance|fiancee|teacher|coach|boss|neighbor|roommate|little one)';

// A number with a unit after "a kid in" is how long or how much, not a bed: "pinned a kid in 38
// seconds", "the guy in 10 minutes flat", "fixed it in 3 sessions", "in 3 of my clients", "in 4-point restraints".
const NOT_A_BED = String.raw`(?!\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|%|degrees?|°|miles?|mi\b|laps?|reps?|rounds?|pounds?|lbs?|kg|k\b|points?|pts\b|goals?|innings?|sets?|games?|matches?|min\b|sec\b|s\b|m\b|h\b|sessions?|visits?|doses?|shots?|treatments?|tries|attempts?|steps?|of\b|out of\b|-[a-z]))`;

// Whose relative nobody can tell: "somebody's grandpa", "people's kids".
const INDEFINITE = String.raw`(?:somebody|someone|anybody|anyone|everybody|everyone|nobody|people|person|folks|one|other|another|each|y'?all)`;

interface Rule {
  kind: SubjectKind;
  re: RegExp;
  hipaa: string;
  clinician?: (m: RegExpExecArray) => boolean;
  addressed?: boolean;
  kin?: boolean;
}

const RULES: Rule[] = [
  // "Mrs. Alvarez", "Mr. K", "Coach Brandvold", "Dr. Ingrid Halvorsen"
  { kind: 'name', hipaa: 'name', re: new RegExp(`\\b${TITLE}\\.?\\s+(?:[A-Z][\\p{L}'’-]+|[A-Z]\\.?)(?:\\s+[A-Z][\\p{L}'’-]+){0,2}`, 'gu'), clinician: (m) => CLINICIAN_TITLE.test(m[0]) },
  // Initials: "R.M.", "J.T.", "J., a 16-year-old"
  // Initials after a patient noun stand for a name: "Client J.R.", "pt M.K."
  { kind: 'name', hipaa: 'name', re: /(?<=\b(?:[Cc]lient|[Pp]atient|[Pp]t|[Rr]esident)\s+)[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?/g },
  { kind: 'initials', hipaa: 'name', re: /\b[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?|\b[A-Z]\.(?=,\s+(?:a|an|our|my)\s)/g },
  { kind: 'handle', hipaa: 'url', re: /(?<![\w.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/g, addressed: true },
  { kind: 'contact', hipaa: 'email', re: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
  { kind: 'contact', hipaa: 'phone', re: /(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b/g },
  { kind: 'record', hipaa: 'mrn', re: /\b(?:mrn|medical record|record|acct|account|member id|policy|claim|dos)\s*(?:#|no\.?|number)?\s*:?\s*[\d][\d/-]{2,}/gi },
  // "room 412", "Rm 14", "bed 9", "bay 6", "pod 4", "Trauma 2", "5W-22", "in 303" after a name
  // ("in bed 4 hours early" is time in bed, not bed 4.)
  { kind: 'room', hipaa: 'other-id', re: new RegExp(String.raw`\b(?:room|rm|bed|bay|pod|trauma|stretcher|suite|chair|isolation)\s*#?\s?\d{1,4}[A-Z]?\b(?!\s*(?:${DURATION_WORDS}|:\d))|\b\d{1,2}[WENS]-\d{1,3}\b`, 'gi') },
  { kind: 'room', hipaa: 'other-id', re: new RegExp(`(?<=\\b(?:pt|patient|lady|guy|gentleman|kid|man|woman)\\s+in\\s+)(?!(?:19|20)\\d\\d\\b)\\d{1,4}[A-Z]?\\b${NOT_A_BED}`, 'gi') },
  // Spanish beds and rooms: "cama 3", "habitación 12", "cuarto 5" (with a number, never "el cuarto día").
  { kind: 'room', hipaa: 'other-id', re: /(?<![\p{L}])(?:cama|cuarto|habitaci[oó]n|camilla|cub[ií]culo)\s*#?\s*\d{1,4}[A-Z]?\b/giu },
  // "la señora de la 4", "el señor del 12": a person placed by their bed number, as Spanish-speaking units say it.
  { kind: 'room', hipaa: 'other-id', re: /(?<=\b(?:señora|señor|señorita|paciente|niña|niño|bebé|bebe|muchacha|muchacho|viejit[oa]|abuelit[oa]|don\s+\p{L}+|doña\s+\p{L}+)\s+(?:de|del|en)\s+(?:la\s+|el\s+)?)\d{1,4}[A-Z]?\b(?!\s*(?:años|anos|meses|semanas|días|dias|horas|%|kg|lbs?))/giu },
  // "the diabetic in 318", "the old farmer in 22": a person and a number is a bed (not a year).
  { kind: 'room', hipaa: 'other-id', re: new RegExp(`(?<=\\b(?:the|our|my)\\s+(?:[a-z-]+\\s+){1,2}in\\s+)(?!(?:19|20)\\d\\d\\b)\\d{2,4}[A-Z]?\\b${NOT_A_BED}`, 'gi') },
  // "Gloria in 6B", "Hughes in 12": a name and a number is a bed.
  { kind: 'room', hipaa: 'other-id', re: new RegExp(`(?<=\\b[A-Z][\\p{L}'-]+\\s+in\\s+)(?!(?:19|20)\\d\\d\\b)\\d{1,4}[A-Z]?\\b${NOT_A_BED}`, 'gu') },
  { kind: 'room', hipaa: 'other-id', re: new RegExp(`(?<=\\b${TITLE}\\.?\\s+[A-Z][\\p{L}'-]+,?\\s+)(?:in\\s+)?(?!(?:19|20)\\d\\d\\b)\\d{2,4}\\b(?!\\s*(?:days?|weeks?|months?|years?|minutes?|mins?|hours?|hrs?|%|seconds?))`, 'gu') },
  // "the only veterinarian in a town of 2,000", "the last surviving member", "the longest COVID stay"
  { kind: 'unique', hipaa: 'other-id', re: /\bthe (?:only|last surviving|first|longest|oldest|youngest|tallest|biggest)\s+(?!(?:time|times|day|days|thing|things|step|steps|week|month|year|night|shift|place|places|one that|option|options|way|ways|reason|med|meds|medication|medications|medicine|drug|drugs|pill|pills|treatment|treatments|product|products|brand|clinic|hospital|pharmacy|practice|program|cure|fix|test|vaccine|supplement|[\w-]+ (?:med|meds|medication|drug|pill|treatment|product|clinic|place))\b)(?:[\w-]+\s+){0,4}?(?:in|on|at|from|of|who|that|our|this|we've|we have|ever)\b(?:\s+[\w'-]+){1,6}/gi },
  { kind: 'unique', hipaa: 'other-id', re: /\b(?:first|last) (?:baby|babies|birth|patient|patients) (?:born )?of the (?:new )?(?:year|decade|century)\b|\bnew year's baby\b/gi },
  { kind: 'unique', hipaa: 'other-id', re: /\b(?:everyone knows who|you know who I mean|if you follow|famous|local celebrity|well-known)\b/gi },
  // A person the whole community knows: "literally everybody in town knows him".
  { kind: 'unique', hipaa: 'other-id', re: /\b(?:everybody|everyone|every(?:one|body) (?:in|around) (?:town|the county|here|[A-Z][\p{L}]+)|the whole (?:town|county|church|school|unit|floor))\s+(?:in (?:town|the county|here)\s+)?(?:knows|loves|adores)\s+(?:him|her|them|this (?:guy|man|woman|lady|kid))\b/giu },
  // A role and a place: "the Millbrook mail carrier", "a youth pastor here in Cedar Falls",
  // "the barista at Beanline", "a sophomore at Westfield High", "the CEO of a certain company"
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Mm]y|[Yy]our)\\s+(?:(?:new|old|former|young|local)\\s+)?(?:[A-Z][\\p{L}'’-]+\\s+){1,3}(?:(?:star|starting|head|assistant|new|longtime)\\s+)?(?:${OCCUPATIONS})\\b`, 'gu') },
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Mm]y)\\s+(?:[a-z-]+\\s+){0,2})?(?:(?:${OCCUPATIONS})s?|(?:\\d+(?:st|nd|rd|th) )?grade teacher)\\s+(?:here\\s+)?(?:at|from|of|in|on|for|with)\\s+(?:a\\s+certain\\s+|the\\s+|our\\s+|just outside\\s+)?(?:[\\w-]+\\s+){0,3}?(?!I['’])[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)*(?:\\s+[\\w-]+)?(?:\\s+(?:company|school|team|church|store|shop|farm|plant|firm|bar|restaurant|cafe|diner|salon|garage|bank|office|club))?`, 'gu') },
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:${PERSON_NOUN}|the one|someone|(?:${OCCUPATIONS}))\\s+(?:who|that)\\s+(?:runs|owns|coaches|teaches|plays|works|drives|manages|sings|coached|taught|played|worked|drove|managed)\\b[^.!?\\n]{0,50}?\\b[A-Z][\\p{L}'-]+`, 'gu') },
  // A role in a small community: "our town librarian", "the high school football coach", "the Channel 8 weatherman"
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:[Tt]he|[Oo]ur|[Mm]y|[Aa]n?)\\s+${COMMUNITY}\\s+(?:[\\w-]+\\s+){0,2}?(?:${OCCUPATIONS})\\b`, 'gu') },
  // A role and what they did somewhere: "the farmer who rolled his tractor off County Road 12"
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:[Tt]he|[Tt]hat)\\s+(?:[a-z-]+\\s+)?(?:${OCCUPATIONS})\\s+(?:who|that)\\s+[a-z]+(?:ed|s)\\b[^.!?\\n]{0,50}?\\b[A-Z][a-z][\\p{L}'-]*`, 'gu') },
  // A role in our community: "a firefighter in our county", "the owner of the Blue Heron diner"
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:(?:${OCCUPATIONS})\\s+(?:(?:at|in|from|of)\\s+(?:an?|the)\\s+[\\w-]+\\s+)?(?:in|from|at)\\s+(?:our|this|my)\\s+(?:small\\s+|little\\s+)?(?:town|county|village|community|parish|neighborhood|church|congregation)|(?:[Tt]he|[Oo]ur)\\s+owner\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\p{L}'-]+\\s+){1,3}(?:[a-z]+\\b)?)`, 'gu') },
  // A role tied to the writer's own street, route or block, or to a named place: "the mail carrier
  // on my street", "our favorite mail carrier on the Maple Ave route", "the crossing guard at our school".
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:the|our|my|that|ur|your|yr)\\s+(?:(?:favorite|favourite|fav|usual|regular|old|new|sweet|beloved)\\s+)?(?:${OCCUPATIONS})\\s+(?:on|for|at|of|from|in|by|near)\\s+(?:(?:my|our|the)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:street|route|block|road|rd|ave|avenue|lane|corner|neighborhood|building|bus|school|church|team|store|shop|bank|station|plant|mill|farm|diner|library|post office)\\b|(?:route|rt|bus|line)\\s*#?\\s*\\d+\\b)`, 'giu') },
  // Someone known by the business or job they run in town: "the guy who runs the Sunoco on Main",
  // "the lady who owns the hardware store", "la señora q vende elotes afuera del HEB".
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:the|that|this|la|el|una?)\\s+(?:[a-z-]+\\s+)?(?:${PERSON_NOUN}|one|dude|señora|señor|muchacha|muchacho|chavo|chava)\\s+(?:who|that|q|que)\\s+(?:runs|ran|owns|owned|manages|drives|sells|works the|cuts|delivers|coaches|teaches|preaches|bartends|vende|tiene|maneja|trabaja en)\\s+(?:(?:the|a|an|our|my|el|la|los|las|un|una)\\s+)?[\\p{L}'’-]+`, 'giu') },
  // A teaser that points readers at one person they can name: "guess which city council member ...",
  // "you'll never guess what teacher ...". The reader is asked to identify them.
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:guess|wonder|know|tell)\\s+(?:which|what|whose)\\s+(?:[\\w-]+\\s+){0,3}?(?:${OCCUPATIONS}|council member|${PERSON_NOUN})s?\\b`, 'gi') },
  // A well-known local person: "which local news anchor", "our town's mayor"
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:local|our town's|the town's|a well-known|a certain|a famous|a beloved)\\s+(?:[\\w-]+\\s+)?(?:${OCCUPATIONS})\\b`, 'gi') },
  // A person and a specific event or place: "the kid who broke his arm jumping off the Cedar Falls water tower"
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`(?:\\b(?:[Tt]he|[Tt]hat|[Tt]his|[Aa]n?)\\s+(?:[a-z-]+\\s+)?|\\b(?:[Ll]ittle|[Yy]oung|[Ee]lderly)\\s+)${PERSON_NOUN}\\s+(?:who|that|from|with|at)\\b[^.!?\\n]{0,60}?\\s[A-Z][\\p{L}'-]+(?:\\s[A-Z][\\p{L}'-]+)*`, 'gu') },
  // A person and the group they belong to, in any case: "the kid from the harlan hawks jv team",
  // "that lady from the bank on main".
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:the|that|this)\\s+(?:[a-z-]+\\s+)?(?:${PERSON_NOUN})\\s+(?:from|on|at|with)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){1,3}(?:team|squad|school|church|club|band|choir|plant|mill|store|shop|diner|troop|league|crew|academy|college|dealership|farm|bank)\\b`, 'gi') },
  // Someone known by where they are seen: "the guy who sleeps behind the library"
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:[Tt]he|[Tt]hat)\\s+(?:[a-z-]+\\s+)?${PERSON_NOUN}\\s+(?:who|that)\\s+[a-z]+\\b[^.!?\\n]{0,30}?\\b(?:behind|outside|near|at|in front of|under|by)\\s+the\\s+(?:[a-z]+\\s+)?(?:library|church|post office|gas station|courthouse|school|park|bridge|station|bus stop|dollar store|grocery store|laundromat|diner|bar|shelter|mall|overpass|square|fountain|river)\\b`, 'gu') },
  // A distinctive trait: "the guy with the dragon tattoo", "in a full Elvis costume", "jersey #23"
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b${PERSON_NOUN}\\s+(?:with|in|wearing)\\s+(?:the|a|an|his|her)\\s+[^.!?\\n]{0,40}?\\b(?:tattoo|tattoos|costume|suit|jersey|uniform|door|truck|car|hat|dog|mohawk|hair|beard|dreadlocks|piercings?|scar|wheelchair|accent)\\b`, 'gi') },
  { kind: 'descriptor', hipaa: 'other-id', re: /\b(?:jersey|number|no\.)\s*#\s?\d{1,3}\b|\b[Tt]he (?:family|house|couple) on [A-Z][\p{L}]+ (?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr)\b(?:\s+with the [\w\s-]{1,20}?(?:door|house|porch|fence|truck|car|yard))?/gu },
  // The same in any case, when the street word and a trait of the house make it one household:
  // "the family on alder street with the green door".
  { kind: 'descriptor', hipaa: 'other-id', re: /\bthe (?:family|house|couple|guy|lady|man|woman|kid|folks) on \p{L}+ (?:street|st|avenue|ave|road|rd|lane|ln|drive|dr)\b\s+with the [\w\s-]{1,20}?(?:door|house|porch|fence|truck|car|yard|shutters|roof|mailbox)\b/giu },
  // A leader of an outfit left unnamed on purpose: "the CEO of a certain farm-equipment company".
  { kind: 'descriptor', hipaa: 'other-id', re: /\bthe\s+(?:ceo|cfo|coo|president|founder|owner|head|chairman|director)\s+of\s+(?:a\s+certain|a\s+local|our\s+local|the\s+local)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:company|business|firm|bank|store|shop|chain|plant|mill|factory|dealership|restaurant|church|team|school|practice|clinic)\b/giu },
  // A role at a school or a works, in any case: "the head wrestling coach at west high", "a lunch lady at lincoln elementary".
  { kind: 'descriptor', hipaa: 'other-id', re: new RegExp(`\\b(?:the|our|a|an|my)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${OCCUPATIONS})\\s+(?:at|from|of|for)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){1,2}(?:high|high school|elementary|middle school|middle|academy|prep|jr high|junior high)\\b`, 'giu') },
  // "our charge nurse Rosalind", "our night charge on 4 North", "Marisol at the 2 West desk"
  { kind: 'colleague', hipaa: 'other-id', clinician: () => true, re: new RegExp(`\\b(?:our|my|a)\\s+(?:own\\s+)?(?:(?:new|old|former|longtime|night|day|favorite)\\s+)?(?:${CLINICIAN_ROLE})(?:\\s+(?:${CLINICIAN_ROLE}))?\\b(?:\\s+(?:[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?|on\\s+\\d+\\s?[A-Z][a-z]+|in\\s+our\\s+[\\w-]+\\s+program|from\\s+[A-Z][\\p{L}]+))`, 'gu') },
  // A co-worker known by role alone where the role is one person: a role held once per unit
  // ("our charge nurse", "my preceptor"), or any role narrowed to a shift or unit ("the new
  // pharmacist on nights", "a tech in the ED"). Plural roles ("our nurses") are a group, and
  // the sentence must go on about her or him: "the pharmacist on nights can answer your questions" is a service.
  { kind: 'colleague', hipaa: 'other-id', clinician: () => true, re: new RegExp(`\\b(?:our|my|the|a certain|one of our)\\s+(?:(?:new|old|former|longtime|favorite|day shift|night shift|weekend|day|night)\\s+)?(?:(?:charge nurse|night charge|day charge|unit secretary|unit clerk|unit manager|nurse manager|preceptor|supervisor|educator|chief resident|program director|pd|apd|medical director|house supervisor|residency coordinator)\\b(?!\\s+(?:role|position|meeting|course|class|program|job|training|of the year))|(?:${CLINICIAN_ROLE})\\s+(?:on\\s+(?:nights|days|evenings|weekends|nocs|the (?:night|day|evening) shift|\\d+\\s?(?:north|south|east|west|[nsew])\\b)|in\\s+(?:the\\s+)?(?:ed|er|icu|nicu|picu|pacu|or|pharmacy|lab|cath lab)\\b))(?=[^\\n]{0,160}?\\b(?:she|he|her|his|him|she's|he's)\\b)`, 'giu') },
  // A role held once in a workplace: "our clinic director", "our unit manager", "our only respiratory therapist".
  { kind: 'colleague', hipaa: 'other-id', clinician: () => true, re: new RegExp(`\\b(?:our|my)\\s+(?:(?:clinic|unit|practice|office|department|dept|floor|pharmacy|lab|nurse|nursing|medical|practice)\\s+(?:director|manager|supervisor|coordinator|secretary|administrator|educator)|only\\s+(?:[\\w-]+\\s+)?(?:${CLINICIAN_ROLE}|hygienist|receptionist))\\b(?=[^\\n]{0,160}?\\b(?:she|he|her|his|him|she's|he's|they|their)\\b|\\s+(?:(?:at|in|on|from)\\s+(?:[\\w-]+\\s+){1,3})?(?:tested|has|had|is|was|got)\\b)`, 'giu') },
  // A co-worker everybody knows, or one of "ours" by workplace: "the radiology tech everybody loves at our hospital".
  { kind: 'colleague', hipaa: 'other-id', clinician: () => true, re: new RegExp(`\\b(?:the|our|my)\\s+(?:[\\w-]+\\s+){0,2}?(?:${CLINICIAN_ROLE}|hygienist|receptionist|front desk|scheduler|janitor|housekeeper|transporter)\\s+(?:(?:who|that)\\s+)?(?:(?:everybody|everyone|all of us|the whole (?:unit|floor|team|hospital|clinic))\\s+(?:loves|knows|adores|likes)\\b|(?:at|from|in)\\s+our\\s+(?:hospital|clinic|office|practice|pharmacy|lab|department|dept)\\b(?=[^\\n]{0,160}?\\b(?:she|he|her|his|him|she's|he's)\\b))`, 'giu') },
  // A role one person holds in a community: "the mayor", "our police chief", "the town's only pediatrician"
  { kind: 'descriptor', hipaa: 'other-id', re: /\b(?:[Tt]he|[Oo]ur)\s+(?:(?:new|old|former|current|town|city|county|local|head)\s+)?(?:mayor|sheriff|police chief|fire chief|governor|lieutenant governor|senator|congress(?:man|woman)|district attorney|city manager|school superintendent|superintendent|high school principal|head coach|football coach|basketball coach|news anchor|weatherman|meteorologist|pastor|priest|rabbi|imam|bishop|county judge)\b(?!\s+(?:of\s+)?(?:at|in|for)\s+(?:another|other|a different))/g },
  // A role one person holds at a named organization: "Northgate's pharmacy director", "the CFO of Lakeshore".
  { kind: 'descriptor', hipaa: 'other-id', re: /\b[A-Z][\p{L}'.-]+(?:\s+[A-Z][\p{L}'.-]+){0,2}['’]s\s+(?:new\s+|former\s+|longtime\s+|interim\s+)?(?:(?:pharmacy|medical|nursing|clinical|executive|athletic|music|band|program|finance|hr|it|security|facilities|marketing)\s+)?(?:director|ceo|cfo|coo|cmo|cno|cio|CEO|CFO|COO|CMO|CNO|CIO|president|vice president|vp|VP|chief|chair|chairman|dean|principal|head coach|owner|founder|superintendent)\b(?!\s+of\b)|\bthe\s+(?:ceo|cfo|coo|cmo|cno|president|founder|owner|chief executive)\s+of\s+[A-Z][\p{L}'.-]+/gu },
  // Someone the author shares a past with, by role: "a nurse I trained with", "the tech we worked with at Northgate".
  { kind: 'colleague', hipaa: 'other-id', clinician: () => true, re: new RegExp(`\\b(?:(?:a|the|this|that|one)\\s+)?(?:${CLINICIAN_ROLE}|${OCCUPATIONS})\\s+(?:(?:who|that)\\s+)?(?:i|we)\\s+(?:used to\\s+)?(?:trained|worked|went to school|graduated|precepted|oriented|started)\\s+(?:with|alongside|under)\\b`, 'giu') },
  // A co-worker named with their job: "our janitor Luis", "my unit clerk Dee"
  { kind: 'colleague', hipaa: 'other-id', re: new RegExp(`\\b(?:[Oo]ur|[Mm]y)\\s+(?:own\\s+)?(?:(?:${OCCUPATIONS}|housekeeper|transporter|unit clerk|security guard|front desk|receptionist|scheduler|coder|biller)\\s+)(?:[A-Z][\\p{L}'-]+)`, 'gu') },
  { kind: 'colleague', hipaa: 'other-id', clinician: () => true, re: /\b[A-Z][\p{L}'-]+\s+at the \d+\s?[A-Z][a-z]+ desk\b|\bthe one who just got back from leave\b/gu },
  // A relative of someone identified: "Kristen Halloway's mom", "Pastor Lindqvist's wife", "my kid's teacher"
  { kind: 'relative', hipaa: 'other-id', re: new RegExp(`\\b(?!${INDEFINITE}['’])[A-Z][\\p{L}'-]+(?:\\s+(?!${INDEFINITE}['’])[A-Z][\\p{L}'-]+)?['’]s\\s+${RELATION}\\b|\\bmy (?:kid|son|daughter|neighbor|husband|wife)['’]s\\s+(?:\\d\\w*\\s+grade\\s+|[a-z]+\\s+)?${RELATION}\\b`, 'gui') },
  // "the wife of our county commissioner", "a son of the Lutheran pastor"
  { kind: 'relative', hipaa: 'other-id', re: new RegExp(`\\b(?:[Tt]he|[Aa])\\s+${RELATION}\\s+of\\s+(?:our|the|a|my)\\s+(?:${COMMUNITY}\\s+)?(?:[\\w-]+\\s+)?(?:${OCCUPATIONS})\\b`, 'gu') },
  // A family known by its surname: "the Hendersons' fourth baby", "the Jensen triplets", "the Nguyens and their new baby"
  { kind: 'relative', hipaa: 'other-id', re: new RegExp(`\\bthe\\s+[A-Z][\\p{L}'-]+s\\s+(?:on|and)\\s+their\\s+(?:[\\w-]+\\s+){0,2}${RELATION}\\b`, 'gu') },
  { kind: 'relative', hipaa: 'other-id', re: new RegExp(`\\bthe\\s+[A-Z][\\p{L}'-]+s['’]\\s+(?:[\\w-]+\\s+)?${RELATION}\\b|\\bthe\\s+[A-Z][\\p{L}'-]+\\s+(?:twins|triplets|quads|quadruplets|family|baby|kids|boys|girls)\\b`, 'gu') },
  { kind: 'relative', hipaa: 'other-id', addressed: true, re: new RegExp(`\\b(?:your|ur|yr)\\s+${RELATION}\\b`, 'gi') },
  // The author's family: people who know the author know them ("my dad had his bypass").
  { kind: 'relative', hipaa: 'other-id', kin: true, re: /\b(?:my|mi|mis)\s+(?:(?:little|baby|big|older|younger|oldest|youngest|teenage|sweet|dear)\s+)?(?:mom|mother|mama|dad|father|papa|wife|husband|son|daughter|grandma|grandpa|grandmother|grandfather|nana|granny|sister|brother|aunt|uncle|niece|nephew|cousin|(?:mother|father|sister|brother|son|daughter)[- ]in[- ]law|stepmom|stepdad|stepson|stepdaughter|grandson|granddaughter|partner|boyfriend|girlfriend|fianc[eé]e?|mamá|papá|abuela|abuelo|hermana|hermano|esposo|esposa|hija|hijo|tía|tío|suegra|suegro|cuñad[oa]|prim[oa]|sobrin[oa]|nieto|nieta|nuera|yerno)\b(?!(?:[- ]in[- ]laws?)?['’]?s?\s+(?:friend|friends|neighbou?r|coworker|co-worker|boss|teacher|coach|roommate|buddy|classmate|pastor|client|patient)\b)/giu },
  // A relative of someone the community knows: "the mayor's wife", "our pastor's son", "my neighbor's teenage son"
  { kind: 'relative', hipaa: 'other-id', re: new RegExp(`\\b(?:the|our|my)\\s+(?:${COMMUNITY}\\s+)?(?:${OCCUPATIONS}|neighbou?r|landlord|boss)['’]s\\s+${RELATION}\\b`, 'gi') },
  // Someone the author's circle knows: "my old piano teacher", "my neighbor", "my landlord"
  { kind: 'relative', hipaa: 'other-id', re: /\bmy (?:old |former |childhood |kid's |son's |daughter's )?(?:[\w-]+ )?(?:teacher|coach|pastor|priest|boss|neighbou?r|landlord|babysitter|principal|ex|ex-wife|ex-husband|mail carrier|barber|roommate|college roommate|best friend|childhood friend|ex-boyfriend|ex-girlfriend|coworker|co-worker)\b/gi },
  { kind: 'photo', hipaa: 'photo', re: /\b(?:selfie with|screenshot of|screen shot of|snapshot of|pic(?:ture)? of|photo of|pic:|photo:|picture:|swipe for|video of|name bar|whiteboard)\b/gi },
  // An age with a life stage or a role narrows to one person: "26yo new mom", "a 19-year-old
  // college athlete", "a dad of three in his 40s" (an age alone does not).
  { kind: 'descriptor', hipaa: 'age', re: new RegExp(`\\b\\d{1,2}[- ]?(?:yo|y\\/o|y\\.o\\.|(?:year|yr)s?[- ]old)\\s+(?:[a-z-]+\\s+){0,2}?(?:${LIFE_STAGE}|${OCCUPATIONS})\\b|\\b(?:${LIFE_STAGE})\\s+of\\s+(?:one|two|three|four|five|six|seven|eight|\\d)\\s+in\\s+(?:his|her|their)\\s+(?:early\\s+|mid-?\\s*|late\\s+)?\\d0s\\b`, 'gi') },
  // Ages: "94-year-old", "15yo", "82 y/o", "41M", "22F", "in her 90s", ", 58,", "100th birthday"
  { kind: 'age', hipaa: 'age', re: /\b\d{1,3}[- ]?(?:year|yr)s?[- ]old\b|\b\d{1,3}\s?(?:yo|y\/o|y\.o\.)(?![\w])|(?<![\d.,$€£])\b\d{1,3}[MF]\b(?=[,\s.])|(?<![\w/.,-])[1-9]\d[mf](?=,\s|\s+(?:with|w\/|presenting|pmh|hx|s\/p|c\/o|admitted|came|brought)\b)|\bin (?:her|his|their) (?:\d0s|nineties|eighties)\b|\baged?\s\d{1,3}\b|\b\d{2,3}(?:st|nd|rd|th) birthday\b|(?<=[A-Z][\p{L}'-]+,\s)\d{2}(?=,)|(?<![\d.,])\b\d{1,3} today\b|\bturns? \d{2,3}\b|(?<=\b(?:boy|girl|man|woman|male|female|guy|lady|teen|kid|child|infant|toddler|grandmother|grandfather),\s)\d{1,3}\b/gu },
  // A demographic in place of an age: "an elderly couple", "teen boy", "a middle-aged man"
  { kind: 'age', hipaa: 'age', re: /\b(?:toddler|infant|newborn|preschooler|centenarian)\b|\b(?:elderly|teen(?:age)?|young|middle-aged|older|newborn|preteen)\s+(?:man|woman|men|women|couple|boy|girl|guy|lady|male|female|mom|dad|mother|father|driver|rider)\b/gi },
  // Dates and times tied to care: "on June 8", "(Nov 14)", "06/21", "last Tuesday", "at 2:15 a.m."
  { kind: 'date', hipaa: 'date', re: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b(?:last|this|on|since)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:night|morning|afternoon|evening)\b|\b(?:at|around)\s+\d{1,2}(?::\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\b(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)\b|\b(?:last|tomorrow)\s+night\b|\btonight\b|\bovernight\b|\b(?:today|yesterday)\b|\b(?:this|last) week\b|\b(?:around|at|about) (?:noon|midnight|dawn|dusk|sunrise|sunset)\b|\b(?:over the|this past|last) weekend\b|\b(?:around|at|about)\s+\d{1,2}\s+(?:this|last)\s+(?:morning|night|evening|afternoon)\b/gi },
  { kind: 'place', hipaa: 'address', re: /\b(?:from|in|outside|near|of)\s+(?:just outside\s+)?(?:[A-Z][\p{L}]+\s){0,2}(?:County|High|Elementary|Middle School|Township)\b|\b(?:on|at|off)\s+(?:[A-Z][\p{L}]+\s)?(?:Main|County Road \d+|Hwy \d+|Highway \d+|Route \d+|[A-Z][\p{L}]+ (?:Street|St|Ave|Road|Rd|Lane|Drive))\b|\bon\s+\d+(?:st|nd|rd|th)\b|\ba town of\b[^.!?\n]{0,30}/gu },
  // A named service narrows a story as much as a unit number: "on our cardiac floor"
  { kind: 'place', hipaa: 'other-id', re: /\b(?:on|in)\s+(?:our|the)\s+(?!(?:top|ground|main|first|second|third|fourth|fifth|same|other|next|whole|entire|new|lower|upper)\b)(?:[a-z][\w-]*\s){1,2}(?:floor|unit|ward|wing)\b/gi },
  // Landmarks a small community knows: "near the Millers Creek bridge", "from the Pine Ridge apartments", "on Route 9"
  { kind: 'place', hipaa: 'address', re: /\b(?:near|at|by|on|off|behind|outside|from|under|in)\s+(?:the\s+)?(?:[A-Z][\p{L}'-]+\s+){1,3}(?:bridge|park|lake|river|creek|dam|mall|plant|mill|quarry|apartments|trailer park|mobile home park|fairgrounds|stadium|station|tower|overpass|exit|intersection|crossing|shelter|motel|hotel|farm|ranch|marina|campground|trail|pond|beach|nursing home|assisted living|group home|factory|warehouse|prison|jail|dorms?|dormitory|campus|elevator|parade|rodeo|festival|fair|golf course|course|gym|church|school|bar|pub|casino|bowling alley|rink|pool)\b|\b(?:on|off|along)\s+(?:Route|Highway|Hwy|County Road|CR|I-|Interstate)\s?\d+\b|\b(?:in|from)\s+(?:our|this)\s+(?:small\s+)?(?:town|county|village|parish)\b/gu },
];

const RULE_PATTERNS = RULES.map((r) => r.re);

// The author describing themselves: "as a charge nurse at ...", "proud to be a nurse at ...".
// (A hire announced "as a nurse manager at ..." describes a job, not a patient, too.)
const SELF_DESCRIPTION = /\b(?:i'm|i am|to be|as|became|become|becoming|work as|i was|i've been|we're|we are)\s+(?:an?|the|your)\s+(?:\S+\s+){0,3}$/i;

// The reader's own clinician in advice ("ask your doctor for the Medivance one", "check with your
// pharmacist at CVS") is whoever the reader sees, not one person the post describes.
const READERS_OWN = /\b(?:ask|asking|talk to|talk with|check with|see|call|consult|tell)\s+(?:your|ur|yr)\s+$/i;

// "every Thursday morning" is a schedule, not the date of anyone's care.
const RECURRING = /\b(?:every|each)\s+$/i;
const SELF_AGE = /\b(?:i|i'm|i am|i was|i turned|i'll be)\s+(?:just\s+|only\s+|barely\s+)?$/i;

// Identifier kinds from the identifiers recognizer, mapped to subject kinds.
const FROM_IDENTIFIER: Record<string, SubjectKind> = {
  name: 'name',
  email: 'contact',
  phone: 'contact',
  fax: 'contact',
  address: 'place',
  mrn: 'record',
  'health-plan': 'record',
  account: 'record',
  ssn: 'record',
  license: 'record',
  vehicle: 'record',
  device: 'record',
  // A link is the writer's own or an organization's far more often than a patient's page.
  url: 'contact',
  ip: 'record',
  biometric: 'photo',
  photo: 'photo',
  'other-id': 'room',
  age: 'age',
  date: 'date',
};

const VOCATIVE_BEFORE = /,\s*$/;
const REPLY_HEAD = /(?:^|\n)\s*(?:re|reply(?:ing)? to|in reply to|responding to)\s*:?\s*$/i;
const VOCATIVE_AFTER = /^\s*(?:[.!?]|$)/;
const VOCATIVE_OPENING = gated(/^,\s*(?:(?:you|your|you're|you've|please|just|don't|do not)\b|[^.!?]{0,80}?\b(?:you|your|you're|you've)\b)/i);
// Without a comma, the name must turn to the reader at once: "Kelly you need to ...", "Brenda like you said".
const VOCATIVE_BARE = /^:?\s+(?:(?:honestly|seriously|girl|babe|hun|sweetie|like|so|ok|omg|yes|no|with|and)\s+){0,2}(?:you|your|you're|you've|u|ur|yr)\b/i;
const UNIT_NAME = /^\d{1,2}\s?(?:West|East|North|South|W|E|N|S)$/;

function ageValue(text: string): number {
  const m = /\d{1,3}/.exec(text);
  if (/\b(?:9\d|nineties)/.test(text) && !m) return 90;
  return m ? Number(m[0]) : 0;
}

function sentenceOf(doc: Doc, offset: number): number {
  return doc.sentenceAt(offset)?.index ?? 0;
}

/** Names addressed at the start of a line: "Hi Jolene,", "Dear Ms. Whitcombe", "Thanks so much ..., Deb!!" */
const ADDRESSED = /\b(?:Hi|Hey|Hello|Dear|Thanks|Thank you)\s+(?:so much\s+)?(?:[^,!.\n]{0,40},\s*)?((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\p{L}'-]+)(?=[,!.\s])/gu;

function addressedNames(doc: Doc, out: Subject[]): void {
  for (const { start: index, match: m } of execDoc(doc, ADDRESSED)) {
    const name = m[1];
    if (/^(?:You|Your|For|The|Everyone|All|Team|Riverbend|So|Again|Very)$/.test(name)) continue;
    const start = index + m[0].lastIndexOf(name);
    out.push({ kind: 'name', hipaa: 'name', start, end: start + name.length, sentence: sentenceOf(doc, start), addressed: true });
  }
}

// Departments a co-worker is known by: "Tina from finance", "ray from transport", "destiny from er registration".
const DEPARTMENT = String.raw`(?:the\s+)?(?:finance|accounting|billing|payroll|hr|human resources|it|marketing|transport|dietary|nutrition services|the kitchen|kitchen|cafeteria|registration|er registration|ed registration|admitting|patient access|scheduling|the front desk|front desk|the info desk|info desk|the desk|security|housekeeping|evs|environmental services|maintenance|facilities|engineering|central supply|supply chain|sterile processing|medical records|him|coding|radiology|imaging|ct|mri|ultrasound|the lab|lab|pharmacy|rehab|pt|ot|respiratory|rt|the er|er|the ed|ed|icu|nicu|picu|l&d|labor and delivery|peds|ortho|oncology|cardiology|the or|or|pacu|pre-?op|endo|dialysis|the cath lab|cath lab|case management|social work|chaplaincy|volunteer services|the gift shop|gift shop|\d+\s?(?:west|east|north|south|w|e|n|s))`;
const NAME_FROM_DEPARTMENT = gated(new RegExp(String.raw`(?<![\p{L}'’-])([\p{L}'’-]{2,})\s+from\s+${DEPARTMENT}(?![\p{L}])`, 'giu'));
// A lowercase given name's relative: "tom's wife", "jen's little boy" (capitalized ones are a rule above).
const GIVEN_NAME_RELATIVE = gated(new RegExp(String.raw`(?<![\p{L}'’-])([a-z][\p{L}-]+)['’]s\s+${RELATION}`, 'gu'));

const NOT_A_COWORKER = gated(/^(?:help|call|calls|orders|people|staff|someone|everyone|nurses|docs|folks|reports|results|news|transfer|consult|page|word|love|hope|grace|joy|faith|will|may|june|april|summer|autumn|sky|rain|river|bill|bills|mark|sunny|chance|art|guy|dude|lady|man)$/i);

/** Given names known by a frame rather than by capitals: a co-worker's department, a relative's possessive. */
function givenNameFrames(doc: Doc, out: Subject[]): void {
  const given = (w: string) => {
    const key = nameKey(w.replace(/['’]s?$/, ''));
    return key.length > 1 && isFirstName(key) && !isWordName(key);
  };
  for (const { start, match: m } of execDoc(doc, NAME_FROM_DEPARTMENT)) {
    // The frame is the context here, so a name that is also a word counts ("ray from transport").
    const key = nameKey(m[1]);
    if (!isFirstName(key) || NOT_A_COWORKER.test(m[1])) continue;
    out.push({ kind: 'colleague', hipaa: 'name', start, end: start + m[0].length, sentence: sentenceOf(doc, start) });
  }
  for (const { start, match: m } of execDoc(doc, GIVEN_NAME_RELATIVE)) {
    if (!given(m[1])) continue;
    out.push({ kind: 'relative', hipaa: 'other-id', start, end: start + m[0].length, sentence: sentenceOf(doc, start) });
  }
}

// "mr. delgado in 610", "jerome from 508": a number right after a person's name is their bed,
// in any case (not a span of time or a year).
const BED_AFTER_NAME = /^['’]?s?\s+(?:in|from|de|del|en)\s+(?:(?:room|rm|bed|bay|la|el)\s*#?\s*)?(?!(?:19|20)\d\d\b)(\d{1,4}[A-Za-z]?)\b(?!\s*(?:days?|weeks?|wks?|months?|years?|yrs?|minutes?|mins?|hours?|hrs?|%|degrees|am|pm|a\.m|p\.m|lbs?|kg|years?|mg|ml|times|x\b|min\b|sec|seconds|miles|mi\b|k\b|dollars|bucks))(?![:/.,]\d)/i;

function bedsAfterNames(doc: Doc, out: Subject[]): void {
  for (const s of [...out]) {
    if (s.kind !== 'name' || s.clinician) continue;
    const m = BED_AFTER_NAME.exec(doc.text.slice(s.end, s.end + 30));
    if (!m) continue;
    const start = s.end + m.index + m[0].length - m[1].length;
    out.push({ kind: 'room', hipaa: 'other-id', start, end: start + m[1].length, sentence: s.sentence });
  }
}

// "the millbrook mail carrier": a role after a word the NLP reads as a place or an organization
// (by its form, so in any case) is one town's or one outfit's.
const ROLE_AFTER_WORD = gated(new RegExp(String.raw`\b(?:the|our|a|an|that)\s+([\p{L}'’-]+)\s+(?:[\p{L}-]+\s+)?(?:${OCCUPATIONS})\b`, 'giu'));
const PLACE_TAGS = ['Place', 'City', 'Region', 'Country', 'Organization', 'SportsTeam'];

function placeRoles(doc: Doc, out: Subject[]): void {
  for (const { start, match: m } of execDoc(doc, ROLE_AFTER_WORD)) {
    const at = start + m[0].indexOf(m[1], m[0].search(/\s/));
    const token = tokenStartingAt(doc, at);
    if (!token || !PLACE_TAGS.some((t) => token.tags.has(t))) continue;
    // "As a Riverbend nurse ...": the author describing themselves.
    if (SELF_DESCRIPTION.test(doc.text.slice(Math.max(0, start - 30), at))) continue;
    const sub: Subject = { kind: 'descriptor', hipaa: 'other-id', start, end: start + m[0].length, sentence: sentenceOf(doc, start) };
    markWork(sub, m[0]);
    out.push(sub);
  }
}

/**
 * Names the NLP tagged (first or last names), when capitalized. Memoized with the sentence (the
 * tagging reads nothing else): a re-check after a keystroke looks again only in the edited one.
 */
function taggedNames(s: DocSentence, out: Subject[]): void {
  for (const h of memoSpansBySentence(s, namesTagged, '', () => namesTagged(s))) out.push({ kind: 'name', hipaa: 'name', start: h.start, end: h.end, sentence: s.index });
}
function namesTagged(s: DocSentence): Span[] {
  const toks = s.tokens;
  const out: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!(t.tags.has('FirstName') || t.tags.has('LastName')) || !/^[A-Z]/.test(t.text)) continue;
    let j = i;
    while (j + 1 < toks.length && /^[A-Z]/.test(toks[j + 1].text) && (toks[j + 1].tags.has('Person') || toks[j + 1].tags.has('ProperNoun')) && toks[j].post.trim() === '') j++;
    out.push({ start: t.start, end: toks[j].end });
    i = j;
  }
  return out;
}

/** A description by a health profession makes a clinician; by an office or a business, a worker (worker.ts). */
function markWork(sub: Subject, description: string): void {
  const work = CLINICIAN_WORD.test(description) ? 'clinician' : workOf(description);
  if (work === 'clinician') sub.clinician = true;
  else if (work === 'office') sub.worker = true;
}

export function findSubjects(doc: Doc, community?: Community): Subject[] {
  const out: Subject[] = [];
  for (const m of doc.mentions) {
    if (m.layer !== 'identifier') continue;
    const kind = FROM_IDENTIFIER[m.kind];
    if (!kind) continue;
    // A unit name ("5 West") is not a patient's room, but it narrows who an event happened to.
    if (kind === 'room' && UNIT_NAME.test(doc.text.slice(m.start, m.end))) {
      out.push({ kind: 'place', hipaa: 'other-id', start: m.start, end: m.end, sentence: sentenceOf(doc, m.start) });
      continue;
    }
    const sub: Subject = { kind, hipaa: m.kind, start: m.start, end: m.end, sentence: sentenceOf(doc, m.start) };
    // A street address with a house number points to one household.
    if (kind === 'place' && /^\d/.test(doc.text.slice(m.start, m.end))) sub.kind = 'address';
    if (kind === 'date' && RECURRING.test(doc.text.slice(Math.max(0, m.start - 6), m.start))) continue;
    if (kind === 'age' && SELF_AGE.test(doc.text.slice(Math.max(0, m.start - 20), m.start))) continue;
    if (kind === 'age' && ageValue(doc.text.slice(m.start, m.end)) > 89) sub.kind = 'old-age';
    if (kind === 'name' && CLINICIAN_TITLE.test(doc.text.slice(m.start, m.end))) sub.clinician = true;
    out.push(sub);
  }
  const matches = execAllDoc(doc, RULE_PATTERNS);
  for (const [r, rule] of RULES.entries()) {
    for (const { start, match: m } of matches[r]) {
      const lead = /^(?:[Tt]he|[Aa]n?|[Oo]ur|[Mm]y)\s+(?:[a-z-]+\s+){0,2}/.exec(m[0])?.[0].length ?? 0;
      if ((rule.kind === 'descriptor' || rule.kind === 'colleague') && SELF_DESCRIPTION.test(doc.text.slice(Math.max(0, start - 30), start + lead))) continue;
      if (rule.kind === 'descriptor' && READERS_OWN.test(doc.text.slice(Math.max(0, start - 20), start))) continue;
      const end = start + m[0].trimEnd().length;
      const sub: Subject = { kind: rule.kind, hipaa: rule.hipaa, start, end, sentence: sentenceOf(doc, start) };
      if (rule.clinician?.(m)) sub.clinician = true;
      // "the pain doc at northgate", "that dentist on Oak Ave": a clinician known by practice and place.
      // ("the owner of Glow Theory", "director of neonatology": a description by their work, worker.ts.)
      if (rule.kind === 'descriptor') markWork(sub, m[0]);
      // "... the risk to baby. Try St. John's wort": a sentence's end is no title before a name.
      if (rule.kind === 'name' && /^[Bb]aby(?: boy| girl)?\./.test(m[0])) continue;
      if (rule.kind === 'name' && /^[Bb]aby\b/.test(m[0])) sub.newborn = true;
      if (rule.addressed) sub.addressed = true;
      if (rule.kin) sub.kin = true;
      if (rule.kind === 'age' && ageValue(m[0]) > 89) sub.kind = 'old-age';
      // "I was 34 when ...": the author's own age identifies nobody else.
      if (rule.kind === 'date' && RECURRING.test(doc.text.slice(Math.max(0, start - 6), start))) continue;
      if (rule.kind === 'age' && SELF_AGE.test(doc.text.slice(Math.max(0, start - 20), start))) continue;
      // Credentials and places written with periods ("M.D.", "R.N.", "I.C.U.") are no one's initials.
      if (rule.kind === 'initials' && NOT_INITIALS.has(m[0].replace(/\s/g, ''))) continue;
      out.push(sub);
    }
  }
  // A role tied to the organization's own towns, schools and employers (community.ts).
  for (const re of communityPatterns(community, OCCUPATIONS, PERSON_NOUN)) {
    for (const { start, match: m } of execDoc(doc, re)) {
      const lead = /^(?:the|an?|our|my)\s+(?:[a-z-]+\s+){0,2}/i.exec(m[0])?.[0].length ?? 0;
      if (SELF_DESCRIPTION.test(doc.text.slice(Math.max(0, start - 30), start + lead))) continue;
      const sub: Subject = { kind: 'descriptor', hipaa: 'other-id', start, end: start + m[0].trimEnd().length, sentence: sentenceOf(doc, start) };
      // Staff of a care facility talk about care all day: like clinicians, only their own health counts.
      markWork(sub, m[0]);
      if (atFacility(m[0], community)) sub.clinician = true;
      out.push(sub);
    }
  }
  addressedNames(doc, out);
  givenNameFrames(doc, out);
  for (const s of doc.sentences) taggedNames(s, out);
  bedsAfterNames(doc, out);
  placeRoles(doc, out);
  // "your partner" names someone only when the one addressed is known (a name, a handle).
  // (A reply to a review is addressed to the reviewer, whose public name is on the review.)
  const known = doc.platform === 'review-reply' || out.some((s) => s.addressed && s.kind !== 'relative') || out.some((s) => s.kind === 'descriptor');
  for (const s of out) {
    // A possessive ending belongs to the sentence, not the identifier ("Mr. Lund's hip").
    if (s.kind !== 'relative') s.end -= /['’]s?$/.exec(doc.text.slice(s.start, s.end))?.[0].length ?? 0;
    // Never end inside a word, so that a fix cannot cut one.
    while (s.end > s.start && /\w/.test(doc.text[s.end] ?? '') && /\w/.test(doc.text[s.end - 1])) s.end--;
    // A name spoken to ("We're sorry you feel this way, Ray.") is the reader, the "you".
    if (s.kind === 'name' && VOCATIVE_BEFORE.test(doc.text.slice(Math.max(0, s.start - 3), s.start)) && VOCATIVE_AFTER.test(doc.text.slice(s.end, s.end + 2))) s.addressed = true;
    // "Karen, you should ...": a name that opens a sentence and turns to "you" is the reader.
    const opening = s.start === (doc.sentences[s.sentence]?.start ?? -1);
    if (s.kind === 'name' && opening && (VOCATIVE_OPENING.test(doc.text.slice(s.end, s.end + 60)) || VOCATIVE_BARE.test(doc.text.slice(s.end, s.end + 30)))) s.addressed = true;
    // A name closing a sentence right after "you" is spoken to: "... came back on you Mr. Pratt!!"
    if (s.kind === 'name' && /\b(?:you|u|ya)\s+$/i.test(doc.text.slice(Math.max(0, s.start - 6), s.start)) && VOCATIVE_AFTER.test(doc.text.slice(s.end, s.end + 2))) s.addressed = true;
    // A reply headed with the reader: "reply to @kim_b:", "Replying to Dana,".
    if ((s.kind === 'name' || s.kind === 'handle') && REPLY_HEAD.test(doc.text.slice(Math.max(0, s.start - 20), s.start)) && /^\s*[:,]/.test(doc.text.slice(s.end, s.end + 2))) s.addressed = true;
    // A reply that opens with the reader's handle: "@jen_k89 you can ..."
    if ((s.kind === 'name' || s.kind === 'handle') && opening && doc.text[s.start] === '@' && (VOCATIVE_OPENING.test(`,${doc.text.slice(s.end, s.end + 60)}`) || /^:?\s+(?:[\w'’]+\s+){0,3}?(?:stop|quit|skip|get off|honestly|girl|babe)\b/i.test(doc.text.slice(s.end, s.end + 40)))) s.addressed = true;
  }
  // A unit's abbreviation read as a name ("in the ED", "to the OR") is a place, not a person.
  // So is a lone capitalized word that is itself a health term ("'Itch, explained.'", "Lupus awareness").
  // (Health mentions indexed once: a long draft has thousands of names and of mentions.)
  const health = doc.mentions.filter((m) => m.layer === 'health');
  const anyHealth = new SpanIndex(health.filter((m) => m.confidence >= 0));
  const clearHealth = new SpanIndex(health.filter((m) => m.confidence >= 0.5));
  const setting = (s: Subject) => s.kind === 'name' && ((/^[A-Z]{2,4}$/.test(doc.text.slice(s.start, s.end)) && anyHealth.encloses(s.start, s.end)) || (/^[\p{Lu}][\p{Ll}'-]+$/u.test(doc.text.slice(s.start, s.end)) && clearHealth.encloses(s.start, s.end)));
  const kept = dedupe(out.filter((s) => (known || !(s.kind === 'relative' && s.addressed)) && !setting(s) && !notCare(doc, s)));
  // "our new nurse manager Priya": the name inside a clinician's description is that clinician.
  const clinicians = new SpanIndex(kept.filter((c) => c.kind === 'colleague' && c.clinician));
  for (const s of kept) if (s.kind === 'name' && clinicians.encloses(s.start, s.end)) s.clinician = true;
  return kept;
}

// Rooms named by their use are not where anyone is cared for: "conference room 4B", "room 210
// of the public library". An age the author gives of themselves: "31 years old and I ...".
const NON_CARE_ROOM_BEFORE = gated(/\b(?:conference|meeting|class|board|training|break|lunch|lecture|sim|simulation|skills|community|hotel|ball|party|study|computer|media|escape|chat)\s*$/i);
const NON_CARE_ROOM_AFTER = gated(/^\s*(?:of|at|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:library|hotel|school|church|convention|community|civic|city hall|courthouse|student union|building)\b/i);
const EVENT = /\b(?:keynote|talk|session|lecture|meeting|workshop|seminar|class|training|in-?service|presentation|conference|panel|symposium|grand rounds|luncheon|lunch|party|potluck|celebration|webinar|orientation|huddle|breakout|poster|journal club|book club|interview|exam|vendor fair|skills fair|open house)\b/i;
const PLACED_PERSON = /\b(?:pt|patient|guy|man|woman|lady|gentleman|kid|girl|boy|baby|mom|dad|grandma|grandpa|resident|client|[A-Z][\p{L}'-]+|[A-Z]\.\s?[A-Z]\.)\s+(?:in|from|at)\s+$/u;
const ENDEARMENT = /^(?:hon|hun|honey|babe|baby|sweetie|sweetheart|darling|dear|love|mama|momma|girl|girlie|sis|bestie|friend|buddy|pal|mate)$/i;
const AGE_THEN_I = /^\s*(?:and|&|but|,)\s*(?:i|i'm|i've|still)\b/i;
// "1/3 sepsis is ...": a thread's numbering, not a date.
const THREAD_NUMBER = /^\d{1,2}\/\d{1,2}$/;

const NUMBERED_BEFORE = /\b(?:room|rm|bed|bay|suite|pod|unit|floor|gate|door|exit|lane|aisle|track|channel|page|chapter|step|level|day|week|number|no\.?|#)\s*#?\s*$/i;

function notCare(doc: Doc, s: Subject): boolean {
  const text = doc.text.slice(s.start, s.end);
  // "POD2" in capitals is a post-op day, not a pod.
  if (s.kind === 'room' && /^POD\s?#?\d/.test(text)) return true;
  if (s.kind === 'room') {
    // The number alone may have been found ("210"): its room word is right before it.
    const word = /(?:room|rm|suite)\s*#?\s*$/i.exec(doc.text.slice(Math.max(0, s.start - 8), s.start));
    const roomWord = /^(?:room|rm|suite)\b/i.test(text) || !!word;
    const from = word ? s.start - word[0].length : s.start;
    if (!roomWord) return false;
    if (NON_CARE_ROOM_BEFORE.test(doc.text.slice(Math.max(0, from - 24), from)) || NON_CARE_ROOM_AFTER.test(doc.text.slice(s.end, s.end + 40))) return true;
    // "Room 5 for the keynote", "the sepsis talk is in Room 12": an event's room, unless a person is placed in it.
    const sentence = doc.sentences[s.sentence]?.text ?? '';
    return EVENT.test(sentence) && !PLACED_PERSON.test(doc.text.slice(Math.max(0, from - 30), from));
  }
  // "2 yrs since my surgery": a span of time, not anyone's age.
  // "training room 2 today", "gate 12 today": the number of a room or a thing, not anyone's age.
  if ((s.kind === 'age' || s.kind === 'old-age') && NUMBERED_BEFORE.test(doc.text.slice(Math.max(0, s.start - 12), s.start))) return true;
  if (s.kind === 'age' || s.kind === 'old-age') return AGE_THEN_I.test(doc.text.slice(s.end, s.end + 12)) || /^\s*(?:since|ago|later|after|before|post|out from|into)\b/i.test(doc.text.slice(s.end, s.end + 12));
  if (s.kind === 'date') return THREAD_NUMBER.test(text) && s.start === doc.sentences[s.sentence]?.start;
  // "Hon, stop the ...", "Babe you need ...": a term of endearment calls the reader, it names nobody.
  // A word with digits in it ("SAVE20", "ROSA10") is a promo code or a product, not a person.
  if (s.kind === 'name') return ENDEARMENT.test(text) || /\d/.test(text);
  return false;
}

/** Keeps the first of overlapping subjects of the same kind, and clinician marks on names. */
function dedupe(subjects: Subject[]): Subject[] {
  const sorted = subjects.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Subject[] = [];
  // The kept subjects that reach past the current start, in the order kept: by start order, the
  // others can overlap no later subject (a scan of them all per subject is quadratic).
  let open: Subject[] = [];
  for (const s of sorted) {
    open = open.filter((o) => o.end > s.start);
    const same = open.find((o) => o.start < s.end && s.start < o.end && (o.kind === s.kind || (o.kind === 'name' && s.kind === 'initials')));
    if (same) {
      same.clinician ||= s.clinician;
      same.addressed ||= s.addressed;
      same.newborn ||= s.newborn;
      continue;
    }
    out.push(s);
    open.push(s);
  }
  return out;
}
