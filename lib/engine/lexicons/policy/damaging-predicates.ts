// Wider classes of damaging predicate for the defamation detector, by the kind of accusation a
// compliance reviewer reads: impairment at work, harm and negligence in care, billing for work
// not done, lost or faked credentials and discipline, and cover-ups. Regex sources (case-
// insensitive, word boundaries), written as classes (a state + an occasion, an act + its
// object), not as any post's phrases. They count only with an identifiable target.

const STATE = '(?:drunk|high|hungover|hung over|intoxicated|buzzed|wasted|tipsy|stoned|impaired|borracho|borracha|glassy[- ]eyed|on something|under the influence)';
// Said of someone's state with a plain verb ("is drunk"), without the words that have everyday senses ("high", "wasted").
const SOUSED = '(?:drunk|hungover|hung over|intoxicated|buzzed|tipsy|stoned|borracho|borracha|glassy[- ]eyed|under the influence)';
const ARRIVE = '(?:comes?|came|coming|shows?|showed|showing|shown|turns?|turned|rolls?|rolled|arriv(?:e|es|ed|ing)|llega|lleg[oó])(?: up| in)?(?: (?:to|at) (?:\\S+ ){0,2}\\S+)?';
const CARE_ACT = '(?:surgery|surgeries|cases?|procedures?|shifts?|codes?|rounds|reads?|scans?|deliveries|clinic|work|the or|the floor|the vault)';

// What a record, a bill or a report claims happened: the verbs of writing something down or charging for it.
const BILLED = '(?:bill|charg|invoic|expens)(?:s|es|e|ed|ing)?';
const CHARTED = '(?:chart|document|log|clock|sign|report|record)(?:s|es|ed|ing)?';
// What was not done, in the negative: "never actually performed", "didn't happen", "weren't even there".
const NOT_DONE = "(?:never|didn't|did not|don't|doesn't|weren't|wasn't|were not|was not) (?:actually |even |once )?(?:happen(?:ed)?|perform(?:ed)?|r[au]n|done|did|do|work(?:ed)?|went|go|got|get|receiv(?:e|ed)|t[ao]ok|take|used?|giv(?:e|en)|gave|deliver(?:ed)?|provid(?:e|ed)|touch(?:ed)?|s[ae]en?|saw|show(?:ed)? up|there|on site|in the room|wr[io]te|laid eyes)";
// An illness a clinician can miss or mislabel.
const ILLNESS = '(?:blockages?|ectopic|fracture|broken \\S+|appendix|appendicitis|appy|heart attack|stroke|bleed|clot|pe|dvt|sepsis|septic|pneumonia|strep|meningitis|cancer|tumou?r|mass|infection|abscess|dissection|aneurysm|troponins?|heart defect|defect|torsion|obstruction|perforation|concussion|uti|diabetes|dka)';
// A drinking state said with an occasion ("after a couple of martinis").
const DRINKS = '(?:martinis|drinks|beers|shots|glasses of wine|cocktails|bourbons?|whiskeys?|margaritas|pints)';
// Symptoms a clinician can wave off, and the harmless names they are waved off with.
const SYMPTOM = '(?:chest pain|chest pains|headaches?|belly pain|stomach pain|abdominal pain|back pain|shortness of breath|lump|bleeding|fever|numbness|weakness|symptoms|pain|cough|rash)';
const HARMLESS = "(?:anxiety|anxious|gas|stress|nothing|reflux|heartburn|a virus|viral|muscular|a pulled muscle|in (?:his|her|their) head|indigestion|constipation|growing pains|normal|panic attacks?|a cold)";
// Those a person in charge may not touch or take up with.
const JUNIOR = '(?:secretary|assistant|nurse|student|intern|resident|patient|employee|staffer|subordinate|new girls?|new hires?|trainee|parishioner|tech|receptionist|volunteer|aide)';

export const DAMAGING_PREDICATES: Record<string, readonly string[]> = {
  impairment: [
    `${ARRIVE} (?:\\S+ ){0,2}${STATE}`, `${ARRIVE} (?:\\S+ ){0,4}and (?:clearly |obviously |visibly |totally )?${STATE}`, `(?:is|was|were|are|gets?|got|been|seems?|looks?|looked|reads?|operates?|operated|works?|worked|charts?|doing|does|did|flies|flew|flying|drives|drove|driving) (?:\\S+ ){0,3}${SOUSED}(?! on (?:coffee|caffeine|life|power|love|sleep))`,
    `(?:(?:been )?drinking|using|high|drunk|hungover) (?:before|during|on|at|between) (?:\\S+ ){0,2}${CARE_ACT}`, 'a (?:raging |functional |known )?(?:drunk|alcoholic|junkie|addict)', 'smell(?:s|ed)? (?:like|of) (?:alcohol|booze|liquor|weed|beer)',
    '(?:been )?to rehab (?:\\S+ ){0,2}for', '(?:drug|alcohol|addiction|opioid|substance) (?:rehab|detox)', 'using on the job', 'missing (?:\\S+ ){0,3}(?:counts|vials|doses|narcotics|hydrocodone|oxy\\w*|fentanyl|morphine)',
    "(?:ran|did|does|performed|read|charted|delivered|operated on|saw|treated|drove|flew) (?:\\S+ ){0,4}(?:drunk|intoxicated|buzzed|hammered|blitzed|wasted|tipsy)", '(?:failed|flunked|popped (?:hot|positive) on) (?:her|his|their|a) (?:\\S+ )?(?:drug|tox|urine|breathalyzer) (?:test|screen)', 'after happy hour', '(?:was|were|is|are) asleep (?:on|at|during) (?:the )?(?:couch|job|shift|duty|work|desk|station|wheel)', "(?:flying|flies|flew|working|works|worked) (?:\\S+ )?past (?:\\S+ )?(?:duty|legal|rest) (?:hours|limits)",
    // The drinking told by its occasion or its measure: "after a couple of martinis", "BAC 0.18", "blitzed".
    `(?:after|on) (?:a |like )?(?:couple|few|bunch|two|three|four|handful)(?: of)? (?:\\S+ )?${DRINKS}`, '(?:blood alcohol|bac)(?: level| of| was| at)? (?:\\S+ ){0,2}(?:0?\\.\\d+|through the roof|over|twice|three times)', `${ARRIVE} (?:\\S+ ){0,3}(?:blitzed|hammered|plastered|sloshed|loaded|lit|smashed|trashed|tanked|faded)`, '(?:working|worked|works|charting|operating|practicing) (?:\\S+ ){0,2}(?:high|drunk|stoned|impaired)(?! (?:school|priority|volume|alert|risk|level|acuity))', "smell(?:s|ed|ing)? like (?:a |the )?(?:bar|brewery|distillery|liquor store|pot|skunk)",
    // Seeking controlled drugs under false pretences, said of a named patient or reviewer.
    'drug[- ]seek(?:ing|ers?)', 'requesting (?:\\S+ ){0,2}(?:oxy\\w*|percocet|opioids|narcotics|dilaudid)', 'tried to fill (?:a |an )?(?:\\S+ )?(?:script|prescription) (?:that|which) (?:\\S+ ){0,3}never wrote',
  ],
  malpractice: [
    // Deaths counted against someone's watch or table, or with nobody telling of them.
    "(?:\\d+|two|three|four|five|six|several|multiple|a few|a couple of|another) (?:\\S+ )?(?:people|patients|pts|babies|residents|kids|children|moms|mothers|women|men|infants|newborns|baby|patient|kid|mom) (?:have |had |has )?(?:died|die|dying|dead) (?:\\S+ ){0,5}(?:in|on|under|at) (?:your|their|his|her|its|(?:dr\\.? )?\\S+(?:'s|’s)) (?:own )?(?:watch|hands|table|or|ors)\\b",
    "(?:died|dead|deaths?) (?:\\S+ ){0,8}and (?:nobody|no one|none of them) (?:ever )?(?:reported|disclosed|told|said) (?:it|them|anything|a word|a thing)\\b",
    // Neglect and harm told as a pattern: people left in a state, sent home sick, hurt in numbers.,
    '(?:leav(?:es|ing)|left) (?:residents|patients|people|kids|babies|seniors|elders) (?:\\S+ ){0,3}(?:in (?:soiled|dirty|wet|their own)|in bed (?:all|for)|for (?:days|hours)|unattended|alone)',
    'sen(?:t|ds?|ding) (?:\\S+ ){0,3}home (?:\\S+ ){0,6}(?:that was actually|that turned out|(?:and )?(?:she |he |they )?(?:ended up|wound up) (?:\\S+ )?(?:septic|dead|intubated|in the icu|in surgery))',
    '(?:burn(?:ed|s|t)|hurt(?:ing|s)?|injur(?:ed|ing|es)|maim(?:ed|ing|s)?|disfigur(?:ed|ing|es)|infect(?:ed|ing|s)) (?:at least )?(?:a dozen |dozens of |\\d+ |two |three |four |five |several |multiple )?(?:\\S+ )?(?:people|patients|children|kids|clients|women|babies|residents)',
    '(?:sleeping|slept|hooking up) (?:w|with) (?:the|a|his|her|their) (?:\\S+ )?(?:rep|patients?|students?|residents?|interns?|clients?)',
    '(?:touch(?:ing|ed)|grop(?:ing|ed)|fondl(?:ing|ed)) (?:\\S+ )?(?:patients|clients|women|kids|children|residents|minors)',
    '(?<!\\b(?:a|an|the|my|your|that|this) )botch(?:es|ed|ing)?', 'butcher(?:s|ed)?', 'nick(?:ed|s)? (?:his|her|their|the|a) (?:\\S+ )?(?:bowel|artery|nerve|bladder|ureter|vein|spleen|liver)', 'wrong[- ](?:site|side|leg|arm|patient|dose|strength|eye|knee|kidney)',
    'let (?:a|the|that|an?) (?:\\S+ )?(?:patient|baby|kid|child|man|woman) die', '(?:killed|almost killed|nearly killed) (?:at least |two |three |a |her|him|them|patients|people|\\S+ patients)', '(?:leav(?:es|ing)|left) (?:\\S+ ){0,3}(?:alone|unattended|in bed all)',
    'misdiagnos(?:e|es|ed|ing)', 'missed (?:a|the|his|her|their) (?:\\S+ )?(?:dissection|fracture|stroke|bleed|appendix|appendicitis|mi|heart attack|diagnosis|cancer|sepsis|clot|pneumonia)', '(?<!\\b(?:we|i) )lost (?:a|the|my|her|his) (?:\\S+ )?(?:biopsy|specimen|samples?|records)',
    'reus(?:e|es|ed|ing) (?:\\S+ ){0,2}(?:single-use|needles?|syringes?|tubing|circuits?|gloves|vials|catheters?|scopes)', 'expired (?:stock|bags|medicine|meds|medication|cream|filler|botox|supplies|drugs|numbing)', 'knock-?off', 'counterfeit',
    'water(?:s|ed|ing)? (?:everything|it|them|the \\S+) down', 'short(?:s|ed|ing)? (?:\\S+ ){0,2}(?:pill counts|counts|tanks|doses|patients|people)', 'fake (?:pills|filler|botox|medicine|meds|semaglutide|pastillas)', 'pastillas fake', 'medicina expirada',
    'turn(?:s|ed|ing)? away (?:the )?(?:uninsured|poor|sick)', 'negligen(?:ce|t)', 'pill mill', 'sends? (?:kids|patients|people|babies) home (?:\\S+ ){0,3}(?:satting|septic|bleeding|with (?:a |an )?(?:\\S+ )?(?:fracture|appendix|clot))',
    '(?:putting|puts|put|doing|does|did|sedat(?:es|ing)|inject(?:s|ing)|prescrib(?:es|ing)) (?:\\S+ ){0,4}(?:(?:people|patients|kids|children|toddlers|niños) who (?:don\'t|do not|didn\'t) need|to toddlers|que no los necesitan|plain saline)',
    'ignored (?:\\S+ ){0,3}(?:warnings|audits|alerts|complaints|reports)', '(?<!\\b(?:whoever|someone|somebody|anyone) )clicked (?:a|the|that) (?:\\S+ )?(?:phishing|sketchy|bad) (?:link|email)', 'skipped the (?:\\S+ )?patch',
    '(?:killed|kills|killing) (?:a|the|that|this|my|his|her|their|your|our) (?:\\S+ )?(?:kid|child|baby|guy|man|woman|patient|mom|dad|mother|father|teen|girl|boy|person|grandma|grandpa)',
    'inappropriate with (?:a |an |the )?(?:\\S+ )?(?:patient|client|resident|student|minor)', 'sleeping with (?:his|her|their) (?:\\S+ )?(?:patients|clients)', '(?:ends?|ended) up back on the table',
    "(?:let|left|makes?|made) (?:a |the |that |this )?(?:\\S+ )?(?:patient|kid|child|baby|woman|man|mom|resident) (?:sit|wait|lie|labou?r|bleed|suffer) (?:\\S+ ){0,3}(?:for )?(?:\\d+|hours|days|all night|overnight)", "(?:messed|screwed|f\\S*ed) up (?:\\S+ ){0,3}(?:repair|surgery|procedure|fusion|replacement|implant|delivery|case|diagnosis|scan|read)", "(?:see|fix|clean up) (?:his|her|their) (?:mistakes|messes|complications|botches) every",
    "(?:forgot|forget|forgets|forgetting)['’\"”]? (?:\\S+ ){0,2}to (?:report|document|log|disclose|tell|clean|wash|sterili[sz]e|give|check)", "(?<!\\b(?:whoever|someone|somebody|anyone) )(?:opened|clicked|opens|clicks) (?:on )?(?:a|the|that) (?:\\S+ )?(?:phishing|sketchy|malicious|bad) (?:link|email|attachment)",
    // A misdiagnosis told by what it turned out to be ("'a virus' that turns out to be a burst appendix", "'gas' that was really appendicitis").
    `(?:that|which|who) (?:was|were|turn(?:s|ed)? out to be|turned out|ended up being) (?:actually |really |in fact |literally )?(?:a |an )?(?:\\S+ ){0,2}${ILLNESS}`, `(?:missed|miss|misses|missing|misread|misreads?) (?:a |an |the |his |her |their |my |whole |obvious |huge |an obvious )*(?:\\S+ )?${ILLNESS}`,
    `(?:sent|sends|sending|send|discharg(?:e|ed|es|ing)) (?:\\S+ ){0,6}home (?:\\S+ ){0,12}(?:ended up|turned out to be|wound up|turns out to be|landed) (?:\\S+ ){0,2}(?:in|with|septic|dead|needing|being|having|a|an|intubated|hospitali[sz]ed)`, `(?:sen(?:t|ds?|ding)|discharg(?:e|ed|es|ing)) (?:\\S+ ){0,4}(?:home )?with (?:a |an )?['‘"“]`,
    // A symptom waved off as something harmless ("told her the chest pain was anxiety", "said he was 'just anxious'").
    `(?:told|tells|telling|said|says) (?:\\S+ ){0,3}(?:the |his |her |their |my |your )?${SYMPTOM} (?:was|were|is|are) (?:just |only |probably |all |nothing but )?${HARMLESS}`,
    `(?:told|tells|telling) (?:a |the |my |his |her |this )?(?:\\S+ ){0,4}(?:with|having) (?:a |an )?${SYMPTOM} (?:\\S+ )?(?:he|she|they) (?:was|were|is) ['‘"“]?(?:just |only )(?:anxious|stressed|constipated|dehydrated|drug[- ]seeking|faking)`,
    // Sent out while plainly sick ("discharged a septic kid", "sent a bleeding mom home").
    `(?:discharg(?:e|ed|es|ing)|sen(?:t|ds?|ding) home|releas(?:e|ed|es|ing)|kick(?:ed|s|ing)? out) (?:a |an |the |his |her |their |that )?(?:\\S+ )?(?:septic|bleeding|febrile|hypoxic|crashing|seizing|stroking|coding|pregnant) (?:kid|child|baby|patient|pt|man|woman|guy|teen|mom|infant|toddler|newborn|girl|boy|lady|resident)`,
    // A misdiagnosis told by the harmless name it was given ("appendicitis cases that they called 'gas'").
    `${ILLNESS}(?:e?s)? (?:\\S+ ){0,5}(?:that|which) (?:he|she|they|the \\S+) (?:called|labeled|labelled|diagnosed as|wrote off as|chalked up to|dismissed as|blamed on)`,
    "wrong (?:antibiotics?|meds?|medications?|drugs?|dosage|blood|baby|tooth|teeth|implant|side|diagnosis|prescription|insulin|vaccine|contacts?|lens(?:es)?|glasses|valve|level|vertebra|disc|finger|toe|hip|eye|ear|limb|size)", "(?:set|put|placed|drilled|installed|implanted) (?:\\S+ ){0,3}(?:wrong|backwards|upside down|way too deep|too deep|in the wrong)",
    '(?:forgot|forget|forgets|never bothered|didn\'t bother|failed) (?:\\S+ ){0,2}to (?:give|check|test|clean|wash|sterili[sz]e|order|call|monitor|read|send)', "(?:never|didn't|did not|doesn't) (?:even )?(?:test(?:ed)?|check(?:ed)?|examin(?:e|ed)|wash(?:ed)?|clean(?:ed)?|sterili[sz]e[d]?) (?:\\S+ ){0,3}(?:for|(?:his|her|their) hands|the (?:probes|tools|instruments|scopes|equipment|wound|patient|rooms?))",
    "not washing (?:his|her|their) hands", "(?:infected|gaping|botched|butchered) (?:\\S+ )?(?:scars?|incisions?|wounds?|sites?)", '(?:cleaned|clean|cleaning|fixed|fix|fixing) up (?:\\S+ ){0,3}(?:of )?(?:his|her|their) (?:\\S+ )?(?:patients|messes|mistakes|complications|cases)',
    "(?:dumped|dumping|dumps) (?:another |a |the )?(?:\\S+ )?(?:one|patients?|guy|man|woman|kid) on", 'patient dumping', "gave (?:\\S+ ){0,3}(?:stress fractures|infections?|burns?|a chemical burn|sepsis|hepatitis|hep c)", "(?:caught|got) (?:a |an )?(?:chemical )?burns? from",
    "(?:killed|kills|has killed|have killed) (?:more|many|dozens|several|\\d+) (?:\\S+ ){0,2}(?:people|patients|kids|babies)", '(?:nearly|almost) killed (?:my|her|his|their|a|the) \\S+',
  ],
  fraud: [
    // The service not done, only charged for: "doesn't do the scans, just bills for them", "no hace los ultrasonidos, solo los cobra".
    "(?:doesn't|don't|does not|do not|never|didn't) (?:even |actually )?(?:do|does|did|performs?|runs?|ran|reads?|sees?|saw|examines?) (?:\\S+ ){1,4}(?:just|only|but|and) (?:still )?(?:bills?|charges?|billed|charged|codes?|coded) (?:for )?(?:them|it|those|the)\\b", '(?:no|nunca) (?:hace|hizo|realiza|realizó|lee|ve) (?:\\S+ ){1,4}(?:solo|nomás|pero|y) (?:los|las|lo|la|se los|se las) (?:cobra|cobró|factura|facturó)',
    // A cut of what the people one sends somewhere pay, a bonus per prescription or shot: a kickback by any name.
    '(?:gets?|getting|got|takes?|taking|took) a cut (?:from|of) (?:the|every|each|his|her|their|what)\\b', '(?:pays?|paid|paying) (?:\\S+ ){0,3}(?:a )?(?:bonus|commission|cut|kickback) (?:for|per|on) (?:each|every) (?:\\S+ )?(?:shots?|vaccines?|prescriptions?|scripts?|referrals?|patients?|implants?|scans?|tests?|procedures?|surger(?:y|ies)|doses?|devices?|stents?)\\b', 'on the take\\b',
    // Care given for the money it brings, not the need ("puts tubes in every kid because it pays", "tests for allergies they don't have").
    `(?:because|bc|cause|'cause|cuz) (?:it|that|they|those) pays?(?!\\s*[\\w$])`,
    `(?:diagnos|treat|prescrib|operat|test|scann?|bill|charg|implant|inject)\\w* (?:\\S+ ){1,6}(?:who|that|which) (?:they |he |she )?(?:don't|didn't|doesn't|do not|did not|never) (?:even )?(?:have|had|need|needed)(?: (?:it|them|one|any|that)\\b|(?=\\s*[,.;!?)]|$))`,
    `(?:surgeries|procedures|operations|tests|scans|panels|implants|injections|treatments|tubes|stents|visits) (?:that |which )?(?:nobody|no one|none of them|they|the (?:kids|patients)) (?:\\S+ )?(?:needed|need)\\b`,
    // Billing for what was not done or not needed, theft and faked records, in any wording.,
    '(?:bill|charg)(?:s|es|e|ed|ing)? (?:\\S+ ){0,8}(?:she|he|they|you|i|we) never (?:had|got|received|ordered|saw|needed)',
    '(?:bill|charg)(?:s|es|e|ed|ing)? (?:\\S+ ){0,3}(?:them|people|patients|families|insurance) anyway',
    '(?:aren\'t|isn\'t|weren\'t|wasn\'t|not) (?:even )?(?:needed|necessary|indicated) (?:just )?(?:to|so (?:she|he|they) can) (?:bill|charge|make money|get paid)',
    '(?:register|drawer|till|cash box|narcotics? counts?|counts?) (?:\\S+ ){0,3}(?:came|comes|coming|keeps coming|kept coming) up short',
    'wage theft',
    '(?:leaving|writing|posting|buying) (?:\\S+ ){0,2}fake (?:\\S+ )?reviews',
    'relabel(?:s|ed|ing)? (?:\\S+ ){0,2}expired',
    '(?:den(?:y|ies|ied)|reject(?:s|ed)?) (?:\\S+ )?claims on purpose',
    'writ(?:ing|es|e) (?:\\S+ ){0,2}(?:scripts|prescriptions) for (?:cash|money|friends)',
    'walked off (?:\\S+ ){0,4}during (?:his|her|their) (?:tenure|watch|shifts?)',
    '(?:bill|charg)(?:s|es|e|ed|ing)? (?:\\S+ ){0,6}(?:never|not) (?:actually )?(?:worked|performed|done|did|does|happened|delivered|provided|on site|there)', '(?:bill|charg)(?:s|es|e|ed|ing)? (?:\\S+ ){0,5}(?:whether|even (?:if|when|though)) (?:he|she|they) (?:\\S+ ){0,3}(?:or not|never|didn\'t)',
    'triple[- ]bill(?:s|ed|ing)?', '(?:for|pa) (?:the )?(?:billing|cobrarle)(?! (?:department|office|team|codes?|question|cycle|staff|manager|system))', 'bills? (?:\\S+ ){0,5}(?:as a level \\d|for (?:full|\\S+ )?(?:exams?|visits?|hours) (?:they|he|she) (?:never|didn\'t))',
    'fudg(?:es|ed|ing) (?!nothing|no )(?:the |her |his |their )?(?:\\S+ ){0,2}(?:numbers|logs|data|rates|stats|charts|records|results|reports)', "sign(?:s|ed|ing)? (?:\\S+ ){0,3}(?:himself|herself|themselves)", 'selling (?:\\S+ )?(?:access|data|records|logs|patient)', 'envelopes? (?:of|full of) cash', 'hands? (?:out )?(?:a )?grades? to', 'firma excusas',
    '(?:investigat\\w+|charged|indicted|arrested|sued|busted|caught) (?:\\S+ ){0,3}for (?:\\S+ )?fraud', 'bunch of (?:\\S+ )?(?:frauds|crooks|thieves|liars|criminals|scammers)',
    '(?:padding|padded|pads) (?:her|his|their) (?:\\S+ )?(?:expense|reports|hours|bills)',
    'fudg(?:es|ed|ing) (?:the|her|his|their|its|our) \\S+', '(?:bill|charg)(?:s|es|e|ed|ing)? (?:\\S+ ){0,4}(?:you|they|he|she) (?:weren\'t|wasn\'t|were not|was not) (?:even )?(?:there|in the room|present|on site)',
    'pocket(?:s|ed|ing) (?:the |their |its )?(?:\\S+ ){0,3}(?:money|funds|donations|levy|grant|budget|payments)', 'steer(?:s|ed|ing)? (?:\\S+ ){0,4}contracts? to (?:his|her|their)',
    "sign(?:s|ed|ing)? (?:off on )?(?:\\S+ ){0,2}fake", "just sign the (?:\\S+ )?(?:log|sheet|checklist|form)", "bill(?:s|ed|ing)? (?:\\S+ ){0,3}(?:cases|visits|transports|sessions|patients|procedures) as (?:\\S+ )?(?:general|complex|level|als|critical|emergen\\w*|surgical)", "(?:and|but) still bill(?:s|ed|ing)? (?:\\S+ ){0,3}for",
    "(?:fak|fudg|falsif|doctor|pad|inflat)(?:e|es|ed|ing|y|ies|ied|ying|s|ded|ding)? our (?:\\S+ ){0,2}(?:logs|hours|numbers|records|charts|notes|results|reports|data|timesheets)", "cut (?:him|her|them|the \\S+) a (?:\\S+ )?check", "bought and paid for", "pretending to be (?:a |an )?(?:doctor|nurse|surgeon|physician|dentist|licensed)", "(?:med|medical|nursing) student pretending",
    // A record or bill for what never happened, however far apart the two halves sit in the sentence.
    `${BILLED} [^.!?\\n]{0,60}?\\bfor\\b[^.!?\\n]{0,70}?\\b${NOT_DONE}`, `${CHARTED} (?:\\S+ ){0,4}(?:that |which )?(?:he|she|they|you) ${NOT_DONE}`, `${BILLED} (?:\\S+ ){0,3}for (?:\\S+ ){0,3}(?:sessions|visits|hours|shifts|transports|tests|services|exams|therapy|work|procedures|deliveries|repairs)(?: \\S+){0,4} (?:that |which )?(?:didn't|never|weren't|did not)`,
    '(?:billing|billed|bills|bill) (?:\\S+ ){0,4}(?:als|level \\d|complete|complex|full) (?:for )?every', "(?:charg|bill)(?:es|ed|ing|s)? (?:\\S+ ){0,6}for (?:the|a) (?:\\S+ ){0,2}(?:casket|one|package|model|brand|product) (?:\\S+ ){0,6}(?:then|and) (?:\\S+ ){0,3}(?:cheaper|different|used|never)",
    "(?:fak|fudg|doctor|rig)(?:e|es|ed|ing|s)? (?:the |their |its |his |her |all (?:her|his|their) )?(?:\\S+ ){0,3}(?:results|ratings|reports|paperwork|accreditation|before/afters|before and afters|photos|test results|sla reports|reviews|data)", "(?:lies|lying|lied) about (?:\\S+ ){0,3}(?:calorie|counts|numbers|results|ingredients|labels|ratings|credentials|prices|wait times)",
    "shredd(?:ing|ed|s) (?:\\S+ ){0,2}(?:appeal|claims?|letters|records|documents|complaints)", "rubber[- ]stamp(?:s|ed|ing)? (?:\\S+ ){0,2}denials", "(?:ran|runs|running|run) (?:his|her|their) (?:\\S+ ){0,3}through (?:the|our) (?:foundation|company|hospital|practice|charity|budget)",
    "(?:expens|charg|bill)(?:es|ed|ing|s)? (?:\\S+ ){0,2}(?:her|his|their) (?:personal|private|family) (?:\\S+ ){0,2}(?:vacations?|trips?|expenses|bills|meals|weddings?)", "clawing (?:them |it )?back", 'fake (?:sign-on )?bonuses', "(?:re-?runs?|rerunning) (?:\\S+ ){0,2}(?:qc|controls?|tests?) until (?:it|they) pass(?:es|ed)?",
    "(?:se )?qued[oó] con el dinero", 'split(?:s|ting)? the (?:cash|money|take|profits) with', '(?:was|were|got) paid off', "planted (?:that|the|a|drugs|evidence) (?:\\S+ )?on",
    "(?:taking|takes|took|accepting|accepts|accepted) ['‘\"“]?gifts['’\"”]? from (?:\\S+ )?(?:patients|residents|families|dying|clients)", "(?:walking|walked|walks) off with (?:\\S+ ){0,2}(?:patients'?|residents'?|people's|belongings|valuables|cash|money)",
  ],
  credentials: [
    '(?:not|isn\'t|ain\'t|is not|wasn\'t) (?:even )?(?:licensed|certified|board[- ]certified|a (?:real|licensed|certified) (?:doctor|nurse|dermatologist|surgeon|pharmacist|injector|np|pa|md|rn|therapist|provider|dentist|physician))', '(?:no|without (?:a|any)) (?:\\S+ )?(?:license|licensure|pharmacist|pharmacy license)',
    'licen[cs]es? (?:was |got |were |been )?(?:suspended|revoked|pulled|lapsed|yanked|taken)', '(?:lost|lose|losing) (?:\\S+ ){0,2}licen[cs]es?', 'let (?:her|his|their) licen[cs]e lapse', 'getting (?:his|her|their) licen[cs]e pulled',
    'reported to the (?:state )?(?:board|dea)', 'still has (?:\\S+ )?(?:privileges|a dea number)', '(?:walked out|fired|let go|canned|terminated|forced out|resigned) (?:\\S+ ){0,4}for (?:\\S+ ){0,3}(?:stealing|writing|selling|falsifying|being|sleeping|embezzling|drinking|using|diverting|harass\\w*)',
    // A firing in a layoff or a merger is news, not a wrong.
    '(?:got|was|were|been) (?:walked out|let go|fired)(?! (?:\\S+ ){0,3}(?:during|in|with|amid|after|because of|due to|as part of|in the) (?:the |a |our |their |last |this )?(?:\\S+ )?(?:layoffs?|cuts|budget|restructur\\w*|merger|downsizing|reorg\\w*|closure|rif|covid|pandemic))', 'kept (?:him|her|them) on',
    "licen[cs]es? (?:\\S+ ){0,2}(?:got |was |were )?(?:pulled|revoked|suspended|yanked)", '(?:let go|fired|terminated|pushed out) (?:from (?:\\S+ ){1,3})?for (?:\\S+ ){0,2}(?:harass\\w*|assault\\w*|stealing|fraud|falsifying|diverting|drinking)',
    '(?:quietly )?settl(?:e|ed|es|ing) with (?:\\d+|two|three|four|five|several|multiple) (?:families|patients|victims|women)',
    "(?:doesn't|don't|does not|do not|didn't) (?:even )?have (?:a |an |any )?(?:\\S+ )?licen[cs]e",
    "(?:doesn't|don't|do not|does not|didn't) (?:even )?have (?:a |an |any )?(?:\\S+ )?(?:licen[cs]ed|real|certified|actual) (?:providers?|doctors?|nurses?|staff|pharmacists?)", "(?:failed|flunked) (?:his|her|their) boards", "(?:washed|flunked|kicked) out of (?:the )?(?:academy|school|residency|program)",
    "(?:reported|been reported|investigated|been investigated) (?:to|by) (?:cps|aps|the (?:state )?board|the dea|the state)(?: \\S+)? (?:twice|three times|multiple times|again|for)", '(?:diploma|degree|pill|billing) mill',
  ],
  dishonesty: [
    // Found with what they should not have ("caught with pills in his desk").
    '(?:got |was |were |been )?caught (?:with|stealing|taking|pocketing|diverting|selling|dealing|snorting) (?:\\S+ ){0,3}(?:pills|drugs|narcotics|meds|opioids|fentanyl|dilaudid|oxy\\w*|morphine|cocaine|meth|cash|money|vials|syringes)\\b',
    // Hiding harm from the people it concerns, or carrying on anyway.,
    '(?:hid(?:e|es|ing|den)?|hiding|conceal(?:s|ed|ing)?) (?:the |a |an |their |its )?(?:\\S+ ){0,4}from (?:the )?(?:families|parents|patients|staff|residents|public|regulators|state|inspectors)',
    '(?:was |were )?known (?:about )?for (?:weeks|months|years) before',
    'signed off on (?:\\S+ ){0,3}anyway',
    // Sitting on a finding for a stretch of time: the delay is the cover-up ("sat on the positive culture for two weeks").
    "(?:sat|sits|sitting|been sitting) on (?:the |a |an |their |his |her |its |those |these )?(?:\\S+ ){0,3}(?:tests?|results?|reports?|findings?|complaints?|cultures?|numbers|data|audit|inspection|violations?) (?:for|until|till) (?:\\S+ ){0,2}(?:days|weeks|months|years|a (?:week|month|year)|after|the)",
    'kept (?:seeing|treating|operating on|admitting|selling) (?:\\S+ ){0,2}anyway',
    'knew about (?:\\S+ ){0,6}(?:for (?:weeks|months|years|a (?:full )?year)|before (?:the|anyone)|and (?:sat on|said nothing|did nothing|kept|covered))', 'sat on it', 'paid (?:the family|them|her|him|off) (?:\\S+ ){0,2}(?:to keep quiet|to stay quiet|to go away)',
    'made (?:her|him|them) sign (?:\\S+ ){0,2}(?:so|to)',
    // Knowing and going on regardless: the shape of a cover-up whatever the hazard.
    '(?:knows?|knew|know) (?:\\S+ ){0,8}(?:and|but) (?:\\S+ ){0,2}(?:did nothing|does nothing|said nothing|says nothing|sells?|sold|kept (?:it|quiet|selling|seeing|going)|keeps (?:it|quiet|selling|seeing|going)|covered|sat on|sits on|bur(?:y|ies|ied)|hid|hides|hiding|pockets?|pocketed|shipped)',
    "(?:never|didn't|did not|won't|refused to) (?:even )?(?:tell|told|inform(?:ed)?|notify|notified|warn(?:ed)?) (?:the |their |its )?(?:parents|patients|families|residents|staff|public|state|regulators)",
    'kept it (?:quiet|hush[- ]hush|hidden|under wraps) for (?:weeks|months|years|days)', 'sat on (?:the|their|its|those) (?:\\S+ ){0,2}(?:results|report|findings|data|tests?)',
    '(?:edit|alter|chang)(?:s|ed|ing)? the (?:charts|records|numbers|logs|notes) (?:before|so)', '(?:to|so (?:she|he|they)(?:\'d| would)) keep quiet', 'lo tapan', 'covering (?:his|her|their) tracks', "'?lost'? all (?:their|the) (?:patient )?records",
    "(?:edit|alter|chang|rewr[io]t|backdat)(?:e|es|ed|ing|s|ten)? (?:the |her |his |their |its )?(?:\\S+ )?(?:charts?|records?|notes?|logs?|documentation|reports?) (?:\\S+ ){0,2}(?:to hide|to cover|after the fact|afterwards|after the meeting)", "(?:know|knew|knows) (?:\\S+ ){0,3}(?:and|but) (?:they're |he's |she's |they are |are |is )?still (?:selling|seeing|operating|shipping|using|working|treating|billing)",
    "(?:never|didn't|did not|failed to) report(?:ed)? (?:\\S+ ){0,4}to (?:the )?(?:faa|fda|cdc|state|board|regulators?|police|dea|oig|cms|joint commission|health department|osha)", "['‘\"“]lost['’\"”] (?:the |their |all (?:the |their )?)?(?:\\S+ )?(?:images?|records?|files?|charts?|results|evidence|biops(?:y|ies)|specimens?|samples?|logs?)",
    "(?:hid(?:e|es|ing|den)?|conceal(?:s|ed|ing)?) (?:a |an |the |their |its |two |three |\\S+ )?(?:\\S+ ){0,3}(?:exposure|falls?|outbreak|infections?|results?|tests?|deaths?|errors?|breach|leak)s? (?:\\S+ ){0,5}from", "(?:kept|keeps|keeping) (?:the |their |its |those |these |all )?(?:\\S+ ){0,3}(?:results?|reports?|tests?|findings|data|numbers|complaints?|cases?|falls?|infections?|exposures?|leaks?|breach(?:es)?) (?:in a drawer|quiet|hush[- ]hush|under wraps|off the books)", 'in a drawer and not tell',
    "(?:made|make|makes|making) (?:her|him|them|staff|nurses|families) sign (?:an? )?nda", "(?:it|the (?:report|case|complaint|investigation)) (?:got|was) (?:buried|swept under)", "(?:loses|lose|lost|losing) ['‘\"“]?(?:\\S+ )?(?:images|records|files|charts|results|evidence)['’\"”]? (?:\\S+ ){0,3}(?:every time|whenever|before|right before)",
    "(?:had|have|has) something to hide", "(?:everybody|everyone|management|leadership|admin|hr|payroll|the (?:board|school|hospital)) (?:\\S+ )?(?:knows|knew) (?:and|but) (?:\\S+ )?(?:does|did|do|says|said) nothing", '(?:looks|looked|look) the other way',
  ],
};
