// Kinds of crisis and how staff talk about one without naming it: its consequences, its
// euphemisms and slang, in English and Spanish. A pack topic (a list `crisis/<topic>`) takes a
// kind when its name or terms read like one (TOPIC_KIND), so a pack that lists "ransomware"
// also catches "day 3 without Epic, anyone know when the systems come back?". Regex sources,
// case-insensitive, matched on word boundaries; "SYS" stands for the names of systems (the
// generic ones below and the pack's own and partners' names).

/** What the name or terms of a pack topic must contain to take a kind. */
export const TOPIC_KIND: Record<string, RegExp> = {
  'it-outage': /cyber|ransom|hack|outage|breach|downtime|malware|phishing|systems? (?:is |are )?down|it (?:incident|outage)/i,
  labor: /strike|walk-?out|picket|union|bargain|contract (?:talks|negotiations)|huelga|lockout/i,
  contamination: /legionell|contaminat|water|outbreak|e\.? ?coli|mold|boil|infection control/i,
  shortage: /shortage|supply|out of stock|rationing|backorder/i,
};

/** Generic names of the systems an outage takes down. */
export const SYSTEM_NAMES =
  "(?:(?:the |our |all the |every )?(?:systems?|computers?|network|servers?|screens?|workstations?|ehr|emr|charting|portal|app|email|phones|pyxis|omnicell|pacs|epic|cerner|meditech|everything|los sistemas|el sistema|las computadoras))";

export const CONSEQUENCES: Record<string, readonly string[]> = {
  'it-outage': [
    'SYS (?:is |are |went |still |has been |have been |been |being |stays? )?(?:(?:still|completely|totally) )?(?:down|offline|dark|toast|fried|borked|kaput|crashed|frozen|caídos?|ca[ií]do)(?! (?:the hall|to|for the count|syndrome))', 'SYS (?:just )?(?:all )?went (?:black|red|dark|down)',
    // A system placed somewhere before its state ("every screen on 3 Tower just went black"), a portal that will not load, in either language.
    'SYS (?:on|in|at) (?:\\S+ ){1,3}(?:just )?(?:went|go|goes|gone) (?:black|dark|down)', "SYS (?:still |just )?(?:won'?t|wont|doesn'?t|doesnt|isn'?t|is not|not) (?:even )?(?:load|loading|open|opening|work|working|come up)", 'SYS (?:is |are )?still (?:saying |showing |says |shows )?"?(?:unavailable|offline|down for maintenance)',
    'SYS (?:siguen?|est[aá]n?|andan?) (?:\\S+ )?(?:down|ca[ií]dos?|sin servicio)',
    '(?:without|no) SYS(?: (?:for|since) (?:\\S+ ){0,2}(?:days?|weeks?|hours?|thursday|monday|tuesday|wednesday|friday|saturday|sunday))?(?=[,.!?;]| and| for| since|$)',
    '(?:\\S+ )?(?:day|week|día|semana) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:of |without |de )?(?:\\S+ ){0,2}(?:paper|downtime|down|no ehr|no computers)', '(?:day|week|día|semana) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) without SYS',
    '(?:first|second|third|fourth|fifth|sixth|seventh|\\d+(?:st|nd|rd|th)) (?:day|week) (?:without|of|on) (?:\\S+ ){0,2}(?:paper|downtime|SYS)',
    '(?:when|until|before|till) (?:\\S+ ){0,2}(?:SYS|it|things) (?:(?:is|are|will be|come|comes|get|gets|go|goes)(?: coming)?) back(?: up| online)?', 'SYS (?:are |is )?(?:coming |came |come )?back (?:up|online)(?: one at a time)?',
    "(?:still|back|we(?:'re| are)|all|everything(?:'s| is)|day \\d+) on (?:paper|downtime)", 'on paper (?:charting|orders|mars?)', 'paper (?:everything|mars?|orders|forms|charts?|sign[- ]in|requisitions|scripts)', 'downtime (?:day|life|forms|procedures|mode)', '#downtime',
    'divert(?:ing|ed)? (?:all |our )?(?:ambulances|ems|trauma|strokes?|peds|patients)', 'divert (?:stays|is) on',
    '(?:freeze|lock) (?:your|ur) credit', '(?:data|info|information|ssns?) (?:got |was |were |is )?(?:taken|stolen|out there|leaked)', 'paid (?:the |a |them the )?ransom', 'ransom (?:demand|note)',
    'the attackers', 'attackers (?:got|were|are)', 'backups? (?:got |were |are )?encrypted', 'hackeo', 'the cyber (?:thing|folks|incident|stuff)', '(?:whoever|someone) clicked (?:that|the) (?:email|link)', 'splash screen',
    "(?:can't|cannot|cant|couldn't) (?:pull|bring|look) (?:anything |nothing |\\S+ )?up(?! the| a| to)", 'bring (?:a |your )?(?:paper|written|printed) (?:list|copy|copies|med list)',
    "(?:can't|cannot|cant|couldn't) (?:e-?send|e-?prescribe|log in|print|check (?:insurance|labs)|see (?:my |our |their |ur )?(?:schedule|labs|appts?|appointments|charts?|orders))",
    '"?scheduled (?:system )?maintenance"?(?= has| is not|\\W+(?:has|is not|isn\'t))',
    // The incident by a nickname ("the whole cyber thing", "this IT mess") and counted in days ("ransomware week 2").
    "(?:the|this|that|whole) (?:\\S+ )?(?:cyber|it|computer|network|system|hack|ransomware|downtime)(?:[- ]\\S+)? (?:thing|mess|stuff|situation|issue|debacle|fiasco|nightmare|saga|drama|incident|attack)",
    '(?:ransomware|hack|outage|downtime|cyber ?attack) (?:day|week|d[ií]a|semana) (?:\\d+|one|two|three|four|five|six)', '(?:day|week) (?:\\d+|one|two|three|four|five|six) of the (?:\\S+ ){0,2}(?:hack|outage|cyber|ransomware|downtime|attack)',
    // The work done by hand while the systems are out: analog tools, runners, and "like it's 1994".
    '(?:running|charting|doing (?:\\S+ ){0,2}|working|living|back|still) on (?:paper|clipboards|whiteboards|sticky notes|crayons?|pen and paper|index cards)(?! towels| plates| cups)',
    "(?:paper|clipboards?|whiteboards?|sticky notes?|crayons?|runners|fax(?:es|ing)?|films?|by hand|mars?) (?:\\S+ ){0,6}like it's (?:19\\d\\d|the (?:80|90|70)s)",
    'hand[- ]carr(?:y|ying|ied) (?:\\S+ ){0,2}(?:films|labs|charts|orders|results|scans)', 'until (?:the )?SYS (?:are |is )?(?:restored|back)',
    // What the attackers took, asked or told about ("did they steal our patient data", "is anybody's data safe").
    "(?:steal|stole|stolen|took|take) (?:our|their|my|the|everyone's|patient) (?:\\S+ )?(?:data|info|information|records)", "(?:is )?(?:anybody's|anyone's|our|my|your) (?:\\S+ )?(?:data|info|information|records) (?:\\S+ )?safe",
  ],
  labor: [
    '(?:day \\d+|out here|outside|out|back|stand(?:ing)?|see you) on the (?:picket )?line', "(?:cross|crossing|don't cross) (?:the |our |a )?(?:picket )?line", 'scab (?:agency|nurses|labor|workers)', 'scabbing', 'strikebreakers?', '(?:replacement|temporary clinical|strike) (?:nurses|rns|staff|workers)',
    '(?:authorization|strike|contract|ratification) vote', 'vote yes', '\\d+-day notice', 'fair contract', 'no contract,? no work', '(?:at|to) the bargaining table', 'strong at the table', '(?:last|best|final),? (?:best )?(?:and )?final offer', '"?final offer"?',
    // A wage offer or a vote of the nurses, told as it happens ("admin's last offer was 2%", "they already voted").
    '(?:offer(?:ed|ing|s)?|counter(?:ed)?|countered with) (?:\\S+ ){0,4}\\d+(?:\\.\\d+)? ?(?:%|percent)(?! off| discount| of (?:the|our|your|all))', '(?:last|latest|final|newest) offer (?:to|from) (?:the )?(?:nurses|union|rns|staff|us)',
    '(?:nurses|union|members|rns|staff) (?:\\S+ )?(?:voted(?! (?:\\S+ ){0,3}(?:as|of the (?:year|month|quarter)|for (?:best|unit|preceptor|president|chair|rep|delegate|employee)))|are voting|will vote|vote (?:on|next|this|tomorrow))', '(?:before|after|until|till) the (?:strike |union |contract )?vote',
    'hold the line', 'huelgas?', 'el contrato', 'platicas del contrato', 'nurses (?:walk|are walking|walking out)', "(?:we're|we are) walking", 'they walk(?= if| out| off| tomorrow| on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))', '(?:we|nurses|rns) walk(?= on| if| tomorrow| monday| tuesday| wednesday| thursday| friday| saturday| sunday|[.!?,]|$)',
    '(?:sign|signed) the petition',
    // The nurses acting together, told any way round: walking, striking, voting, rallying, going out.
    "(?:nurses|rns|union|members|teamsters|cnas|techs) (?:\\S+ ){0,4}(?:(?<!\\b(?:got|get|gets|getting|were|was|being|been) )walk(?:s|ed|ing)? (?:out|off|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \\d+))|(?:end(?:s)? up |are |were |start )?walking out|strik(?:e|es|ing) (?:on|if|next|this|tomorrow)|voted (?:yes|no|to)|(?:are )?voting (?:on|this|next|tonight|tomorrow)|rall(?:y|ied|ying) (?:at|outside|in front|on|tomorrow|today|tonight|friday|monday)|went out|go(?:ing)? out on)",
    "(?:are|is|were) (?:we|they|you|y'all|the nurses) (?:\\S+ )?(?:striking|walking out|going out)", '(?:solidarity|stand(?:ing)?) with (?:the |my |our |all )?(?:nurses|rns|union|strikers|picket)',
    "(?:won'?t|will not|not going to|never|refuse to|am not|i'm not) (?:be )?cross(?:ing)?(?! the (?:street|road|bridge|finish|border|river|t))\\b", "honk if (?:you|u|ya|y'all) (?:\\S+ )?(?:support|see|pass|drive)",
    '(?:wear(?:ing)?|wore|in) red (?:for (?:the |our )?(?:nurses|union)|(?:on |every )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?))', '(?:nurses?|rns|union) (?:\\S+ ){0,6}(?:wearing|wears|wore|in) red', 'red (?:thursdays?|fridays?|shirt (?:day|thursday|friday))',
    // The picket told without its name: signs, the line, honking, the nurses going out.
    '(?:out|outside|afuera) (?:\\S+ ){0,4}(?:with|con) (?:their |the |sus )?(?:signs|pancartas|carteles)', 'signs up', '(?:picket|protest|strike) signs?', "'?nurses deserve better'? signs", 'honk if you (?:see|support|drive by|pass)', '(?:coffee|food|chili|snacks|donuts|water) (?:\\S+ ){0,2}(?:to|on) the line',
    '#?fair ?contract(?:now)?', 'no contract,? no peace', '(?:replacement|strike|scab) (?:\\S+ )?(?:travell?ers|agency|agencies|rns|nurses)', 'enfermeras de reemplazo',
    "(?:if|when|before|after|once|until) (?:the )?(?:\\S+ )?(?:nurses|rns|union) (?:\\S+ ){0,2}(?:go out|walk|are out|strike|stop)", "(?:nurses|rns) (?:\\S+ ){0,2}(?:walking|walk|going out|out) on the \\d+(?:st|nd|rd|th)", '(?:nurses|rns) are out on the (?:sidewalk|street|curb|corner)',
    "pay (?:the |our |my |your )?(?:\\S+ )?nurses (?:what|before|or)", "pay them what they(?:'re| are) worth", 'settle with (?:the )?(?:nurses|union)', '(?:nurses|union|rns|negotiators?) (?:\\S+ ){0,3}(?:at|across) (?:the|that) table', 'at (?:the|that) table (?:next|this) week',
    'vamos a parar', 'paramos', 'asamblea del sindicato',
  ],
  contamination: [
    'bring (?:your|ur) own (?:water|bottle)(?: bottle)?', "(?:the )?water (?:thing|situation|results|remediation|flushing|testing thing|issue|problem)", "what(?:'s| is) in (?:the |those |our )?(?:water|pipes)",
    '(?:fountains?|sinks?|taps?) (?:\\S+ ){0,4}(?:taped off|shut off|bagged|closed)', 'safe to drink', 'fix (?:your|the) water', "(?:don't|do not|wouldn't|would not) (?:be )?drink(?:ing)? (?:from )?the (?:water|fountains?)",
    'legion\\(?naire\\)?s?', 'plumbers are back',
    // Not drinking there, told any way ("wouldn't let my dog drink out of those fountains"), and waiting for the all-clear.
    "(?:wouldn't|won't|don't|do not|aren't|isn't|not|never|no one|nobody) (?:\\S+ ){0,3}drink(?:ing|s)? (?:\\S+ )?(?:out of|from) (?:the|those|that|these|any|anything)", 'the all[- ]clear',
    // The place's water itself: "PLACE" stands for the organization's own names.
    "PLACE(?:'s)? (?:\\S+ )?water(?! bottles?| stations?| birth| aerobics| park)",
    // Bringing one's own water, asking whether the water is safe, sickness traced to it, in English and Spanish.
    'bring(?:ing)? (?:my|our|your|ur|their|his|her) own (?:\\S+ )?(?:water|bottles?|jugs?)', "safe to (?:wash|shower|bathe|use the (?:water|sinks?|restrooms?|bathrooms?|fountains?))", '(?:is|if|whether) (?:the )?water (?:is )?(?:safe|clean|ok|okay)',
    "whatever(?:'s| is) in the (?:water|pipes)", '(?:got|get|getting|are|were) sick (?:\\S+ ){0,3}(?:from|because of) the water', 'link to the water', '(?:keep|kept) (?:\\S+ ){0,2}water clean', '(?:run|running|flush) the (?:taps|faucets|water) for \\d',
    'bacteria (?:\\S+ ){0,5}(?:pipes|water|tubos|tuber[ií]a)',
    // Sickness clustered at the place, or after a visit there: the outbreak told without its name.
    "PLACE(?:'s)? (?:\\S+ ){0,6}(?:out sick|(?:got|getting|are|were|keep getting) sick|(?:cases of|coming down with|came down with) pneumonia)", "(?:fever|cough|pneumonia|sick)(?: \\S+){0,8} after (?:a |your |their )?visit(?:ing)? (?:to |at )?(?:there|that (?:clinic|building|place)|PLACE)",
    "PLACE(?:'s)? ['\"‘“]water", 'shut off the (?:fountains?|showers?|sinks?|taps)',
    '(?:el|del) agua (?:\\S+ ){0,5}(?:segura|bien|tomar|sucia|contaminada)', 'algo en el agua', '(?:bebederos|fuentes de agua)', 'legionel+a',
  ],
  shortage: [
    '(?:out of|ran out of|running out of|no more) (?:\\S+ ){0,2}(?:saline|iv bags|contrast|blood|heparin|gloves|n95s?|masks|gowns|vents?|beds|formula)', 'rationing', 'on backorder',
  ],
};
