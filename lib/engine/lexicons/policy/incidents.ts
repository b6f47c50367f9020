// Unfolding incidents at an organization, and the talk that speculates about them.
// Regex sources, case-insensitive, matched on word boundaries.

export const INCIDENTS: readonly string[] = [
  'outages?', '(?:data|security|privacy) breach(?:es)?', 'the breach', 'ransomware', 'cyber-? ?attacks?', '(?<!(?:heart|panic|asthma|anxiety|migraine|gout) )attacks?', 'hack(?:ed|ers?)', 'got hacked', 'malware',
  '(?:systems?|network|computers|servers?|the ehr|email|e-prescribing|pacs|the portal|phones) (?:is |are |has been |have been |went |was |were |still )?(?:down|offline)',
  'outbreaks?', 'contaminat(?:ed|ion)', 'legionella', 'legionnaires', 'e\\.? ?coli', 'mold in', 'boil(?:-water)? (?:notice|order|advisory)',
  'walk-?outs?', 'picket(?: line|s|ing)?', 'strike (?:vote|notice|date)', 'going on strike', '(?:class[- ]action|lawsuits?|sued|suing)',
  '(?:death|police|state|federal|fbi|doj|oig) investigation', 'investigat(?:ing|ion into) (?:the |a )?(?:death|deaths|incident)', 'under investigation', 'being investigated', 'sentinel event', '(?:a |the )?(?:patient|someone|somebody|baby|resident) died (?:after|because|from|in)', 'fbi', 'raided', 'evacuat(?:ed|ion|ing)', 'lockdown', '(?:active )?shooter', 'recall(?:ed)?',
];

/** Hearsay and speculation: the writer passes on what is not confirmed. */
export const SPECULATION: readonly string[] = [
  'hearing', 'i heard', 'heard (?:that|from)', 'rumou?r(?:s|ed)?', 'apparently', 'word is', 'supposedly', 'might (?:have|be)', 'may have', 'i think', 'i bet',
  'anyone else (?:think|notice|hear|hearing|connecting)', 'wouldn\'t be surprised', 'not surprised', 'connecting the dots', 'just asking', 'keeping it quiet', 'won\'t tell us',
  'not telling (?:us|anyone|people)', 'they(?:\'re| are) saying', 'nobody knows', 'way more than', 'is not (?:maintenance|routine)', 'isn\'t (?:maintenance|routine)',
  'the real reason', 'is it true', 'nobody (?:is )?tell(?:s|ing) (?:us|staff|anyone)', 'cover(?:ing)? it up', 'what they\'re not telling',
];

/** The writer places the incident at their own workplace. */
export const OWN_PLACE: readonly string[] = [
  'our (?:hospital|unit|floor|clinic|systems?|network|it|ed|er|icu|lab|pharmacy|patients|building|campus|water|records|portal)', 'we(?:\'re| are| were|\'ve| have)',
  'here at', 'at work', 'the (?:\\S+ )?(?:hospital|floor|unit|icu|ed|er|clinic|lab)', 'where i work', 'my (?:hospital|unit|floor|clinic|job|work)', 'the hospital', 'admin', 'management', 'leadership',
];

/** Words of work in a hospital: with them, an everyday word such as "strike" is about the workplace. */
export const WORKPLACE_WORDS: readonly string[] = [
  'nurses?', 'union', 'solidarity', 'staffing', 'ratios', 'patients?', 'units?', 'shifts?', 'hospital', 'clinic', 'admin', 'management', 'coworkers?', 'colleagues?', 'staff', 'floor', 'at work',
  'our', 'we', 'us', 'electives?', 'appointments?', 'visits?',
];
