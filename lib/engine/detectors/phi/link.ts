// Ties identifiable people to health facts: the same sentence, or a nearby one that refers back
// with a pronoun; addressed people through "you/your". Clinicians need a stronger tie (their
// own health, "her heart attack"), because their work is full of other people's health words.
import type { Doc } from '../../doc';
import { healthIn, type Cue, type Fact } from './facts';
import { NOT_INITIALS } from '../../recognizers/identifiers/name-cues';
import { bedActs, bedIsFurniture } from './bed-subject';
import { personalNewsSentences } from './personal-news';
import { toldOfReader } from './review-reply';
import { STRONG_SUBJECTS, type Subject } from './subjects';
import { gated } from '../../text/regex-gate';
import { SentenceIndex } from './sentence-index';
import { actsOnFact } from './agent-act';

export interface Link {
  subject: Subject;
  /** Other identifiers about the same person nearby (dates, ages, rooms, places). */
  attributes: Subject[];
  facts: Fact[];
  cues: Cue[];
  /** A possessive or an experiencer verb ties the fact to the person ("his CT", "diagnosed with"). */
  tight: boolean;
}

// Words that refer back to a person told about nearby.
// (Typed without the apostrophe too: "hes back in", "shes home".)
const PRONOUN = /\b(?:he|she|him|his|her|hers|they|them|their|he's|she's|they're|hes|shes|theyre|patient|pt)\b|\bthis (?:woman|man|guy|lady|kid|girl|boy|gentleman|one|little one)\b/i;
const SECOND_PERSON = /\b(?:you|your|you're|you've|ur|yr)\b/i;
const OTHER_ANCHOR = /\b(?:my|our (?:own )?(?:mom|dad|son|daughter|family))\b/i;
// Telling someone what to do with their treatment ("stop the metformin", "get off the lexapro",
// "your dad should come off the Eliquis", "she doesn't need the second dose", "deja la amoxicilina"):
// advice, a medical-claims matter, not a disclosure, unless a care relationship is told too.
const TELL_TO_STOP = String.raw`\b(?:stop|quit|skip|ditch|halve|drop|deja|dejar)\s+(?:taking\s+|using\s+|with\s+)?(?:the|your|ur|that|those|her|his|all|la|el|las|los)\b|\b(?:get|come|go|getting|coming|going)\s+off\s+(?:of\s+)?(?:the|your|ur|that|those|her|his|it)\b|\bdouble up\b|\b(?:doesn'?t|don'?t|does not|do not|won'?t)\s+need\s+(?:the|a|an|that|those|any|to|surgery|meds|it)\b|\bsave (?:her|him|them|yourself) the\b|\b(?:i'?d|i would)\s+(?:honestly\s+|just\s+|definitely\s+)?(?:stop|skip|switch|ditch|drop|cut|lower|try|swap|take)\b|\bno se (?:tome|tomes|ponga)\b|\b(?:don'?t|do not)\s+(?:you\s+)?(?:let them|take|bother|give|use|start|get)\b|\bask (?:your|ur|yr) (?:doc|doctor|dr|provider|pcp|pharmacist|ob|obgyn|endo|derm|[\w-]+(?:ist|ian))\b|\b(?:double|halve|cut|lower|raise|increase|decrease|up|taper|wean)\s+(?:off\s+)?(?:the|your|ur|that|her|his)\s+(?:[\w-]+\s+)?(?:dose|dosage|meds|medication|pills?)\b|\b(?:i'?d|i would)\s+(?:honestly\s+|just\s+)?(?:double|halve|increase|decrease|taper|wean)\b`;
// (Words between a possessive and the fact must not be verbs: "her charting meds" is not hers.
// A quote mark is no possessive: "keeps 'losing' the post-op notes"; "her 'minor' surgery" is hers.)
const TIGHT_BEFORE = /(?:\b(?:est[aá]|estaba|estuvo|sigue|segu[ií]a|lleva|llevaba|qued[oó]|sali[oó])\s+(?:[\wáéíóúñ]+\s+){0,3}|\b(?:le|les)\s+(?:pusieron|hicieron|dieron|encontraron|quitaron|sacaron|detectaron|diagnosticaron|operaron|van\s+a\s+(?:poner|hacer|dar|quitar|operar))\s+(?:(?:el|la|los|las|un|una|algo|otra?)\s+)?(?:[\wáéíóúñ]+\s+){0,2}|\b(?:empieza|empez[oó]|comienza|comenz[oó]|termin[oó]|inici[oó])\s+(?:(?:el|la|su|sus|con|con\s+la|con\s+el)\s+)?(?:[\wáéíóúñ]+\s+){0,1}|\b(?:his|her|their|your)\s+(?:(?![\w-]*ing\s)['’"“]?[\w-]+['’"”]?\s+){0,3}|\b(?:he|she|they|hes|shes|theyre|he['’]s|she['’]s|they['’]re)\s+(?:\w+\s+){0,3}|\b(?:has|had|have|with)\s+(?:a\s+|an\s+)?|(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}|\b(?:got|was|is|been)\s+|\b(?:is|was|'s|been|be|now|still)\s+(?:getting|having|receiving|undergoing|on)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?|\b(?:doing|getting|having|undergoing|finishing|going through|in the middle of|out on (?:\w+\s+)?leave for)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:(?:round|rounds|cycle|course)\s+(?:\w+\s+)?(?:of\s+)?)?|\b(?:diagnosed with|recover(?:ing)? from|back in|in for|out for|in with|came in with|starts?|started|finished|battling|fighting|living with|suffering from|survived|lost|on|after|since|for)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2})$/i;
const ADVICE = gated(new RegExp(String.raw`\b(?:you|u|ya)\s+(?:really\s+|just\s+|definitely\s+|honestly\s+|probably\s+)?(?:should|can|could|need to|have to|must|might want to|'d better|ought to|don'?t need|do not need)\b|\b(?:just|go ahead and)\s+(?:take|finish|double|stop|start|skip|use|borrow|try|pop|split|halve|up)\b|\b(?:will|would|should|'ll)\s+(?:work|do)\s+(?:just\s+)?(?:fine|great|the trick)\s+for\s+your\b|${TELL_TO_STOP}`, 'i'));
// A clinician doing the work on others ("for botching back surgeries", "writing oxy scripts"): their job, not their health.
const PERFORMED = gated(/\b(?:keeps? doing|kept doing|been doing|does|botch|perform|operat\w*\s+on|sits?\s+on|sat\s+on|sitting\s+on|miss(?!\w*\s+(?:his|her|their|own)\b)|misdiagnos|bill|charg|writ|wrote|prescrib|order|read|assist|scrub|mess|screw|butcher|pushing|push|sell|giv|hand|hace|hizo|sedat)\w*\s+(?:(?:up|out|the|a|an|all|those|these|their|his|her|unnecessary|fake)\s+)*(?:[\w-]+\s+)?$/i);
// A co-worker's own news told of them ("she's expecting", "he's in rehab") counts even as a weaker word.
const COLLEAGUE_NEWS = new Set(['pregnancy', 'substance-use', 'mental-health', 'procedure']);
// (A clinician's procedures are mostly their work: only these are their own treatment.)
const OWN_TREATMENT = /\b(?:rehab|detox|chemo|surgery|dialysis|treatment|sober|sobriety|radiation|infusions?|biopsy)\b/i;
// A clinician going to a unit is at work ("Dr. Okoro went to the ICU"), not admitted there.
const CLINICIAN_ROUNDS = /^(?:went|came|headed|ran|go|goes|going)\s*(?:up\s+|down\s+|over\s+)?(?:to|in|on|at|into)\s+(?:the\s+)?(?:icu|er|ed|or|floor|unit|ward|hospital|nicu|picu|pacu|clinic)\b/i;
// A care word that names a kind of patient ("caught a sepsis case", "the chemo patients") is their work.
// So is the work done or written ("cataract jobs he botched", "falsifying chemo records").
const CASE_AFTER = /^\s+(?:[\w-]+\s+)?(?:patients?|pts?|case|cases|admits?|consults?|kiddos?|clients?|jobs?|records?|charts?|orders?|scripts?|claims?)\b/i;
// Someone else between the clinician and the fact takes it over: "Dr. Lund told my neighbor her lump
// was a cyst", "Dr. Ray botched my patient's fistula", "billing people for strep tests".
const OTHER_PERSON_BETWEEN = /\b(?:my|our|your|a|an|the|his|her|their|two|three|some|several|many)\s+(?:[\w-]+\s+)?(?:neighbou?rs?|friends?|mom|mother|dad|father|sons?|daughters?|kids?|child|children|bab(?:y|ies)|patients?|pts?|folks|families|wife|husband|sister|brother|aunt|uncle|grandma|grandpa|cousins?|lady|ladies|man|men|woman|women|guy|girls?|boys?)(?:['’]s?)?\b|\b(?:people|folks|patients|everyone|everybody)\b/i;
// Told before the clinician, of the reader or someone else ("if your migraines are bad ... tell
// your doctor Dr. Dana sent you", "if anyone's stuck on antidepressants, go see Dr. Amin").
const READER_OR_OTHERS = /\b(?:you|your|ur|yr|anyone|anybody|someone|somebody|everyone|everybody|people|folks)\b/i;
const READERS_BEFORE = /\b(?:your|ur|yr)\s+(?:[\w-]+\s+){0,2}$/i;
// The clinician's own act named as the event ("sigue operando", "operating again"): their work.
const OPERATING = /^(?:operating|operando|opera)\b/i;
// What a product or a service is for ("sells a turmeric blend for arthritis", "a massage for that sciatica") is not the seller's health.
const PRODUCT_FOR = /\b(?:sells?|selling|sold|makes?|making|made|offers?|carries|blend|tincture|cream|oils?|gummies|drips?|spray|supplements?|products?|remedy|tea|massages?|works?|helps?|fix(?:es)?|good)\b[^.!?]{0,30}\bfor\s+(?:that\s+|your\s+|the\s+|a\s+)?(?:\w+\s+)?$/i;
// What a product or a service is said to do ("classes fix chronic back pain", "cured my sinus
// infections", "work better than their pain pills"): a claim about the product, not the seller's health.
const PRODUCT_DOES = /\b(?:fix(?:es|ed)?|cur(?:e|es|ed)|revers(?:e|es|ed)|heal(?:s|ed)?|reliev(?:e|es|ed)|clear(?:s|ed)?\s+up|(?:get|gets|got)\s+rid\s+of|knock(?:s|ed)?\s+out|(?:better|more|safer|stronger)\s+than)\s+(?:(?:the|your|ur|that|those|any|all|most|their|chronic|my)\s+)?(?:[\w-]+\s+)?$/i;
// A clinician's care told in another sentence must be told of her or him ("they" is as often the hospital).
const SINGULAR_PRONOUN = /\b(?:he|she|him|his|her|hers|he's|she's|hes|shes)\b/i;
const DOSE_ADVICE = /\b(?:double|halve|cut|lower|raise|increase|decrease|up|taper|wean|skip|stop)\s+(?:off\s+)?(?:the|your|ur|that|her|his)\s+(?:[\w-]+\s+)?(?:dose|dosage|meds|medication|pills?)\b/i;
const THEIR_PATIENTS = /\b(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:patients|pts|clients|residents)\b(?:(?!\b(?:she|he|her|his|him|they)\b)[^.!?,;])*$/i;
// "his bypass patients": the fact names which of their patients, not their own care.
const THEIR_BEFORE = /\b(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+)?$/i;
const PATIENTS_AFTER = /^\s+(?:[\w-]+\s+)?(?:patients|pts|clients|residents)\b/i;
const FULL_NAME = /^@?(?:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}{2,})/u;
const OTHERS_CARE = /^(?:they|he|she|your (?:doc|doctor|dr|provider|pcp|dentist|surgeon|[\w-]+ist))\b/i;
const MEDS_VISIT = /\b(?:prescription|meds|medication)$/i;
// (A reading the reader reported, "if your INR is 4.2", is what the advice is built on.)
const ADVICE_KINDS = new Set(['medication', 'symptom', 'procedure', 'test-result', 'pregnancy']);
// An infection named for its vaccine ("skip the flu shot") is a medicine in the advice.
const VACCINE_AFTER = /^\s*(?:shots?|vaccines?|jabs?|boosters?)\b/i;
// A condition in medicine advice is what the medicine is for ("those antibiotics will work for your UTI").
const ADVISED_FOR = new Set(['condition', 'infectious']);
// Someone else takes over the clause between a relative and a fact ("my nephew's class ... you").
const OTHER_SUBJECT = /\b(?:i|i'm|you|your|we|our|they|their|my)\b|[;:]|['’]s\s+(?:class|friend|teacher|school|team|boss|work|job|office|house)\b/i;
const EVERYDAY_KINDS = new Set(['symptom', 'infectious']);
// ... but a chronic, serious or stigmatized infection is health news of anyone's ("my sister's long covid", "his HIV").
const SERIOUS_INFECTION = /\b(?:long[- ]covid|hiv|aids|hep(?:atitis)?\s*[abc]?|tb|tuberculosis|seps[ie]s|septic|meningitis|mrsa|c\.?\s?diff|syphilis|gonorrh?ea|chlamydia|herpes|hpv|std|sti|lyme|legionnaires'?|encephalitis|endocarditis|osteomyelitis|necrotizing)\b/i;
const everyday = (doc: Doc, f: Fact) => EVERYDAY_KINDS.has(f.kind) && !(f.kind === 'infectious' && SERIOUS_INFECTION.test(doc.text.slice(f.start, f.end)));
const ATTRIBUTE_KINDS = new Set(['date', 'age', 'old-age', 'place', 'address', 'room', 'photo', 'contact', 'record']);

// The reader's own upcoming care as the time of a tip ("stop your creatine before your surgery",
// "eat light the night before your scan") is what the advice is about, not a visit the writer confirms.
const UPCOMING = /\b(?:before|ahead of|prior to|until|till|leading up to|the (?:night|day|morning|week) (?:before|of))\s+$/i;
function upcomingInAdvice(doc: Doc, c: Cue): boolean {
  return UPCOMING.test(doc.text.slice(Math.max(0, c.start - 24), c.start)) && ADVICE.test(doc.sentences[c.sentence]?.text ?? '');
}

// Being in a place, not going there for a meeting: "is in the ICU", "sigue en terapia intensiva".
const BEING_IN = /\b(?:is|was|'s|’s|still|now|est[aá]|estaba|sigue|segu[ií]a)\s+(?:\w+\s+)?(?:in|en|at)\s+(?:the\s+|la\s+|el\s+)?$/i;

function tightlyTied(doc: Doc, f: Fact): boolean {
  if (f.tied) return true;
  // A lay term may carry its own possessive ("her cancer").
  // So may a state told of the person ("out on maternity leave", "she's due in 2 wks").
  if (/^(?:his|her|their|your|she'?s|he'?s|she is|he is|out on|back from|start(?:ed|s|ing)?|finish(?:ed|es|ing)?|getting|doing|undergoing|had|has had|just had|is|was|got)\s/i.test(doc.text.slice(f.start, f.end))) return true;
  return TIGHT_BEFORE.test(doc.text.slice(Math.max(0, f.start - 40), f.start));
}

// The fact follows its subject at once ("our only therapist at Lakeside tested positive",
// "Ms. Hargrove is on my unit"): the person is the one it happened to.
const GAP_BREAK = /[.!?;:\n]|\b(?:i|we|you|they|patients?|pts?|who|that|and|but|said|says|told|tells|asked)\b/i;
const PERSON_KINDS = new Set(['name', 'colleague', 'descriptor', 'relative', 'initials', 'unique', 'room', 'handle']);
const STATE_VERB = /^\s*(?:[\w'’-]+\s+){0,3}?(?:is|was|has|had|got|gets|tested|tests|went|came|been|ended up|landed|needs|needed|started|finished|having|getting|just had)\b|^\W*$/i;
const FACT_VERB = /^(?:is|was|got|tested|been|has|had|went|came|lost|losing)\b/i;
function adjacent(doc: Doc, s: Subject, f: Fact): boolean {
  if (!PERSON_KINDS.has(s.kind) || f.sentence !== s.sentence || f.start < s.end || f.start - s.end > 24) return false;
  const gap = doc.text.slice(s.end, f.start);
  if (GAP_BREAK.test(gap) || /[,—–+(]/.test(gap)) return false;
  return FACT_VERB.test(doc.text.slice(f.start, f.end)) || (gap.trim() !== '' && STATE_VERB.test(gap));
}

/**
 * What the linking asks of a draft's sentences and subjects, answered once per sentence and
 * kept: every subject looks at its neighbours, and a long draft has thousands of subjects.
 */
class DraftView {
  readonly facts: SentenceIndex<Fact>;
  readonly cues: SentenceIndex<Cue>;
  readonly subjects: SentenceIndex<Subject>;
  readonly anchors: SentenceIndex<Subject>;
  private readonly memos = new Map<unknown, Map<number, unknown>>();
  private secondPersonList?: number[];
  private readonly wordRes = new Map<string, RegExp>();

  constructor(
    readonly doc: Doc,
    subjects: Subject[],
    facts: Fact[],
    cues: Cue[],
    anchors: Subject[],
  ) {
    this.facts = new SentenceIndex(facts);
    this.cues = new SentenceIndex(cues);
    this.subjects = new SentenceIndex(subjects);
    this.anchors = new SentenceIndex(anchors);
  }

  /** test(text of sentence i), computed once per sentence. */
  private memo<T>(test: (text: string) => T, i: number, text: string): T {
    let map = this.memos.get(test);
    if (!map) this.memos.set(test, (map = new Map()));
    if (map.has(i)) return map.get(i) as T;
    const value = test(text);
    map.set(i, value);
    return value;
  }

  pronoun(i: number): boolean {
    return this.memo(pronounIn, i, this.doc.sentences[i].text);
  }

  secondPerson(i: number): boolean {
    return this.memo(secondPersonIn, i, this.doc.sentences[i]?.text ?? '');
  }

  elliptical(i: number): boolean {
    return this.memo(elliptical, i, this.doc.sentences[i].text);
  }

  lower(i: number): string {
    return this.memo(lowerCase, i, this.doc.sentences[i].text);
  }

  /** Test a regex against sentence i's text (or '' when there is none), once per sentence. */
  tests(re: RegExp, i: number): boolean {
    return this.memo(testerOf(re), i, this.doc.sentences[i]?.text ?? '');
  }

  /** The sentences that speak to "you", in draft order. */
  secondPersonSentences(): number[] {
    return (this.secondPersonList ??= this.doc.sentences.filter((t) => this.secondPerson(t.index)).map((t) => t.index));
  }

  /** new RegExp(`\\b${word}\\b`), made once per word. */
  wordRe(word: string): RegExp {
    let re = this.wordRes.get(word);
    if (!re) this.wordRes.set(word, (re = new RegExp(`\\b${word}\\b`)));
    return re;
  }
}

const pronounIn = (text: string) => PRONOUN.test(text);
const secondPersonIn = (text: string) => SECOND_PERSON.test(text);
const lowerCase = (text: string) => text.toLowerCase();
const testers = new WeakMap<RegExp, (text: string) => boolean>();
function testerOf(re: RegExp): (text: string) => boolean {
  let t = testers.get(re);
  if (!t) testers.set(re, (t = (text: string) => re.test(text)));
  return t;
}

/** The next sentence names the person again ("Coach Brandvold ... Hope the knee is ok coach"). */
function namedAgain(view: DraftView, s: Subject, sentence: number): boolean {
  const words = view.doc.text.slice(s.start, s.end).toLowerCase().match(/[a-z]{4,}/g) ?? [];
  if (!words.length) return false;
  const lower = view.lower(sentence);
  return words.some((w) => view.wordRe(w).test(lower));
}

// A short sentence right after that goes on about the same story: no subject of its own
// ("Passed peacefully last night.", "Going home tomorrow!") or a lament ("Dementia is so cruel.").
const PERSON_WORD = /\b(?:i|i'm|i've|we|we're|you|my|our|your|everyone|anyone|people|someone|nobody|[A-Z][a-z]+ [A-Z][a-z]+)\b/;
// A span since the event opens the sentence: "Three years cancer-free and ...", "6 weeks post-op today".
const SINCE_OPENING = gated(/^\W*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?)\s+(?:years?|yrs?|months?|weeks?|wks?|days?)\s+(?:cancer[- ]free|sober|clean|post[- ]?op|post[- ]?partum|out from|since|in remission|seizure[- ]free|smoke[- ]free|clear)\b/i);
const SUBJECTLESS = gated(/^\W*(?:(?:just|finally|still|already|now|then)\s+)?(?:got\s+|was\s+|been\s+)?(?:passed|died|coded|crashed|went|going|gone|headed|heading|discharged|admitted|transferred|moved|sent|intubated|extubated|diagnosed|started|starting|finished|rang|ringing|walked|walking|back|home|recovering|resting|fighting|battling)\b/i);
const LAMENT = gated(/^\W*[\p{L}'’ -]{2,30}?\s+(?:is|was|can be|sucks|stinks)\s+(?:so\s+|such\s+|really\s+|just\s+|truly\s+)?(?:a\s+)?(?:cruel|hard|awful|brutal|terrible|rough|heartbreaking|devastating|evil|the worst|beast|no joke|scary|unfair)\b/iu);
function elliptical(text: string): boolean {
  const words = text.match(/[\p{L}'’-]+/gu) ?? [];
  // (A clause that opens with its verb may run on: "just got discharged from the medical center after a hip fracture".)
  // (Nor is a place after "in", "at" or "from": "still growing tomatoes in Cedar Falls".)
  const people = text.replace(/\b(?:[A-Z][\p{L}'’]+\s+)+(?:Center|Hospital|Clinic|Institute|Health|Medical|Centre)\b|\b(?:in|at|from|near|around|outside)\s+(?:[A-Z][\p{L}'’]+\s+)*[A-Z][\p{L}'’]+/gu, '');
  return words.length > 0 && !PERSON_WORD.test(people) && ((words.length <= 14 && (SUBJECTLESS.test(text) || SINCE_OPENING.test(text))) || (words.length <= 7 && LAMENT.test(text)));
}

/** Sentences a subject's health can be told in: its own, and the one before or the two after when they refer back. */
function reach(view: DraftView, s: Subject, photoSentences: ReadonlySet<number>): Set<number> {
  const doc = view.doc;
  // A described picture goes with the whole post, and so does what can be read in it.
  // So does a newborn's name: a birth announcement is about that one baby throughout.
  if (photoSentences.has(s.sentence) || s.newborn) return new Set(doc.sentences.map((t) => t.index));
  const out = new Set([s.sentence]);
  const para = doc.sentences[s.sentence]?.paragraph;
  // The one spoken to is "you": a "she" or "they" nearby is someone else ("Jo, you need to stop
  // the zoloft. One of my clients fixed her anxiety ...").
  // ("Welcome back, Marcus! After his transplant ..." greets him and tells of him: no "you".)
  const speaksTo = !!s.addressed && (s.kind === 'name' || s.kind === 'handle') && view.secondPerson(s.sentence);
  for (const d of [-1, 1, 2]) {
    const t = doc.sentences[s.sentence + d];
    if (!t || Math.abs(t.paragraph - (para ?? t.paragraph)) > 1) continue;
    const anchorsThere = view.anchors.at(t.index);
    const otherAnchor = anchorsThere.some((a) => a !== s && !a.clinician);
    if (d > 0 && otherAnchor) break;
    if ((view.pronoun(t.index) && !speaksTo) || namedAgain(view, s, t.index) || (d === 1 && view.elliptical(t.index) && !anchorsThere.length) || (d === -1 && view.pronoun(s.sentence)) || (s.addressed && view.secondPerson(t.index))) {
      out.add(t.index);
      // A story that still refers back two sentences on runs through the one between.
      if (d === 2) out.add(s.sentence + 1);
    }
  }
  if (s.addressed) for (const i of view.secondPersonSentences()) out.add(i);
  return out;
}

// Someone in the bed: a person word just before the number, or the bed itself doing something.
// Words that name a patient before a bed or room ("the lady in bed 4", "Mr. Dale was in bed 4").
const PATIENT_WORDS = "pt|patient|guy|dude|man|woman|lady|gentleman|kid|girl|boy|baby|infant|toddler|teen|mom|dad|mama|momma|papa|grandma|grandpa|regular|frequent flyer|resident|client|(?:mr|mrs|ms|miss)\\.?\\s+[\\p{L}'-]+|[A-Z]\\.\\s?[A-Z]\\.";
const PERSON_BEFORE = new RegExp(`\\b(?:${PATIENT_WORDS}|twins|psycho|señora|señor|dr\\.?\\s+[\\p{L}'-]+)\\s+(?:(?:in|from|at|de|del|en)\\s+)?(?:(?:the|la|el)\\s+)?(?:[\\w-]+\\s+)?$`, 'iu');
const BED_ACTS = /^\s*(?:(?:on\s+\d+\s?[A-Z][a-z]*|tonight|today|again)\s+)?(?:regular|pt|patient|lady|guy|finally|just|still|keeps|kept|coded|died|passed|pulled|refused|ate|took|asked|called|rang|wants|wanted|needs|needed|crashed|fell|tried|threw|yelled|screamed|punched|bit|spit)\b/i;
const BED_WORD = /^(?:bed|bay|pod|stretcher|cama)\b/i;
// Someone told as being in a bed ("Mr. Dale was back in bed 4", "the lady from the bakery was in bed 4"):
// a bed, unlike a room, is only ever a patient's.
const PLACED_IN_BED = new RegExp(`\\b(?:${PATIENT_WORDS})\\s+(?:(?:from|at|of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,2})?(?:is|was|were|been|'s|’s)\\s+(?:(?:back|still|now|again|already)\\s+)?in\\s+$`, 'iu');

function placement(doc: Doc, s: Subject): Fact | null {
  const text = doc.text.slice(s.start, s.end);
  const before = doc.text.slice(Math.max(doc.sentences[s.sentence]?.start ?? 0, s.start - 40), s.start);
  const after = doc.text.slice(s.end, s.end + 40);
  // (A room's number alone is also a meeting room's: only a bed or bay acts as a patient does.)
  const person = PERSON_BEFORE.test(before) || (BED_WORD.test(text) && !bedIsFurniture(doc, s) && (BED_ACTS.test(after) || PLACED_IN_BED.test(before) || bedActs(doc, s)));
  return person ? { kind: 'care-event', start: s.start, end: s.end, sentence: s.sentence, weak: false } : null;
}

// Care placed at the writer's own organization: "here", "on our unit", "in my ED", "at work".
const AT_OWN = /\b(?:(?:came|come|comes|coming|brought|admitted|transferred|rolled|is|was|got|ended up)\s+(?:in\s+)?here|(?:on|in|to|into|at|through|thru)\s+(?:our|my)\s+(?:own\s+)?(?:unit|floor|ward|ed|er|icu|nicu|picu|hospital|clinic|office|practice|department|dept|er|bay|pod|side)|(?:where|the place)\s+i\s+work|at my (?:work|job|hospital|clinic))\b/i;
// Bringing someone to care: with one of these a care setting alone is their care ("took my mom to the cancer center").
const BROUGHT = /\b(?:took|take|taking|brought|bring|bringing|drove|driving|visit(?:ed|ing)?|sitting|sat|waiting|stayed|staying|admitted|transferred|rushed|went)\b/i;

const PLACED = /\b(?:is|was|está|estaba|been|still|now|in for|ingresad[oa])\s+(?:\w+\s+)?(?:in|en|at|for)\b/i;
const STAR_RATING = /^\W*?(?:[★⭐]\s*){3,}|^\W*(?:[1-5](?:\.\d)?\s*(?:\/\s*5|stars?)|five stars?)\b/i;
const TESTIMONIAL = /\b(?:saved (?:my|his|her|their|our)|go there|highly recommend|recommend (?:them|it|this)|as a (?:mom|dad|parent|mother|father|patient))\b/i;
const WORKS_THERE = /\b(?:works?|worked|working|volunteers?|volunteered|employed|hired|shift|job)\b/i;

function escapeTerm(t: string): string {
  return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Whether a sentence places care at the writer's own organization: its names, or "here", "our unit". */
function atOrganization(text: string, own: readonly string[]): boolean {
  if (AT_OWN.test(text)) return true;
  const lower = text.toLowerCase();
  return own.some((t) => lower.includes(t) && new RegExp(`(?<![\\p{L}])${escapeTerm(t)}(?![\\p{L}])`, 'iu').test(text));
}

/**
 * The author's relative cared for at the author's own organization ("my aunt is in rehab at
 * Riverbend Medical Center after her fall", "took my mom to the cancer center here for her
 * port flush"): a co-worker learns it at work, so a weaker fact counts, in the same sentence.
 */
function kinCaredHere(doc: Doc, s: Subject, facts: Fact[], own: readonly string[], others: readonly string[]): Fact[] {
  const text = doc.sentences[s.sentence]?.text ?? '';
  // (A relative who works there is a co-worker: "my sister works on my unit and had the flu".)
  if (!atOrganization(text, own) || WORKS_THERE.test(text)) return [];
  // A parent's testimonial ("the ED saved my son") or a comparison with another hospital is a review, not a disclosure.
  const lower = text.toLowerCase();
  if (TESTIMONIAL.test(text) || others.some((t) => lower.includes(t))) return [];
  const here = facts.filter((f) => f.sentence === s.sentence && f.kind !== 'body-part' && !(f.start >= s.start && f.end <= s.end));
  // A clear fact is care on its own; a weak one ("rehab", "her scan") needs them placed or brought there.
  if (here.some((f) => !f.weak && f.kind !== 'care-setting')) return here;
  return here.length && (BROUGHT.test(text) || PLACED.test(text)) ? here : [];
}

/**
 * What a clinician's sentences tell of their own care, not of the care they give: a fact tied to
 * them, or told in a co-worker's personal news; a weak word only as a co-worker's news; never
 * their work (care they performed, a kind of patient, what a product is for, rounds); and in
 * another sentence only when told of him or her ("they" is as often the hospital).
 */
function clinicianOwnCare(doc: Doc, s: Subject, found: Fact[], facts: Fact[], sentences: ReadonlySet<number>): Fact[] {
  // In a co-worker's personal news ("out for three weeks ... the chemo is rough") a clear care word is theirs.
  const news = s.kind === 'colleague' ? personalNewsSentences(doc, sentences) : new Set<number>();
  const newsWord = (f: Fact) => COLLEAGUE_NEWS.has(f.kind) && (f.kind !== 'procedure' || OWN_TREATMENT.test(doc.text.slice(f.start, f.end)));
  const candidates = s.kind === 'colleague' ? [...found, ...facts.filter((f) => sentences.has(f.sentence) && f.weak && newsWord(f) && !found.includes(f))] : found;
  return candidates.filter((f) => {
    const sentence = doc.sentences[f.sentence];
    const tied = tightlyTied(doc, f) || adjacent(doc, s, f) || (news.has(f.sentence) && (!f.weak || newsWord(f)));
    const strongEnough = !f.weak || (s.kind === 'colleague' && COLLEAGUE_NEWS.has(f.kind) && (tightlyTied(doc, f) || news.has(f.sentence)));
    const work = theirWork(doc, s, f) || (f.kind === 'care-event' && (CLINICIAN_ROUNDS.test(doc.text.slice(f.start, f.end)) || OPERATING.test(doc.text.slice(f.start, f.end))));
    const toldOfThem = f.sentence === s.sentence || news.has(f.sentence) || SINGULAR_PRONOUN.test(sentence?.text ?? '');
    return tied && strongEnough && !work && toldOfThem;
  });
}

/** A fact that is the work of someone known by their trade: care they give, a kind of patient, what a product does, someone else's care. */
function theirWork(doc: Doc, s: Subject, f: Fact): boolean {
  const sentence = doc.sentences[f.sentence];
  return (
    PERFORMED.test(doc.text.slice(Math.max(0, f.start - 30), f.start)) ||
    actsOnFact(doc, s, f) ||
    CASE_AFTER.test(doc.text.slice(f.end, f.end + 30)) ||
    PRODUCT_FOR.test(doc.text.slice(Math.max(sentence?.start ?? 0, f.start - 60), f.start)) ||
    PRODUCT_DOES.test(doc.text.slice(Math.max(sentence?.start ?? 0, f.start - 40), f.start)) ||
    (f.sentence === s.sentence && f.start >= s.end && OTHER_PERSON_BETWEEN.test(doc.text.slice(s.end, f.start))) ||
    READERS_BEFORE.test(doc.text.slice(Math.max(sentence?.start ?? 0, f.start - 30), f.start)) ||
    (f.sentence === s.sentence && f.end <= s.start && f.kind !== 'care-setting' && othersBefore(doc.text.slice(sentence?.start ?? 0, f.start)))
  );
}

// Coming into care or being in a place of care is a patient's, for anyone who does not work in care.
const PATIENT_STATUS = new Set(['care-event', 'care-setting']);

/**
 * What is told of someone known by an office or a business (worker.ts): their business's words
 * (what it sells, bills or does to others) are not their health; a fact tied to them, and their
 * coming into care, are.
 */
function workerOwnCare(doc: Doc, s: Subject, found: Fact[]): Fact[] {
  // (As for a clinician, a fact in another sentence must be told of him or her.)
  const toldOfThem = (f: Fact) => f.sentence === s.sentence || SINGULAR_PRONOUN.test(doc.sentences[f.sentence]?.text ?? '');
  const theirs = (f: Fact) => PATIENT_STATUS.has(f.kind) || (!f.weak && (tightlyTied(doc, f) || adjacent(doc, s, f)));
  return found.filter((f) => theirs(f) && toldOfThem(f) && !theirWork(doc, s, f));
}

function othersBefore(text: string): boolean {
  return (READER_OR_OTHERS.test(text) || OTHER_PERSON_BETWEEN.test(text)) && !SINGULAR_PRONOUN.test(text);
}

export function linkSubjects(doc: Doc, subjects: Subject[], facts: Fact[], cues: Cue[], own: readonly string[] = [], others: readonly string[] = []): Link[] {
  const anchors = subjects.filter((s) => STRONG_SUBJECTS.has(s.kind) && !ATTRIBUTE_KINDS.has(s.kind));
  // A room, an old age or a record number stands for a patient too; a phone number alone may
  // be the organization's own line.
  // Initials stand for a name when a clear care fact is told of them in their own sentence ("J.D. in bed 4 ate").
  const candidates = subjects.filter((s) => (STRONG_SUBJECTS.has(s.kind) && s.kind !== 'contact') || (s.kind === 'initials' && !NOT_INITIALS.has(doc.text.slice(s.start, s.end).replace(/\s/g, ''))));
  const photoSentences = new Set(subjects.filter((s) => s.kind === 'photo').map((s) => s.sentence));
  const view = new DraftView(doc, subjects, facts, cues, anchors);
  const starRated = STAR_RATING.test(doc.text);
  const links: Link[] = [];
  for (const s of candidates) {
    const sentences = reach(view, s, photoSentences);
    // (What the subject's sentences hold, looked up rather than filtered out of the whole draft's lists.)
    const factsThere = view.facts.in(sentences);
    const cuesThere = view.cues.in(sentences);
    // A setting inside the description is where they work ("our night charge on 4 North").
    let found = healthIn(factsThere, cuesThere, sentences).filter((f) => !(f.weak && f.start >= s.start && f.end <= s.end));
    // A reply to a review speaks to the reviewer throughout: a clear health fact anywhere in it is
    // theirs unless the sentence turns to someone else ("The allergic reaction ... was scary").
    if (s.addressed && doc.platform === 'review-reply') {
      const rest = new Set(doc.sentences.filter((t) => !sentences.has(t.index) && !view.tests(OTHER_ANCHOR, t.index)).map((t) => t.index));
      found = [...found, ...facts.filter((f) => rest.has(f.sentence) && !f.weak)];
    }
    // A place of ours in a reply is the reader's care only when the sentence tells of them, not
    // in thanks alone ("thank you for the kind words about the coffee in our waiting room").
    if (s.addressed && doc.platform === 'review-reply') found = found.filter((f) => f.kind !== 'care-setting' || toldOfReader(doc.sentences[f.sentence]?.text ?? ''));
    // A weaker word told as theirs ("his rehab stay", "she's expecting") is their news, for someone recognizable.
    if (!found.length && !s.kin && !s.addressed && !s.clinician && PERSON_KINDS.has(s.kind) && s.kind !== 'initials') {
      found = view.facts.at(s.sentence).filter((f) => f.weak && (f.kind === 'pregnancy' || OWN_TREATMENT.test(doc.text.slice(f.start, f.end))) && f.start > s.end && tightlyTied(doc, f));
    }
    if (s.kind === 'initials') found = found.filter((f) => f.sentence === s.sentence && !f.weak && !EVERYDAY_KINDS.has(f.kind) && f.start > s.start);
    if (s.clinician) found = clinicianOwnCare(doc, s, found, factsThere, sentences);
    else if (s.worker) found = workerOwnCare(doc, s, found);
    // The author's relative: the fact follows in the same clause, about them ("my dad had his bypass").
    // A relative's cold or fever is everyday family news, not what a privacy officer weighs.
    if (s.kin) {
      found = found.filter((f) => !f.weak && !everyday(doc, f) && f.sentence === s.sentence && f.start >= s.end && f.start - s.end <= 60 && tightlyTied(doc, f) && !OTHER_SUBJECT.test(doc.text.slice(s.end, f.start)));
      if (!found.length) found = kinCaredHere(doc, s, view.facts.at(s.sentence), own, others);
      // A parent's thanks for their own family's care ("the ER saved my son when he broke his arm") is a review.
      if (view.tests(TESTIMONIAL, s.sentence)) found = [];
      // So is a post rated with stars ("★★★★★ My mother was treated at ..."): that they were cared
      // for there is the review's subject; a diagnosis told in it ("my grandson's broken wrist") is still theirs.
      if (starRated) found = found.filter((f) => f.kind !== 'care-event' && f.kind !== 'care-setting');
    }
    // Advice to the reader ("Karen, you can double up your pill when you feel dizzy") is a
    // medical-advice risk; without a care relationship, its medicines and symptoms are not a disclosure.
    // A visit of theirs ("at your next cleaning") tells the care relationship; "your meds" does not.
    // Care someone else gave the reader ("the premed they gave you", "your doctor put you on") is
    // not the writer's care relationship with them.
    // (For the one addressed, only care told of them counts: "one of my clients" is someone else,
    // "saw your dad on our service" is theirs.)
    const cared = cuesThere.some((c) => (c.kind !== 'visit' || !(MEDS_VISIT.test(doc.text.slice(c.start, c.end)) || upcomingInAdvice(doc, c))) && !OTHERS_CARE.test(doc.text.slice(c.start, c.end)) && (!s.addressed || c.kind === 'visit' || SECOND_PERSON.test(doc.text.slice(Math.max(doc.sentences[c.sentence]?.start ?? 0, c.start - 30), c.end))));
    // A reader under a full name ("@Dana Whitfield", "@DanaWhitfieldMN") is recognizable: advice
    // that tells their treatment tells it of them. A pseudonymous handle or a first name is not.
    const fullName = FULL_NAME.test(doc.text.slice(s.start, s.start + 40));
    if (s.addressed && !cared && !fullName) {
      const advised = (f: Fact) => view.tests(ADVICE, f.sentence);
      // Once the reply advises, its other medicine and symptom words go with the advice ("BP meds are a crutch").
      const advising = found.some(advised);
      const medicated = new Set(found.filter((f) => f.kind === 'medication' && advised(f)).map((f) => f.sentence));
      // Advice on a dose ("double your dose") is medicine advice even when the medicine is unnamed or unknown.
      for (const f of found) if (view.tests(DOSE_ADVICE, f.sentence)) medicated.add(f.sentence);
      const medicatedPost = medicated.size > 0;
      found = found.filter((f) => !((advised(f) || advising) && (ADVICE_KINDS.has(f.kind) || f.weak || VACCINE_AFTER.test(doc.text.slice(f.end, f.end + 10)) || (ADVISED_FOR.has(f.kind) && (medicated.has(f.sentence) || medicatedPost)))));
    }
    // "how many of her patients got the wrong meds": a fact told of someone's patients is theirs,
    // not the clinician's, unless the clause turns back to her or him.
    found = found.filter((f) => !THEIR_PATIENTS.test(doc.text.slice(Math.max(0, f.start - 80), f.start)) && !(THEIR_BEFORE.test(doc.text.slice(Math.max(0, f.start - 30), f.start)) && PATIENTS_AFTER.test(doc.text.slice(f.end, f.end + 30))));
    // "Rest in peace, Coach" mourns someone the town knew; "RIP to bed 4" mourns a patient.
    if (s.kind !== 'room' && !cuesThere.some((c) => c.kind !== 'visit')) found = found.filter((f) => !f.farewell);
    // Being placed in a bed or room is patient status on its own ("pt in bed 11", "Bed 12 finally
    // took a few bites", "a psycho in bay 4"): the placement is the care fact.
    if (!found.length && s.kind === 'room') {
      const placed = placement(doc, s);
      if (placed) found = [placed];
    }
    // A street locates a household only when someone is told of there, by a person word or by
    // coming into care ("got admitted"): "Apex Imaging on 3rd St bills for MRIs" or "the shelter
    // on 5th" is a business's or a place's address.
    if (s.kind === 'address' && ![...sentences].some((i) => view.tests(ONE_PERSON, i)) && !found.some((f) => f.kind === 'care-event')) continue;
    if (!found.length) continue;
    const attributes = view.subjects.in(sentences).filter((o) => o !== s && (ATTRIBUTE_KINDS.has(o.kind) || o.kind === 'initials'));
    links.push({
      subject: s,
      attributes,
      facts: found,
      cues: cuesThere,
      // Being somewhere ("she visits the pediatric floor") is no health fact of theirs.
      // (A specialty setting they are in is their care: "está en terapia intensiva".)
      tight: found.some((f) => (f.kind !== 'care-setting' ? tightlyTied(doc, f) || adjacent(doc, s, f) : !f.weak && BEING_IN.test(doc.text.slice(Math.max(0, f.start - 30), f.start)))),
    });
  }
  return links;
}

// One person or one household told of: a singular pronoun or person word, siblings or a couple,
// an age ("the 19 yo", "teenage driver, 16"), or their name or date of birth. A facility's opening
// date and address, "every newborn in our care" or "the diabetics on 5 West" point to no one.
const ONE_PERSON = /\b(?:he|she|him|her|hers|his|himself|herself|he's|she's|hes|shes|guy|man|woman|lady|gentleman|fella|dude|kid|girl|boy|baby|teen|mama|mom|dad|grandma|grandpa|wife|husband|son|daughter|brothers|sisters|siblings|twins|triplets|couple|household|patient|pt|one of (?:our|my|the|their)|dob|date of birth|name)\b/i;
// An age said of everyone ("every newborn", "all toddlers", "older women") is no one's.
const ANY_AGE = /\b(?:every|all|each|any|most|many|your)\s+$/i;
const PLURAL_AGE = /\b(?:men|women|boys|girls|guys|ladies|couples|toddlers|infants|newborns|preschoolers|drivers|riders|mothers|fathers|moms|dads|males|females)$/i;

/** Whether a stretch of text tells of one person, whom a combination of details could point to. */
function tellsOfOnePerson(doc: Doc, window: ReadonlySet<number>, near: Subject[]): boolean {
  const someonesAge = (s: Subject) => (s.kind === 'age' || s.kind === 'old-age') && !PLURAL_AGE.test(doc.text.slice(s.start, s.end)) && !ANY_AGE.test(doc.text.slice(Math.max(0, s.start - 12), s.start));
  if (near.some((s) => s.kind === 'initials' || someonesAge(s))) return true;
  // (The window's own sentences, not a pass over the whole draft per window.)
  return [...window].some((i) => i >= 0 && i < doc.sentences.length && ONE_PERSON.test(doc.sentences[i].text));
}

/**
 * People identifiable only by a combination: two or more weak identifiers (an age, a date,
 * a place, initials) in the same stretch of text as health facts and a care cue, told of one person.
 */
export function linkCombinations(doc: Doc, subjects: Subject[], facts: Fact[], cues: Cue[]): Link[] {
  const weak = subjects.filter((s) => !STRONG_SUBJECTS.has(s.kind));
  const bySentence = new Map<number, Subject[]>();
  for (const s of weak) {
    const here = bySentence.get(s.sentence);
    if (here) here.push(s);
    else bySentence.set(s.sentence, [s]);
  }
  // (Looked up by sentence: a pass over every subject, fact and cue per window is quadratic.)
  const weakAt = new SentenceIndex(weak);
  const factsAt = new SentenceIndex(facts);
  const cuesAt = new SentenceIndex(cues);
  const links: Link[] = [];
  for (const [sentence, here] of bySentence) {
    const window = new Set([sentence - 1, sentence, sentence + 1]);
    const near = weakAt.in(window);
    const kinds = new Set(near.map((s) => s.kind));
    const nearCues = cuesAt.in(window);
    const found = healthIn(factsAt.in(window), nearCues, window);
    if (!found.length || !tellsOfOnePerson(doc, window, near)) continue;
    links.push({ subject: here[0], attributes: near.filter((s) => s !== here[0]), facts: found, cues: nearCues, tight: kinds.size >= 2 && nearCues.length > 0 });
  }
  return links;
}
