// Damaging factual-sounding claims about a person or an organization, by kind. Regex sources
// (case-insensitive, matched on word boundaries). Written as the kinds of accusation a
// compliance officer recognizes, not as phrases from any one post.

const PEOPLE = '(?:patients?|people|residents|kids|children|folks|families|nurses|staff|clients|customers|the public|everyone)';

export const DAMAGING_CLAIMS: Record<string, readonly string[]> = {
  crime: [
    "steal(?:s|ing)?(?! (?:the show|the spotlight|my heart|hearts|my (?:fries|food|snacks|lunch|coffee|chair|pens?|seat|thunder)))", 'stole',
    // Stolen with nobody said to have stolen it ("our data got stolen in the hack") names a victim, not a thief.
    '(?<!\\b(?:got|get|gets|getting|was|were|been|be|being|is|are) )stolen', 'stolen by', 'embezzl(?:e|es|ed|ing|ement)', 'skimm(?:ed|ing)', 'skims?',
    'brib(?:e|es|ed|ery|ing)', 'extort(?:s|ed|ing|ion)?', 'launder(?:s|ed|ing)?',
    'money laundering', 'diverting (?:drugs|meds|narcotics|opioids|fentanyl)',
    'pocket(?:s|ed|ing) (?:\\S+ ){0,2}(?:money|payments|donations|funds|cash|pills|meds|drugs|narcotics|opioids|oxy\\w*|fentanyl|percs?|norcos?|vicodin)',
    // Everyday words for an arrest or a theft ("got picked up for a DUI", "helps himself to the narcotics").
    'arrested', '(?:got|was|were|been|gets) (?:picked up|busted|locked up|booked|hauled in) for', 'dui', 'dwi', 'drunk driving', 'driving (?:drunk|high|intoxicated)',
    'help(?:s|ed|ing)? (?:himself|herself|themselves) to (?:the )?(?:\\S+ ){0,2}(?:meds|pills|drugs|narcotics|opioids|cash|money|supplies)',
    '(?:swip|lift|nick|snagg)(?:e|es|ed|ing) (?:\\S+ ){0,2}(?:meds|pills|drugs|narcotics|opioids|oxy\\w*|fentanyl|morphine|dilaudid|cash|money)',
    '(?:meds|pills|drugs|narcotics|opioids|fentanyl|morphine|cash|money) (?:\\S+ ){0,2}(?:go|goes|went|keep going|keeps going|going|gone) missing',
  ],
  fraud: [
    'fraudulent(?:ly)?', 'scamming', 'grift(?:ing)?',
    'upcod(?:e|es|ed|ing)', 'cook(?:s|ed|ing)? the (?:\\w+ ){0,2}(?:books|numbers|data|figures|stats|results)',
    '(?:data|numbers|results|figures|books|stats) (?:is|are|was|were) (?:cooked|fake|faked|made up|fabricated|doctored|rigged)',
    'fak(?:e|es|ed|ing) (?:the )?(?:\\w+ ){0,3}(?:numbers|data|results|outcomes?|studies|study|records|signatures?|charts?|charting|vitals|documentation|notes|credentials|degrees?|licen[cs]es?|certificat(?:es?|ions?)|reviews|trials?|bsn|msn|md|rn|lpn|np|dnp|phd|mba|residency|fellowship|internship|training|boards|board certification|qualifications|references|transcripts?|diplomas?|resume|cv)',
    '(?:they|it|that|those|these|numbers|results|data|figures) (?:were|was|are|is) (?:all |completely |totally )?made up', 'fabricat(?:e|es|ed|ing)', 'falsif(?:y|ies|ied|ying)', 'doctor(?:ed|ing) (?:the )?(?:\\w+ ){0,2}(?:records|charts|results|data|numbers)',
    // Forging is fraud with a document, not with a bond: "forged his signature", not "forged a partnership" or "forged ahead".
    "forg(?:e|es|ed|ing)(?! (?:\\S+ ){0,2}(?:partnerships?|alliances?|relationships?|bonds?|paths?|connections?|ties|friendships?|links?|coalitions?|consensus|futures?|careers?|trust|teams?|communit(?:y|ies))\\b)(?! (?:ahead|forward|on)\\b)", 'forgery', 'rigg(?:ed|ing)',
    'paid off (?:the )?\\w+', 'pay(?:s|ing)? off (?:the )?(?:reviewers|inspectors|regulators|officials|board)',
    '(?:bill|charg)(?:s|es|e|ed|ing)? (?:\\w+ ){0,4}for (?:\\w+ ){0,3}(?:they|he|she|we|i) never (?:do|did|does|had|got|received|perform(?:ed)?|provided?|ordered)',
    '(?:bill|charg)(?:s|es|e|ed|ing)? (?:\\w+ ){0,4}for (?:\\w+ ){0,3}(?:that|which) never (?:happen(?:s|ed)?|took place|occurred)',
    'pad(?:s|ded|ding)? (?:their|the|his|her|its) (?:bills|invoices|charts|hours|claims|numbers|stats)',
    '(?:chart|document|bill|charg|claim)(?:s|ed|ing)? (?:\\w+ ){0,3}(?:she|he|they) never (?:gave|give|did|do|performed|administered|provided|took|take|checked|saw|see)',
    'overcharg(?:e|es|ed|ing)', 'overbill(?:s|ed|ing)?',
    'double[- ]billing', 'under the table', 'kickbacks?', 'pay(?:s|ing)? (?:\\S+ ){0,2}for (?:patient )?referrals',
  ],
  dishonesty: [
    'lying (?:to|about)', 'is lying', 'are lying', 'lies? to (?:patients|people|the public|families|regulators|us|everyone)',
    'lied (?:to|about|on)', 'lies about', 'lying on (?:his|her|their|the) ', 'cover(?:ed|ing|s)? (?:it |this |that )?up', 'cover(?:s|ed|ing)? for (?:him|her|them|each other|\\S+ (?:mistakes|errors))', 'cover(?:s|ed|ing)? up (?:his|her|their|the) (?:\\S+ )?(?:mistakes|errors|deaths|complications|screw-?ups)',
    'buried (?:it|the (?:report|findings|complaints?|results))', 'hid(?:es|ing) it', 'hid(?:e|es|ing)? (?:the|its|their|his|her) (?:\\S+ ){0,2}(?:numbers|data|results|errors|deaths|complaints|rates|records|mistakes|infections|injuries)',
    '(?:is|are|was|were) hiding (?:it|the|their)', 'knew (?:about )?(?:\\w+ ){0,8}and (?:shipped|sold|kept|did nothing|said nothing|hid)',
    'on purpose,? to (?:scare|trick|squeeze|push|pressure|fool)', 'to (?:scare|trick|pressure) ' + PEOPLE + ' into',
    'to game (?:their|the|our) (?:\\S+ ){0,2}(?:numbers|metrics|stats|scores|ratings)',
  ],
  malpractice: [
    '(?<!\\b(?:a|an|the|my|your|that|this) )botch(?:ed|es|ing)', 'cut(?:s|ting)? corners', 'is the reason (?:\\S+ ){0,5}(?:coded|died|crashed|got hurt|are dead)', 'misdiagnos(?:ed|es|ing)', 'sen(?:t|d|ds|ding) (?:him|her|them|people|patients) home to die', '(?:a|an absolute|a real) (?:danger|menace) to (?:' + PEOPLE + '|this town|the (?:public|community|town))', 'butcher(?:ed|ing)', 'malpractice(?! (?:premiums?|insurance|coverage|carriers?|reform|caps?|costs?|rates|attorneys?|lawyers?))', 'negligen(?:t|ce)', 'incompeten(?:t|ce)',
    'kill(?:ed|s|ing) (?:a |the |two |three |several |\\d+ )?' + PEOPLE, 'left (?:a |an )?(?:sponge|instrument|clamp|towel)s? (?:inside|in)',
    'mix(?:ing|ed|es)? up (?:the )?(?:specimens|samples|patients|results|meds|medications|charts|babies)',
    'skipp(?:ed|ing) (?:the )?(?:safety |surgical )?(?:timeouts?|time-outs?|screenings?|checks?|safety checks?|protocols?)',
    'with the (?:safety )?(?:screening|checks?|timeout) skipped',
    'sen(?:d|ds|ding|t) (?:' + PEOPLE + ' )?home (?:septic|sick|unstable|bleeding|too early)',
    PEOPLE + ' (?:are|have been|keep) dying because',
    'left (?:a |the |their |his |her )?(?:patient|baby|child|resident|kid)s? (?:\\S+ ){0,3}(?:on the table|alone|unattended|unmonitored|without (?:care|monitoring))',
    '(?:someone|somebody|a patient) (?:is going to|will|is gonna|\'s going to) (?:die|get hurt|get killed)', 'matter of time before (?:someone|somebody|a patient) (?:gets hurt|dies|is killed)',
    '(?:expired|fake|forged|lapsed|revoked|suspended) licen[cs]es?',
    "(?:leav(?:e|es|ing)|left) (?:people|patients|kids|children|babies|residents|moms|mothers) (?:\\S+ )?(?:paralyzed|disabled|brain[- ]damaged|maimed|crippled|worse off|blind|deaf|dead|septic|infected)",
    '(?:lawyers|attorneys|settlements?|hush money|ndas?) (?:\\S+ ){0,2}(?:make|made|makes|making) (?:it|them|this|the (?:\\S+ )?(?:cases?|complaints?|lawsuits?)) (?:all )?go away',
    "lost (?:(?:his|her|their|its) )?(?:medical |nursing |pharmacy |dea |state |hospital |admitting |surgical |[a-z]+ )?(?:licen[cs]es?|privileges|accreditation|board certification)",
    // Working without the license or certification the job needs ("half of them don't even have licenses", "an unlicensed assistant signs them").
    "(?:don't|doesn't|do not|does not|never) (?:even |actually )?(?:ha(?:ve|s)|hold|held) (?:a |an |their |his |her |the |any |valid |\\S+ ){0,2}(?:licen[cs]es?|certifications?|board certifications?|credentials)", "unlicensed (?:\\S+ )?(?:assistants?|aides?|techs?|staff|guys|workers|people|nurses?|providers?|injectors?|practitioners?|pharmac\\w+)", "(?:had|got) (?:his|her|their|its) (?:\\S+ ){0,2}(?:licen[cs]es?|privileges|accreditation|registration|certification|credentials|board certification) (?:pulled|revoked|suspended|taken away|yanked|stripped|restricted)", 'overprescrib(?:e|es|ed|ing)',
    // Deaths or injuries counted against a unit or a practice, with a cause ("lost three babies because they won't staff it").
    "(?:has |have |had )?lost (?:a |two |three |four |five |several |multiple |\\d+ )?(?:more )?(?:patients|babies|moms|mothers|kids|children|residents|newborns) (?:\\S+ ){0,4}(?:because|due to|thanks to|from (?:neglect|negligence|errors?|mistakes))",
    '(?:refus|fail)(?:e|es|ed|ing|s)? to (?:properly |even |adequately )?(?:staff|monitor|treat|test|screen|sterili[sz]e|clean|isolate|report) (?:\\S+ ){0,3}(?:properly|safely|adequately|patients|babies|residents|it|them|the (?:unit|floor|ward))',
    // Harm that follows one clinician's patients ("her patients keep getting infected", "every case ends in a readmission").
    '(?:his|her|their) (?:\\S+ )?' + PEOPLE + ' (?:\\S+ ){0,2}(?:got|get|gets|keep getting|end(?:s|ed)? up (?:with|in)|develop(?:ed|s)?|came down with) (?:an? )?(?:sepsis|septic|infections?|infected|complications?|worse|readmitted|hurt|injured|bedsores|pressure (?:ulcers|injuries)|the icu|our icu)',
    '(?:ends?|ended|ending) (?:up )?(?:in|with) (?:an? )?(?:readmissions?|infections?|sepsis|complications?|the icu|our icu|the morgue|a lawsuit|revision surgery|a revision)',
    '(?:touches|treats|operates on|sees) (?:\\S+ ){0,3}(?:ends?|ended) up (?:with|in|dead|septic|infected)',
    'miss(?:es|ed|ing)? (?:\\S+ )?(?:bleeds?|fractures?|breaks|cancers?|tumou?rs?|strokes?|heart attacks?|sepsis|appendicitis|diagnos[ie]s|clots?)',
    '(?:died|dead|paralyzed|disabled|maimed|hurt|injured|(?:ended|wound|landed) up (?:in|with) (?:\\S+ ){1,2}) because of (?:him|her|them|that (?:doctor|nurse|surgeon|man|woman))',
    "(?:is going to|is gonna|'s going to|'s gonna|will) (?:end up )?(?:kill|killing|hurt|hurting|maim) (?:someone|somebody|a patient|a kid|a baby)",
  ],
  credentials: [
    '(?:certificate|degree|license|licence|diploma|credentials?|board certification) (?:is|are|was|were) (?:fake|forged|bogus|made up|expired|revoked)',
    'never (?:finished|completed|graduated from) (?:\\w+ )?(?:residency|med school|medical school|nursing school|training|fellowship)',
    '(?:isn\'t|is not|wasn\'t|never was|not even) (?:actually )?(?:board[- ]certified|licensed|a real doctor|a real nurse|a doctor|a nurse)',
  ],
  sexual: [
    'harass(?:es|ed|ing|ment)', 'sexually (?:assaulted|harassed|abused)', 'molest(?:s|ed|ing|er)?', 'groped?', 'grop(?:es|ing)',
    'assault(?:ed|ing)? (?:a |his |her |their )?(?:patients?|nurses?|staff|coworkers?|colleagues?)',
    'inappropriate with (?:patients|nurses|staff|students|residents)',
  ],
  impairment: [
    '(?:showing|shows|showed|show) up (?:drunk|high|intoxicated|impaired|wasted|hungover)', '(?:drunk|high|intoxicated|impaired) (?:on|at|during) (?:duty|shift|work|the job|night shift|call)',
    '(?:drunk|high|intoxicated|impaired) (?:to|for) (?:work|shift|night shift|surgery|his shift|her shift)',
    '(?:in|back in|went to|out of) rehab for (?:his|her|their) (?:drinking|drug use|addiction|opioid use)',
    'operat(?:es|ed|ing) (?:while |when )?(?:drunk|high|intoxicated|impaired)',
    '(?:smell(?:s|ed|ing)?|reek(?:s|ed|ing)?|stinks?|stank) (?:like|of) (?:a bar|a brewery|booze|alcohol|liquor|whiskey|vodka|beer|weed|pot)',
    'drunk on the job', '(?:drinking|drunk|high|using) (?:on|at|during) (?:the job|work|shift|call)', '(?:nodding|nodded) off (?:\\S+ ){0,3}(?:high|on the job|during (?:\\S+ )?(?:surgery|cases|rounds))',
  ],
  misconduct: [
    'fired (?:from \\S+(?: \\S+)? )?for (?:harass\\w*|stealing|theft|fraud|abus\\w*|assault\\w*|drinking|being drunk|lying|sleeping|falsifying|faking|diverting)',
    'caught (?:\\w+ ){0,2}(?:mixing|stealing|lying|faking|falsifying|billing|drinking|sleeping)',
    'abus(?:e|es|ed|ing) (?:' + PEOPLE + '|their patients|his patients|her patients)',
  ],
  disease: [
    '(?:has|have|got|caught|gave (?:\\w+ )?)(?: an?)? (?:std|stds|sti|herpes|hiv|aids|syphilis|gonorrhea|chlamydia)',
  ],
};

/**
 * Labels that accuse only when said of someone ("they are frauds", "that's a bribe", "takes
 * kickbacks"); as topics ("spot Medicare fraud", "scammers are calling") they accuse nobody.
 */
export const LABELS: readonly string[] = [
  'frauds?', 'fraudsters?', 'scam(?:s|mers?)?', 'crooks?', 'criminals?', 'thie(?:f|ves)', 'liars?', 'predators?', 'quacks?', 'brib(?:e|es)',
  'kick-?backs?', 'cover-?up', 'con (?:artists?|men|man)', 'grifters?', 'killers?', 'butchers?', 'hacks', 'charlatans?', 'swindlers?', 'drug dealers?', 'dealers?',
];
/** What comes before a label when it is said of someone. */
export const LABEL_LEAD = "(?:is|are|was|were|'s|'re|a|an|total|complete|such|plain|real|absolute|utter|called|bunch of|pack of|takes|taking|took|gets|got|accepts|accepting|pays|paid|this is|that's|it's)";
/** What follows a label when it names a topic ("fraud alert", "scam calls"). */
export const LABEL_TOPIC = '(?:attempts?|alerts?|schemes?|prevention|department|unit|investigators?|detection|warnings?|awareness|calls?|texts?|emails?|hotline|training)';

/** Insinuation: the writer implies what they do not state. */
export const INSINUATIONS: readonly string[] = [
  // Winks that point at wrongdoing without stating it: the reader is asked to supply the accusation.
  'ask me how i know', "there'?s a reason (?:he|she|they|why)", 'follow the money', "wonder who (?:he|she|they)(?:'s| is| are| knows| paid)", 'almost like (?:they|he|she) (?:had|have|has|were|was)', '(?:total(?:ly)?|pure|complete) coincidence',
  '(?:still has|keeps) (?:a |his |her |their )?licen[cs]e somehow', 'somehow still (?:has|practicing|working|licensed)', // Counted harms, not shifts or days: "how many more infections before someone looks".
  'how many more (?:\\S+ ){0,3}(?:infections|deaths|complications|falls|overdoses|injuries|errors|bounce-?backs|readmissions|lawsuits|complaints|bedsores|babies|patients|kids|children|people|residents|moms|lives|families|victims) (?:\\S+ ){0,9}(?:before|until)', "i'?m not saying it'?s true",
  'funny how', 'makes you wonder', 'i wonder why',
  'connect the dots', 'coincidence\\?', 'we all know why', 'everyone knows why',
  '(?:some of us|we all|everyone) know(?:s)? (?:exactly )?why', 'nurses talk', 'do your (?:own )?research on',
  'wink wink', 'asking for a friend', 'allegedly', 'is it just me or', '(?:pretty|how|very) convenient', "(?:i'm sure|i am sure|surely|must be|must have been|probably) (?:\\S+ ){0,6}(?:just |all |pure )(?:a )?coincidences?", '(?:very|totally|super|so|completely|perfectly) (?:legal|legit|ethical|sterile|sanitary|above board|kosher|normal)[.!]', 'convenient(?:ly)?,? (?:huh|right|no)', 'not naming names', 'nobody says a word', 'no one says a word', 'interesting that', 'maybe ask (?:where|how|why)',
];

/**
 * Winks that also close harmless asides and leaks ("just saying", "you didn't hear it from me",
 * "everybody knows"): they insinuate only beside a sign that something is wrong.
 */
export const WEAK_WINKS: readonly string[] = [
  'just saying', 'just sayin', 'ask (?:yourself|around|them|him|her) (?:why|about|what)', 'ask around', 'draw your own conclusions', 'look it up',
  '(?:everybody|everyone) (?:knows|in town knows)', "i'm not saying", 'think about that', 'nothing to see here', 'not saying anything', "you didn't hear it from me", 'just an observation',
];

/**
 * Signs that a claim reports an official, cited outcome rather than the writer's accusation: they
 * vouch only for the clause they stand in ("was fined by the state, and he still drinks on shift"
 * accuses in its second clause).
 */
export const OFFICIAL_RECORDS: readonly string[] = [
  'per (?:the )?(?:\\S+ ){0,5}(?:report|records|ruling|findings|filing|statement|audit|inspection)',
  'according to (?:the )?(?:\\S+ ){0,5}(?:report|records|court|department|agency|board|ruling|filing|statement|audit|inspection|investigation)',
  '(?:was|were|has been|have been) (?:cited|convicted|sentenced|fined|indicted|found liable|found guilty|charged)',
  'pleaded (?:guilty|no contest)', 'court (?:records|documents|filings) (?:show|say)', 'published (?:\\S+ )?(?:report|findings|ruling)',
  'settled (?:a|the) (?:lawsuit|case|claim)',
  // A ruling told as such: the writer passes on a public record, not a claim of their own.
  '(?:court|jury|judge|panel|arbitrator) (?:\\S+ )?(?:ruled|found|held|decided)',
];

/** A news story named as the source: the whole sentence is what the press reported. */
export const PUBLIC_SOURCES: readonly string[] = [
  '(?:per|according to|as reported (?:by|in)|reported (?:by|in)) (?:the )?(?:\\S+ ){0,2}(?:gazette|paper|newspaper|news|times|herald|tribune|post|journal|courier|article|story|coverage|reporting|reporters?|press|chronicle|daily|ap|reuters)\\b',
];
