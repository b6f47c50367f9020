// Accuracy claims for devices and tests: no screening test or wearable is perfect, so saying one
// never misses ("100% accurate", "catches every episode, zero misses") or beats the standard test
// ("more accurate than a mammogram", "caught it before any doctor did") is a claim beyond the
// evidence, the kind regulators act on for devices. The claim needs a device or test in the
// sentence, or a product named there; a clinician's skill or a lab's turnaround is not this.
import type { DocSentence } from '../../doc';
import { gated } from '../../text/regex-gate';
import { wordClasses } from '../../lexicons/wordnet';
import { bareWord } from '../shared/bare-word';

// What a device or a test is called, whatever its brand.
const DEVICE = /\b(?:monitors?|watch(?:es)?|smartwatch(?:es)?|rings?|patch(?:es)?|sensors?|kits?|tests?|apps?|devices?|scanners?|wearables?|trackers?|meters?|cgms?|pumps?|gadgets?|screenings?|scans?|thermography|panels?|strips?|cuffs?|oximeters?|band|bands)\b/i;
// Never wrong: perfect accuracy, no misses, every case caught.
const PERFECT = gated(/\b(?:(?:100 ?%|a hundred percent|completely|totally|perfectly|always|fully|entirely|literally|basically) (?:accurate|precise|reliable|right|correct)|never (?:misses|missed|wrong|gets it wrong|needs? (?:calibrat\w+|a finger ?stick))|(?:zero|no|0) (?:misses|false (?:positives?|negatives?|alarms?)|missed (?:cases|episodes|cancers))|catch(?:es)? (?:every|each|all) (?:single )?(?:one|episode|case|cancer|tumou?r|stroke|heart attack|arrhythmia|afib|apnea|event|problem|time)s?|(?:catches|detects|finds|spots|flags) (?:100 ?%|all) of)\b/i);
// Better than the standard test or the clinician who reads it.
const STANDARD = String.raw`(?:mammograms?|biops(?:y|ies)|colonoscop(?:y|ies)|pap (?:smears?|tests?)|blood (?:tests?|work|draws?)|lab (?:tests?|draws?|work)|labs?|finger ?sticks?|ekgs?|ecgs?|mris?|ct(?: scans?)?|x-?rays?|ultrasounds?|a1cs?|pcr|psa(?: tests?)?|holters?|sleep stud(?:y|ies)|(?:any |a |the |your )?(?:doctors?|docs?|cardiologists?|radiologists?|dermatologists?|physicians?|specialists?))`;
const BEATS = gated(new RegExp(String.raw`\b(?:more (?:accurate|reliable|precise|sensitive)|catches more|finds more|detects more|better at (?:catching|detecting|finding|diagnosing|spotting))(?: \S+){0,3}? than (?:a |an |the |any |your |my |regular |traditional |old-school )?${STANDARD}\b|\b(?:as accurate as|just as (?:accurate|good|reliable) as) (?:a |an |the |your )?${STANDARD}\b|\b(?:caught|catches|catch|detected|detects|found|finds|spotted|spots|diagnosed|diagnoses) (?:\S+ ){0,4}before (?:any|a single|my|your|the) (?:\S+ )?(?:doctors?|docs?|tests?|labs?|cardiologists?|physicians?|specialists?|ekgs?|scans?)(?: (?:did|could|ever did|would have))?`, 'i'));

// Words that make a device's reading clinical (a fitness tracker's step count is not).
const CLINICAL = /\b(?:cardiac|heart|blood|glucose|sugars?|insulin|a1c|cancers?|tumou?rs?|afib|a-fib|arrhythmias?|apnea|strokes?|diabet\w*|bp|oxygen|o2|seizures?|fever|infection|covid|flu|strep|uti|pregnan\w*|ovulation)\b/i;
// A claim with its source ("per the ADA", "studies show") reports evidence rather than outrunning it.
const SOURCED = /\b(?:per (?:the )?\S+|according to|stud(?:y|ies) (?:show|found|suggest)|research (?:shows|found|suggests)|guidelines?|guidance|fda[- ](?:cleared|approved)|sensitivity of|specificity)\b/i;
// A denial in the clause before the claim ("no home test is more accurate than a lab draw").
const DENIED = /\b(?:no|not|never|nothing|none|nobody|isn't|aren't|doesn't|don't|won't|can't|cannot)\b[^,;:.!?]*$/i;

/**
 * Accuracy claims in one sentence; `productIn`: a pack product or brand is named in it or just
 * before; `health`: the sentence is about health (a condition or a clinical test), not step counts.
 */
export function accuracyClaims(s: DocSentence, productIn: boolean, health: boolean): { start: number; end: number }[] {
  if ((!productIn && !DEVICE.test(s.text)) || SOURCED.test(s.text)) return [];
  if (!health && !CLINICAL.test(s.text) && !s.tokens.some((t) => wordClasses(bareWord(t)).some((c) => c === 'illness' || c === 'body-part' || c === 'procedure'))) return [];
  const out: { start: number; end: number }[] = [];
  for (const re of [PERFECT, BEATS]) {
    const m = re.exec(s.text);
    if (m && !DENIED.test(s.text.slice(0, m.index))) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  return out;
}
