// Damaging acts built from word classes, for the defamation detector: each entry is a verb class
// joined to an object class (what is diverted, hidden, billed, done to people), so a wording
// nobody listed still fits. Regex sources (case-insensitive, word boundaries); they count only
// with an identifiable target, like the rest of the detector's predicates.

/** Controlled and diverted medicines, by the names people use for them. */
const CONTROLLED = '(?:narcotics?|opioids?|opiates?|benzos?|controlled substances?|oxy\\w*|percs?|percocets?|vicodin|norcos?|hydrocodone|dilaudid|hydromorphone|morphine|fentanyl|ketamine|methadone|suboxone|bupe|buprenorphine|adderall|ritalin|vyvanse|xanax|ativan|klonopin|valium|ambien|codeine|tramadol|meth|cocaine|coke|heroin|xannies|bars)';
/** Who a script is written for when it is a favour, not care. */
const FAVOURED = '(?:friends?|buddies|buddy|pals?|family|relatives?|girlfriends?|boyfriends?|wife|husband|kids?|cash|money|anyone who pays|whoever pays|himself|herself|themselves)';
/** Incidents, harms and warnings that someone can hide. */
const CONCEALABLE = '(?:outbreaks?|infections?|deaths?|errors?|mistakes?|complaints?|warnings?|incidents?|breach(?:es)?|abuse|injur(?:y|ies)|results|reports?|findings|complications?|cases?|falls?|overdoses?|violations?|leaks?|mold|contamination|numbers|rates|exposures?|recalls?|the truth)';
/** People on the receiving end of care, or of harm. */
const PEOPLE = '(?:people|patients?|residents?|kids|children|babies|clients?|inmates|prisoners|detainees|elders|seniors|old folks|old people|women|girls|boys|students|staff)';
/** Those a professional may not have a sexual relationship with. */
const IN_THEIR_CARE = '(?:clients?|patients?|students?|residents?|interns?|trainees?|subordinates?|secretary|assistant|parishioners?)';
// Those who answer to someone at work, where a romance is a misuse of power ("a tech on her team").
const UNDER = '(?:techs?|nurses?|aides?|employees?|staffers?|reports?|residents?|students?|interns?|assistants?|secretary|sources?)';
const ON_THEIR = '(?:on|in|from|under) (?:his|her|their) (?:own )?(?:team|unit|floor|staff|service|department|dept|shift|class|program|crew|beat)';
/** Body parts an injury is counted on ("burnt a girl's face"). */
const BODY = '(?:face|eyes?|skin|lips?|arms?|legs?|hands?|feet|foot|nose|breasts?|nerves?|spine|bowels?|kidneys?|scalp|cheeks?)';
/** What a missed diagnosis misses. */
const FINDING = '(?:mass|masses|lesions?|nodules?|lumps?|tumou?rs?|cancers?|fractures?|bleeds?|clots?|perforations?|abscess|obstructions?|infections?|strokes?|heart attacks?|mi|sepsis|appendicitis|appy|dissections?|aneurysms?|pneumonia|diagnosis)';
/** Records and checks that can be skipped or faked. */
const CHECKS = '(?:tests?|testing|logs?|checks?|counts?|inspections?|cleanings?|sterili[sz]ation|maintenance|flushing|flushes|audits?|screenings?|timeouts?|time-outs?|rounds|safety checks?|water tests?|background checks?)';

// Verbs of a romance or an affair.
const ROMANCE = '(?:dating|dated|sleeping (?:with|w)|slept with|sleeps with|hooking up with|hooked up with|messing (?:around )?with|fooling around with|having an affair with|had an affair with)';

export const DAMAGING_ACTS: Record<string, readonly string[]> = {
  crime: [
    // Diverting or dealing controlled drugs: a verb of taking or passing on + the drug.
    `(?:pocket|divert|skim|swip|lift|steal|sell|supply|supplie|suppli|hand(?:ing)? out|slipp?)(?:s|ed|ing|e|es)? (?:\\S+ ){0,7}${CONTROLLED}(?! (?:disposal|take-?back|drop-?off|lock-?box))`,
    // Any drugs dealt off the books: sold or bought out of a vehicle or a locker, on the side, from a
    // person rather than a pharmacy; and the dealer named as such.
    `(?:sell|deal|push|peddl|mov|buy|bought|scor|get|got)(?:s|ed|ing|e|es)? (?:\\S+ ){0,3}(?:pills|drugs|dope|meds|${CONTROLLED}) (?:\\S+ ){0,2}(?:out of (?:his|her|their|the|a) (?:\\S+ )?(?:truck|car|van|trunk|locker|house|garage|backpack|bag|office|purse)|on the side|under the table|off (?:a|an|some|the|one of the) (?:\\S+ ){0,2}(?:cna|nurse|tech|aide|resident|student|guy|girl|patient|coworker|doctor|np|pa|medic|emt|janitor|guard))`,
    `(?:known|local|biggest|town's|county's|only|main|go-to|resident) (?:\\S+ )?(?:meth|drug|pill|coke|crack|heroin|fentanyl|dope|oxy) (?:dealer|pusher|supplier|peddler)s?\\b`,
    // Seeking controlled drugs as a habit, said of someone ("kept asking for more oxy", "begged repeatedly for Dilaudid").
    `(?:(?:repeatedly|constantly|always|keeps?|kept) (?:ask|beg|demand|request|call)(?:s|ed|ing)?(?: in)?|(?:ask|beg|demand|request)(?:s|ed|ing)? (?:repeatedly|constantly|again and again|over and over)) (?:\\S+ ){0,2}for (?:more |stronger |extra |early |refills? (?:of |on )?){0,3}${CONTROLLED}`,
    // Stealing told in everyday words: walking off with goods, dipping into a fund, keeping deposits.
    `(?:walk(?:s|ed|ing)?|waltz(?:es|ed|ing)?) (?:out|off) with (?:\\S+ ){0,3}(?:cases|boxes|crates|supplies|equipment|copper|tools|inventory|stock|cash|money|drugs|pills|meds|${CONTROLLED})`,
    `dip(?:s|ped|ping)? into (?:the |our |their |his |her )?(?!own\\b)(?:(?!to\\b)\\S+ ){0,3}(?:funds?|money|cash|accounts?|donations|budget|till|register|levy|grant)`,
    // A script written as a favour or for cash: write/prescribe + drug + for + a friend or money.
    `(?:writ(?:e|es|ing)|wrote|prescrib(?:e|es|ed|ing)|hand(?:s|ed|ing)? out|giv(?:e|es|ing)|gave) (?:\\S+ ){0,3}${CONTROLLED} (?:\\S+ ){0,1}(?:to|for) (?:all |half |most |half of |most of )?(?:his|her|their|any of his|any of her) (?:\\S+ ){0,2}${FAVOURED}`,
    `(?:writ(?:e|es|ing)|wrote|prescrib(?:e|es|ed|ing)) (?:\\S+ ){0,3}${CONTROLLED} (?:to|for) (?:anyone|anybody|whoever) (?:who |that )?(?:pays|asks|wants)`,
    // Drugs or supplies from an illicit source ("buys it off some sketchy site", "out the back door").
    '(?:buy|bought|order|get|got|gets|source)(?:s|ed|ing)? (?:\\S+ ){0,2}(?:off|from) (?:some |a |the )?(?:sketchy|shady|random|black[- ]market|overseas|chinese|canadian|mexican|online|dark ?web|internet)(?: \\S+){0,2} (?:site|website|guy|dealer|supplier|seller|pharmacy)',
    '(?:orders?|ordered|ordering|buys?|bought|gets?|got) (?:\\S+ ){0,2}off (?:the )?(?:internet|dark ?web|amazon|ebay|alibaba|wish)',
    '(?:selling|sells|sold|deal(?:s|ing)?) (?:\\S+ ){0,3}(?:out (?:the|of the) back(?: door)?|under the table|on the side|out of (?:his|her|their) (?:car|trunk|garage|locker))',
    // Violence against people in one's charge.
    `(?:rough(?:s|ed|ing)? (?:\\S+ )?up|beat(?:s|ing)? (?:\\S+ )?up|slap(?:s|ped|ping)|punch(?:es|ed|ing)|shov(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|kick(?:s|ed|ing)|smack(?:s|ed|ing)|strap(?:s|ped|ping)? (?:\\S+ )?down|tie(?:s|d)? (?:\\S+ )?down) (?:\\S+ ){0,2}${PEOPLE}`,
    `(?:rough(?:s|ed|ing)?|beat(?:s|ing)?) ${PEOPLE} up`,
    // Taking what belongs to others: pay, wages, tips, or the rest of someone's pills.
    '(?:pocket|skim|steal|keep|keeps|kept|withhold)(?:s|ed|ing)? (?:\\S+ ){0,3}(?:pay|paychecks?|wages|overtime|tips|bonuses|per diems?|stipends?|fees|dues|deposits|copays?|co-pays?)(?! (?:raise|scale|bump|cut|day|period|stub))',
    'keep(?:s|ing)? the rest (?:for|to) (?:himself|herself|themselves)',
    'expens(?:e|es|ed|ing) (?:his|her|their) (?:\\S+ ){0,3}(?:to|on) (?:the )?(?:hospital|company|practice|foundation|clinic|system|taxpayers|grant)',
    '(?:under|facing) (?:an? )?(?:\\S+ )?(?:investigation|indictment) for',
    // Adulterated products ("spikes their fat burners with sibutramine").
    '(?:spik|lac|cut)(?:e|es|ed|ing|s)? (?:their|the|its|his|her) (?:\\S+ ){0,3}with',
    `short(?:s|ed|ing)? (?:\\S+ ){0,3}(?:pills|meds|scripts|prescriptions|doses|${CONTROLLED})`,
  ],
  fraud: [
    // Billing against the facts: a verb of billing, then what was not done or not there.
    '(?:bill|charg|invoic|cod)(?:e|es|s|ed|ing)?(?! nurses?\\b) (?:\\S+ ){0,8}(?:only (?:has|had|have|gave|saw|did|staffs?|got)|never (?:\\S+ )?(?:made|came|happened|done|staff(?:ed)?|left|saw|seen|there|showed|performed|given|received)|not even (?:there|done|in))',
    '(?:bill|charg)(?:e|es|s|ed|ing)? (?:\\S+ ){0,4}for the full (?:amount|price|bottle|dose|count|visit)',
    "(?:bill|charg|cod)(?:e|es|s|ed|ing)? (?:\\S+ ){1,4}as (?:a |an )?['‘\"]?(?:licensed|complicated|complex|critical|level (?:4|5|four|five)|high[- ]complexity|emergen\\w*|surgical|medically necessary|new patient|\\S+ therapy)",
    'fill(?:s|ed|ing)? (?:scripts |prescriptions |orders |bottles |them |it )?short(?![- ](?:staffed|notice|term|handed|list))',
    // Faking or fudging one's own record: any possessive record.
    "(?:fak|fudg|falsif|doctor|pad|inflat)(?:e|es|ed|ing|y|ies|ied|ying|s|ded|ding)? (?:their|his|her|its|the) (?:own )?(?:\\S+ ){0,2}(?:times|numbers|logs|counts|scores|rates|stats|metrics|data|hours|records|charts|notes|results|reports|vitals|signatures|credentials|certifications?|documentation|outcomes|surveys|inspections?|audits?)",
    'mak(?:e|es|ing) up (?:\\S+ )?(?:results|numbers|data|values|readings|vitals|notes|charting|scores|hours|visits)',
    "(?:data|numbers|results|stats|figures|rates|outcomes|reports?|records|audits?|logs|scores|ratings)\\W* (?:\\S+ ){0,6}(?:is|are|was|were) (?:all |completely |totally |straight up |literally )?(?:made up|fabricated|fake|faked|cooked|doctored)",
    "bill(?:s|ed|ing)? (?:\\S+ ){0,3}(?:like|as if|as though) (?:he|she|they) (?:saw|did|was there|were there|performed|treated)",
    '(?:print|make|mak|sell|sold)(?:s|es|ed|ing)? (?:\\S+ ){0,2}fake (?:\\S+ ){0,2}(?:cards?|ones|certificates?|certs?|licen[cs]es?|badges?|ids?|notes|diplomas|degrees|records|scripts|prescriptions|reviews|cures?|meds|pills|products|vaccines?|botox|filler|coas?)',
    'print(?:s|ed|ing)? fake ones',
    'backdat(?:e|es|ed|ing) (?:\\S+ ){0,3}(?:reports?|records|notes|charts|forms|logs|signatures|consents?|orders|tests?)',
    'doctor(?:s|ed|ing)? (?:the|their|his|her|its) (?:\\S+ ){0,2}(?:reports?|records|charts|results|data|numbers|logs|books|notes|files|metrics)',
    // Care done or withheld for the money ("sedates kids so he can bill for it").
    "(?:so|just so|only so) (?:that )?(?:he|she|they|the (?:practice|clinic|hospital|owner)) (?:can|could|gets? to|'d|would) (?:bill|charge|upcode|collect|get paid|triple[- ]bill|double[- ]bill)",
    '(?:bill|charg)(?:e|es|s|ed|ing)? (?:\\S+ ){0,6}for (?:a |the )?full (?:\\S+)',
    "(?:bill|charg)(?:e|es|s|ed|ing)?(?! nurses?\\b) (?:\\S+ ){0,8}(?:that|which) (?:isn't|wasn't|aren't|weren't|never|is not|was not) (?:even |actually )?(?:happen(?:ing|ed)?|done|given|there|provided)",
    '(?<!\\b(?:we|i) )bill(?:s|ed|ing)? (?:\\S+ ){0,8}(?:they|he|she|you|patients?|people|folks) (?:\\S+ )?never (?:even )?\\S+',
  ],
  dishonesty: [
    // Hiding an incident: a verb of concealment + something that happened.
    `(?:hid(?:e|es|ing|den)?|hiding|bur(?:y|ies|ied|ying)|conceal(?:s|ed|ing)?|cover(?:s|ed|ing)? up|hush(?:es|ed|ing)? up|sweep(?:s|ing)?|swept|sat on|sit(?:s|ting)? on|sitting on|suppress(?:es|ed|ing)?|shred(?:s|ded|ding)?) (?:the |a |an |their |its |his |her |all the |those |these )?(?:\\S+ ){0,3}${CONCEALABLE}(?! (?:committee|team|task force|board|council|panel|huddle|meeting))`,
    '(?:it|this|that|everything|the (?:\\S+ )?(?:report|complaint|incident|case|investigation)) (?:all )?(?:got|was|gets|were) (?:quietly )?(?:buried|swept under the rug|hushed up|covered up|shredded|made to disappear)',
    // Silence bought or forced ("paid her off to keep it quiet"); a friend asked to keep news quiet is no cover-up.
    "(?:paid|pays|paying|bribed|threatened|pressured|leaned on|made) (?:\\S+ ){0,3}(?:to|so (?:she|he|they)(?:'d| would)?) keep (?:it|this|that|things|quiet|her mouth shut|his mouth shut|their mouths shut)(?: quiet| hush[- ]hush| under wraps)?",
    'knew (?:about (?:it|this|that) )?for (?:weeks|months|years|days|a (?:whole |full )?(?:year|month|week)) (?:before|and|but)',
    'knew (?:that )?(?:\\S+ ){1,6}(?:for (?:weeks|months|years|a (?:whole |full )?(?:year|month))|and (?:did nothing|said nothing|sat on it|kept quiet))',
    '(?:for (?:weeks|months|years|days)) and (?:ignored|did nothing about|sat on) (?:it|them|the)',
    "(?:so|before) (?:the )?(?:\\S+ )?(?:surveyors|inspectors|regulators|auditors|state|joint commission|board) (?:wouldn't|won't|couldn't|didn't|would not|could not|never|can't) (?:see|find|notice|know|catch|find out)",
    '(?:settled|paid out|paying out|paid off) (?:\\S+ ){0,3}quietly|quietly (?:settled|paid out|paying out|paying off)',
    "(?<!\\b(?:i|we) )(?:never|didn't|did not|won't|wouldn't|refused to) (?:even )?(?:tell|told|inform(?:ed)?|notify|notified|warn(?:ed)?|disclose[d]?) (?:him|her|them|the family|his family|her family|the patient)(?! (?:that|about|why|what|how|where|when)\\b)",
  ],
  malpractice: [
    // A missed diagnosis, told as a fact about someone's care.
    `(?<!\\b(?:i|we) )miss(?:ed|es|ing) (?:the|a|an|his|her|their|your) (?:\\S+ ){0,2}${FINDING}(?! (?:day|days|week|meeting|deadline))`,
    "(?<!\\b(?:i|we) )(?:should|could|would) have (?:caught|diagnosed|spotted|seen|found|noticed|picked up on) (?:it|this|that|the|her|his|their|a) ",
    `(?:long |a |such a )?history of (?:\\S+ )?(?:complications|malpractice|lawsuits|suits|complaints|botched \\S+|bad outcomes|infections|deaths|errors|violations|sanctions|board actions)`,
    `(?:burn(?:ed|t|s)?|scarr(?:ed|ing)|disfigur(?:ed|es|ing)|paralyz(?:ed|es|ing)|blind(?:ed|s)|maim(?:ed|s)|mangl(?:ed|es)|ruin(?:ed|s)) (?:a |an |the |her |his |their |some |this |that |one )?(?:\\S+(?:s'|'s|s) )?${BODY}`,
    "(?:would|'d) rather (?:kill|lose|let (?:\\S+ ){0,2}die|hurt) (?:\\S+ ){0,2}than",
    "(?:would|'d) (?:\\S+ ){1,8}if (?:the )?(?:insurance|medicare|medicaid) (?:paid|pays|covered|would pay)",
    `(?:let(?:s|ting)?|leav(?:e|es|ing)|left) (?:\\S+ ){0,3}(?:lay|lie|lying|laying|sit|sitting) in (?:their|his|her) own (?:mess|filth|urine|waste|feces|poop|pee|vomit)`,
    `(?:skipp(?:ed|ing)|skips?) (?:the )?(?:\\S+ ){0,2}${CHECKS}`,
    `(?:has|had|have|lets?|using|uses|used) (?:\\S+ ){0,2}(?:untrained|unlicensed|uncertified|unqualified) (?:\\S+ )?(?:aides?|staff|techs?|people|assistants?|kids|students|family members)`,
    '(?:had|left|leaving|leave) (?:a |the |an )?(?:\\S+ )?(?:sponge|drain|clamp|instrument|needle|guidewire|towel|stent) (?:left )?in (?:\\S+ ){0,3}(?:for|and|without)',
    '(?:a )?retained (?:sponge|instrument|drain|clamp|needle|guidewire|towel)',
    '(?:drinks?|drinking|bourbons?|beers?|shots|wine|cocktails|joints?) (?:\\S+ ){0,4}before (?:his|her|their) (?:\\S+ )?(?:cases|surgeries|surgery|shifts?|clinic|rounds|procedures|patients)',
    'signed off (?:on )?(?:\\S+ ){0,4}(?:as (?:clean|safe|fine|normal|passed)|anyway)',
    // Unfit to practise, said as fact.
    "(?:had|has|have) no business (?:doing|operating|practicing|practising|touching|treating|prescribing|running|being)",
    "(?:should not|shouldn't|should never|has no right to) (?:be )?(?:practicing|practising|operating|licensed|allowed near|touching patients|have a licen[cs]e)",
    `(?<!\\b(?:we|i) )sen(?:t|ds?|ding) (?:\\S+ ){0,5}home with (?:a |an )?(?:\\S+ ){0,2}${FINDING}`,
    '(?:fell|falls|falling|fall) asleep (?:in|during|on|while) (?:\\S+ ){0,2}(?:sessions?|surgery|surgeries|cases?|shifts?|duty|the job|appointments?|rounds|call|procedures?|deliveries|monitoring)',
    're-?us(?:e|es|ed|ing) (?:\\S+ ){0,3}(?:single-use|needles?|syringes?|tubing|circuits?|gloves|vials|catheters?|scopes|tourniquets?|butterflies|lancets?|blades?|masks|filters|dialyzers?|sharps)',
    "(?:don't|doesn't|didn't|never|not) (?:even )?(?:sanitize|sterili[sz]e|disinfect|clean|wash) (?:their|his|her|the) (?:\\S+ )?(?:hands|chairs|equipment|instruments|tools|rooms|scopes|needles|tables|beds|machines)",
    'wrongful[- ]death (?:settlements?|suits?|lawsuits?|cases?|claims?)',
    // Whoever clicked it is nobody in particular.
    '(?<!\\b(?:whoever|someone|somebody|anyone|anybody|everyone|no ?one) )click(?:ed|ing|s)? (?:on )?(?:a |the |that |some |every )?(?:\\S+ )?(?:phishing|scam|sketchy|spam|malicious|fake) (?:links?|emails?|attachments?)',
  ],
  sexual: [
    `(?:dating|dated|sleeping with|slept with|sleeps with|hooking up with|hooked up with|messing (?:around )?with|fooling around with|having an affair with|had an affair with|banging|sexting|sext(?:s|ed)) (?:one of |two of |several of )?(?:his|her|their) (?:own )?(?:\\S+ )?${IN_THEIR_CARE}`, '(?:dating|sleeping with|slept with|hooking up with|messing (?:around )?with) (?:a )?minors?',
    // A romance with someone they answer to, or a journalist's with a source.
    `(?:dating|dated|sleeping with|slept with|sleeps with|hooking up with|hooked up with|messing (?:around )?with|fooling around with|having an affair with|had an affair with) (?:a |an |one of (?:his |her |their )?)(?:\\S+ ){0,2}(?:${UNDER} ${ON_THEIR}|sources?\\b)`,
    // Someone they supervise, train or grade; a staffer of theirs; a boss slept with for a promotion.
    `${ROMANCE} (?:one of )?(?:the |a |an )?(?:\\S+ ){0,2}(?:residents?|students?|interns?|nurses?|techs?|trainees?|new grads?|orientees?|fellows?|employees?|aides?) (?:that |who )?(?:he|she|they) (?:supervises?|precepts?|manages?|oversees?|trains?|teaches|mentors?|grades?|evaluates?|hired|is (?:precepting|training|supervising))`,
    `${ROMANCE} the (?:\\S+ )?(?:secretary|assistant|intern|nanny|babysitter|student|receptionist)`,
    `${ROMANCE} (?:the|her|his|their) (?:boss|ceo|cfo|coo|cno|cmo|director|manager|supervisor|chief|chair|dean|owner)(?: \\S+){0,6} (?:that'?s how|to get|got (?:the|her|his|that)|for (?:the|her|his)) (?:\\S+ )?(?:promotion|job|raise|position|role|shifts?|title)`,
    // Messages to the young or to those in one's charge, said to cross a line.
    '(?:texting|texts|texted|messaging|messages|messaged|dm(?:s|ed|ing)?|snapchatting|snapping) (?:\\S+ ){0,3}(?:players|students|patients|minors|kids|girls|boys|teens|athletes|residents|interns|clients|campers|swimmers|trainees)(?: \\S+){0,3} inappropriately', 'inappropriately (?:texting|messaging|touching|hugging|contacting)',
    'inappropriate(?:ly)? (?:touching|touched|touches|contact|relationships? with)', 'touch(?:es|ed|ing)? (?:\\S+ ){0,3}inappropriately',
    '(?:complaints?|accused|allegations?|reported) (?:for|of) (?:\\S+ )?(?:touching|groping|harassment|harassing|assault|misconduct|exposing)',
    'grop(?:e|es|ed|ing) (?:a|the|his|her|their|one of) ',
    '(?:sued|accused|reported|investigated|disciplined|complaints?) (?:\\S+ ){0,4}(?:for|of) (?:\\S+ )?(?:inappropriate|sexual|groping|touching|harass\\w*|assault\\w*|misconduct)',
  ],
  credentials: [
    "(?:ain'?t|aint|isn'?t|is not|not|wasn'?t|never was) (?:even |actually |really )(?:a |an )?(?:real |licensed |certified |registered )?(?:nurse|doctor|physician|surgeon|dermatologist|np|pa|rn|lpn|md|do|pharmacist|dentist|therapist|injector|provider|esthetician|aesthetician|counselor|psychologist|psychiatrist|midwife|medic|paramedic|emt)",
  ],
};

// The same acts in Spanish, by verb stem and object class: compromise reads English only, so the
// classes are written as the verb's conjugations joined to what is stolen, billed, hidden or done.
const ES_PEOPLE = '(?:(?:a )?(?:los |las |sus |mis )?(?:pacientes?|ancianos?|abuelit[oa]s?|residentes|niñ[oa]s|beb[eé]s|familias|clientes|personas|mam[aá]s|viejit[oa]s))';
const ES_TAKEN = '(?:opioides|opi[aá]ceos|medicamentos|medicinas|pastillas|narc[oó]ticos|fentanilo|morfina|insulina|dinero|donaciones|fondos|propinas|sueldos?)';
const ES_HIDDEN = '(?:muertes?|errores|infecciones|casos|quejas|resultados|la verdad|lo que pas[oó]|contaminaci[oó]n|brotes?)';
const ES_VERB_END = '(?:a|an|aba|aban|ó|o|aron|ando|e|en)';
export const SPANISH_ACTS: Record<string, readonly string[]> = {
  crime: [
    `rob${ES_VERB_END} (?:\\S+ ){0,4}${ES_TAKEN}`, `(?:se )?(?:qued|guard)${ES_VERB_END} con (?:el |los |las |la )?(?:\\S+ )?${ES_TAKEN}`,
    `vend(?:e|en|ía|ían|ió|ieron|iendo) (?:\\S+ ){0,3}${ES_TAKEN}? ?(?:vencid[oa]s?|caducad[oa]s?|falsificad[oa]s?|adulterad[oa]s?|rebajad[oa]s?|robad[oa]s?)`,
  ],
  fraud: [
    `cobr${ES_VERB_END} (?:\\S+ ){0,6}(?:que (?:nunca|ni) |sin (?:entrar|ver|hacer|atender|examinar|estar))`,
    `firm${ES_VERB_END} (?:\\S+ ){0,6}que (?:nunca|ni) (?:vio|vieron|hizo|hicieron|atendi[oó]|examin[oó]|revis[oó])`,
    `falsific${ES_VERB_END}`, `estaf${ES_VERB_END}`, `(?:es|son|era|eran) (?:un|una|unos|unas) (?:estafador(?:a|es|as)?|ladr[oó]n(?:a|es|as)?|rat(?:a|as)|criminal(?:es)?|fraude|mentiros[oa]s?)\\b`,
    `(?:rebaj|aguad|diluy)(?:a|an|aba|ó|aron|e|en|ando|iendo) (?:\\S+ ){0,4}(?:medicinas?|medicamentos|antibi[oó]ticos?|suspensiones|jarabes?|vacunas?|insulina)`,
  ],
  malpractice: [`maltrat${ES_VERB_END} (?:\\S+ ){0,2}${ES_PEOPLE}`, `abus${ES_VERB_END} de ${ES_PEOPLE}`, `dej${ES_VERB_END} (?:\\S+ ){0,3}${ES_PEOPLE} (?:\\S+ ){0,3}(?:horas|d[ií]as|semanas) (?:sin|en)`],
  dishonesty: [`encubr(?:e|en|ió|ieron|iendo|ía|ían)`, `(?:tap|escond|ocult)(?:a|an|aba|ó|aron|ando|e|en|ió|ieron|iendo) (?:\\S+ ){0,3}${ES_HIDDEN}`],
  impairment: [`(?:trabaj|lleg|vien|oper|atiend|and|est|manej)(?:a|an|aba|aban|ó|e|en|ando) (?:\\S+ ){0,2}(?:drogad[oa]s?|borrach[oa]s?|tomad[oa]s?|pasad[oa]s? de copas|high)\\b`],
  sexual: [`(?:se acuesta|se acost[oó]|anda|sale|sal[ií]a|tiene un amor[ií]o) con (?:\\S+ ){0,2}(?:su |sus |una de sus |uno de sus )(?:pacientes?|alumn[oa]s?|residentes?|estudiantes?|secretari[oa]|asistente|subordinad[oa]s?)`, `toc${ES_VERB_END} (?:\\S+ ){0,2}(?:a )?(?:las |los )?(?:pacientes?|niñ[oa]s|alumn[oa]s)`],
};
