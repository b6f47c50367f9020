// Person-first language, safe messaging about suicide, profanity, superlatives and disclaimers.

export interface Rewording {
  /** Regex source, case-insensitive, matched on word boundaries. */
  pattern: string;
  say: string;
  why: string;
  /** When set, the match counts only if the next word is not a noun ("diabetic diet" is fine). */
  nounOnly?: boolean;
}

const LABEL = 'Person-first language puts the person before the condition.';
const SAFE = 'Safe messaging about suicide: "committed" frames suicide as a crime or a sin, "successful" or "failed" as an achievement; say "died by suicide" and "suicide attempt".';
export const PERSON_FIRST: readonly Rewording[] = [
  { pattern: 'diabetics', say: 'people with diabetes', why: LABEL },
  // A determiner or a pitying adjective makes "diabetic" a noun ("any diabetic", "that poor diabetic", "u a diabetic").
  { pattern: '(?:a|an|the|my|our|your|every|each|one|any|that|this|another|favou?rite|poor)(?: old| young| elderly| noncompliant| brittle| poor)? diabetic', say: 'person with diabetes', why: LABEL, nounOnly: true },
  { pattern: '(?:drug |substance |opioid |alcohol )?(?:addicts|junkies)|(?:drug|substance|opioid|alcohol) abusers', say: 'people with a substance use disorder', why: LABEL },
  { pattern: '(?:an? |the |our |my |your |their |that |this )(?:(?:favou?rite|resident|local|usual|old|full-blown|known) )?(?:(?:drug |opioid )?addict|(?:drug|substance|opioid|alcohol) abuser)', say: 'a person with a substance use disorder', why: LABEL },
  { pattern: '(?<!(?:adrenaline|news|coffee|gym|caffeine|fitness|sugar|data|tech|political|thrill|speed|sneaker|book) )junkie', say: 'person with a substance use disorder', why: LABEL },
  // Safe messaging: each form of "commit" gets the same form of "die by", so the fix reads on.
  { pattern: 'committed suicide', say: 'died by suicide', why: SAFE },
  { pattern: 'commits suicide', say: 'dies by suicide', why: SAFE },
  { pattern: 'commit suicide', say: 'die by suicide', why: SAFE },
  { pattern: 'committing suicide', say: 'dying by suicide', why: SAFE },
  { pattern: 'successful suicide(?: attempt)?', say: 'death by suicide', why: SAFE },
  { pattern: '(?:failed|unsuccessful) suicide(?: attempt)?', say: 'suicide attempt', why: SAFE },
  { pattern: 'suicide victim', say: 'person who died by suicide', why: SAFE },
  { pattern: '(?:wheelchair[- ]bound|confined to (?:a|his|her|their) wheelchair)', say: 'who uses a wheelchair', why: LABEL },
  { pattern: 'the homeless(?! (?:shelter|services|population|crisis|coalition|outreach|program))', say: 'people experiencing homelessness', why: LABEL },
  { pattern: 'homeless (?:people|persons|men|women|guys|folks)', say: 'people experiencing homelessness', why: LABEL },
  { pattern: 'homeless (?:person|man|woman|guy)', say: 'person experiencing homelessness', why: LABEL },
  { pattern: 'schizophrenics', say: 'people with schizophrenia', why: LABEL },
  { pattern: '(?:a|the|every|each|one|any|that|this|another|poor) schizophrenic', say: 'a person with schizophrenia', why: LABEL, nounOnly: true },
  { pattern: 'epileptics', say: 'people with epilepsy', why: LABEL },
  { pattern: '(?:an|the|every|each|one) epileptic', say: 'a person with epilepsy', why: LABEL, nounOnly: true },
  { pattern: 'an? (?:victim of|sufferer of) autism|autism (?:victims|sufferers)', say: 'an autistic person', why: LABEL },
  { pattern: '(?:psychos?|lunatics?|crazies|nutjobs?|loonies)', say: 'people with a mental health condition', why: 'Words like these mock people with mental health conditions.' },
  { pattern: '(?:crazy|insane|mental) (?:people|patients|person|guy|lady|ones)', say: 'people with a mental health condition', why: 'Words like these mock people with mental health conditions.' },
  { pattern: 'the mentally ill', say: 'people with mental illness', why: LABEL },
  { pattern: 'the elderly|elderly (?:people|folks)', say: 'older adults', why: 'Inclusive language says "older adults".' },
  { pattern: 'elderly patients', say: 'older patients', why: 'Inclusive language says "older adults".' },
  { pattern: '(?:the disabled|the handicapped)(?! (?:parking|spots?|spaces?|stalls?|restrooms?|bathrooms?|entrances?|access))|handicapped (?:people|persons|patients)', say: 'people with disabilities', why: LABEL },
  { pattern: 'handicapped(?= (?:parking|spots?|spaces?|stalls?|restrooms?|bathrooms?|entrances?|access))', say: 'accessible', why: '"Accessible" describes the place; "handicapped" labels the people who use it.' },
  { pattern: '(?<!the )handicapped(?! (?:people|persons|patients|parking|spots?|spaces?|stalls?|restrooms?|bathrooms?))', say: 'disabled', why: LABEL },
];

/** Conditions people are labelled by as an adjective ("my schizophrenic patient"), with the condition's name. */
export const CONDITION_ADJECTIVES: Readonly<Record<string, string>> = {
  schizophrenic: 'schizophrenia', epileptic: 'epilepsy', diabetic: 'diabetes', psychotic: 'psychosis', anorexic: 'anorexia',
  bulimic: 'bulimia', bipolar: 'bipolar disorder', alcoholic: 'alcohol use disorder', asthmatic: 'asthma', autistic: 'autism',
};
/** The people such an adjective is put on. */
export const PERSON_NOUNS = 'pts?|patients?|clients?|residents?|uncles?|aunts?|brothers?|sisters?|moms?|dads?|mother|father|sons?|daughters?|cousins?|husband|wife|man|men|woman|women|guys?|lady|ladies|kids?|child|children|teens?|neighbou?rs?|coworkers?|roommates?|boyfriend|girlfriend|dudes?|gentleman|fella|folks|people|friends?|followers|buddies|members|customers|readers|moms|families|family members';

/** Profane words in their plain written forms; disguised spellings are matched against these. */
export const PROFANITY: readonly string[] = [
  'fuck', 'fucks', 'fucked', 'fucking', 'fuckin', 'fucker', 'fuckers', 'motherfucker', 'motherfucking', 'fck', 'fcking', 'fuk', 'fukn', 'fking', 'effing',
  'shit', 'shits', 'shitty', 'shitting', 'bullshit', 'horseshit', 'shitshow', 'bitch', 'bitches', 'bitchy', 'bitching', 'asshole', 'assholes', 'bastard', 'bastards',
  'dick', 'dicks', 'dickhead', 'cunt', 'goddamn', 'goddamned', 'goddammit', 'wtf', 'tf', 'stfu', 'fml', 'piss', 'pissed', 'pisses', 'pissing', 'jackass', 'douchebag', 'prick', 'damn', 'dammit',
  // Spanish, for the bilingual drafts.
  'pinche', 'pinches', 'pendejo', 'pendeja', 'pendejos', 'pendejas', 'mierda', 'chingada', 'chingado', 'chingar', 'cabrón', 'cabrona', 'cabrones', 'culero', 'culera', 'verga',
];

/** Insults that mock patients, families or colleagues. */
export const INSULTS: readonly string[] = ['moron', 'morons', 'idiot', 'idiots', 'imbecile', 'imbeciles', 'dumbass', 'dumbasses', 'retard', 'retards', 'retarded', 'cretin', 'cretins'];

/** Unsubstantiated superlatives about care; a cited ranking makes them fine. */
const CARE = "(?:hospital|group|practice|providers?|injectors?|acupuncture|therapists?|\\p{L}+ologists?|hospitals|health system|system|program|programs|care|nurses?|doctors?|docs?|physicians?|surgeons?|team|teams|staff|outcomes|er|ed|emergency (?:room|department)|clinic|clinics|labs?|cancer (?:center|care|institute)|heart (?:program|center|care)|cardiology|dermatology|orthopedics|surgery|surgical|maternity|nicu|icu|unit|providers?|specialists?|centers?|centres?|counselors?|therapists?|midwives|app|experience|service|technology|robots?|equipment|scanners?|facility|facilities|\\p{L}+(?:ologists?|iatrists?|icians?|ists|ologies))";
// Where a superlative claims to rank: a named place ("in cedar falls", "in pa", "in the whole
// region"), not the writer's own corner ("in my unit").
const WHERE = "(?:in (?:the )?(?:whole |entire )?(?!(?:my|our|your|his|her|their|this|that|a|an)\\b)\\p{L}[\\p{L}.']*(?: (?!(?:and|but|so|for|to|with)\\b)\\p{L}[\\p{L}.']*)?|anywhere|around|out there|on earth|period|, period)";
export const SUPERLATIVES: readonly string[] = [
  `(?:the )?(?:best|#1|no\\.? ?1|number one|top|finest|greatest|leading|premier|world-class) (?:\\S+ ){0,3}${CARE}(?:'s)? ${WHERE}`,
  // "X is hands down the best in the state": the ranking is the claim whatever is ranked.
  `(?:is|are) (?:\\S+ ){0,2}the (?:best|#1|number one|finest|greatest|safest) ${WHERE}`,
  `the only (?:place|hospital|clinic|team|doctors?|er|ed) (?:\\S+ ){0,3}(?:go|trust|see|choose|take|deliver|send)`,
  `(?:the )?(?:#1|no\\.? ?1|number one) (?:\\S+ ){0,2}${CARE}`,
  'the only (?:place|hospital|clinic|team|doctors?) (?:you should|worth|to) (?:go|trust|see|choose)', '(?:go|come) (?:there|here|to us) instead of (?:anywhere|anyone|any ?where) else', 'nowhere else (?:comes close|compares)',
  // Nobody else measures up: "nobody comes close", "way better than anyone at X".
  '(?:nobody|no one|no other (?:hospital|clinic|place|team|practice|doctor|surgeon)) (?:else )?(?:even )?(?:comes close|compares|can touch)', 'better than (?:anyone|anybody) (?:else )?(?:at|in) ',
  'better than any other (?:hospital|clinic|health system|program)',
  // "the only place in town worth going to", "the only ones worth seeing in this town".
  "the only (?:\\S+ ){0,2}(?:place|places|hospital|clinic)(?: in (?:this |the )?(?:town|area|region|state|city))? (?:you should|worth|i'd|i would) (?:\\S+ ){0,2}(?:going|going to|seeing|trusting|using|visiting|go|see|trust|send)",
  // People ranked against a place's whole field ("the only ones worth seeing in this town").
  "the only (?:\\S+ ){0,2}(?:ones|team|doctors?|docs|\\p{L}+(?:ists|ians)) (?:worth|you should) (?:\\S+ ){0,2}(?:going to|seeing|trusting|visiting|see|trust) in (?:this |the )?(?:town|area|region|state|city)",
  "better (?:results|outcomes|care) than (?:anything|anyone|anywhere|any other)",
  // "the most amazing pediatrician in the state", "the best-run clinic in the county".
  `the (?:most \\p{L}+|best-\\p{L}+) (?:\\S+ ){0,2}${CARE} ${WHERE}`,
  // "best care ever", "best nurses ever": the ranking against all time.
  `best (?:\\S+ ){0,2}${CARE} ever`,
  // Nowhere else compares: "you won't find better care anywhere", "don't even look anywhere else".
  "(?:won't|will not|wont|can't|cannot|never) find (?:\\S+ ){0,2}better (?:\\S+ ){0,2}anywhere", 'better than anything (?:\\S+ ){0,3}anywhere', "(?:don't|do not|dont|never) (?:even )?(?:go|look|bother) (?:\\S+ )?anywhere else",
  // "the best place in the state to have your baby".
  'the best place (?:in (?:the |this )?\\S+ )?(?:to|for) (?:have|take|get|deliver|send|bring)',
  // Spanish: "el mejor hospital de niños del estado".
  '(?:el|la|los|las) mejor(?:es)? (?:\\S+ ){0,4}(?:del|de la|en el|en la|de) (?:estado|ciudad|condado|regi[oó]n|pa[ií]s|mundo|pueblo|valle)',
];
export const RANKING_CITED = '(?:ranked|rated|named|recogni[sz]ed|awarded|according to|per|by) (?:\\S+ ){0,6}(?:u\\.?s\\.? news|leapfrog|healthgrades|magnet|newsweek|forbes|cms|joint commission|ranking|survey|award|report)';

/** How employees say that their posts are their own view. */
export const DISCLAIMERS: readonly string[] = [
  'views are my own', 'views are mine', 'opinions are my own', 'opinions are mine', 'my own views', 'my own opinions?', 'my views,? not', 'my opinions?,? not', "(?:views|opinions?|thoughts) (?:are )?mine,? not (?:my employer|\\S+'s)",
  'not speaking for (?:my employer|\\S+)', 'i don\'t speak for (?:my employer|\\S+)', 'views (?:expressed )?(?:here )?are (?:my|mine)', 'thoughts are my own', 'all views my own',
  'personal (?:account|views|opinions?)', 'not (?:the|an) official (?:account|statement|position)',
  // "Opinions my own", "Views on here are my own", "thoughts here are all mine".
  '(?:views|opinions?|thoughts|takes?)(?: (?:on here|here|expressed|shared|on this (?:page|account)|in this post))? (?:are |r |is )?(?:all |strictly |entirely )?(?:my own|mine)',
];
