// Hedges: words that mark a claim as opinion, possibility or hearsay rather than fact.
export const HEDGES: readonly string[] = [
  'i think', 'i believe', 'i feel like', 'i suspect', 'in my opinion', 'imo', 'imho', 'my opinion', 'seems? (?:like|to)',
  'might', 'may', 'maybe', 'perhaps', 'possibly', 'probably', 'could be', 'apparently', 'reportedly', 'allegedly',
  'rumou?r(?:s|ed)?', 'i heard', 'heard (?:from|that)', 'hearing', 'word is', 'supposedly', 'not sure', 'i guess', 'i wonder',
];

// Sending the reader to their clinician is a hedge; asking the clinician for a product by name,
// for a dose, or to be put on or switched to it, is a sales line or advice ("ask your doctor for it by name").
const ASK_YOUR_CLINICIAN = "ask (?:your|ur) (?:doctor|doc|pharmacist|clinician|care team|provider)(?! (?:for|about) (?:\\S+ ){0,3}by name| for (?:it|them|this|that|one)\\b| for (?:the |a |an )?\\d+(?:\\.\\d+)? ?(?:mg|mcg|ml|units?|iu)\\b| to (?:switch|put|start|get) (?:you|u)\\b)";

/** Hedges that send the reader to their own clinician: they soften advice to anyone. */
export const REFERRAL_HEDGES: readonly string[] = ['talk (?:to|with) your', ASK_YOUR_CLINICIAN, 'check(?:ing)? with your', 'not (?:medical )?advice'];

/** Hedges that soften a health claim into education ("may help", "for some people"). */
export const HEALTH_HEDGES: readonly string[] = [
  'may', 'might', 'can help', 'could', 'for some people', 'some people', 'for some', 'evidence is (?:mixed|limited|weak)',
  'studies suggest', 'research suggests', 'associated with', 'talk (?:to|with) your', ASK_YOUR_CLINICIAN,
  'check(?:ing)? with your', 'not (?:medical )?advice', 'lower(?:s)? (?:your|the) risk', 'reduce(?:s)? (?:your|the) risk', 'in most cases',
  'most people', 'many people', 'usually', 'typically', 'rarely', 'doesn\'t guarantee', 'no guarantee', 'isn\'t a cure', 'is not a cure', 'not a cure',
];

/** The writer reports or debunks a claim rather than making it ("if a supplement claims it cures everything"). */
export const SKEPTIC_MARKERS: readonly string[] = [
  // Reported claims ("claims that it cures", "claiming to reverse"), not insurance claims or "I promise".
  '(?:claims?|claimed|claiming) (?:that|to|it|they|this|these|its|their)', "(?<!\\b(?:i|we|i'll|i can) )promis(?:e|es|ing) (?:to|that|no|zero|a|an|results|relief|miracle)", 'skeptical', 'beware', 'be wary', 'wary of', '(?:careful|cautious) (?:with|of|about)', 'red flags?', 'myths?', 'too good to be true',
  '(?:don\'t|do not|never) (?:believe|trust) (?:anyone|anything|ads|products)', 'watch out for',
  // The evidence is said to be missing ("no study shows it cures", "not proven to prevent").
  'no (?:good |real |solid |published |scientific )?(?:study|studies|evidence|research|trials?|data|proof) (?:\\S+ )?(?:shows?|showed|proves?|proved|suggests?|that|supports?|says?)',
  "(?:there is|there's|there isn't|there is not) (?:no |any )?(?:good |real |solid |scientific )?(?:evidence|proof|research)", 'unproven', 'debunk(?:ed|s|ing)?',
  "(?:not|never|isn't|is not|hasn't been|has not been|haven't been|have not been) (?:been )?(?:proven|shown|demonstrated) to", 'no scientific (?:basis|support)',
];
