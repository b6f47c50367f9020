// Confidential and proprietary information: what marks it, and the kinds of fact that are.
// Regex sources, case-insensitive, matched on word boundaries.

/** The writer says it is not for sharing, or not public yet. */
export const SECRECY_MARKERS: readonly string[] = [
  'internal(?:[ -]only| use only)', 'internal[,:]? (?:do not|don\'t|please don\'t|not for) (?:forward|share|distribute|post|repost)',
  '(?:strictly|highly|very|totally) confidential', "(?:marked|labeled|labelled|stamped) internal", "(?:this|it|that|thats|its)(?:'s| is| was)? (?:all |still |strictly )?internal(?=[,.!;:)]| but| so| only| for now|$)", '(?:this is|it\'s|its|marked|stamped) confidential', 'confidential[:,]', 'confidential (?:memo|email|document|deck|slides?|report|info|information|numbers|plan)',
  // "I don't share her politics" is the writer's taste, not a request.
  '(?<!\\bi )(?:do not|don\'t|dont|pls don\'t|please don\'t|not supposed to) (?:share|forward|repost|screenshot|spread)(?: (?:this|it|that))?', 'not for (?:distribution|sharing|public)',
  '(?:keep (?:it|this) |just |strictly |stays? )between (?:us|you and me|me and you|ourselves)',
  // "Between us, ..." opens the secret; "1,900 visits between us" is the two of us together.
  '(?<![\\p{L}\\p{N},]\\s)between us', 'between you and me',
  '(?:not|hasn\'t been|haven\'t|hasn\'t|have not|has not|wasn\'t|isn\'t) (?:\\S+ )?(?:announced|public|official|released)(?: yet)?',
  'not (?:public|announced|official|out) yet', 'before (?:it\'s|it is|they|it gets|it goes) (?:announced|public|released|official)',
  '(?:still |all )?under wraps', 'hush[- ]hush', 'on the down ?low', 'off the record', 'you didn\'t hear (?:it|this) from me', 'act surprised', 'let it slip', 'quietly (?:planning|working on|preparing|negotiating)',
  // Something leaked to the writer ("the leaked memo", "this leaked"), not data leaked in a hack or a leaky sample.
  '(?:leaked|leaking) (?:\\S+ )?(?:memo|email|deck|document|docs?|list|plan|numbers|slides|info|news|details)', '(?:this|it|that|memo|email|deck|list|plan|news) (?:just |got |was |has been )?leaked(?! in| on| online| to the dark)', '(?:i|someone|somebody) leaked', 'se filtr[oó]', "(?:that|this|it) stays in (?:this|the) room", 'you heard it (?:here|from me) first', '(?:under|signed) (?:an |the )?nda', "(?:nda|NDA) so (?:i|we) can't", 'from (?:the|an|our) (?:internal|leadership|exec(?:utive)?|board|confidential) (?:memo|email|deck|meeting|slides?|report)',
  'internal (?:memo|email|deck|slides?|report|pay bands|numbers|document|docs|data)', '(?:can\'t|cannot|can not) (?:share|say|disclose|talk about|name) (?:the |this |that |any |much |more )?(?:doc|document|deck|memo|details|numbers|specifics|much|more|who|what|when|names)(?: yet| publicly)?',
  '(?:haven\'t|hasn\'t|have not|has not) (?:told|informed) (?:\\S+ ){0,3}yet',
  "(?:will|'ll|are going to|is going to|gonna|plan to|plans to) announce (?:it|this|that|the \\S+) (?:after|next|in|at|on|once|when)",
  'before (?:it|they|this) (?:goes?|go) to the board', 'before the board (?:even )?(?:sees|gets|approves|reviews|hears)(?: (?:it|them|this))?', 'stay tuned for the official', 'rumou?r (?:confirmed|is true)', '(?:i|we) (?:saw|seen|read|got) the (?:\\S+ ){0,2}(?:report|sheet|spreadsheet|deck|confirmation|memo|numbers|email|contract|list|slides)',
  'telling (?:people|staff|everyone) one by one', "(?:nobody|no one)(?:'s| has| have) been told(?: yet)?", 'insider (?:scoop|info)', '(?:will|\'ll) (?:tell|announce (?:it )?to|inform) (?:us|staff|everyone|people) officially', 'sneak peek from (?:\\S+ ){0,3}(?:board|leadership|exec|strategy)',
];

const MONEY = '(?:\\$?\\d{2,3}k?\\s?[-–]\\s?\\$?\\d{2,3}k|\\$\\s?\\d[\\d,.]*\\s?(?:k|m|mm|b|million|billion|thousand)?|\\d[\\d,.]*\\s?(?:million|billion|mil)(?: dollars)?|\\d{2,3}k)';
const OURS = '(?:our|we|we\'re|the hospital\'s|the system\'s|leadership|admin|management|the board|this year\'s|next year\'s)';

/** Unreleased financial figures, budgets and pay. */
export const FINANCIAL: readonly string[] = [
  `${OURS} (?:\\S+ ){0,4}(?:budget|revenue|margin|loss|losses|profit|deficit|savings|results|earnings|shortfall|overrun|bonus(?:es)?|payroll|ebitda)s? (?:\\S+ ){0,6}${MONEY}`,
  `${MONEY} (?:operating |net |budget )?(?:loss|deficit|shortfall|overrun|profit|margin|surplus|over budget|under budget|ransom(?: demand)?|in savings|in cuts|settlement)`,
  `(?:budget|revenue|margin|savings|results) (?:\\S+ ){0,4}(?:cut|came in|come in|dropped|fell|rose) (?:\\S+ ){0,3}${MONEY}`,
  `(?:makes?|earns?|paid|pays|salary of|salary is|comp(?:ensation)? (?:is|of)|tops out at) ${MONEY}(?:/(?:hr|hour|yr|year))?`,
  `(?:starts? at|cut to|raised to|bumped to|going to|dropping to) ${MONEY}(?:/(?:hr|hour|yr|year)| an hour| per hour| a year)`,
  `(?:pay bands?|pay scale|salary (?:data|bands?|ranges?)|comp report|night differential|shift differential|pay freeze|wage freeze|hiring freeze)`,
  `raises? (?:\\S+ ){0,4}(?:capped|frozen|cut|limited) (?:at|to) \\d`,
  `(?:budget|spend|spending|revenue|margins?|volumes?|raises?|bonus(?:es)?|pay) (?:\\S+ ){0,3}(?:drops?|dropping|dropped|falls?|fell|cut|cuts|slashed|rises?|rose|goes? up|goes? down|shrinks?|grows?) (?:by )?(?:about |around |nearly |almost )?\\d+(?:\\.\\d+)? ?(?:%|percent)`,
  `\\d+(?:\\.\\d+)? ?(?:%|percent) (?:(?:merit|cost-of-living|pay|salary|wage) (?:raise|increase|bump)|raise|bonus|cola)(?:es|s)?(?: (?:cap|caps|freeze|pool))?`,
  `(?:q[1-4]|quarterly|monthly|year-end|fiscal|fy ?\\d*|first-quarter|second-quarter|third-quarter|fourth-quarter) (?:numbers|results|earnings|financials|revenue|margins?|volumes?) (?:\\S+ ){0,3}(?:came in|come in|are in|were|look|looking|beat|missed|ahead of|behind|above|below|down|up)`,
  `(?:operating|net|profit|ebitda|contribution) margins? (?:\\S+ ){0,2}(?:at|of|is|was|hit|came in at|landed at|sits at) -?\\d+(?:\\.\\d+)? ?(?:%|percent)`,
  `(?:over|under) budget`, `budget shortfall`, `ransom demand`,
  // What one person or group gets, as a figure ("a 2.3 million bonus", "a $1,200 raise"); hiring and referral bonuses are advertised.
  `(?<!(?:sign-on|signing|hiring|referral|sign on) )${MONEY} (?:(?!sign-on|signing|hiring|referral)\\S+ )?(?:bonus(?:es)?|raises?|pay cut|package|severance|buyout|golden parachute)`,
  `budget(?:ed|ing|s)? (?:\\S+ ){0,2}${MONEY}`,
  `(?:contract|agreement|deal|capital (?:plan|allocation|budget)|allocation|po|purchase order|bid|rfp) (?:\\S+ ){0,6}(?:is|was|at|of|for|value|worth|around|about|:|—|-) (?:around |about |roughly |like )?${MONEY}`,
  `(?:ransom|demand|payout) (?:\\S+ ){0,2}(?:was|is|of|at) (?:\\S+ )?${MONEY}`,
  `(?:cut(?:ting|s)?|slash(?:ing|ed|es)?|trim(?:ming|med|s)?|reduc(?:e|es|ed|ing)) (?:our |the |their |my )?(?:\\S+ )?(?:budget|pay|raises?|rates?|hours|visit rate|bonus(?:es)?) (?:by )?\\d+(?:\\.\\d+)? ?(?:%|percent)`,
  // Losses told as a figure ("lost $12M last quarter", "lost 3.1 million").
  `(?:lost|loses|losing|lose|bled|down) (?:like |about |around |nearly |almost |over |roughly )?${MONEY}`,
  // A budget and its figure, either way round ("capital budget for next year is 40k", "$38,000 from the hospital budget").
  `budgets? (?:\\S+ ){0,6}(?:is|was|of|at|to|=|:) (?:only |just |like |about )?${MONEY}`, `${MONEY} (?:\\S+ ){0,2}(?:from|of|out of) (?:the |our |their )?(?:\\S+ )?budget`,
];

/**
 * Pay said as a figure for a group of staff ("new grads start at $29.40", "the senior band caps
 * at $84k", "offering new hires $385k base"): internal unless a job posting published it.
 */
export const PAY_FIGURES: readonly string[] = [
  `(?:range|band|grid|offer|salary|pay) (?:\\S+ ){0,5}(?:is|are|was|of|at) ${MONEY}`,
  `at ${MONEY}(?:/(?:hr|hour|wk|week|yr|year)| an hour| a hour| per hour| a year| a week)`,
  `(?:are|is|sits?|sitting) at ${MONEY}`,
  `(?:start(?:s|ing)?|offer(?:ed|ing)?|pay(?:ing|s)?|mak(?:e|es|ing)|earn(?:s|ing)?|tops? out|topping out|caps?|capped|goes|going|bumped|get(?:s|ting)?|base) (?:\\S+ ){0,5}?(?:at |to |of )?(?:like |about |around )?${MONEY}(?:/(?:hr|hour|wk|week|yr|year)| an hour| a hour| a week| per hour| a year| base)?`,
];

/** Words that make a figure someone's pay rather than a price. */
export const PAY_WORDS = '(?:pay|paid|salary|salaries|base|wages?|rate|raises?|bands?|grid|scale|offer(?:ed|ing|s)?|comp|hourly|/hr|an hour|a week|/wk|per hour|new grads?|rns?|nurses|mas|techs?|staff|travell?ers?|hires?|residents|attendings?|hospitalists|lcsws?|dermatologists|employees|aides?|supervisors?|managers?|directors?|execs?|executives?|ceo|cfo|coo|cno|vps?|physicians|doctors|surgeons|pas|nps|pgys?|interns|fellows|coordinators?|range|approved|bonus(?:es)?|comp spreadsheet)';

/**
 * Cues that a fact is not public yet, in the writer's words: told before its release ("the
 * numbers aren't out until the board meets"), kept from people ("they told us not to share"),
 * or known from inside ("per the leadership slides", "in closed session").
 */
export const NOT_YET_PUBLIC: readonly string[] = [
  "(?:aren't|isn't|is not|are not|not|won't be|wasn't|hasn't been|haven't been) (?:\\S+ ){0,2}?(?:out|released|public|announced|reported|final|official|releasing|announcing)(?: yet)? (?:until|till|til|before|after)",
  "(?:don't|doesn't|won't|do not|does not) come out (?:until|till|til)",
  "(?:aren't|isn't|are not|is not|ain't|aint) (?:out|public|announced|official|final) yet", "(?:ain't|aint|it's not|its not|it isn't) final", "(?:nothing|none of (?:it|this))(?:'s| has| is) (?:been )?(?:announced|official|public|released|finalized)(?: yet)?",
  "(?:not|ain't|aint|never) been (?:released|announced|made public|shared)", "(?:until|till|til|before) (?:we're|we are|they're|they are|i'm|we get) allowed to (?:publish|share|say|announce|post|talk about)",
  "(?:you'll|you will|y'all will|everyone will) hear (?:about )?(?:it|this|that) officially",
  "(?:nobody|no one|none of us)(?:'s| is| was| were)? supposed to (?:know|see|hear|have|say)", "(?:ain't|aint|aren't|weren't|not|never) supposed to (?:know|see|hear|have|say|share|tell)",
  "(?:don't|do not|dont|pls don't|please don't) (?:tell|say) (?:nobody|no one|nothing|anybody|a word)",
  "told (?:us|staff|managers|everyone|the \\S+) internally",
  // The organization's own record, with up to two words naming it ("the internal water report", "internal strike contingency plan").
  "internal(?! medicine| bleeding| organs?| med\\b| candidates?| transfers?| hires?| postings?| medicine)(?: \\S+){0,2}? (?:email|memo|meeting|audit|call|deck|slides|spreadsheet|docs?|documents?|survey|update|numbers|list|plan|scoring|scorecard|timeline|report|sheet|agenda|results|target|data|findings|minutes|draft|forecast|projections|figures|file|chat|thread|tracker)s?\\b",
  'in confidence', 'closed(?:[- ]door)?(?: meeting| session)', 'closed[- ]door', 'board packet',
  "(?:announcement|news|memo|letters?|official word) (?:isn't|is not|won't be|doesn't go out|won't go out|don't go out|aren't going out) (?:till|until|til|before|after)", "(?:said|told (?:us|staff|everyone|managers)) not to (?:share|say|tell|discuss|post)",
  "(?:nobody|no one)(?: \\S+)? (?:has said|wants to say|will say|is saying) (?:it|the word|that) out loud", '(?:nobody|no one) knows (?:yet|about it yet)', "(?:isn't|not|hasn't been|ain't|aint) signed yet",
  "(?:on|in|from) (?:the|a|our) shared (?:drive|folder)", '(?:sent|shared|posted|put|emailed|forwarded) (?:\\S+ ){0,5}by (?:accident|mistake)', "shouldn't have access to", 'before it got pulled', 'before they (?:even )?(?:told|announced|informed|tell)',
  "(?:per|from|in) (?:the|our) (?:\\S+ )?(?:incident call|contingency plan|bargaining notes|rfp|scoring|offer sheet)", "(?:notes|deck|memo|plan|contract|list|draft) (?:that )?i saw", 'sat (?:in )?on (?:a|the) (?:\\S+ ){0,2}(?:meeting|mtg|call)s?', '(?:sat through|got a peek at|peeked at|got a look at) (?:the |a )?(?:\\S+ ){0,3}(?:plan|deck|budget|day|meeting|list|numbers|memo)',
  'quietly (?:denied|settled|fired|let go|buying|bought|cutting|cut|dropping|dropped|replacing|negotiating|laid off|settling|shopping)', 'layoff list',
  "(?:spreadsheet|packet|memo|binder|printout|sheet|slides|list|report) (?:\\S+ ){0,2}(?:was |were |got )?left (?:open |out |up )?(?:on|in|at) (?:the|a)",
  "left (?:the |a |their |his |her )?(?:\\S+ ){0,3}(?:spreadsheet|packet|memo|binder|printout|sheet) (?:open|out|up|on|in)", "(?:hasn't|haven't|has not|have not) been (?:reported|announced|released|made public)", "isn't final(?: yet)?", 'not final yet',
  "(?:before|until|till|til) (?:the )?(?:official (?:release|announcement|numbers)|(?:they're|they are|it's|it is) (?:public|out|released|announced))",
  "(?:they're |they are |we're |we are )?not (?:releasing|announcing|telling (?:people|patients|anyone|staff|us))(?: (?:it|them|that|this))?(?: (?:till|until|til|yet|before))?",
  "(?:i'm |im |i am )?not supposed to (?:know|say|share|tell|post|talk about)", "(?:don't|do not|dont|pls don't|please don't) (?:repeat|tell) (?:this|that|it|anyone|anybody|nobody|no one|the press|patients|people)(?: part| yet)?",
  "told (?:us|managers|staff|everyone|the charge nurses|charge nurses|the managers) not to (?:say|share|tell|discuss|answer|post)", "they told us not to share",
  // Not allowed to say it, nobody has announced it, told to keep it quiet: in any wording, and in Spanish.
  "(?:not|n't|never) (?:\\S+ )?allowed to (?:say|share|talk about|tell|post|announce|discuss|mention)", "(?:can't|cannot|can not) announce (?:it|this|that|anything)?", "(?:nobody|no one)(?:'s| has| have)? (?:officially )?announced", "(?:nobody|no one) (?:\\S+ ){0,3}(?:has|have)(?: \\S+)? been told(?: yet)?",
  "(?:were|was|got|been|are) (?:all )?told to (?:say nothing|keep (?:it|this|quiet|mum)|not (?:say|talk|mention|confirm))", "(?:outside|beyond) (?:the|this) (?:table|room) (?:is|are) supposed to know", "(?:would|will|'d|'ll) (?:kill|fire|murder) me (?:for|if)",
  'keep (?:it|this) (?:here|off (?:\\S+ ){0,2}(?:facebook|social|the internet|socials|twitter|fb))', 'before (?:anyone|anybody|everyone|the public|staff|the staff|the press) (?:else )?(?:hears|knows|finds out|sees)',
  'todav[ií]a (?:no lo anuncian|no es oficial|es secreto|no lo dicen)', 'no es oficial', 'no lo compartan', 'que no salga de aqu[ií]', 'nadie sabe (?:\\S+ ){0,2}oficialmente', 'es interno',
  'still internal', 'internal (?:obv|obviously|plans? only|plans|report|test report|incident call|number|numbers|launch deck|slides|leadership deck|q\\d numbers)', 'in closed session', 'let slip', 'holding (?:it|them|the numbers) (?:until|till|til)',
  "(?:per|from|on|in) (?:the |my |our )?(?:manager's|leadership|finance|bargaining|board|budget|internal) (?:slides|deck|spreadsheet|screen|desk|notes|meeting|huddle|briefing)",
  '(?:saw|seen|found) (?:the |a )?(?:\\S+ ){0,3}(?:spreadsheet|draft|slides|offer letters|offer sheet|grid|layoff list) (?:on|in|before)',
  // Having seen the organization's plan or numbers: "saw the staffing plan", "read the contingency plan today".
  "(?<=^|[.!?]\\s|\\bi |\\bwe )(?:saw|seen|read|got a copy of) the (?:\\S+ ){0,3}(?:plan|plans|budget|grid|bands?|agenda|minutes|numbers|list|shortlist|sheet|spreadsheet|deck|memo)",
];

/** Layoffs, restructuring and unannounced changes to services or jobs. */
export const WORKFORCE: readonly string[] = [
  '(?:we\'re|we are|we\'ll be|we will be) (?:being |getting )?(?:acquired|bought out|sold|merging)', '(?:reduc|cutt?|trim|shrink)(?:e|es|ed|ing)? (?:our |the )?(?:workforce|headcount|staffing|staff) by', 'lay(?:ing)? off', 'laid off', 'layoffs?', 'reductions? in force', '\\brifs?\\b', 'restructur(?:e|ing)', 're-?orgs?', 'reorganiz(?:e|ing|ation)',
  '(?:cutting|cut|eliminating|eliminate|losing|lose|loses|lost) (?:\\d+|\\w+) (?:\\S+ ){0,2}(?:positions|jobs|roles|fte|ftes|beds|nurses|staff)',
  '\\d+ (?:jobs|positions|ftes?)(?: (?:cut|gone|lost|eliminated))?', '(?:getting |being |to be |will be )outsourced', 'outsourc(?:e|ing) (?:\\S+ ){0,3}(?:to|jobs)',
  'consolidat(?:e|ing|ion of) (?:\\S+ ){0,3}(?:roles|positions|units|departments|service lines|clinics|director)', 'fold(?:ing|ed) (?:\\S+ ){1,6}into', 'consolidat\\w* (?:\\S+ ){1,5}into (?:one|a single)',
  'let (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|half (?:of )?(?:the|our)) (?:\\S+ ){0,2}go', 'layoff list',
  '(?:positions|lines|roles|jobs|ftes?|spots|slots) (?:\\S+ ){0,2}(?:get|got|will be|are being|to be|are getting) (?:cut|eliminated)', "(?:won't|will not|wont|aren't going to) (?:be (?:replaced|backfilled|filled)|carry over)",
];

/** Plans that are news only until announced: they count when the post says they are not public yet or still ahead. */
export const PLANS: readonly string[] = [
  '(?:buy(?:ing)? out|acquir(?:e|ing)|tak(?:e|ing) over) (?:\\S+ ){0,3}\\p{Lu}\\S*',
  '(?:looking at|considering|planning(?: to)?|plans? to|talk of|talking about|thinking about|going to|fixing to|fixin to|about to|gonna) (?:clos|shut|sell|cut|merg|outsourc|consolidat|eliminat)\\w*(?: down)? (?:\\S+ ){0,4}\\S+',
  "(?:will|is going to|are going to|is|are|'re|'s) (?:clos(?:e|ing)|shut(?:ting)? down) (?:\\S+ ){0,4}(?:saturdays|sundays|weekends|nights|permanently|for good|the unit|the clinic|the department|the floor|the service|in \\w+|next (?:week|month|spring|summer|fall|winter|year|quarter)|this (?:spring|summer|fall|winter|year))",
  '(?:selling|sell|sale of) (?:\\S+ ){0,3}(?:buildings?|campus|clinics?|hospital|properties)', 'leas(?:e|ing) (?:them|it) back',
  '(?:launching|opening|getting|building|adding) (?:a |an )?(?:new )?(?:\\S+ ){0,3}(?:program|center|centre|unit|service line|tower|wing)',
  '(?:hours|services?|shifts?|beds|positions|budgets?|programs?|staffing|coverage) (?:\\S+ ){0,2}(?:will be|are being|are going to be|is going to be|is being|to be) (?:cut|reduced|slashed|eliminated|halved|consolidated|closed)',
  "(?:\\p{L}+'re|\\p{L}+'s|are|is|will be) (?:clos|shutt|consolidat|merg|mov|relocat)(?:e|ing) (?:the |our |all )?(?:\\S+ ){0,2}(?:center|centre|unit|clinic|department|floor|wing|service|program|practice|office|lab|pharmacy|icu|nicu|ed|er|l&d|birthing center)",
  'go-live (?:is|date)', "(?:go-live|go live|goes live|going live|cut-?over) (?:\\S+ ){0,3}(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\\d)",
];

/** Security details: codes, passwords, network names and weaknesses. */
const SECURED = '(?:door|room|med room|supply room|lock|keypad|gate|pyxis|omnicell|override|alarm|badge|safe|cabinet|lockbox|entry|entrance|access|elevator|stairwell|garage|dock)';
// A code of 3 to 8 digits, perhaps spelled out with separators ("1-9-7-3") or wrapped in # signs.
const DIGITS = '#?\\d(?:[- .]?\\d){2,7}#?';
export const SECURITY: readonly string[] = [
  `${SECURED} (?:code|codes|combo|combination|pin|passcode)(?: (?:\\S+ ){0,10}?(?:is|are|was|changed to|=|:|now|its|it's)(?: still| now| currently| literally| just)?)? ?${DIGITS}`,
  `(?:code|combo|combination|pin|passcode) (?:is|changed to|=|:|now)(?: still| now| currently| literally| just)? ?${DIGITS}`,
  `(?:code|combo|combination|pin|passcode) (?:for|to|on|at) (?:the |our )?(?:\\S+ ){0,5}?(?:is|=|:)(?: still| now| currently| literally| just)? ?${DIGITS}`,
  // "the keypad on the pharmacy door is 1-9-7-3": the secured thing, then its digits.
  `(?:keypad|lock|lockbox|padlock|safe) (?:\\S+ ){0,6}?(?:is|was|=|:)(?: still| now| currently| literally| just)? ${DIGITS}(?![\\d%])`,
  `${SECURED} (?:\\S+ ){0,6}?(?:takes|opens with|uses|accepts) #?\\d(?:[- ]?\\d){2,7}#?`,
  `(?:its|it's|it is) \\d{3,8}#? if (?:anyone|you)`,
  // A network's name, not its state ("the network is down", "wifi is slow").
  "(?:wi-?fi|wifi|network|ssid) (?:name )?(?:is|=|:) (?!(?:down|dark|back|slow|up|out|off|offline|online|spotty|terrible|bad|fine|working|still|so|too|really|very|a|an|the|not|being|going|totally|completely|literally|just|always|never|done|gone|toast|fried|dead|broken|fixed|restored|weird|trash|garbage|awful|unusable)\\b)\\S+", '(?:password|passcode|passwd|pw|login|creds|credentials) (?:is|=|:)(?: still| now| literally| just)? \\S+', '(?:login|password|creds) (?:\\S+ ){0,5}(?:is|are) (?:still |literally |just )?\\w+/\\S+', '(?:password|passcode|login|pin|credentials?) (?:for|to) (?:the |our )?(?:\\S+ ){0,4}(?:is|are|=|:) \\S+', 'password for (?:the |our )?\\S+ is \\S+', '(?:wi-?fi|wifi|network|guest|staff|admin) (?:\\S+ )?(?:password|passcode|pw|key) (?:at|for|on|in) (?:\\S+ ){0,4}?(?:is|=|:) \\S+',
  'default (?:admin )?(?:creds|credentials|passwords?)', '(?:vlan|network|subnet) (?:isn\'t|is not|aren\'t|not) (?:segmented|secured|encrypted|protected)',
  // Doors, readers and cameras that fail are read as a frame (detectors/confidential/frame.ts): a failure and a way to use it.
  '(?:anyone|anybody|any ?one|people|someone|somebody) (?:can|could) (?:just |literally |easily )?(?:walk|get|come|wander|stroll|waltz|slip)(?: right| straight)? in', 'we weren\'t backed up', 'backups were (?:restored|gone|encrypted|wiped)',
];

/** Deal words that make a protected subject (a merger partner) confidential news. */
export const DEAL_CUES: readonly string[] = [
  'merg(?:e|er|ers|ing)', 'acqui(?:re|res|red|ring|sition)', 'buy(?:ing)? (?:us|them) out', 'partnership', 'partnering', 'deal', 'talks', 'negotiations?',
  'at the table', 'com(?:e|es|ing) together', 'join(?:ing)? forces', 'combin(?:e|ing)', 'affiliation', 'takeover', 'due diligence', 'term sheet',
];

/** Words of launching a system: beside a system whose rollout is not public yet, the plan itself. */
export const LAUNCH_CUES: readonly string[] = [
  'go[- ]?live', 'goes live', 'going live', 'went live', 'cut-?over', 'switch(?:ing|es|over)?', 'roll-?out', 'roll(?:s|ing)? out', 'launch(?:es|ing)?', 'transition(?:ing)? to', 'migrat(?:e|es|ing|ion) to',
];

/** Signs the news is already public. */
export const PUBLIC_MARKERS: readonly string[] = [
  'announced (?:today|this (?:morning|week|afternoon)|yesterday|last week)', '(?:today |we )(?:just |officially )?announced', 'press release', 'officially (?:opened|launched|announced|named)', 'is now public',
  'publicly announced', 'in the news', 'as announced',
  // Attributed to the press or an official statement: somebody already published it.
  '(?:the )?(?:news|paper|gazette|article|press|statement|story) (?:said|says|reported|reports|confirmed)', 'according to (?:the )?(?:news|paper|gazette|reports?|press|statement|article|hospital\'s statement)', '(?:news|press) reports?',
  // Pay that the organization itself publishes with a job opening.
  'posted (?:\\S+ ){0,2}(?:salary|pay|wage)', 'careers? (?:page|site)', 'job (?:posting|listing|ad)s?', '(?:contract|travel|agency|strike) (?:\\S+ )?postings?',
  // Figures in a made-up example are nobody's real numbers.
  'made[- ]up example', 'hypothetical(?:ly)?', 'for example', 'say you',
];

/**
 * Work around a one-word codename that opens a sentence ("Bluebird training starts Monday"),
 * where its capital letter no longer tells it from the everyday word ("Bluebird sighting").
 */
export const CODENAME_CONTEXT: readonly string[] = [
  'project', 'kick-?off', 'go-?live', 'roll-?out', 'launch(?:es|ing)?', 'training', 'team', 'meetings?', 'timeline', 'pushed', 'delayed', 'postponed', 'happening', 'update', 'admin',
  'leadership', 'executives?', 'board', 'screens', 'system', 'vendor', 'contract', 'staff', 'floor', 'unit', 'rumou?rs?', 'announce\\w*',
  // Project-management words: a capitalized codename beside them is the project, not the everyday word.
  'cut-?over', 'scheduled', 'command cent(?:er|re)', 'migration', 'conversion', 'downtime', 'go live', 'build', 'testing', 'phase', 'wave', 'sprint', 'milestone', 'deadline', 'workstream', 'steering',
];

/**
 * A one-word codename written in lower case ("bluebird go-live", "heron update") is the project
 * beside these words of a project in its sentence; elsewhere ("a bluebird at the feeder") it is the bird.
 */
export const CODENAME_PROJECT: readonly string[] = [
  'project', 'kick-?off', 'go[- ]?live', 'goes live', 'roll-?out', 'launch(?:es|ing)?', 'timeline', 'cut-?over', 'migration', 'conversion', 'downtime', 'phase', 'wave', 'sprint', 'milestone',
  'workstream', 'steering', 'sandbox', 'super ?users?', 'logins?', 'training', 'trainers?', 'meetings?', 'rumou?rs?', 'rumou?r mill', 'goes through', 'go through', 'leadership', 'executives?', 'execs', 'boardroom', 'c-suite', 'due diligence', 'deal',
];

/** A time still ahead, which makes a plan unreleased news. */
export const FUTURE_TIME = '(?:next (?:week|month|quarter|year|spring|summer|fall|winter)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|starting (?:in )?\\S+|by (?:spring|summer|fall|winter|year-end|the end of the (?:month|year|quarter))|at the end of the (?:month|year|quarter))';

/** The organization, its people and its meetings: news about them, not about the writer's private life. */
export const ORG_SUBJECT = "(?:they(?:'re| are) not (?:telling|saying|sharing)|they (?:told|said)|co-?workers|(?:internal )?incident call|we're all|management|leadership|admin|administration|the hospital|the board|the system|hr|execs?|executives|c-suite|(?:staff |all-hands |downtime |leadership |department |budget )?meetings?|huddle|our (?:\\S+ )?(?:hospital|clinic|director|manager|ceo|cfo|department|dept|unit|system|company|practice))";

/** The writer places the news inside their organization. */
export const OWN_SIDE = "(?:our|we|we're|us|they're|they are|management|leadership|admin|the hospital|the system|the board|co-?workers|my (?:team|unit|department|dept|floor|job))";

/**
 * Insider winks: "off the record", "you didn't hear it from me", "can't say more", "hush hush",
 * "act surprised". Unlike a marker that names the record or says it is not public yet ("internal
 * only", "not signed yet", "saw it on the shared drive"), a wink makes a post confidential only
 * beside a non-public fact (NON_PUBLIC_FACT): alone it rides on crisis news, gossip or a
 * personal secret.
 */
export const INSIDER_WINK = "(?:(?:can'?t|cannot|can not) (?:say|share|talk)|didn'?t hear (?:it|this) from me|off the record|hush[- ]hush|on the down ?low|supposed to (?:know|say|share|tell|talk|see|have)|(?:don'?t|dont|do not) (?:tell|say|share|repeat)|between (?:us|you and me|me and you)|act surprised|not (?:\\S+ )?official|rumou?r (?:is true|confirmed)|not telling|keep (?:it|this) quiet|heard it (?:here|from me) first|leak)";

/**
 * The facts a secret is made of, beside an insider cue: money and percentages; the
 * organization's documents, meetings and the people who told ("IT said in huddle", "HR
 * confirmed", "the board approved"); plans and dates still ahead; pay, budgets, jobs; security.
 */
export const NON_PUBLIC_FACT: readonly string[] = [
  MONEY, '\\d+(?:\\.\\d+)? ?(?:%|percent|por ciento)',
  '(?:memo|deck|slides|spreadsheet|board (?:meeting|packet|vote)|budget|financials|revenue|numbers|raises?|salar(?:y|ies)|pay (?:grid|bands?|scale|cut)|layoffs?|laid off|let go|severance|bonus(?:es)?|merger|acquisition|buyout|due diligence|go-?live|rollout|codename|project|contingency plan)',
  // Who told, and where: the organization's own channels.
  "(?:huddle|all-staff|town hall|(?:staff|leadership|managers'?|downtime|closed) meeting|incident (?:call|report|review|command)|it (?:says|said|told|thinks|confirmed)|hr (?:says|said|told|confirmed|kept)|word from hr|facilities (?:says|said|told)|the board (?:approved|voted|signed)|told us (?:in|at|that)|told (?:the )?(?:charge nurses|managers|staff|us) (?:that|it's|its|the))",
  // Plans and dates still ahead.
  '(?:opening|launching|closing|closes|bringing|adding|teaming up|signing|moving|relocating|out of network) (?:\\S+ ){0,8}(?:next (?:month|quarter|year|spring|summer|fall|winter)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|fall|winter)|20\\d\\d)|by (?:spring|summer|fall|winter|year-end)|as of|20\\d\\d)',
  '(?:next (?:month|quarter|year|spring|summer|fall|winter)|by (?:spring|summer|fall|winter)) (?:\\S+ ){0,6}(?:opening|launch|close|closing|signing|deal|merger)',
  // Security details: backups, cameras, badges, doors.
  '(?:backups?|cameras?|badge (?:readers?|system)|vpn|door codes?)',
  '(?:getting|being|will be|to be|gonna be) (?:cut|eliminated|closed|outsourced|consolidated)', 'in (?:january|february|march|april|may|june|july|august|september|october|november|december)',
  '(?:presupuesto|despidos|aumento|salario|fusión|correo interno|va(?:n)? a (?:abrir|cerrar|mandar)|planos)',
  // A plan for the organization's people or places, still ahead.
  "(?:planning|plans?|going|gonna|about) to (?:\\S+ ){0,2}(?:hand|sell|close|merge|move|cut|outsource|replace|shut|eliminate|consolidate|fold|turn|buy|acquire|open|launch)",
];
