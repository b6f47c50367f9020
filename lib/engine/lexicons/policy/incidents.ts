// Unfolding incidents at an organization, and the talk that speculates about them.
// Regex sources, case-insensitive, matched on word boundaries.

export const INCIDENTS: readonly string[] = [
  'outages?', 'ransom(?: note| demand|ware)?', '(?:data|security|privacy) breach(?:es)?', 'the breach', 'ransomware', 'cyber-? ?attacks?', '(?<!(?:heart|panic|asthma|anxiety|migraine|gout) )attacks?', 'hack(?:ed|ers?)', 'got hacked', 'malware',
  '(?:systems?|network|computers|servers?|the ehr|email|e-prescribing|pacs|the portal|phones) (?:is |are |has been |have been |went |was |were |still )?(?:down|offline)',
  'outbreaks?', 'contaminat(?:ed|ion)', 'legionella', 'legionnaires', 'e\\.? ?coli', 'mold in', '(?:bacteria|mold|contamination|legionella|e\\.? ?coli) in (?:the |our )?(?:\\S+ ){0,3}(?:water|pipes|taps|sinks|ice machines?|vents|ducts|showers|fountains)', 'boil(?:-water)? (?:notice|order|advisory)',
  'walk-?outs?', 'picket(?: line|s|ing)?', 'strike (?:vote|notice|date)', 'going on strike', '(?:class[- ]action|lawsuits?|sued|suing)',
  '(?:death|police|state|federal|fbi|doj|oig) investigation', 'investigat(?:ing|ion into) (?:the |a )?(?:death|deaths|incident)', 'under investigation', 'being investigated', 'sentinel event', '(?:a |the )?(?:patient|someone|somebody|baby|resident) died (?:after|because|from|in)', 'fbi', 'raided', 'evacuat(?:ed|ion|ing)', 'lockdown', '(?:active )?shooter', 'recall(?:ed)?',
  // The same incidents in everyday words: how staff describe them without naming them.
  'lawyer(?:ing|ed|s)? up', '(?:hired|hiring|getting|got|called|calling) (?:a |an |their |her |his )?(?:lawyer|attorney)s?', 'going to sue',
  'union vote', "(?:it's|its|it is) the water", '(?:keep|kept|keeps|are|were) testing the (?:faucets|taps|sinks|water|pipes|fountains|showers)', "(?:we're|we are|we'll be|we will be|nurses are|they're|they are|staff are) striking(?! (?:resemblance|similarity|contrast|example|colou?rs?|views?|images?))", 'looking into (?:it|the death|what happened)', 'picket signs?', 'see you on the (?:picket )?line', '(?:come|coming|came|get|go|going|went) back to the (?:bargaining )?table', '\\d+% voted (?:yes|to strike|for a strike|to authorize)', 'voted to (?:strike|authorize a strike)',
  'paper everything', "(?:can't|cannot|can not|couldn't) (?:see|pull up|access|open) (?:\\S+ )?(?:orders|charts?|results|labs|records|the ehr|the emr|imaging)", '(?:run|ran|done|being run|being done) by (?:phone|hand|runner)', 'day \\d+ of (?:the )?(?:outage|downtime|paper|no (?:ehr|emr|computers|systems))', "they walk(?= if| out| off)", "(?:we|we'll|we will|nurses will|they'll|they will|we're going to|we are going to) walk(?=[,.!?;]|$| out| off| if| on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))", 'walk(?:ing|ed)? off the job', 'walk(?:ing|ed)? out(?=[,.!?;]|$| no | if | tomorrow| on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
  '(?:water|environmental|pipe|tap|sink|fountain|ice machine) (?:samples?|tests?|cultures?|swabs?) (?:\\S+ ){0,5}positive', 'flush(?:ing|ed|es)? (?:out )?(?:the |all the )?(?:water )?(?:pipes|lines|taps|faucets)',
  '(?:told|asked) not to (?:use|drink from|touch) (?:the )?(?:sinks?|water|taps|faucets|fountains?|showers?)', '(?:don\'t|do not) drink the water',
  '(?:state|federal|county|police) (?:investigators|inspectors|detectives)', 'the (?:patient|baby|man|woman|kid|child|resident) who died',
  'locked (?:up )?(?:our|the|all (?:our|the)) (?:servers|systems|files|computers|network|records)', 'on paper charts', '(?:writing|doing|charting|documenting) (?:\\S+ ){0,2}by hand',
  '(?:without|no|lost) (?:\\S+ )?(?:ehr|emr|computer|system|network|email|chart(?:ing)?) access', '(?:info|information|data|records|ssns?) (?:got |was |were )?(?:stolen|taken|leaked|exposed) in the',
  'spreading (?:through|across|around) (?:the |our )?(?:unit|floor|ward|hospital|building|nursery|clinic|icu|nicu)',
  // The hack by a pointing word ("this hack", "the whole hack thing"), and in Spanish.
  '(?:this|the|that|whole) hack', 'hackeo', 'hackers', 'ataque (?:cibern[eé]tico|inform[aá]tico)', 'huelga', 'legionel+a',
];

/** Everyday senses of a crisis word, read just after it ("the strike of the clock", "a strike of luck"). */
export const EVERYDAY_SENSE = '^\\s+(?:of\\s+(?:the\\s+)?(?:clock|midnight|noon|the hour|lightning|luck|genius|inspiration|a match|the bell|dawn)|a\\s+(?:pose|chord|balance|nerve|match))';

/** The incident is somewhere else: news about other organizations is not the writer's to hold back. */
export const ELSEWHERE: readonly string[] = [
  'in another (?:state|city|town|country|system)', 'out of state', 'another hospital', 'elsewhere', 'across the country', 'nationwide', 'around the country', 'other (?:hospitals|health systems|systems|organizations)',
  '(?:watched|read|saw) (?:the |a )?(?:news|story|article|documentary|report) about', '(?:watching|following|reading) (?:the )?(?:coverage|news|reports?) (?:of|about|on)',
];

/** Hearsay and speculation: the writer passes on what is not confirmed. */
export const SPECULATION: readonly string[] = [
  'hearing', 'i heard', '(?:^|[.!?] )heard (?:a|an|the|about|some|there)', 'heard (?:it |this )?(?:that|from)', 'pretty sure', 'gonna be a mess', 'rumou?r(?:s|ed)?', 'apparently', 'word is', 'supposedly', 'might (?:have|be)', 'may have', 'i think', 'i bet',
  'anyone else (?:think|notice|hear|hearing|connecting)', 'wouldn\'t be surprised', 'not surprised', 'connecting the dots', 'just asking', 'keeping it quiet', 'won\'t tell us',
  'not telling (?:us|anyone|people)', 'they(?:\'re| are) saying', 'nobody knows', 'way more than', 'is not (?:maintenance|routine)', 'isn\'t (?:maintenance|routine)',
  'the real reason', 'is it true', '(?:nobody|no one) (?:is |will |wants to |(?:is|are) going to )?tell(?:s|ing)? (?:us|staff|anyone|people)', 'cover(?:ing)? it up', 'what they\'re not telling',
];

/** The writer places the incident at their own workplace. */
export const OWN_PLACE: readonly string[] = [
  'our (?:hospital|unit|floor|clinic|nicu|picu|or|ward|department|practice|office|systems?|network|it|ed|er|icu|lab|pharmacy|patients|building|campus|water|records|portal|servers?|computers|ehr|emr|charts|phones|email|pipes|sinks|taps|nurses|staff|techs|docs|doctors)', 'we(?:\'re| are| were|\'ve| have)',
  'here at', 'at work', 'pray for us', 'send (?:help|coffee|snacks|food|prayers)', '(?:the|our) union', 'the (?:\\S+ )?(?:hospital|floor|unit|icu|ed|er|clinic|lab)', 'where i work', 'my (?:hospital|unit|floor|clinic|job|work)', 'the hospital', 'admin', 'management', 'leadership',
];

/** Words of work in a hospital: with them, an everyday word such as "strike" is about the workplace. */
export const WORKPLACE_WORDS: readonly string[] = [
  'nurses?', 'union', 'solidarity', 'staffing', 'ratios', 'patients?', 'units?', 'shifts?', 'hospital', 'clinic', 'admin', 'management', 'coworkers?', 'colleagues?', 'staff', 'floor', 'at work',
  'our', 'we', 'us', 'electives?', 'internal (?:email|memo|update)', 'payroll', 'appointments?', 'visits?', 'charting', 'on paper', 'downtime', 'pharmacy', 'labs?', 'orders',
  'radiology', 'imaging', 'rehab', 'preceptor', 'clinicals', 'birth center', 'med center', 'icu',
  // The same in Spanish.
  'enfermeras?', 'sindicato', 'pacientes?', 'cl[ií]nica', 'turnos?', 'pisos', 'nosotr[oa]s', 'trabajo', 'gerencia', 'di[aá]lisis',
];
