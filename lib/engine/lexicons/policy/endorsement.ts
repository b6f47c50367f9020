// Endorsements and material connections (FTC-style): promotion, the connection, the disclosure.
// Regex sources, case-insensitive, matched on word boundaries.

/** Promotion: the writer urges readers toward a product, company or vendor. */
export const PROMOTION: readonly string[] = [
  'recommend(?:s|ed|ing)?', 'i only recommend', 'i love (?:it|them|this|these|my)', 'obsessed', 'game[- ]?changer', '(?:changed|changing|changes) the game', 'changed everything', 'go-to', 'the real deal', 'worth a look', 'worth your time', 'worth it',
  'check (?:it|them|this|these) out', 'check out', 'grab (?:one|yours|it|a pair|some)', 'you won\'t regret', 'try (?:it|them|this|these)', 'get yours',
  '(?:should|must) be (?:switching|using|looking at|prescribing|moving|reaching for|evaluating|buying|ordering|on)', 'switch(?:ing)? to', 'switched to',
  'telling (?:all |every )?(?:\\S+ ){0,2}(?:patients|clients|friends|followers|folks|people|pts|families|moms) (?:to (?:use|buy|try|ask|get)|about)', 'tell (?:all |every )?(?:my )?(?:\\S+ )?patients? to (?:buy|use|try|get)',
  'told (?:every|all) (?:\\S+ ){0,3}(?:patients?|clients) (?:\\S+ ){0,5}to (?:ask|use|buy|try|get)', 'ask your (?:doctor|doc) (?:about|for|if)',
  'the (?:best|only) (?:\\S+ ){0,3}(?:out there|worth|on the market|i (?:use|trust|tell|let|recommend|reach for|prescribe))', 'best (?:\\S+ ){0,3}(?:on the market|out there)', 'no contest', '(?:everyone|every (?:\\S+ ){0,3}\\S+|you) needs? (?:this|these|it|one)', 'better than anything else', 'only (?:\\S+ ){0,3}i let my patients',
  'first thing i\'d reach for', 'send (?:all |most )?(?:of )?(?:my )?(?:\\S+ ){0,2}(?:patients|clients|referrals|post-ops?|knees|hips|families) (?:there|to them|their way)', 'is the future of', 'happy to make intros', 'link in (?:my )?bio', 'link below', 'at the link', 'free trial',
  'use (?:my )?code', 'with (?:my )?code', '\\d+% off', 'discount', 'promo', 'coupon', 'affiliate',
  'amazon\\.com/\\S*', 'amzn\\.to/\\S+', '[?&](?:tag|ref|aff|affiliate|utm_source)=[\\w-]+',
  'every (?:\\S+ ){0,2}(?:practice|hospital|group|therapist|clinic|system|cio|nurse|doctor)s? (?:should|needs to)', 'if you (?:treat|work in|run|lead) (?:\\S+ ){0,3}(?:and you aren\'t|you should)',
  'you\'re already behind', 'not reaching for it yet', 'you should be',
  // Superlatives of choice and calls to try or buy, in any product's words ("the only serious choice", "DM me if you want to try some").
  '(?:the )?only (?:serious|real|smart|sane|sensible|good|right) (?:choice|option|pick|answer)', "the (?:only|best) (?:\\S+ ){0,2}(?:one|choice|option|thing) (?:you|we|anyone|everyone) should", "(?:you|anyone|everyone|every \\S+) should (?:trust|use|buy|choose|pick|get|try|book|see)",
  'works? (?:great|wonders|amazing|so well|like a charm|every (?:single )?time|for (?:literally |pretty much )?everyone)', "(?:cures?|fixes|fixed|cured) (?:\\S+ ){0,3}(?:for good|full stop|period|every time)", '(?:is|are) the (?:\\S+ )?cure', 'guaranteed(?: to work)?',
  "(?:so|way|much|soo+|just) (?:much )?better(?! now| today| than yesterday| after)", "better than (?:\\S+ ){0,3}for everyone", "(?:dm|message|ping|text|hmu|hit) (?:me )?(?:up )?(?:if (?:you|y'all|yall) (?:want|need)|for (?:the |a |my )?(?:\\S+ )?(?:discount|code|link|deal|samples?|referral))",
  "(?:i'll|i will|happy to|let me) (?:connect|intro(?:duce)?) you (?:with|to)", "(?:i|we) (?:tell|send) (?:every|all) (?:\\S+ )?(?:pts?|patients?|clients?|famil(?:y|ies)|folks)", "(?:recommend|prescribe|suggest) (?:\\S+ ){0,2}for (?:all|every) (?:my )?(?:\\S+ )?(?:folks|patients|pts|clients)",
  "should (?:look at|check out|consider|call|go see|give \\S+ a (?:try|call|look))", 'best prices?', "(?:you|y'all) (?:won't|will not|wont) find (?:better|anyone better|a better)", "(?:y'all|you all|yall|you guys|everyone) needs? the", "best \\$\\d[\\d,]* (?:i|you)(?:'ll)? (?:ever |never )?(?:spend|spent)",
  "(?:book|order|sign up|shop) (?:now|today|online|through|thru|via)", 'is a must', "if (?:your|you're|you are) (?:\\S+ ){1,4}(?:look|try|switch|go|call|check)",
  // Urging everyone to move their business somewhere ("everybody should move their scripts there").
  '(?:everyone|everybody|y\'all|you all|you guys|all of you|every \\S+) (?:should|needs? to|has to|must|ought to|gotta) (?:\\S+ ){0,2}(?:switch|move|transfer|try|use|buy|order|download|get|shop|sign up|go there|check)',
  'best (?:\\S+ ){0,3}in (?:the |this |our )?(?:county|city|town|state|area|region|country|world)', 'book (?:a|your) (?:session|appointment|class|visit|consult(?:ation)?)', 'you\'ll thank me',
  'far and away', 'best (?:\\S+ ){0,2}(?:option|choice|pick|buy) (?:for|out there|on the market|around)',
  'way better than (?:the )?(?:chains|big box|competition|rest|others|anything)',
  // Calls to act and superlatives of a product said without a ranking ("go download it", "in a different class").
  "go (?:download|get|try|buy|see|grab|book|check)(?: it| them| one| her| him| out)?", 'highly recommend', "(?:should|needs? to) (?:be )?(?:asking for|choose|pick|be on|switch(?:ing)?|using|lining up)", "the only (?:\\S+ ){0,3}(?:i'm letting|i would trust|i'd trust|i trust|worth going|i reach for)",
  'in a (?:different|class of its own|league of its own) (?:class|league)?', 'first thing i reach for', 'miles ahead', "i'm a (?:full |total )?convert", "(?:i'll|i will) never go back", 'life[- ]changing', 'must[- ]haves?',
  '(?:ask|tell) (?:your|ur) (?:\\S+ )?(?:doc|doctor|endo|derm|provider|ob|surgeon|pcp|\\p{L}+(?:ologist|iatrist|ician))(?: about| for| you want| to (?:get|put|switch))', "(?:y'all|you all|you guys|everyone|every \\S+) needs? (?:these|this|a pair|one)", 'smartest (?:\\S+ ){0,3}(?:in|on)',
  '(?:best|smartest|most impressive) (?:\\S+ ){0,3}(?:in (?:the )?(?:market|state|country|america|world|class)|on the market|(?:i\'ve|i have) (?:ever )?seen)', '(?:are|is) (?:simply )?the partner',
  // Giveaways and "the only one I'd use": promotion whatever the product.
  'giveaway', 'enter (?:below|to win|now)', 'tag (?:\\d+|two|three|a) friends?', "the only (?:\\S+ ){0,3}i(?:'d|'ll| would| will)? (?:ever )?(?:use|put|trust|buy|carry|wear|take|let)", 'is the way to go', 'the most (?:\\S+ ){1,2}(?:out there|on the market|around|in town|anywhere|i(?:\'ve| have) (?:ever )?(?:used|tried|seen))', 'the only (?:thing|one|product|brand) that (?:\\S+ )?(?:cleared|fixed|works|worked|helped|cured)', 'get (?:it|them|one|yours)(?= ?[!.]|$)', 'go (?:visit|see them|see her|see him)', 'way better than', "tell (?:my )?(?:\\S+ )?(?:her|him|them|em|'em|\\p{Lu}\\p{L}+) (?:i|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) sent you", "(?:d[ií]ganle|dile|d[ií]gale) (?:a \\S+ )?que (?:los|las|te|lo|la) mand[eé] yo", 'de mi parte', '(?:compren|prueben|pidan|vayan|chequen|p[ií]danl[oa]s?|c[oó]mprenl[oa]s?)', '(?:les )?recomiendo', '(?:es|son) (?:lo|la|el|los|las) mejor(?:es)?', "(?:message|call|text|dm|see|visit|talk to) (?:him|her|them)(?= ?[.!,]|$)", '(?:should|would) be begging for (?:it|them)', "get (?:ur|your) (?:\\S+ ){1,3}there\\b",'sign up (?:link|here|below|today)', 'go (?:visit|see) (?:her|him|them)',
  // Asking for it by name, sending people to it, calling it the one to call: a call to choose it, in any product's words.
  '(?:just )?ask (?:\\S+ ){0,4}for (?:it|them|\\S+) by name', '(?:just )?ask for (?:it|them)(?= ?[!.,]|$)', "(?:tell|ask) (?:ur|your) (?:\\S+ )?(?:doc|doctor|neuro\\w*|endo|pcp|provider|derm\\w*|pediatrician|ob|cardiologist) (?:\\S+ )?(?:u|you) want",
  '(?:is|are) (?:the )?(?:\\S+ )?(?:company|one|people|place|team|folks) to call', 'you know who to call', '(?:is|are) who you call', 'nothing (?:else )?(?:on the market )?comes close', 'nobody (?:does it )?(?:better|else comes close)', 'hands down',
  "(?:the )?only (?:\\S+ ){0,3}(?:that|which) (?:actually )?works", "(?:the )?only (?:place|one|name|person) i(?:'d| would)? (?:ever )?(?:send|give|call|trust)", "i (?:only )?(?:ever )?(?:send|refer) (?:all|every|everybody|everyone|most|people|folks) (?:\\S+ ){0,3}(?:to|there|her way|his way|their way)", "(?:been )?sending (?:all )?(?:\\S+ )?(?:families|patients|folks|people|clients|everyone|everybody) (?:there|her way|his way|their way|to them)",
  "switch (?:your|ur|their) (?:\\S+ ){0,2}to", '(?<=[.!] |^)switch(?=[.!]|$)', 'go (?:\\S+ ){1,3}instead', '(?:skip|forget) (?:\\S+ ){1,3}(?:and )?go (?:to|with|see)', 'please (?:look at|check out|consider|try)', '(?:should|must|needs? to) be (?:pushing|recommending|asking (?:for|about))', 'you should too',
  "(?:zero|no) side effects", '(?:is|was) (?:a |an )?(?:absolute |total |pure )?miracle', 'supremacy', "(?:i'm|i am|came (?:home|back)|left) (?:a |an? )?(?:full |total |true )?(?:believer|convinced|convert)", "(?:i'll|i will) be telling (?:every|all|everyone)", 'is the (?:place|spot) (?:for|to)', 'if (?:\\S+ ){1,4}offers? (?:you )?(?:one|it|them),? say yes', "you won't want to miss",
  'best (?:\\S+ ){0,3}in (?:the )?(?:state|county|midwest|country|area|region|town|city|america|world)', 'is the (?:one|company|brand|app|platform|place) (?:you|to|for)',
  // Orders through the writer, the ones to buy, what to try next time, and the same calls in Spanish.
  "(?:dm|message|pm|text|hmu) (?:me|him|her) (?:for|to) (?:\\S+ ){0,4}(?:link|order|buy|price|code|discount|samples?|wholesale|info)", '(?:the )?only ones? (?:\\S+ ){0,3}should (?:buy|use|get|trust|carry)', 'works? (?:way |much |so much |so )?better than',
  "worth asking (?:\\S+ ){0,2}(?:doctor|doc|provider|pharmacist|neuro\\w*|endo) about", '(?:make|made) the switch', 'give (?:\\S+ ){1,3}a (?:chance|try|shot)', "where (?:u|you) (?:wanna|want to|should) go", 'next time,? (?:try|go to|call|see)', 'try (?:\\S+ ){1,3}(?:instead|next time)', 'book them',
  "(?:is|are) (?:simply |truly |literally |just )?the best(?! (?:part|way|thing|advice|we can|i can|practice|evidence))", 'crushes (?:every|all|the) (?:other|rest|competition)', "(?<!\\b(?:to|not|never|don't|didn't|i|we|you|they|used to) )go there", 'go to (?:\\S+ ){1,4}(?:for (?:your |a |the )?\\S+|instead|not)', "i(?:'ve)? started telling (?:all|every)",
  'pregúnt(?:enle|ale|en) a su (?:doctor|médico|doctora)', 'píd(?:anla|anlo|anlas|anlos|ela|elo)', 'les recomiendo', 'vayan', '(?:es|son) (?:la|el|los|las) mejor(?:es)?', 'me cambió la vida',
];

/** A material connection: the writer was paid, gifted, hosted, invested or related. */
export const CONNECTION: readonly string[] = [
  'paid (?:me|us|for my|for our)', 'pays? me', 'sponsored', 'gifted', 'sent (?:me|us|our (?:\\S+ ){0,3}(?:team|crew|unit|staff|department))', 'comped',
  'flew (?:me|us|(?:our|my) (?:\\S+ ){0,3}(?:team|crew|unit|staff|group|department)|a (?:few|couple|bunch) of us) (?:out|in|down|up|to)',
  '(?:covered|paid for|picked up|comped) (?:my|our) (?:\\S+ ){0,3}(?:flights?|hotel|travel|trip|dinner|registration|tab|expenses|airfare)', 'flown out', '(?:trip|retreat|junket|getaway|vacation) (?:to|in) \\p{Lu}', '(?:the|a|for the) (?:\\S+ )?(?:trip|retreat)',
  'dinner program', 'speaker(?:s)? (?:program|bureau|fees?|dinners?)', '(?:made|makes|make|making) it (?:\\S+ )?worth (?:my|our) while', '(?:(?:speak|speaking|present|presenting) (?:at|for)|keynot(?:e|ed|ing)(?: at| for)?) (?:the |their |a |an )?(?:\\S+ ){0,3}(?:summit|symposium|dinner|event|meeting|conference|launch|webinar)', 'speaking fees?', 'honorari(?:um|a)', 'treated us like royalty', 'for having me',
  'consultant for', 'consulting (?:for|fees?|gig)', '(?:i|we) (?:consult|do consulting|do paid work) for', 'advisory (?:board|role|council)', 'on (?:their|the) (?:advisory )?board', '(?<!(?:in|of|out of|back in|a|the) )stock(?! up| tanks?| photos?| images?| rooms?| pots?| footage| market)', 'my position', 'adding to my position',
  'invested in', 'investor in', 'loading up on', '\\$\\p{Lu}{2,5}\\b',
  '(?:my|our) (?:husband|wife|spouse|partner|brother|sister|son|daughter|dad|mom|father|mother|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|stepson|stepdaughter|coworker|co-worker|family|in-laws?|best friend)(?:-in-law)?\'s (?:\\S+ ){0,3}(?:company|business|practice|clinic|shop|store|agency|pharmacy|firm|app|brand|products?|startup|studio|salon|gym|spa|bakery|restaurant|label|line|venture|services?|website|podcast|channel|book)',
  'family business', 'my (?:own )?(?:company|business|side hustle)', 'my \\S+ rep\\b', 'rep for the', 'take (?:very )?good care of (?:people|those|anyone) who',
  '(?:brand )?ambassador', 'brand partner', 'partnered with', 'sponsors? (?:me|my|our)', 'sponsoring (?:me|my|our)',
  // Wider classes of the FTC's material connection: advising, equity, hosting, meals and gifts, paid talks, family ties.
  "(?:been |i've been |i'm |i am |i was )advising", "i(?:'ve| have)? advised (?:the |their )?", 'advis(?:or|er) (?:to|for|at)', 'advisory (?:panel|retreat|meeting|group|committee)', 'consult(?:ing|ed) (?:for|with) (?:the |their )?\\p{Lu}',
  '(?:stock )?options vest', 'my options', 'seed round', 'silent partner', '(?:got|getting|get) in on (?:their|the)', 'helping (?:them |out )?(?:out )?behind the scenes', 'co-?founders?',
  '(?:put|putting|puts) (?:us|me) up (?:at|in)', '(?:hosted|host(?:s|ing)?) (?:our|us|me|my)(?= )', '(?:as |a )(?:their |a )?guests? of', 'fl(?:y|ew) (?:\\S+ ){0,3}(?:me|us) (?:out|down|in)',
  '(?<=(?:who|reps?|they|team|folks) )(?:catered|brought|bought|buys?) (?:\\S+ ){0,4}(?:lunch|dinner|breakfast|brunch)', '(?:brought|bought|trajo) (?:our|us|the|all|para) (?:whole |entire )?(?:\\S+ )?(?:unit|store|team|floor|clinic|clínica|office|staff|department|crew) (?:\\S+ )?(?:lunch|dinner|breakfast)', 'trajo lunch', 'free (?:\\S+ ){0,2}(?:dinner|lunch|steak|meal|jar|watch|pair|facial|drip|champagne)', 'pr box', '(?:they )?comped (?:my|mine|our|me)', 'sent me home with',
  'gave (?:\\S+ ){0,5}(?:a |an )?free', '(?:box|bunch|montón) of (?:\\S+ )?samples', 'samples (?:from|of)(?= )', "(?:my |gave (?:my )?(?:\\S+ )?)(?:\\S+ )?(?:talks?|workshops?|training) (?:for|in|at)(?= )", 'speaker training', 'teaching the \\S+ (?:\\S+ )?workshop',
  'asked me to (?:share|post|spread)',
  "(?:my|our) (?:friend|buddy)(?:'s| \\p{L}+'s)(?= )", 'storefront', 'tell them (?:\\p{Lu}\\p{L}+|i) sent you', 'we both get', 'referral (?:code|link)', "type '?\\p{Lu}{3,}'? at checkout",
  'commission', 'kickback',
  "(?:dinner|lunch|breakfast|drinks|happy hour|brunch)e?s? (?:\\S+ ){0,2}with (?:their|the|our|my) (?:\\S+ )?(?:reps?|team|sales \\w+|folks|people)", "(?:been to|went to|attended|go to) (?:\\S+ ){0,4}(?:dinners|lunches|dinner programs?|steak dinners)",
  "(?:weekend|week|trip|getaway|night|evening)s? (?:in|at) (?:\\S+ ){0,2}with (?:their|the) (?:team|reps?|folks|people|execs)", "(?:gave|give|gives|sent|handed|got|received|gets) (?:\\S+ ){0,4}(?:a |an )?(?:\\$\\d+ )?(?:gift cards?|ipads?|tablets?|apple watch|airpods)",
  "for (?:the|my|our|this) (?:\\S+ )?(?:care package|gift basket|pr package|gift box|goodie bag|swag bag)", "(?:my|our) (?:husband|wife|spouse|partner|brother|sister|son|daughter|dad|mom|father|mother|cousin|uncle|aunt|nephew|niece|in-law)(?:-in-law)? (?:is|works as) (?:a |the )?(?:\\S+ )?(?:vp|ceo|cfo|director|founder|owner|rep|head|manager|partner)", "(?:i'm|i am) (?:a |one of the )?(?:silent |business )?(?:partner|co-?owner|investor) (?:there|in|at)", "draw a (?:pay)?check from",
  "took (?:our|us|me|my) (?:whole |entire )?(?:\\S+ )?(?:unit|clinic|team|floor|office|staff|department|store|practice|group)? ?to \\p{Lu}", "(?:dropped off|brought|left|dejó) (?:\\S+ ){0,4}samples", 'let me keep (?:the|a|their)', "courtesy of (?:my|our) (?:friends|pals|buddies) at", 'swag haul',
  "(?:my|our) (?:retirement|401k|portfolio)(?: account)? (?:certainly |really |definitely )?hopes?", "(?:de|con) mi (?:t[ií]a|t[ií]o|herman[oa]|prim[oa]|espos[oa]|mam[aá]|pap[aá]|cuñad[oa]|sobrin[oa])",
  "(?:i|we) sell (?:it|them|these|those|this)", "my (?:etsy|shop|store|online store|amazon store|booth)", "keeps? (?:me|us) (?:stocked|supplied) (?:up )?with", "(?:my|our) (?:retirement|401k|portfolio) (?:is )?(?:counting|riding|banking) on",
  "(?:she's|he's|she is|he is|they're|they are) my (?:\\S+ )?(?:roommate|friend|buddy|classmate|cousin|brother|sister|husband|wife|partner|in-law|sister-in-law|brother-in-law|neighbor)", "(?:we're|we are) (?:launching|starting|building|opening) (?:something|a \\S+) together",
  "(?:so|and) (?:i|we) get (?:my|a|our) (?:cut|credit|commission|kickback|bonus|points)", "(?:for|with) (?:every|each) referral", 'referral (?:discount|credit|bonus)',
  // Gifts, fees and hospitality in any wording: something of value came to the writer.
  "(?:sent|sending|sends|send) (?:it |them |one |some |these |a (?:\\S+ ){1,2})?(?:to )?me(?: \\S+)? (?:free|for free|every|a box)", '(?:been )?sending me (?:a |some |boxes|free)', "sends? me (?:a |an )?(?:\\S+ ){0,2}(?:thank[- ]you|envelope|gift|check|cheque|bottle)",
  "finder'?s fee", 'referral (?:fee|bonus|money)', "(?:i|we) get (?:a )?(?:cut|fee|kickback|credit|bonus) (?:for|when|if|on)", 'paid in (?:gift cards|cash|product|samples|free)', 'courtesy of (?:the )?(?:\\S+ )?(?:reps?|team|folks|company|brand)',
  "treated (?:us|me) like (?:royalty|kings|queens|vips?|family|rock ?stars|celebrities)", "(?:takes|took|taking|brings|brought) me to (?:the|a|every) (?:\\S+ ){0,2}(?:game|games|dinner|concert|show|trip|golf|match)",
  "on (?:their|the|its) (?:\\S+ ){0,2}advisory (?:board|panel|council)", '(?:\\d+%|some|a little) equity', 'equity (?:in|stake)', 'bought into (?:the|their|this|that) (?:company|business|brand|practice)',
  "(?:my|our) (?:husband|wife|spouse|partner|brother|sister|cousin|mom|dad) (?:and|&) (?:i|me) (?:just )?(?:run|own|opened|started|founded|bought into)", 'free (?:\\S+ ){0,4}(?:samples?|products?|kits?|swag|box(?:es)?|devices?|units?|trials?)', 'swag', 'in exchange for',
  // Something of value came to the writer, in wider words: sent to try, a case every month, done for free, a PR box.
  '(?:sent|send|sends|shipped|mailed) (?:over |me |us )?(?:\\S+ ){0,5}(?:to try|for (?:me|us) to try)', "(?:they |who |she |he )?sends? me (?:a |an |one |some |their )?(?:\\S+ ){0,3}(?:every|each) (?:month|week|quarter|year|season)", 'sends? (?:me|us) (?:a |an )?(?:big |whole |huge |free )?(?:box|case|crate|bag|batch|supply)',
  '(?:pr|press|influencer) (?:package|box|kit|haul)', '(?:supplied|provided|donated|sponsored|courtesy) (?:by|of) (?:our|my) (?:\\S+ )?(?:friends|pals|partners|buddies)', '(?:got|get|getting|gets) (?:ours|mine|it|them|one|my \\S+|our \\S+) (?:\\S+ ){0,2}(?:free|for free|comped|at no cost|on the house)',
  '(?:did|does|do) (?:mine|my \\S+|it for me|me) (?:for )?free', 'let (?:me|us) keep', '(?:mandarme|me mand[oó]|me regal(?:[oó]|aron)|me dieron|nos regal(?:[oó]|aron))', 'comps? (?:my|our|me|us)',
  "(?:took|takes|taking|treated|treats|spoiled) (?:our|us|me|my|the) (?:whole |entire )?(?:\\S+ )?(?:team|unit|crew|staff|floor|clinic|office|department|store|group)? ?(?:out )?to (?:a |an |the )?(?:\\S+ )?(?:lunch|dinner|breakfast|drinks|spa day|game|resort|weekend)", '(?:treated|treats) (?:us|me) royally',
  '(?:partnering|partnered|teamed up|teaming up|collab(?:orating|bing)?) with', "(?:paid|sponsored) (?:talks?|gigs?|speaking|posts?|lectures?)", "(?:did|do|does|gave|give|giving|doing) (?:a |my |another )?(?:\\S+ )?(?:talks?|lectures?|presentations?|webinars?|plática) (?:for|para)",
  "(?:they've|they have|who've|who have|they're|they are|been) (?:been )?(?:very |so |really |super )?good to (?:me|us)", "(?:at|from|in) (?:the |their )?\\S+ booth", "(?:flew|took|brought|walked|invited|hosted) a (?:small |few |select |handful of )?(?:group|few|handful|bunch) of us",
  "(?:\\S+'s|the|their|a) (?:\\S+ )?(?:weekend|resort|getaway) (?:in|at)",
  // A friend or relative's business, or sending readers to them ("go see my son-in-law Dr. X", "my girl Jess at ...").
  "(?:see|visit|call|try|book with|talk to) my (?:girl|friend|buddy|bestie|bff|son|daughter|son-in-law|daughter-in-law|brother|sister|cousin|nephew|niece|husband|wife|coworker|co-worker|uncle|aunt)(?= )", "my (?:girl|friend|buddy|buddys|bestie|coworker|co-worker|nephew|niece|cousin|brother|sister|husband|wife|son|daughter)(?:-in-law)?(?:'s|s)? (?:\\S+ ){0,3}(?:new |little |own )?(?:med ?spa|spa|gym|clinic|practice|office|shop|store|salon|studio|apiary|bakery|farm|business|company|lounge)",
  "(?:say|mention|use|give) (?:my name|\\p{L}+ sent you)(?: at| for| when| and)", 'c[oó]digo \\S+', "(?:i|we) get (?:my |our )?(?:\\S+ )?(?:free|comped) (?:\\S+ ){0,2}for (?:sending|referring|referrals)",

  // Multi-level selling, stakes told by holding, hospitality told by its occasion, and favours in Spanish.
  '(?:my |the )?upline', 'building my (?:\\S+ )?team', '(?:spots|openings) (?:left )?on my team', 'wholesale (?:link|price|account)', "(?:i'm|i am|we are|we're|\\S+ and i are) (?:\\S+ )?silent partners?",
  'helped (?:him|her|them) (?:get|open|start|fund|finance) (?:\\S+ ){0,3}(?:office|clinic|business|shop|practice|store|company)', '(?:holding|bought more|bought some|loaded up on|buying more) \\S+ (?:since|after|before|today|this week|last week|at)',
  "(?:dropped off|brought|left) (?:\\S+ ){0,4}(?:a |an )?(?:whole |big )?(?:case|box|crate|bag|kits?)", "(?:taking|took|takes|bringing|brought) (?:\\S+ and me|me and \\S+|me|us) to (?:the |a )?(?:\\S+ ){0,2}(?:masters|game|games|concert|show|match|tournament|open|series|derby|golf|dinner|resort|spa)",
  "(?:covering|covers|covered|paying|pays|picking up|picked up) (?:for )?(?:my|our) (?:\\S+ ){0,2}(?:fees|tab|bill|dues|membership|tuition|tickets|seats|drinks|rounds?)", "(?:thanks?|thank you) (?:\\S+ ){0,3}for the (?:\\S+ ){0,2}(?:seats|tickets|trip|dinner|lunch|swag|weekend|box|gift|goodies|stay)",
  "(?:their|its|\\S+'s) (?:\\S+ ){0,2}(?:retreat|summit|junket|resort|getaway)", "(?:gave|give|gives|handed) (?:\\S+ ){0,7}(?:a |an )?(?:free )?(?:gift cards?|ipads?|tablets?|apple watch|airpods|laptops?)", "(?:sending|sent|sends) (?:our|my) (?:whole |entire )?(?:\\S+ ){0,2}(?:team|unit|center|floor|office|clinic|staff|department|crew)",
  "(?:got|received|get) (?:a |an )?free (?:\\S+ ){0,2}(?:case|box|bottle|samples?|supply|kit|pair|month|session|treatment)", "(?:say|mention|tell them|tell (?:him|her)) (?:i|\\p{L}+) sent you", '(?:is )?free if you (?:say|mention|use|tell)', '(?:por|con) mi (?:link|enlace|c[oó]digo)', 'c[oó]digo:? \\S+',
  '(?:pagaron|pagó|cubrieron) (?:el |mi |nuestro |los )?(?:vuelo|hotel|viaje|cena|gastos)', '(?:di|doy|dimos|damos) (?:una )?(?:plática|charla|conferencia) para',
  // A stake of the writer's own in wider words: selling it themselves, having made it, advising the maker, a relative's
  // business or job there, a commission in Spanish ("I'll hook you up", "helped formulate them", "my uncle's new urgent care").
  "(?:message|dm|pm|text|inbox) me to (?:order|buy|purchase|get (?:yours|some|started))", "order (?:from|through|thru) (?:me|my (?:page|site|shop|store|link))", "i'?ll hook (?:you|ya|y'all) up",
  '(?:hooked|hooks|hook) (?:me|us) up with', "(?:kind|nice|sweet|generous) enough to (?:send|give|gift|drop off|mail)", '(?:dropping|drops|dropped) off (?:\\d+|a few|some|a bunch of) free',
  '(?:helped|help) (?:\\S+ )?(?:formulate|develop|design|create|invent|make|build) (?:them|it|this|these|the)', "(?:so |and )?(?:yes,? |ok,? )?(?:i'm|i am|im) (?:a (?:little|bit|tad|lil) |totally |definitely |def )?biased",
  "(?:i've been|i have been|i'm|i am|been) (?:\\S+ )?advising (?:a|an|the|their|this)\\b", '(?:our|my) partnership with',
  "(?:\\bmy |\\bmi )(?:brother|sister|uncle|aunt|cousin|nephew|niece|son|daughter|mom|dad|husband|wife|grandson|granddaughter|comadre|compadre|prima|primo|tia|tía|tio|tío|hermano|hermana)(?:-in-law)?(?: \\p{Lu}\\p{L}+)?(?:'s|’s)? (?:new |own |little |lil )?(?:\\S+ )?(?:company|business|urgent care|clinic|practice|office|pharmacy|agency|firm|shop|store|spa|chapel|funeral home|lab|gym)\\b",
  "\\b\\p{L}+-in-law(?:'s|’s) (?:new |own |little )?(?:\\S+ )?(?:place|company|business|clinic|practice|office|pharmacy|agency|firm|shop|store|brand)\\b",
  "tell my (?:brother|sister|uncle|aunt|cousin|nephew|niece|son|daughter|mom|dad|husband|wife)(?:-in-law)?(?: \\p{L}+)? (?:i|we) sent you",
  '(?:me|nos) (?:da|dan|cae|toca|pagan?) (?:una |un |mi )?(?:comisi[oó]n|algo|parte|porcentaje|lana)', 'a m[ií] me (?:cae|toca|dan?) algo', '(?:mi|nuestra|nuestro) (?:comadre|compadre|prima|primo|t[ií]a|t[ií]o|hermana|hermano|cuñad[ao]) (?:\\S+ )?(?:que )?(?:lo |la |los )?(?:hace|maneja|vende|tiene)',
];

/** The writer discloses the connection. */
export const DISCLOSURE: readonly string[] = [
  '#ad', '#ads', '#sponsored', '#paid', '#partner', '#paidpartnership', '#affiliate', '#gifted', 'paid partnership', 'paid partner', 'sponsored by', 'disclosure', 'material connection',
  "(?:i am|i'm) a paid", 'i was paid',
  '(?:i am|i\'m|i was) (?:a )?paid (?:\\S+ )?(?:consultant|speaker|advisor|partner|ambassador|spokesperson)', 'i (?:receive|received|get|earn) (?:a )?(?:compensation|payment|fees?|commission|honorari\\w+)',
  '(?:i|we) (?:may )?earn (?:a )?(?:small )?commission', 'affiliate link', 'this is an ad', 'in partnership with', '(?:i|we) (?:own|hold) (?:stock|shares)', 'conflict of interest:',
  'full disclosure', 'i (?:serve|sit) on (?:their|the \\S+) advisory board',
];

/** Signs of avoiding disclosure, which count as the connection itself. */
export const DISCLOSURE_AVOIDANCE: readonly string[] = [
  'don\'t have to (?:tag|disclose|label)', 'need the ad tag', 'ad tag', 'leave out the (?:\\S+ ){0,3}(?:thing|part|disclosure)', 'no need to disclose',
  'without (?:the |a )?(?:#ad|disclosure)',
];

// Where a comma closed an opening phrase ("As a patient, Lakeside ...", "5 stars. I was ..."), typed
// without it the main clause's subject follows at once: a pronoun, a determiner or a care place's name.
const NEW_CLAUSE = " (?:i|i'm|i've|we|they|this|that|my|our|the|\\S+ (?:clinic|hospital|health|medical|center|practice))(?![\\p{L}\\p{N}'])";

/** An employee claiming to be an outsider, a patient or a customer. */
export const OUTSIDER_CLAIMS: readonly string[] = [
  // Claiming the patient's or neighbour's seat in other words ("As a patient, ...", "as a longtime patient", "unbiased opinions").
  "as an? (?:(?:recent|longtime|long-time|proud|former|regular|happy|grateful|loyal|new|local) )?(?:patient|client|customer|mom|dad|parent|neighbou?r|family|resident|local|grandma|grandpa|grandparent|caregiver)(?=[,!.]| here| myself| there| for| of|" + NEW_CLAUSE + ")", '(?:totally |completely |100% )?unbiased (?:opinions?|take|review|here)', 'from someone (?:who\'s|who has) been on the (?:family|patient) side', "(?:zero|no) connection to (?:them|it|the)",
  'no connection to', "(?:i )?(?:have |had )?nothing to do with (?:them|it|the|this|that)", 'not an? (?:employee|staffer)', "as an? (?:mom|dad|parent|local|neighbou?r|resident) (?:from|in|of)(?= )", 'as another (?:patient|mom|dad|parent|customer)', 'as someone who (?:lives|grew up) (?:near|in|by|around)', '(?:totally |completely )?unbiased local', 'no trabajo en', 'como (?:mam[aá]|vecina|vecino|paciente)', "(?:never|don't|do not|didn't) work(?:ed)? (?:in|at|for) (?:healthcare|a hospital|the hospital|any hospital|medicine|there|them)", 'not (?:an? )?(?:employee|staff member|affiliated)', 'not affiliated', 'no affiliation', 'don\'t work (?:there|for them|for \\S+)', 'i don\'t work',
  'just a (?:\\S+ ){0,3}(?:local|resident|patient|customer|mom|dad|neighbor)', 'as a (?:\\S+ ){0,2}patient (?:of|at)', 'as a (?:\\S+ )?(?:patient|customer) (?:myself|there)',
  'been a patient there', 'a patient there', 'as someone who (?:\\S+ ){0,4}(?:as )?an? (?:patient|customer)', '(?:came|went) in as an? patient', 'regular (?:\\S+ )?(?:resident|patient|person)',
  // Self-descriptions that present the writer as an ordinary outsider ("totally unbiased local mom here").
  '(?:totally |completely |100% )?(?:unbiased|impartial|independent|ordinary|average|random|real|actual|verified) (?:local )?(?:mom|dad|parent|patient|customer|resident|person|guy|gal|grandma|grandpa|neighbou?r|reviewer)', '(?:local|regular) (?:mom|dad|parent|grandma|grandpa|guy|gal|neighbou?r) here', 'as an? ["\'\u2018\u201c]?(?:satisfied|happy|real|grateful|former|actual|loyal) (?:patient|customer|client|mom|parent)',
  "as a (?:mom|dad|parent|grandparent|grandma|grandpa|local) who(?:'s| has| have)? (?:been|tried|visited|used|seen)", '(?:been|gone|went) to every (?:\\S+ ){0,2}(?:urgent cares?|ers?|clinics?|hospitals?|doctors?|practices?)',
  // Denying the tie, or claiming the patient's seat, in other words ("not staff", "I was a patient there").
  'not (?:staff|a staffer|the owner|medical(?: at all)?|on staff)(?= |[!.,;:)]|$)', "(?:neighbou?r|mom|dad|parent|local|resident|survivor|customer|patient) (?:from (?:\\S+ ){1,2})?here(?= |[!.,]|$)",
  "(?:i|i've|i have) (?:ever |also )?(?:was|been) a patient (?:at|there|of|for)", "(?:i've|i have) ever been a patient", "(?:as|-|—) an? (?:very )?(?:happy|satisfied|grateful|loyal) (?:\\S+ )?(?:patient|mom|dad|parent|customer|client)s?(?= |[!.,)]|$)", 'as an? (?:\\S+ ){0,3}patient (?:mom|dad|parent|family)',
  "no ties to (?:anyone|anybody|them|it|the)", 'as a local(?= |,)', 'as an? (?:\\S+ )?patient who', "(?:i|i've|i have) (?:was|been) a patient (?:on|in)(?= )", "no trabajo (?:ahí|ahi|allí|alli|en)", "as an? patients?'?s? (?:daughter|son|wife|husband|mom|dad|family|mother|father)",
];

/**
 * The writer presenting themselves as an ordinary patient, customer or local ("just a local mom
 * here", "speaking purely as a patient", "- a very happy patient"): posing wherever the post
 * promotes a place, not only the employer. Denials ("no connection to the authors") are not here:
 * said of another's business they are as often true as not.
 */
export const OUTSIDER_SEAT: readonly string[] = [
  'just a (?:\\S+ ){0,3}(?:local|resident|patient|customer|mom|dad|neighbou?r|survivor)', '(?:local|regular) (?:mom|dad|parent|grandma|grandpa|guy|gal|neighbou?r) here', '(?:neighbou?r|mom|dad|local|resident|survivor|customer|patient) (?:from (?:\\S+ ){1,2})?here(?= |[!.,]|$)',
  'as an? (?:\\S+ ){0,2}(?:happy|satisfied|grateful|real|regular|proud|loyal|longtime) (?:patient|customer|client|mom|parent)', '(?:speaking|posting|writing) (?:this )?(?:purely |just |only )?as an? (?:\\S+ )?(?:patient|customer|mom|dad|parent|local)',
  '(?:-|—) an? (?:very )?(?:happy|satisfied|grateful|loyal) (?:\\S+ )?(?:patient|mom|dad|parent|customer|client)', '(?:totally |completely |100% )?unbiased(?! (?:research|science|study|studies|data|source))', '(?:honest|real|genuine) (?:patient )?review', 'as a (?:\\S+ ){0,2}patient (?:of|at)',
];

/**
 * A patient's or customer's experience told in the first person ("had my baby there", "got me in
 * same day", "honest patient review"): posing only when an employee says it of their own employer.
 */
export const PATIENT_EXPERIENCE: readonly string[] = [
  '(?:had|delivered) (?:my|our) (?:\\S+ )?(?:baby|babies|son|daughter|twins|kids?|grandbaby) (?:at|there)', '(?:honest|real|genuine) (?:patient )?review', 'patient review', '(?:saved|treated) my (?:\\S+ )?(?:son|daughter|kid|baby|mom|dad|husband|wife|life|grandma|grandpa)',
  '(?:friends|family|folks) of mine went there', '(?:got|get|gets) (?:me|us) in (?:\\S+ )?(?:same day|fast|quick|right away|within)', '(?:came|went) in for (?:a|an|my)(?= )', 'tried (?:\\S+ ){1,3}for the first time', "(?:i'm|i am) (?:a )?(?:\\S+ )?(?:cancer )?survivor",
  '(?:would|will) (?:never )?go (?:anywhere else|again|back)', "(?:had|got) (?:my )?(?:bloodwork|labs|scans?|x-?rays?|surgery|procedure|mammogram|mri) (?:done )?(?:at|there)",
];

/**
 * An employee who says they hide the tie while praising the employer: a borrowed account, a
 * post made "so it doesn't look like" staff, a review the boss asked for as "regular folks".
 */
export const CONCEALED_TIE: readonly string[] = [
  "so (?:it )?(?:doesn't|does not|don't|won't|wouldn't|dont) look like (?:i work|i'm staff|i am staff|staff|an employee|i'm an employee|we work|it's from|it came from)",
  "(?:from|under|on|with) my (?:\\S+ )?(?:sister|brother|mom|mother|dad|father|husband|wife|friend|cousin|kid|daughter|son|aunt|uncle|neighbor)(?:-in-law)?'s (?:account|profile|name|login|facebook|yelp|page)",
  "(?:from|on) my personal (?:account|acct|profile|page) (?:so|as)", "as an? [\"'\u2018\u201c](?:local|regular|real|normal) \\S+[\"'\u2019\u201d]", "never been a patient (?:there|here)", "like (?:regular|normal|ordinary|real) (?:folks|people|patients|customers|moms|parents|neighbou?rs)",
  "[\"\u201c\u2018']patient[\"\u201d\u2019'] (?:review|post|account)", "(?:nobody|no one) (?:has any idea|knows|can tell|will know|needs to know) (?:it was|it's|i'm|i am|i work)", "(?:doesn't|don't|does not|do not) need to know (?:i'm|i am|i work)",
  "(?:my )?(?:boss|manager|director|supervisor|marketing(?: team)?|admin) (?:asked|told|wants|wanted|had) (?:us|me|staff|everyone|all of us|all us \\S+|the \\S+) to (?:\\S+ ){0,4}(?:review|post|answer|comment|rate|say|write|reply)",
  "as an? (?:\\S+ )?[\"'\u2018\u201c](?:happy|satisfied|grateful|local|regular|real|normal)? ?(?:patient|parent|mom|dad|customer|local)[\"'\u2019\u201d]", "like (?:we|i) (?:were|was) (?:patients?|customers?|clients?|locals?)", 'from (?:both|all) (?:of )?our (?:\\S+ )?accounts',
  "(?:don't|dont|do not) tell (?:anyone|anybody|nobody|no one|em|'em|them) (?:that )?i (?:work|draw|get|am|'m)",
  // A second identity for the review: an alt or borrowed account, pretending, "not really a patient", a relative's account.
  "(?:my )?(?:alt|alternate|second|burner|fake|other|spare) (?:\\S+ )?(?:acct|account|profile|login)", "pretend(?:ing|ed)? (?:to be|i'm|i was|we're) (?:an? )?(?:\\S+ )?(?:patient|customer|parent|mom|dad|neighbou?r|local|client)",
  "(?:i'm|i am|im) not (?:really |actually |even )?an? (?:real )?patient", "(?:from|under|on|with) my (?:\\S+ )?(?:sister|brother|mom|mother|dad|father|husband|wife|friend|cousin|kid|daughter|son|aunt|uncle|neighbor)(?:-in-law)?'s (?:\\S+ )?(?:account|profile|name|login|page)",
  "(?:my |an? |new )[\"'\u2018\u201c](?:neighbou?r|patient|local|mom|parent|customer)[\"'\u2019\u201d] (?:account|profile|review)", "as [\"'\u2018\u201c]an? (?:\\S+ ){0,2}(?:patient|parent|mom|dad|customer|local|neighbou?r)[\"'\u2019\u201d]", "(?:boss|manager|supervisor|marketing|management|admin) (?:asked|told|wants|wanted|had) (?:\\S+ ){1,3}to (?:leave|post|write) (?:one|a review|reviews|a \\S+ review)",
];

/** Reviews bought or pushed by the employer. */
export const REVIEW_INCENTIVES: readonly string[] = [
  '(?:begging|asking|pushing|pressuring) (?:us |staff )?(?:for|to (?:leave|write|post)) (?:\\S+ )?reviews',
  '(?:five|5) stars? (?:for|to|from me)', '[★\u2b50]{3,}', '(?:left|leave|leaving|wrote|write|writing|posted|post) (?:a |an |another )?(?:5|five)[- ]star (?:review|rating)', '(?<!the )(?:five|5)[- ]stars?(?=[!.]|$|' + NEW_CLAUSE + ')', '(?:giving|gave|give) (?:\\S+ )?(?:five|5) stars', '\u2b50\u2b50\u2b50', '(?:posts?|leaves?|writes?) the most reviews', '(?:reward|prize|party|gift card) for (?:\\S+ ){0,4}reviews', 'leave (?:us )?a (?:5-star|five-star) review',
];
