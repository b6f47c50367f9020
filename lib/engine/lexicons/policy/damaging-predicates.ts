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

export const DAMAGING_PREDICATES: Record<string, readonly string[]> = {
  impairment: [
    `${ARRIVE} (?:\\S+ ){0,2}${STATE}`, `${ARRIVE} (?:\\S+ ){0,4}and (?:clearly |obviously |visibly |totally )?${STATE}`, `(?:is|was|were|are|gets?|got|been|seems?|looks?|looked|reads?|operates?|operated|works?|worked|charts?|doing|does|did|flies|flew|flying|drives|drove|driving) (?:\\S+ ){0,3}${SOUSED}(?! on (?:coffee|caffeine|life|power|love|sleep))`,
    `(?:(?:been )?drinking|using|high|drunk|hungover) (?:before|during|on|at|between) (?:\\S+ ){0,2}${CARE_ACT}`, 'a (?:raging |functional |known )?(?:drunk|alcoholic|junkie|addict)', 'smell(?:s|ed)? (?:like|of) (?:alcohol|booze|liquor|weed|beer)',
    '(?:been )?to rehab (?:\\S+ ){0,2}for', 'using on the job', 'missing (?:\\S+ ){0,3}(?:counts|vials|doses|narcotics|hydrocodone|oxy\\w*|fentanyl|morphine)',
  ],
  malpractice: [
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
  ],
  fraud: [
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
  ],
  credentials: [
    '(?:not|isn\'t|ain\'t|is not|wasn\'t) (?:even )?(?:licensed|certified|board[- ]certified|a (?:real|licensed|certified) (?:doctor|nurse|dermatologist|surgeon|pharmacist|injector|np|pa|md|rn|therapist|provider|dentist|physician))', '(?:no|without (?:a|any)) (?:\\S+ )?(?:license|licensure|pharmacist|pharmacy license)',
    'licen[cs]es? (?:was |got |were |been )?(?:suspended|revoked|pulled|lapsed|yanked|taken)', '(?:lost|lose|losing) (?:\\S+ ){0,2}licen[cs]es?', 'let (?:her|his|their) licen[cs]e lapse', 'getting (?:his|her|their) licen[cs]e pulled',
    'reported to the (?:state )?(?:board|dea)', 'still has (?:\\S+ )?(?:privileges|a dea number)', '(?:walked out|fired|let go|canned|terminated|forced out|resigned) (?:\\S+ ){0,4}for (?:\\S+ ){0,3}(?:stealing|writing|selling|falsifying|being|sleeping|embezzling|drinking|using|diverting|harass\\w*)',
    '(?:got|was|were|been) (?:walked out|let go|fired)', 'kept (?:him|her|them) on',
    "licen[cs]es? (?:\\S+ ){0,2}(?:got |was |were )?(?:pulled|revoked|suspended|yanked)", '(?:let go|fired|terminated|pushed out) (?:from (?:\\S+ ){1,3})?for (?:\\S+ ){0,2}(?:harass\\w*|assault\\w*|stealing|fraud|falsifying|diverting|drinking)',
    '(?:quietly )?settl(?:e|ed|es|ing) with (?:\\d+|two|three|four|five|several|multiple) (?:families|patients|victims|women)',
  ],
  dishonesty: [
    // Hiding harm from the people it concerns, or carrying on anyway.,
    '(?:hid(?:e|es|ing|den)?|hiding|conceal(?:s|ed|ing)?) (?:the |a |an |their |its )?(?:\\S+ ){0,4}from (?:the )?(?:families|parents|patients|staff|residents|public|regulators|state|inspectors)',
    '(?:was |were )?known (?:about )?for (?:weeks|months|years) before',
    'signed off on (?:\\S+ ){0,3}anyway',
    'kept (?:seeing|treating|operating on|admitting|selling) (?:\\S+ ){0,2}anyway',
    'knew about (?:\\S+ ){0,6}(?:for (?:weeks|months|years|a (?:full )?year)|before (?:the|anyone)|and (?:sat on|said nothing|did nothing|kept|covered))', 'sat on it', 'paid (?:the family|them|her|him|off) (?:\\S+ ){0,2}(?:to keep quiet|to stay quiet|to go away)',
    'made (?:her|him|them) sign (?:\\S+ ){0,2}(?:so|to)',
    // Knowing and going on regardless: the shape of a cover-up whatever the hazard.
    '(?:knows?|knew|know) (?:\\S+ ){0,8}(?:and|but) (?:\\S+ ){0,2}(?:did nothing|does nothing|said nothing|says nothing|sells?|sold|kept (?:it|quiet|selling|seeing|going)|keeps (?:it|quiet|selling|seeing|going)|covered|sat on|sits on|bur(?:y|ies|ied)|hid|hides|hiding|pockets?|pocketed|shipped)',
    "(?:never|didn't|did not|won't|refused to) (?:even )?(?:tell|told|inform(?:ed)?|notify|notified|warn(?:ed)?) (?:the |their |its )?(?:parents|patients|families|residents|staff|public|state|regulators)",
    'kept it (?:quiet|hush[- ]hush|hidden|under wraps) for (?:weeks|months|years|days)', 'sat on (?:the|their|its|those) (?:\\S+ ){0,2}(?:results|report|findings|data|tests?)',
    '(?:edit|alter|chang)(?:s|ed|ing)? the (?:charts|records|numbers|logs|notes) (?:before|so)', '(?:to|so (?:she|he|they)(?:\'d| would)) keep quiet', 'lo tapan', 'covering (?:his|her|their) tracks', "'?lost'? all (?:their|the) (?:patient )?records",
  ],
};
