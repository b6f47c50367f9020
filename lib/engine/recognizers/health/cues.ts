// Cues of a care relationship (layer 'cue'): the writer or the organization cared for the
// person the post talks about. They turn "a guy with a broken arm" into "a patient of ours".
import type { Mention } from '../../doc';
import { mayMatch } from '../../text/regex-gate';

interface Cue {
  kind: string;
  re: RegExp;
}

const CARER = '(?:nurse|doctor|doc|physician|surgeon|cardiologist|oncologist|therapist|counselor|pharmacist|provider|midwife|dentist|psychiatrist|psychologist|pcp|np|pa|tech|medic|paramedic|emt|caregiver|aide|cna)';
const PATIENT_NOUN = '(?:patient|pt|client|admit|consult|resident|kiddo|preemie|post-op|regular|frequent flyer|frequent flier)';
const FRIENDLY = '(?:favorite|favourite|sweetest|sweet|oldest|youngest|sickest|newest|new|little|first|last|frequent|long-term|longtime|former|current|post-op|sweet old|old)';

// "patient" followed by another noun is a modifier ("patient portal", "patient donation closet"),
// not a person: the next word must be punctuation, a function word, a verb or a name.
const FOLLOWS_PERSON = /^(?:\s*(?:[,.!?;:)'’\u2014-]|$)|\s+(?:in|on|at|with|who|who's|that|was|is|has|had|got|came|went|from|of|and|to|asked|said|told|needs|needed|will|would|did|does|died|passed|coded|fell|crashed|seized|bled|today|tonight|yesterday|now|too|this|just|finally|still|keeps|kept|again|i|we|he|she|they|my|our|for|since|named|whose)\b)/i;
const FOLLOWED_BY_NAME = /^\s+[A-Z]/;

const CUES: Cue[] = [
  // "my patient", "a pt", "our new admit", "my sickle cell pt", "the patient in room 4"; "the next admit" is nobody yet
  { kind: 'patient-ref', re: new RegExp(`\\b(?:my|our|a|an|the|this|that|one of (?:my|our))\\s+(?!next\\b)(?:${FRIENDLY}\\s+)?(?:[\\w-]+\\s+){0,3}?${PATIENT_NOUN}s?\\b`, 'gi') },
  { kind: 'patient-ref', re: /\b(?:[Pp][Tt]|[Pp][Tt][Ss])\b(?=\s+(?:with|who|in|on|s\/p|w\/|had|has|was|is|came|got|c\/o))|^\W*(?:[Pp]atient|[Rr]esident)\b(?=\s+(?:with|who|in|on|had|has|was|is|came|got|fell|died|coded|passed|pulled|left|went|tried))/g },
  // "the guy I treated", "a woman we saw last week": a person the writer cared for
  { kind: 'care-action', re: /\b(?:the|a|an|this|that|one)\s+(?:[\w-]+\s+)?(?:guy|man|woman|lady|gentleman|kid|girl|boy|teen|person|fella|mom|dad|veteran|vet|client|student|athlete|player|officer|soldier)\s+(?:i|we)\s+(?:treated|saw|cared for|took care of|looked after|admitted|discharged|intubated|coded|work with|worked with|counsel|counseled)\b/gi },
  // "we treated", "I delivered", "we admitted", "I intubated"
  { kind: 'care-action', re: /\b(?:we|i|our team|the team)\s+(?:just\s+|finally\s+|literally\s+)?(?:treated|saw (?:him|her|them)|admitted|discharged|delivered|intubated|extubated|coded|diagnosed|operated on|stitched up|scanned|transferred|triaged|resuscitated|cared for|took care of|sat with|held|walked|suctioned|sent (?:him|her|them) home|got (?:him|her|them) (?:to|into|back))\b/gi },
  { kind: 'care-action', re: /\b(?:came|rolled|walked|wheeled|was brought|got brought|showed up|checked)\s+(?:in|into|up to|to us|back in)\b|\bbrought (?:him|her|them) in\b|\bcame to us\b|\b(?:was|is|got) (?:admitted|seen|treated|transferred|discharged)\b|\b(?:was|is|were|came|been) in for\b|\b(?:brought|rushed|taken|transported|flown) to (?:the|our) (?:er|ed|icu|emergency (?:room|department)|hospital|trauma (?:bay|center))\b/gi },
  { kind: 'care-action', re: /\b(?:in|from|into|out of|left) our (?:own )?(?:er|ed|icu|nicu|picu|ccu|pacu|l&d|clinic|unit|waiting room|lobby|office|ward|care|trauma bay|pharmacy|hospital|cath lab|or|infusion center|emergency (?:room|department))\b|\bon our (?:unit|floor|service|ward)\b/gi },
  { kind: 'care-action', re: /\b(?:in|into) our (?:[\w-]+ )(?:icu|er|ed|unit|floor|ward|cath lab|trauma bay)\b|\bas (?:a|my|our) (?:patient|pt)\b|\b(?:x-?rayed|scanned|casted|splinted|sutured|stitched up|scoped|swabbed|intubated|sedated)\s+(?:the|a|an|our|my|his|her)\b/gi },
  // Hands-on work on someone: "filled a script for", "did an MRI on the", "pulled a woman out of"
  { kind: 'care-action', re: /\b(?:filled|dispensed|verified)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:script|prescription|rx|refill)s?\s+for\b|\b(?:did|ran|performed|read)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}on\s+(?:the|a|an|my|our)\b|\b(?:pulled|removed|fished|dug) (?:a|an|the|this) (?:[\w-]+\s+){0,3}(?:out of|from)\b|\b(?:came|went) through (?:triage|the er|the ed|our er|our ed)\b|\bwe worked (?:on )?(?:him|her|them)\b|\b(?:picked up|transported|responded to|ran on)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:man|woman|guy|lady|kid|boy|girl|teen|male|female|patient|pt)\b/gi },
  // The same in Spanish: "en mi unidad", "a nuestra clínica", "en mi piso".
  { kind: 'care-action', re: /(?<![\p{L}])(?:en|a|de)\s+(?:mi|nuestr[ao])\s+(?:unidad|piso|sala|cl[ií]nica|consultorio|hospital|turno)(?![\p{L}])/giu },
  // Seen somewhere care happens, for a reason: "in clinic today for his shoulder", "in the ER last night for chest pain"
  { kind: 'care-action', re: /\bin (?:clinic|the clinic|my clinic|our clinic|the office|my office|urgent care|the er|the ed|triage|pre-?op|post-?op|the cath lab|radiology|imaging)\s+(?:(?:today|tonight|yesterday|last night|this (?:morning|afternoon|week)|again)\s+)?for (?:his|her|their|a|an)\b/gi },
  // The outcome of care: "our ED team did everything they could", "we lost him"
  { kind: 'care-action', re: /\b(?:we|they|our (?:[\w&]+ )?team) did everything (?:we|they) could\b|\bwe (?:lost|couldn't save|could not save) (?:him|her|them|our|my|a|the)\b/gi },
  // "I'm her nurse", "as your cardiologist", "her surgeon"
  { kind: 'care-role', re: new RegExp(`\\b(?:i'?m|i am|as)\\s+(?:his|her|their|your)\\s+(?:\\w+\\s+)?${CARER}\\b`, 'gi') },
  // Second-person care in replies to reviews: "your visit", "your stay with us", "when you came in"
  { kind: 'visit', re: /\b(?:your|ur|yr) (?:(?:kids?|son|daughter|child|baby|husband|wife|partner|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather)['’]s\s+)?(?:(?:next|last|recent|first|\d+(?:st|nd|rd|th)|[\w-]+)\s+){0,2}(?:visit|stay|appointment|appt|procedure|surgery|operation|repair|reconstruction|replacement|biopsy|labs|bloodwork|colonoscopy|mammogram|ultrasound|complications|treatment|care|follow-?up|results|wait|recovery|test|tests|scan|exam|check-?up|cleaning|filling|crown|bridge|implant|extraction|epidural|labor|injection|infusion|session|adjustment|filler|shots?|x-?rays?|delivery|birth|diagnosis|prescription|meds|medication|bill|experience (?:at|with) (?:your|our))\b/gi },
  // A reviewer's family member's care: "your kids enjoyed their check-ups"
  { kind: 'visit', re: /\byour (?:kids?|son|daughter|child|children|little ones?|baby|husband|wife|partner|mom|dad|mother|father)\b[^.!?]{0,30}\b(?:their|his|her) (?:check-?ups?|visits?|appointments?|shots|vaccines?|physicals?|exams?|stay|surgery|procedure)\b/gi },
  { kind: 'visit', re: /\b(?:loved|enjoyed|great|nice|a pleasure|good to be)\s+(?:seeing|meeting|treating|caring for|taking care of)\s+(?:you|your)\b|\b(?:honou?red|privileged|glad|happy|blessed)\s+to\s+(?:have\s+)?(?:care[ds]? for|treat(?:ed)?|look(?:ed)? after|take care of|taken care of|help(?:ed)?|sit with)\s+(?:you|your)\b|\b(?:coming|came|come) (?:out )?to see your\b/gi },
  // Care done to the one addressed, told in the second person: "the cream we gave you", "when we
  // sent you home", "you were seen by Dr. Pell", "you no-showed twice", "you were only 3cm".
  { kind: 'visit', re: /\b(?:we|i|they|he|she|the doc(?:tor)?|dr\.?\s+[A-Z][\p{L}'-]+|our (?:team|staff|nurses?|doctors?|providers?|hygienists?|techs?))\s+(?:[a-z]+ly\s+|just\s+)?(?:gave|give|sent|prescribed|put|started|saw|treated|admitted|discharged|stitched|scoped|examined|delivered|pulled|took|kept|moved|referred|numbed|cleaned|fitted|x-?rayed|scanned|drew|tested|vaccinated|injected|sedated|splinted|casted|intubated|transported|picked)\s+(?:you|u|ya)\b(?!\s+(?:know|guys|all|a (?:call|discount|refund|coupon|gift))\b)/giu },
  { kind: 'visit', re: /\b(?:you|u)\s+(?:were|was)\s+(?:(?:only|already|just|still|barely)\s+)?(?:seen|treated|admitted|discharged|prescribed|diagnosed|referred|sedated|intubated|in (?:the chair|labor|surgery|recovery|triage|our (?:er|ed|clinic|office|care|unit))|\d+\s?(?:cm|centimeters)\b)|\b(?:you|u)\s+(?:no-?showed|no showed|missed (?:your|two|three|\d|several)|came back (?:in|the next|to deliver|with)|checked in|left (?:ama|against)|delivered|gave birth|pushed)\b/gi },
  { kind: 'visit', re: /\bwhen you (?:came in|were here|were in|visited|stayed|were seen|were admitted)\b|\bsee you (?:at|for) your\b|\bthe night you came in\b|\bglad (?:we|our team|dr\.? \w+) (?:could|got|was able to)\b/gi },
];

/** Cue mentions in one sentence, offsets relative to it. */
export function matchCues(text: string): Mention[] {
  const out: Mention[] = [];
  for (const c of CUES) {
    if (!mayMatch(c.re, text)) continue;
    for (const m of text.matchAll(c.re)) {
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (c.kind === 'patient-ref' && !FOLLOWS_PERSON.test(rest) && !FOLLOWED_BY_NAME.test(rest)) continue;
      out.push({ layer: 'cue', kind: c.kind, start: m.index, end: m.index + m[0].length, confidence: 0.8, value: m[0] });
    }
  }
  return out;
}
