// Unsubstantiated or regulated health claims, by kind. Regex sources, case-insensitive,
// matched on word boundaries.

/** Words that name a treatment or medicine in advice ("stop the lisinopril", "double your insulin"). */
export const MEDICINE =
  "(?:meds|medications?|medicines?|prescriptions?|pills?|tablets?|insulin|doses?|dosage|statins?|antibiotics?|antidepressants?|steroids?|inhalers?|blood thinners?|chemo(?:therapy)?|vaccines?|shots?|aspirin|ibuprofen|acetaminophen|tylenol|advil|xanax|valium|ativan|klonopin|adderall|ritalin|ambien|oxycontin|oxy|percocet|vicodin|norco|zoloft|prozac|lexapro|wellbutrin|lipitor|ozempic|wegovy|mounjaro|viagra|cialis|benadryl|zyrtec|claritin|sudafed|nyquil|dayquil|motrin|aleve|excedrin|imodium|prilosec|nexium|flonase|z-?pa(?:c)?k|tamiflu|paxlovid|eliquis|xarelto|coumadin|warfarin|plavix|synthroid|\\p{L}+(?:pril|[oai]lol|sartan|statin|formin|dipine|prazole|oxetine|aline|azepam|zolam|thyroxine|mycin|cillin|floxacin|tidine|profen|glutide|tide|mab|nib|parin|xaban|gliptin|gliflozin|triptan|vir|cycline|sone|solone|codone|morphone|done|azole|semide|thiazide|lukast))";

/** Ailments that remedies are claimed to cure, for the "no more X" and "reverses X" claims. */
export const AILMENT =
  '(?:arthritis|diabetes|cancer|tumou?rs?|depression|anxiety|adhd|autism|asthma|eczema|psoriasis|acne|migraines?|headaches?|insomnia|obesity|heart disease|high blood pressure|hypertension|alzheimer\'?s|dementia|parkinson\'?s|ms|multiple sclerosis|long covid|covid|flu|colds?|infections?|inflammation|pain|joint pain|back pain|fibromyalgia|ibs|crohn\'?s|lupus|aging|trauma|ptsd|addiction|hair loss|wrinkles|fatigue|kidney disease|liver disease|fatty liver|strep(?: throat)?|utis?|pneumonia|shingles|bronchitis|sinusitis|ear infections?|sinus infections?)';

export const HEALTH_CLAIMS: Record<string, readonly string[]> = {
  cure: [
    'cure[sd]? (?:my |your |his |her |their |the |all |every |any )?(?:\\S+ ){0,2}' + AILMENT,
    'cure[sd]? (?:my |your |his |her |their )(?:\\S+ )?(?:clients|patients|kids)\'? ' + AILMENT,
    '(?:detox|juice|cleanse|diet|supplements?|remedy|oils?|it|this) cures?', 'cures? more than', 'miracle (?:cure|drug|pill|treatment|remedy|supplement|shot|diet|product|oil|tea|juice)',
    'cures? (?:it|everything|anything|them)', 'cured (?:it|them|me|him|her)',
    // A remedy called a cure ("proton therapy is a cure", "the best hangover cure there is").
    "(?:is|are|'s) (?:basically |literally |honestly |truly |simply )?(?:a|the) (?:\\S+ )?cure(?= with| for (?:\\S+ ){0,2}" + AILMENT + "|[.!,]|$)", '(?:best|only|real) (?:\\S+ ){0,2}cure (?:there is|out there|on the market|around)',
  ],
  guarantee: [
    // A condition promised gone for good or by a date ("your tendinitis is gone by the weekend", "they'll be gone for good").
    "(?:(?:ur|your|my|their|his|her) (?:\\S+ )?(?:" + AILMENT + "|\\p{L}+(?:itis|osis|algia|emia|pathy|iasis))) (?:is|are|will be|'ll be|would be) (?:all |completely |totally |literally )?gone (?:for good|forever|by (?:the )?(?:weekend|morning|friday|monday|tomorrow|next week)|in (?:\\d+|a|one|two|three) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)|within (?:\\d+|a|one|two) (?:days?|weeks?))",
    'guarantee[sd]?', 'guaranteeing', 'guaranteed (?:results|to)', '100(?:%| percent) (?:safe|effective|natural|success|cure|guaranteed|preventable|prevention|curable|reversible|response rate|of (?:patients|people|the time))',
    '100% success rate', '(?:success|cure) rate of 100%', 'never (?:once )?(?:\\S+ ){0,3}fails?', 'never (?:once )?(?:seen it )?fail(?:ed)?', 'always works',
    'works for everyone', 'work for everyone', 'going to work for everyone', 'safe for everyone', 'works? every (?:single )?time', 'if nothing else (?:has )?worked,? this will',
  ],
  safety: [
    '(?:zero|no) side[- ]effects', '(?:same thing|just as well|works?|worked|cure) (?:\\S+ ){0,3}(?:without|with none of) the side[- ]effects', 'zero risks?', 'no risks? (?:at all|whatsoever)', '(?:have|has|carries|carry) zero (?:side[- ]effects|risks?)', 'completely (?:safe|harmless|risk-free)', 'risk[- ]free',
    'totally safe', 'perfectly safe', 'no (?:hair loss|downtime|recovery time) (?:at all|whatsoever)?',
    // Absences promised in pairs ("no bruising, no scar", "zero pain and zero recovery time").
    '(?:zero|no) (?:pain|recovery(?: time)?|downtime|scarring|scars?|bruising|swelling|side[- ]effects)(?:,|,? and|,? or|,? \\+) (?:zero|no) (?:pain|recovery(?: time)?|downtime|scarring|scars?|bruising|swelling|side[- ]effects)',
    // "It's natural, so it's safe": natural offered as proof of safety.
    "(?:it's|its|it is|they're|theyre|they are) (?:all[- ])?natural,? (?:so|and|which means) (?:it's|its|it is|they're|they are) (?:safe|harmless|gentle)", "(?:it's|its|it is) (?:cheap, )?(?:completely |totally )?safe,? (?:and )?(?:it )?works",
    // A remedy called a natural stand-in for a medicine ("turmeric is a natural blood thinner").
    "(?:is|are|'s) (?:a |basically (?:a )?)?(?:natural|nature's) (?:blood )?(?:thinners?|antibiotics?|antivirals?|antidepressants?|statins?|insulin|ozempic|xanax|valium|ambien|viagra|painkillers?|pain killers?|antihistamines?|beta blockers?|chemo|steroids?|adderall|ssris?|tamiflu)",
  ],
  miracle: [
    'magic (?:pill|bullet|cure)', 'anti-?aging drug', 'fountain of youth',
    // The hidden-cure trope of health misinformation.
    "(?:they|(?:the )?(?:\\p{L}+ists|doctors|docs|big pharma|pharma|drug companies|hospitals|the government|the cdc|the fda|the medical (?:industry|establishment))) (?:just )?(?:don't|doesn't|do not|does not) want you to know",
  ],
  detox: [
    '(?:flush|pull|draw|remove|clean|cleanse|purge|suck)(?:es|ed|ing|s)? (?:\\S+ ){0,4}(?:toxins?|heavy metals|impurities|chemicals|parasites)(?: out)?(?: of (?:your|my|the) (?:body|system|blood))?',
    'detox(?:es|ed|ing)? (?:your|my|the) (?:body|liver|system|blood)', 'detox (?:cures|heals|fixes)',
  ],
  reverses: [
    'revers(?:e|es|ed|ing) (?:your |my |their |the )?(?:\\S+ ){0,3}' + AILMENT, 'erase[sd]? (?:your |my |their )?(?:\\S+ )?' + AILMENT,
    'kills? (?:every|all|99(?:\\.9)?%(?: of)?) (?:\\S+ )?(?:viruses|virus|bacteria|germs|cancer cells|infections?)',
    'boost(?:s|ed|ing)? (?:your |the )?immune system (?:so|and) (?:you )?(?:won\'t|will never|never)',
    // One treatment and the illness is gone ("one infusion and the depression is gone").
    '(?:one|a|1|two|2|three|3|a few|a couple) (?:\\S+ )?(?:infusions?|sessions?|shots?|doses?|treatments?|visits?|drips?|adjustments?|weeks?|days?|cups?|capsules?) (?:of (?:\\S+ ){1,2})?and (?:the |your |my |her |his |their )?(?:\\S+ ){0,2}(?:' + AILMENT + '|\\p{L}+(?:itis|osis|algia|emia|pathy|iasis)) (?:is|was|are|were) (?:all |completely |totally )?gone',
    // A medicine no longer needed after a remedy ("now she doesn't need her pills").
    "(?:now|and) (?:she|he|they|i) (?:doesn't|don't|does not|no longer|doesnt|dont|never) (?:even )?(?:need|needs|take|takes) (?:her|his|their|my) (?:\\S+ ){0,2}(?:pills|meds|medications?|insulin|inhalers?|prescriptions?|metformin|statins?)",
    "(?:have |has )?(?:honestly |completely |totally )?replaced (?:the |their |my |his |her )?(?:\\S+ ){0,2}(?:meds|medications?|drugs|prescriptions?|pills|insulin|inhalers?|antibiotics|antidepressants|painkillers)",
    '(?:heal|recover|clear|work|fade)(?:s|ed)? (?:\\S+ ){0,4}(?:twice|three times|2x|3x|10x|ten times) (?:as )?fast(?:er)?',
    'night and day (?:vs\\.?|versus|compared to|from) (?:the )?(?:generics?|(?:\\S+ )?meds|(?:\\S+ )?drugs|(?:\\S+ )?medications?)',
    '(?:better|faster|stronger) than (?:anything|any(?:thing)? (?:\\S+ )?(?:doctor|pharmacy|pharmacist|hospital|nurse|prescription|medicine|drug)s?) (?:the |your |my |a )?(?:\\S+ ){0,3}(?:brings?|has|have|gives?|prescribes?|sells?|offers?)',
    '(?:lowers?|drops?|controls?|works?|treats?) (?:\\S+ ){0,4}(?:as well as|just as well as|as good as|better than) ' + MEDICINE + '(?: does)?',
    '(?:feel|felt|see|saw|watch|watched) (?:the )?toxins (?:leaving|leave|come out|coming out|pour(?:ing)? out|draining|flush(?:ing)? out)',
    'boosts? (?:your |the )?immune system', 
    // The immune system made invincible or rebuilt ("keeps your immune system bulletproof", "resets your immune system").
    '(?:reset|rebuild|supercharge|turbocharge|bulletproof)(?:s|es|ed|ing)? (?:your |the |my |ur )?immune systems?',
    '(?:keeps?|kept|makes?|made) (?:your |the |my |ur )?immune systems? (?:\\S+ )?(?:bulletproof|invincible|unbeatable|ironclad|untouchable)',
    'heal(?:s|ed)? (?:your |my )?(?:joint pain|arthritis|' + AILMENT + ')',
    "(?:won't|will never|never) get sick", 'will (?:fix|cure|heal|eliminate|get rid of|erase) (?:your |my |the )?(?:\\S+ )?' + AILMENT, '= ?no more ' + AILMENT, 'no more ' + AILMENT + ' (?:ever|for good)',
    'prevents? (?:\\S+ ){0,2}(?:heart attacks?|strokes?|cancer|dementia|covid|the flu)(?:,)? period',
    'cause[sd]? more harm than good', 'clinically proven to (?:\\S+ ){0,3}(?:boost|cure|heal|prevent|reverse|melt|burn|detox)',
    // Everyday verbs of a cure ("melted my arthritis away", "wipes out long covid").
    '(?:melt|wipe|blast|zap)(?:s|ed|ing)? (?:out |away )?(?:my |your |his |her |their |the |that )?(?:\\S+ ){0,2}' + AILMENT + '(?: away| out| right out)?',
    'kills? (?:\\S+ )?(?:cancer(?: cells)?|tumou?rs?)',
    // Superiority stated as fact ("the best migraine option out there", "a game changer for arthritis").
    "(?:is|are|was|has been|'s) (?:hands down |by far |easily |simply )?(?:the )?(?:best|most effective|strongest|safest|only effective) (?:\\S+ ){0,2}(?:option|treatment|drug|medication|medicine|therapy|pill|remedy|preventive|choice)s? (?:out there|on the market|available|around|ever|period|money can buy)",
    'game[- ]?changer for (?:my |our |your |their |people with |anyone with |those with )?' + AILMENT,
    // A cure with a stopwatch for an infection ("flushes the virus out in 48 hours", "knocks out covid in a day").
    '(?:flush|clear|kill|knock|wipe|beat|zap|blast)(?:s|es|ed|ing)? (?:out )?(?:the |your |any |a |that )?(?:\\S+ )?(?:virus|viruses|infections?|bacteria|flu|covid|colds?|strep|germs)(?: out| right out)? (?:\\S+ ){0,2}in (?:\\d+|a|one|two|three|a few|under \\d+) (?:hours?|days?|minutes?)',
    // A result with a stopwatch ("cleared my daughter's strep in 3 days"), and treatment declared unnecessary.
    '(?:cleared|cured|got rid of|fixed|healed|knocked out) (?:my|his|her|their|your) (?:\\S+ ){0,2}' + AILMENT + ' in (?:\\d+|a|one|two|three|four|five|a few) (?:hours?|days?|weeks?)',
    '(?:no|zero) (?:antibiotics|meds|medications?|chemo|insulin|surgery|prescriptions?) (?:needed|necessary|required)', 'shr[iu]nks? (?:\\S+ ){0,2}tumou?rs?',
    '(?:no more|off (?:all )?(?:my|his|her|their)|ditched (?:all )?(?:my|his|her|their)) (?:\\S+ ){0,3}(?:meds|medications?|pills|insulin|inhalers?)(?: (?:ever|for good|for me))?',
    "(?:works |worked |work )?(?:better|faster|quicker|stronger) than (?:any |a |the )?(?:\\S+ )?(?:tamiflu|paxlovid|ssris?|antidepressants?|tamiflu|chemo(?:therapy)?|medication|meds|drugs|prescriptions?|vaccines?|antibiotics?|statins?|insulin)",
  ],
  testimonial: [
    'every (?:single )?(?:patient|client|person|one of my patients)(?: i(?:\'ve)? (?:\\S+ ){0,3})? (?:has |have |who )?(?:lost|got|gets|saw|sees|was|were|is|came|comes|walked|stopped|responded|improved|healed|recovered)',
    'in every patient (?:who|that)',
    // Everyone who tried it stayed well ("every friend of mine who did the cleanse has stayed cancer free").
    'every (?:single )?(?:\\S+ ){0,4}(?:who|that) (?:\\S+ ){1,8}(?:has|have) (?:stayed|remained|been|gotten|got|become) (?:\\S+[- ])?(?:free|better|clear|in remission)', 'you will too', '(?:and )?you can (?:do it )?too', "you'll (?:lose|see|get|feel) (?:\\S+ ){0,3}(?:too|guaranteed)", 'my patients always (?:\\S+ ){0,3}(?:results|lose|ask)',
    "i've seen it (?:work )?(?:in|on|for) (?:dozens|hundreds|thousands|all|every|each)(?: one)?(?: of)? (?:my )?(?:patients?|clients?)", 'i just know it',
    // One result promised to every reader ("it'll do the same for your knees", "y'all will see the same thing").
    "(?:it'll|it will|they'll|they will|this will|she'll|he'll) (?:do the same|fix yours|work for you|work for yours|heal yours)", "(?:you|y'all|u|ya'?ll|you all) (?:will|'ll) (?:see|get) the same", "(?:y'all|you|u|ya'?ll) can (?:do it )?too",
    'the kind of results? (?:you|u) can expect',
    // The same result promised to every member of a group ("every kid can get the same result", "any mom can do this too").
    "(?:every|any|all) (?:\\S+ )?(?:kids?|child(?:ren)?|moms?|mamas?|dads?|parents?|patients?|clients?|person|people|one|body|wom[ae]n|m[ae]n|families|family) (?:can|will|could|would) (?:get|see|have|do|feel) (?:this|that|it|the same)(?: (?:results?|thing|too))?", '(?<!hope )(?:and )?yours (?:will|can|would) too',
    // Everyone (or no one) of a group given a result: "every client who finished the detox got off their insulin",
    // "not one of my graduates has ever had a second heart attack", "every woman I've treated this way has conceived".
    "(?:every (?:single )?|all (?:of )?(?:my |our |the )?)(?:\\S+ ){0,2}(?:patients?|clients?|graduates?|members?|moms?|mamas?|wom[ae]n|kids?|famil(?:y|ies)|friends?|buddy|buddies|person|people|athletes?|customers?|one of (?:them|my \\S+|our \\S+)) (?:\\S+ ){0,8}?(?:(?:got|gets|came|comes|went|been) off (?:of )?(?:all )?(?:their |his |her |the )?(?:\\S+ ){0,2}" + MEDICINE + "|(?:has|have) (?:conceived|gotten pregnant|stayed cancer[- ]free|gone into remission))",
    "(?:not (?:a )?(?:single )?one|none) of (?:my |our |the )?(?:\\S+ ){0,2}(?:patients|clients|graduates|members|moms|kids|families|athletes|customers) (?:\\S+ ){0,4}?(?:has|have) (?:ever )?(?:had|gotten|got|needed) (?:a |an |another )?(?:second |single )?(?:\\S+ )?(?:" + AILMENT + "|heart attacks?|strokes?|" + MEDICINE + ")",
    // The reader's body or future promised the same ("your body can do this too", "that's your future too").
    "(?:your|ur) (?:body|kid|child|skin|gut|heart) (?:can|will) (?:do )?(?:this|that|it|the same) too", "(?:that's|thats|that is|this is) (?:your|ur) (?:future|result|story) too", '(?:results|outcomes) like (?:this|that|these|hers|his|mine) (?:is|are) (?:exactly )?what (?:you|u|patients|clients|every(?:one|body)) can expect', '(?:every(?:one|body)|all (?:my|our) (?:patients|clients)) gets? (?:these|those|the same) results', "(?:that's|thats|this is) (?:exactly )?what every(?:one|body) gets",
  ],
  offLabel: [
    "(?:isn't|is not|not) just for " + AILMENT, '(?:too|as well),? not (?:just|only) (?:for )?' + AILMENT, 'even if you (?:don\'t|do not) have ' + AILMENT,
    'ask your (?:doctor|doc) for it even if',
    "(?:even though|although|though|despite) (?:it(?:'s)? )?(?:isn\'t|is not|not|wasn\'t|never|not being|hasn\'t been) (?:\\S+ )?approved for",
    // The concession in other words ("even though that's not what it's approved for", "though the FDA never cleared it for that").
    "(?:even though|although|though|despite) (?:\\S+ ){0,4}?(?:not|never|isn't|wasn't|hasn't been) (?:\\S+ ){0,3}?(?:approved|cleared|indicated|labeled|labelled) for",
    // An approval's scope, then a use beyond it ("only approved for migraine, but it works great for anxiety").
    "(?:only |just |not |isn't |is not |fda[- ]|'s )approved for (?:\\S+ ){0,3}?\\S+,? (?:yet,? )?(?:but|pero) (?:\\S+ ){0,5}?(?:works?|helps?|using|uses?|prescrib\\w*|writ\\w*|inject\\w*|do(?:es)? wonders|funciona)",
    // Cleared or approved for one use, promoted for another ("not cleared for that yet but it works").
    "not (?:\\S+ )?(?:cleared|approved|indicated) for (?:that|this|it|kids|children|peds)(?: yet)?,? (?:but|pero) (?:\\S+ ){0,3}?(?:works?|helps?|do(?:es)? wonders)",
  ],
  // Urging every prescriber to use a medicine is promotion, whoever is paid ("every neurologist should be prescribing it").
  prescribing: [
    '(?:every|all|more|most) (?:\\S+ ){0,2}(?:doctors?|docs|physicians|prescribers|clinicians|providers|nps?|pas|pcps?|gps?|\\p{L}+(?:ologists?|iatrists?|icians?|ists?)) (?:out there )?(?:should|need to|needs to|must|ought to|have to) (?:be )?(?:prescrib(?:e|ing)|writ(?:e|ing) (?:it|for it|scripts?|this)|try(?:ing)? it|us(?:e|ing) it|start(?:ing)? (?:\\S+ ){0,2}on (?:it|this)|put(?:ting)? (?:\\S+ ){0,2}on (?:it|this)|offer(?:ing)? it)',
  ],
  // Vaccines declared unneeded or their schedule too much, to anyone who reads it.
  antiVaccine: [
    "(?:really |just )?(?:don't|dont|do not|doesn't|doesnt|does not) need (?:the |a |their |any |those |these )?(?:flu |covid |hpv |mmr |tdap |rsv |pneumonia |shingles )?(?:shots?|vaccines?|vaccinations?|jabs?|boosters?)",
    '(?:vaccine|vaccination|immunization|shot) schedule (?:\\S+ ){0,2}(?:is|are) (?:\\S+ )?too (?:aggressive|much|many|fast|crowded)',
  ],
  stopTreatment: [
    '(?:ditch|toss|tossed|quit|drop|dump)(?:ped|ed)? (?:the |your |my |all (?:my |your )?)(?:meds|medications?|prescriptions?|pills|insulin|inhaler|chemo)',
    'come off (?:all )?(?:their |your |my )?(?:\\S+ )?(?:meds|medications?)',
    "(?:don't|dont|do not|never) let (?:them|him|her|anyone|the (?:doctors?|docs?|school|hospital|psychiatrist)) (?:put|start) (?:him|her|them|you|your \\S+) on (?:\\S+ )?(?:meds|medications?|pills|stimulants|adderall|ritalin|antidepressants|insulin|statins|chemo|\\S+)", "you don't need (?:your |the )?(?:meds|medications?|insulin|chemo|statins?|antidepressants?)",
  ],
};

/** Words that show a post is about a medicine, which an exhortation to prescribe needs. */
export const DRUG_CUES: readonly string[] = [MEDICINE, 'drugs?', 'treatments?', 'first[- ]line', 'off[- ]label', '\\d+ ?mg', 'scripts?'];

/** Individual medical advice: an instruction about a medicine or dose to a specific reader. */
export const ADVICE: readonly string[] = [
  "(?:you should|you need to|you have to|you must|you'll want to|i'd|i would|you can|you could|u can|go ahead and|feel free to|it's (?:fine|ok|okay) to) (?:(?:just|totally|safely|definitely|really|probably|honestly|absolutely) )*(?:stop|start|double|triple|take|skip|increase|decrease|cut|quit|halve|switch|up|lower|finish(?: off)?|use up|pop|borrow|share|try|give) (?:\\S+ ){0,5}" + MEDICINE,
  '(?<=(?:^|[.:;,!?]|@\\w+) ?)(?:just )?(?:stop|start|double|triple|take|skip|increase|decrease|halve|up|finish(?: off)?|use up|pop|cut|split) (?:the |your |at |on |taking )?(?:\\S+ ){0,3}' + MEDICINE,
  // A dose, given to whoever is named between ("give him 400 mg", "give the baby 5 ml").
  '(?:take|start(?: at)?|give|use) (?:(?:him|her|them|it|your \\S+|the (?:baby|kid|kids|child|toddler))\\s+)?\\d+(?:\\.\\d+)? ?(?:mg|mcg|µg|g|ml|units?|iu)\\b(?: of (?:\\S+ ){0,2})?',
  "(?:you|u) (?:definitely|clearly|obviously|probably) (?:have|need|don't need) (?:an? )?[\\p{L}-]+(?: [\\p{L}-]+)?",
  "(?:it's|its|that's|(?:it|that|this|the|your) (?:\\S+ )?(?:is|'s)) (?:definitely|clearly|obviously|almost certainly) (?:just )?(?:an? |the )?[\\p{L}-]+(?: [\\p{L}-]+){0,2}",
  // "just take two": a count of pills, said to someone.
  '(?:just )?(?:take|double up with|take another|take an extra) (?:two|2|three|3|another|an extra|a second|double)(?: of (?:them|those|your \\S+)| pills?| tabs?| tablets?| doses?)?(?=[,.!?;]|$| you| and| if| tonight| now)',
  'everyone (?:over \\d+ )?should (?:be )?(?:taking|take|start|get|stop|on)',
  // Self-medication with a prescription medicine: leftovers, or an antibiotic started on a hunch
  // ("just take whatever azithro you have left over", "just start a z-pack", "pop your old cipro").
  '(?:take|start|use|pop|finish|try|grab|borrow) (?:\\S+ ){0,3}(?:leftover|left-over|old|extra|spare|someone else\'s|your (?:mom|dad|husband|wife|sister|brother|kid)\'s) (?:\\S+ ){0,2}' + MEDICINE,
  '(?:take|start|use|pop) (?:whatever|any|the|those|that|your) (?:\\S+ ){0,2}(?:' + MEDICINE + '|\\p{L}+) (?:\\S+ ){0,2}(?:left ?over|you have (?:left|lying around|at home|in the cabinet))',
  'just (?:take|start|pop|ask for|get|grab) (?:\\S+ ){0,3}(?:antibiotics?|z-?pa(?:c)?k|azithro\\S*|amox\\S*|cipro\\S*|doxy\\S*|keflex|augmentin|\\p{L}+(?:mycin|cillin|floxacin|cycline))',
  // Leftover medicine declared fit for a new illness ("those antibiotics will work fine for your UTI").
  MEDICINE + " (?:\\S+ ){0,6}(?:will|would|should|'ll) (?:work|do) (?:just )?(?:fine|great|the trick|the job) for (?:your|that|this)",
];

/** Who the advice is to: a particular reader rather than the public. */
export const ADDRESSEE: readonly string[] = [
  '@\\w+', 'u/\\w+', 'op', 'to the person', 're: your', 'your (?:question|post|comment|labs|symptoms|results)', 'from what you(?:\'re| are)? describ', 'as your (?:doctor|cardiologist|physician|nurse|pharmacist)',
  'you (?:don\'t|do not) need the er', 'for that', 'nurse here', 'pharmacist here', 'doctor here', 'replying to', '(?:bro|sis|girl|hun|babe|mama|dude|honey|baby),? (?:you|u)\\b',
];
