// Health information that is a shape rather than a word: lab values, positive/negative
// results, blood pressures, and hospital unit names such as "3 West" or "5W".
import type { Mention } from '../../doc';
import { mayMatch } from '../../text/regex-gate';

interface Pattern {
  kind: string;
  re: RegExp;
  confidence: number;
}

const LAB =
  'a1c|hba1c|glucose|blood sugar|sugars?|bp|blood pressure|potassium|k\\+?|sodium|hemoglobin|hgb|inr|troponin|trop|wbc|white count|platelets|(?<![-–/]\\s?|\\b(?:on|every|this|next|last|thru|through|to|and)\\s)sats?|o2 sats?|spo2|bmi|temp|creatinine|lactate|ldl|cholesterol|tsh|viral load|cd4|bili|bilirubin|ammonia|ketones|heart rate|pulse';

const PATTERNS: Pattern[] = [
  // "sugar was 412", "critical K of 7.8", "A1c 11.4", "sats in the 80s"
  { kind: 'test-result', confidence: 0.9, re: new RegExp(`\\b(?:${LAB})(?:\\s+(?:level|levels|reading|count))?\\s*(?:of|was|is|were|at|=|:|in the|came back|back at|up to|down to|dropped to|hit|over|under|around)?\\s*(?:a\\s+)?\\d[\\d.,/]*s?\\b`, 'gi') },
  { kind: 'test-result', confidence: 0.9, re: /\b(?:tested|came back|turned out|was|is|screened)\s+(?:positive|negative)\b|\bpositive for\b|\bcritical (?:value|lab|result|k|potassium)\b/gi },
  { kind: 'test-result', confidence: 0.8, re: /\b(?:bp|blood pressure)\s*(?:of|was|is|at)?\s*\d{2,3}\/\d{2,3}\b/gi },
  { kind: 'test-result', confidence: 0.8, re: /(?:\b(?:his|her|their|your|the|ur)|['’]s)\s+(?:labs?|results?|scans?|biopsy|imaging|pathology|x-?rays?|bloodwork|blood work)\s+(?:came back|showed|were|was|looked)\b/gi },
  // A lab read as good or bad without its number: "your cholesterol is borderline", "her kidney numbers are up".
  { kind: 'test-result', confidence: 0.8, re: new RegExp(`(?:\\b(?:his|her|their|your|ur)|['’]s)\\s+(?:(?:${LAB})|(?:kidney|liver|thyroid|sugar|blood|cell|platelet|iron|lab|cholesterol|white|red|vitamin [a-z]\\d?|hormone|protein|enzyme|cardiac)\\s+(?:numbers|levels|counts)|labs|bloodwork|blood work)\\s+(?:is|was|were|are|came back|come back|looked|looks|went|have been|has been|are still|is still)\\s+(?:a\\s+(?:bit|little)\\s+|still\\s+|way\\s+|really\\s+|finally\\s+)?(?:borderline|high|higher|low|lower|normal|elevated|up|down|better|worse|off|abnormal|clear|stable|perfect|improving|trending)\\b`, 'gi') },
  // A birth told in detail: a birth weight, labor, "born at 4:52", "made her grand entrance at 11:18"
  { kind: 'pregnancy', confidence: 0.8, re: /\b\d{1,2}\s?(?:lbs?|pounds?),?\s*\d{1,2}\s?(?:oz|ounces?)\b|\b(?:labou?red|pushed for|water broke|was induced|induction|born (?:at|on|via|by|early|just|this|last|yesterday|today)|(?:made|making) (?:his|her|their) (?:grand |big )?(?:entrance|arrival|debut))\b/gi },
  // The injury a small town hears about: "a motorcycle crash", "a house fire", "a hunting accident"
  { kind: 'condition', confidence: 0.8, re: /\b(?:motorcycle|motor vehicle|car|bike|bicycle|tractor|atv|snowmobile|boating|boat|hunting|farm|diving|trampoline|rollover|head-on|hit-and-run|house|apartment|kitchen|grease|chainsaw|logging|work|construction|skiing|climbing|horse|riding)\s+(?:crash|accident|wreck|fire|collision|explosion|injury|fall)\b|\b(?:rolled|flipped|crashed|wrecked) (?:his|her|their|a|the) (?:tractor|truck|car|atv|motorcycle|bike|snowmobile)\b/gi },
  // A result delivered in plain words: "her pap came back abnormal", "his scan showed a mass"
  { kind: 'test-result', confidence: 0.85, re: /\b(?:came|come|comes|coming) back (?:abnormal|malignant|cancerous|positive|suspicious|concerning|as (?:cancer|malignant|stage \w+))\b|\b(?:scan|ct|mri|x-?ray|ultrasound|mammogram|biopsy|imaging|labs?|pap|results?)\s+(?:showed|shows|found|revealed|confirmed)\s+(?:a|an|the|some|multiple|two|three|several)?\s*(?:[\w-]+\s+){0,2}(?:mass|masses|tumou?rs?|lesions?|nodules?|bleed|fracture|clot|cancer|spots?|shadow|blockage)\b/gi },
  // Death told gently: "passed this morning", "went to be with the Lord", "slipped away", "RIP"
  { kind: 'care-event', confidence: 0.85, re: /\bpassed (?:away|quietly|peacefully|comfortably|overnight|today|tonight|in (?:his|her|their) sleep|(?:early )?(?:this|last) (?:morning|night|evening|afternoon))\b|\b(?:went|gone|called) (?:home )?to be with (?:the Lord|Jesus|God|(?:his|her|their) (?:wife|husband|maker|savior|saviour))\b|\b(?:went|gone|called) home to (?:the Lord|Jesus|glory|heaven)\b|\bslipped away\b|\bgained (?:his|her|their) (?:angel )?wings\b|\b(?:took|breathed) (?:his|her|their) last(?: breath)?\b|\blost (?:his|her|their) (?:fight|battle)\b|\brest in peace\b/gi },
  { kind: 'care-event', confidence: 0.85, re: /\bR\.?I\.?P\b/g },
  // A reading said as a verb: "came in satting 79%", "sating in the 80s".
  { kind: 'test-result', confidence: 0.85, re: /\bsatt?ing\s+(?:in\s+the\s+)?\d{2,3}(?:%|s\b)?/gi },
  // A course of treatment, told by its verb: "just finished radiation", "her stint in rehab", "in for his heart again".
  { kind: 'procedure', confidence: 0.85, re: /\b(?:finish(?:ed|es|ing)?|start(?:ed|s|ing)?|doing|getting|undergoing|through|rounds? of|weeks of|course of|done with)\s+(?:(?:his|her|their|the)\s+)?(?:last\s+|first\s+|final\s+)?(?:radiation|rehab|infusions?|dialysis|chemo|immunotherapy|physical therapy|iv antibiotics)\b|\b(?:stint|stay|month|months|weeks?|days?|time)\s+(?:in|at)\s+(?:inpatient\s+)?rehab\b/gi },
  { kind: 'care-event', confidence: 0.8, re: /\b(?:is|he'?s|hes|she'?s|shes|was|they'?re|theyre)\s+(?:back\s+)?in\s+for\s+(?:his|her|their)\s+[\p{L}-]+/giu },
  { kind: 'pregnancy', confidence: 0.85, re: /\b(?:had|has had|just had)\s+(?:her|the|a|their)\s+(?:baby|twins|triplets|little one)\b/gi },
  // How far along: "she's 10 weeks along", "shes 10 weeks!!" (a count of weeks told of her, not of a course).
  { kind: 'pregnancy', confidence: 0.8, re: /\b\d{1,2}\s*(?:wks?|weeks)\s+along\b|\b(?:she'?s|shes|she is)\s+(?:only\s+|already\s+|like\s+)?\d{1,2}\s*(?:wks?|weeks)(?=\s*(?:!|\(|🤰|👶|🍼|$))/giu },
  // Carried to care ("taken to the medical center by ambulance", "tx to rmc code 3") and placed
  // on a unit ("was on my unit this week", "got admitted to your floor"): patient status itself.
  { kind: 'care-event', confidence: 0.8, re: /\b(?:taken|rushed|transported|airlifted|flown|life-?flighted|brought|carted|hauled)\s+(?:(?:off\s+)?to\s+[^.!?\n]{1,40}?\s+)?by\s+(?:ambulance|helicopter|life ?flight|ems|medics)\b|\b(?:tx|txp|transported)\s+to\s+[\w'’-]+/gi },
  { kind: 'care-event', confidence: 0.7, re: /\b(?:was|is|got|been|ended up|landed|came|went|were|gets|get)\s+(?:admitted\s+|put\s+)?(?:on|to|in|into|up to)\s+(?:my|our|your|the)\s+(?:unit|floor|ward|icu|nicu|picu|er|ed|service|cath lab|trauma bay|step-?down)\b/gi },
  { kind: 'pregnancy', confidence: 0.8, re: /\b(?:on|from|out on|back from|started|starting|begins?|going on)\s+(?:her\s+)?(?:maternity|paternity)\s+leave\b|\b(?:she'?s|she is|is|she was)\s+due\s+(?:in\s+\d+\s*(?:wks?|weeks|days|months)|(?:any day|next (?:week|month))|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/gi },
  // Life support and serious events of care
  { kind: 'procedure', confidence: 0.8, re: /\bon (?:a |the )?(?:vent|ventilator|life support|ecmo|bipap|high-flow)\b|\b(?:airlifted|life-?flighted|flown to (?:the |a )?[\w ]{0,20}(?:center|hospital|unit))\b/gi },
  { kind: 'care-event', confidence: 0.85, re: /\b(?:med(?:ication)?|medicine|dosing|drug|charting|surgical) (?:error|mistake|mix-?up)s?\b|\bwrong (?:[\w-]+ )?(?:dose|med|meds|medication|patient|site|leg|arm|side|insulin|drug|blood|blood type|unit of blood|eye|kidney|implant|procedure)\b|\bdid(?:n't| not) make it\b|\bwe (?:lost|couldn't save) (?:him|her|them)\b(?!\s+[a-z]+(?<!this|last|at|on|in|today|tonight|after|early|around|overnight)\b)|\b(?:lost|losing) (?:our|my|a|the) (?:[\w-]+ )?(?:patient|pt|lady|guy|man|woman|gentleman|kid|girl|boy|baby|resident)\b/gi },
  // Something done to a part of someone's body: "got her hip replaced", "had his gallbladder removed",
  // "getting his knee scoped". A possessive names whose body, the participle says it was care.
  { kind: 'procedure', confidence: 0.8, re: /\b(?:got|had|getting|having|gets|has|needs|needed|is having)\s+(?:his|her|their|your)\s+(?:left\s+|right\s+|other\s+|bad\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:replaced|removed|amputated|repaired|reattached|drained|scoped|set|pinned|casted|stitched(?: up)?|stapled|biopsied|x-?rayed|rebuilt|fused|reconstructed|operated on)\b/gi },
  // An operation named by its surgical ending ("a sigmoidectomy", "her cholecystectomy", "bowel
  // resection", "a tracheotomy"): the lexicon cannot list every organ, the ending says it is surgery.
  { kind: 'procedure', confidence: 0.85, re: /\b(?!(?:dich|trich)otom)[a-z]{3,}(?:ectom(?:y|ies)|otom(?:y|ies)|ostom(?:y|ies)|oplast(?:y|ies)|oscop(?:y|ies)|orrhaph(?:y|ies)|opex(?:y|ies))\b|\b(?:[a-z]+\s+)?resections?\b/gi },
  // A body part or a sense lost ("lost his leg to the sugar", "she lost her sight last year"), and a
  // numbered round of treatment told as someone's ("after her round 4", "his 3rd round"): care, not chance.
  { kind: 'condition', confidence: 0.8, re: /\b(?:lost|losing|lose|loses)\s+(?:his|her|their|your|a|the)\s+(?:left\s+|right\s+|other\s+|lower\s+)?(?:leg|legs|foot|feet|toes?|arm|arms|hand|fingers?|eye|eyes|sight|eyesight|vision|hearing|kidney|breast|breasts)\b(?!\s+(?:keys|glasses|phone|ring|bag|wallet))/gi },
  { kind: 'procedure', confidence: 0.6, re: /\b(?:his|her|their|your)\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|last|final|next)\s+round|round\s+(?:#\s?)?\d{1,2})\b(?!\s+(?:of\s+(?!chemo|radiation|treatment|immuno|infusion)|draft|pick|interview|golf|drinks|shots|applause|edits|cuts|layoffs))/gi },
  // A post-op day in clinical shorthand: "POD4", "post-op day 2".
  { kind: 'care-event', confidence: 0.8, re: /\bPOD\s?#?\d{1,2}\b|\bpost[- ]?op day\s+\d{1,2}\b/g },
  // A session of care is care even when the therapy word alone is everyday ("his PT session")
  { kind: 'procedure', confidence: 0.8, re: /\b(?:pt|ot|physical therapy|occupational therapy|speech therapy|rehab|dialysis|chemo|infusion|therapy|counseling|radiation|wound care)\s+(?:session|appointment|visit|treatment)s?\b/gi },
  // Unit names: "3 West", "4 North", "5W", "6 South team"; capitalized, so "3 west of here" is not one.
  { kind: 'care-setting', confidence: 0.7, re: /\b\d{1,2}\s?(?:West|East|North|South|W|E|N|S)\b(?![-\w])|\b\d{1,2}[WENS](?=-\d)/g },
];

/** Pattern mentions in one sentence, offsets relative to it. */
export function matchPatterns(text: string): Mention[] {
  const out: Mention[] = [];
  for (const p of PATTERNS) {
    if (!mayMatch(p.re, text)) continue;
    for (const m of text.matchAll(p.re)) {
      out.push({ layer: 'health', kind: p.kind, start: m.index, end: m.index + m[0].length, confidence: p.confidence, value: m[0] });
    }
  }
  return out;
}
