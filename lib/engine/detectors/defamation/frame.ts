// The accusation as a frame over compromise's reading of a sentence: someone (the subject) does
// something (a verb, read by its lemma) to someone or something (the object: a victim, a record,
// money, a finding), in a damaging manner. Classes of lemmas and nouns, not phrases: "padded his
// overtime", "doctors the infection logs" and "fudged the vitals" are one frame, whatever the
// exact word. The detector decides who the target is; this module only says what was done, by
// whom (a person or body, not the writer and not a thing) and whether the sentence denies it.
import type { DocSentence, DocToken } from '../../doc';
import { lemmaCandidates, wordClasses } from '../../lexicons/wordnet';
import { verbLemma } from '../../nlp';
import { bareWord } from '../shared/bare-word';

export interface FrameHit {
  start: number;
  end: number;
  text: string;
  kind: 'fraud' | 'crime' | 'malpractice' | 'dishonesty' | 'impairment' | 'legal' | 'sexual';
  /** The writer or their own team did it ("I", "we"): the author's own mistake, not a claim. */
  own: boolean;
  /** A negation governs the verb ("never billed", "didn't hide"). */
  negated: boolean;
  /** The subject's word, lower case ("they", "management"), or '' when none was found. */
  subject: string;
}

const set = (words: string) => new Set(words.split(' '));

// Records, figures and paperwork that can be faked.
const RECORDS = set('record records chart charts charting note notes book books bill bills billing invoice invoices claim claims number numbers data result results log logs timesheet timesheets hours hour overtime vital vitals documentation report reports signature signatures score scores survey surveys stat stats metric metrics rate rates test tests reading readings count counts audit audits inspection inspections file files mar paperwork credential credentials license licence licenses degree degrees resume cv review reviews trial trials study studies figure figures ar statements statement qc minutes mileage expenses expense receipts check checks initials ua uas screen screens consent consents form forms sheet sheets certificate certificates cert certs prescription prescriptions script scripts sign-out sign-outs signout signouts');
// Verbs of faking or altering a record.
const FALSIFY = set('falsify fake fudge pad inflate doctor fabricate backdate alter forge cook rig tamper massage juke fiddle invent manipulate');
// Of those, the ones that fake a record only when it is someone's or "the" ("cooks the books", not "cook-off results").
const LOOSE_FALSIFY = set('cook doctor pad inflate alter massage rig fiddle invent manipulate fix');
const DETERMINED = /^(?:the|their|his|her|its|those|these|all|every|some)$/;
// Money and drugs: what is diverted.
const VALUABLES = set('money cash donation donations fund funds tip tips copay copays payment payments grant grants levy check checks paycheck wage wages pill pills med meds medication medications narcotic narcotics drug drugs opioid opioids supply supplies equipment deposit deposits dues float proceeds');
// Money held for others (WordNet's money, and its payments made or given: fees, tuition, donations) and drugs.
const TAKEN_CLASSES = new Set(['money', 'gift', 'drug']);
const TAKE = set('pocket steal divert skim swipe pilfer embezzle siphon funnel launder misappropriate loot nick lift filch');
// Wrongs done to people: with a victim, or (the strong ones) on their own.
const HARM = set('beat dump abuse neglect mistreat maltreat hurt harm injure poison assault hit slap punch shove choke strap restrain sedate overmedicate overdose endanger exploit traumatize humiliate molest grope kill maim butcher scam defraud cheat deceive mislead con swindle rob overcharge gouge fleece victimize bully threaten starve dope');
const STRONG_HARM = set('abuse molest grope embezzle defraud swindle scam maim butcher');
// Of the wrongs done to people, those that cheat them rather than hurt them.
const CHEAT = set('overcharge defraud scam cheat deceive mislead con swindle gouge fleece');
// The people and payers a wrong is done to.
const VICTIMS = set('patient patients resident residents people kid kids child children baby babies elderly senior seniors family families client clients customer customers insurer insurers insurance medicare medicaid staff employee employees student students parent parents mom moms mother mothers dad dads woman women girl girls boy boys man men veteran veterans taxpayer taxpayers public community folks elder elders inmate inmates worker workers nurse nurses member members donor donors pt pts');
// Verbs of hiding; what is hidden.
const CONCEAL = set('hide bury conceal suppress shred destroy delete scrub whitewash sweep hush cover');
const CONCEALABLE = set('test tests result results report reports infection infections death deaths error errors mistake mistakes complaint complaints failure failures finding findings case cases incident incidents outbreak outbreaks evidence record records document documents data email emails fall falls injury injuries overdose overdoses violation violations breach breaches leak leaks mold contamination exposure exposures number numbers rate rates problem problems truth');
// What a pronoun hides is whatever was just told ("sat on it", "they're hiding it").
const HIDDEN_PRONOUN = set('it them everything');
const HIDE_ANYTHING = set('hide bury conceal suppress');
// Samples and records that a careless service loses.
const LOSABLE = set('sample samples specimen specimens biopsy biopsies record records chart charts file files result results image images scan scans slide slides');
// Words for being intoxicated, and the work it is said of.
const IMPAIRED = set('drunk intoxicated hammered buzzed stoned impaired tipsy plastered hungover blitzed drogado drogada borracho borracha');
// Words that also mean something else ("high acuity", "wasted supplies"): only after a verb of arriving or being.
const IMPAIRED_AFTER_VERB = set('high wasted loaded smashed');
// Impairment told by a phrase rather than a word: "on something", "strung out", "using again",
// "nodding off", "slurring": a state only when said of a person, like the words above.
const IMPAIRED_PHRASE = /^(?:on something(?!\s+(?:new|big|else|like|special|important|called|with|for|about|to|that|i|we))|strung out|using again|(?:clearly|obviously|definitely) using\b|nodd(?:ing|ed) (?:off|out)\b|nods off|slurr(?:ing|ed|s)\b|half in the bag\b|(?:back )?on the (?:sauce|bottle|juice)\b|three sheets to the wind\b|hitting the (?:bottle|sauce)\b)/iu;
const ARRIVE = set('up in is was were are be been got gets get came comes arrived arrives showed shows rolled rolls rolling llega llegue llegaba trabaja');
// Said of a person in a sentence's predicate ("the vet was drunk when...", "comes in high"), a state
// is a claim about them wherever it happened: the doer is a person, not a thing or the writer.
const PERSON_SUBJECT = /^(?:he|she|they|him|her|them)$/;
// "high on life", "drunk on power": a state with a harmless cause.
const HARMLESS_CAUSE = set('life love power adrenaline caffeine coffee sugar success joy hope excitement fumes');
// Smelling of drink at work or anywhere a person is answerable ("smelling like bourbon", "oliendo a alcohol").
const SMELL = set('smell smells smelled smelt smelling reek reeks reeked reeking stink stinks stank oliendo huele olía');
const DRINK_PLACE = set('bar brewery distillery bourbon liquor booze alcohol trago licor cerveza weed pot');
// The words that put an act inside work: "on the job", "during surgery", "before his shift" (not "after work").
const DURING = set('on at during before in mid between');
const AT_WORK = set('work shift shifts surgery surgeries case cases clinic rounds appointment appointments duty call job procedure procedures delivery deliveries session sessions meeting visiting');
// Knowing of a harm and letting it go on: "knew for weeks", "knew and did nothing".
const KNEW_AFTER = /^\s*(?:about\s+(?:it|this|that|the\s+\S+)\s+)?(?:for\s+(?:\S+\s+)?(?:days|weeks|months|years|a\s+(?:week|month|year))|and\s+(?:did|said|kept|let|still|sat|chose|covered|hid|went|do|does)|before\s+(?:telling|warning|saying|reporting|notifying)|(?:and|but)\s+(?:nobody|no\s+one)|,?\s*and\s+(?:they|he|she)\s+(?:kept|still|did|let))/i;
// "...and they knew." at the end of a sentence: past knowledge of what was just told.
const KNEW_END = /^\s*(?:it\s+)?(?:all\s+along\s*)?[.!]*\s*$/;
// Who can be said to have known, at the end of a sentence: those answerable for it ("and they knew").
const KNOWER = /^(?:they|he|she|management|mgmt|leadership|admin|administration|hr|corporate|board|owner|owners|director|manager|ceo|execs|executives)$/;
// Anybody at all knowing is common knowledge, not complicity.
const ANYBODY = /^(?:everyone|everybody|nobody|anyone|anybody|someone|somebody|you|people|folks|y'all|yall)$/;
// Billing against the facts: a negation, a phantom, a scare-quoted service after the verb.
const BILL = set('bill charge invoice code upcode submit claim');
const BILLED_FOR = /^(?:\s+\S+){0,6}?\s+(?:for|as)\b/i;
// ...or while the one billed for was somewhere care could not be given ("to patients who were inpatient the whole week").
const BILLED_FALSELY = /\b(?:who|while|when) (?:\S+ ){0,2}(?:was|were|is|are|'s) (?:\S+ ){0,2}(?:inpatient|admitted|hospitalized|in (?:the |our |a )?(?:hospital|icu|jail|prison)|dead|deceased|out of (?:town|state|the country)|on vacation)\b|\b(?:never|not|n't|nobody|no one|phantom|fake|ghost|twice|double|even when|weren't|wasn't|didn't|don't|doesn't|out on|while (?:he|she|they) (?:was|were)|off (?:on|at))\b|\b(?:was|were) (?:on site|onsite|there|present|in the room|on the job) (?:for )?(?:maybe|only|just|barely|at most) (?:\d+|one|two|three|four|five|six|half|a (?:few|couple))\b|\b(?:for|as) (?:a |an |the )?["“'‘][\p{L} -]{2,30}["”'’]/iu;
// Billing one service under another's name ("bills massages and calls it therapy", "group sessions as individual ones"),
// or for time spent elsewhere ("on days he's out on his boat", "a case he spent in the lounge").
const ELSEWHERE = /\b(?:he|she|they) (?:spent|spends|was|were|is|'s|are|'re|sat|sits|slept|sleeps) (?:\S+ ){0,2}(?:in (?:the|his|her|their) (?:lounge|car|truck|parking lot|break room|bed|office)|at (?:home|the (?:gym|golf course|beach|lake|bar))|on (?:vacation|(?:his|her|their) (?:boat|phone))|asleep|out of town|away)/iu;
// Less given than billed: "bills for three visits a week and makes one", "charged for the premium
// implant and put in a cheaper one", "bills for the full panel but only runs half".
const BILLED_LESS = /\b(?:and|but|then)\s+(?:only\s+|actually\s+|just\s+)?(?:do|does|did|run|runs|ran|make|makes|made|give|gives|gave|use|uses|used|put|puts|send|sends|sent|deliver|delivers|delivered|provide|provides|provided|buried|installed|implanted)\s+(?:in\s+)?(?:\S+\s+){0,3}?(?:one|half|cheaper|cheap|generic|less|fewer|used|expired)\b/iu;
const BILLED_AS_OTHER = new RegExp(`\\band call(?:s|ed|ing)? (?:it|them) ["“'‘]?\\p{L}|\\bas (?:\\S+ ){1,2}ones\\b|${ELSEWHERE.source}`, 'iu');
// Records of care said to be kept for care not given: "charting visits while he sat in his car",
// "reporting results that their analyzers never ran".
const RECORD_VERBS = set('chart document log report record sign');
const RECORDED = set('visit visits session sessions note notes result results vitals assessment assessments exam exams round rounds check checks hour hours');
const NEVER_DONE = /^(?:\s+\S+){0,6}?\s+(?:that|which|who)\s+(?:\S+\s+){0,2}(?:never|didn't|did not|weren't|wasn't)\s+(?:actually\s+|even\s+)?(?:ran|run|done|did|happened|performed|saw|seen|took|given|gave|examined|touched)\b/iu;

// Harm given to someone in one's care: "gave two of my runners stress fractures", "left her with a
// drop foot". The harm is any illness or injury (WordNet's class), save the ones anybody passes on
// ("gave me a cold") and figures of speech ("gave me a headache").
const GIVE = set('give leave');
const CATCHING = set('cold colds flu virus bug covid headache headaches heart attack fits chill chills hiccups cooties');
const HARMED = set('me him her them us');
const INJURY = set('foot drop limp nodule nodules necrosis stroke concussion');
const harmWord = (w: string) => !CATCHING.has(w) && (INJURY.has(w) || wordClasses(w).includes('illness'));

// Left to wait, lie or bleed: "let a stroke patient sit for four hours", "leaves residents lying in
// it for days", "let a woman bleed out". Letting someone be is neglect only with a time or a harm.
const LET = set('let leave');
// (Waiting alone is a service complaint, not neglect.)
const LEFT_STATE = set('sit sitting sat lie lying lay laying laid labor labour laboring labouring bleed bleeding bled rot rotting starve starving suffer suffering stew stewing');
const FOR_LONG = /^(?:\s+\S+){0,8}?\s+(?:(?:for\s+)?(?:\S+\s+){0,2}(?:hours?|hrs?|days?|nights?|weeks?|shifts?)|all (?:night|day|weekend|shift)|out|overnight|with (?:a |an )?(?:fever|infection|fracture|bleed))\b/iu;
// A finding a careful clinician would have caught: what a missed diagnosis misses, beyond WordNet's illnesses.
const FINDINGS = set('blockage blockages defect defects mass masses lesion lesions nodule nodules lump lumps tumor tumors tumour bleed bleeds clot clots fracture fractures break perforation abscess obstruction dissection aneurysm stroke sepsis appendicitis appy diagnosis cancer infection pneumonia');
const MISS = set('miss overlook');
// What is left untreated when someone "sits on" it (WordNet lists "foot", not "feet").
const UNTREATED = set('feet foot toes leg legs wound wounds sore sores ulcer ulcers');
// Security lapses pinned on someone: a credential kept where anyone can read it, a known hole left open.
const CREDENTIALS = set('password passwords passcode passcodes credential credentials login logins key keys pin');
const EXPOSE = set('keep leave use set write store share reuse post tape sell');
const EXPOSED = /^(?:\s+\S+){0,6}?\s+(?:as\s+\S+|on\s+(?:a\s+)?(?:sticky|post-it|whiteboard|the\s+(?:wall|monitor|whiteboard|fridge))|in\s+(?:a\s+)?(?:spreadsheet|plain ?text|word doc|text file|shared drive|notebook|email)|unencrypted|to\s+(?:hackers|anyone|whoever|a\s+\S+))\b/iu;
const HOLES = set('server servers system systems patch patches vulnerability vulnerabilities hole holes firewall firewalls warning warnings alert alerts alarm alarms vpn backups backup update updates');
const IGNORE = set('ignore dismiss skip disable');
// Telling nobody of a harm, or being warned of it and doing nothing: "they told nobody", "was told
// about the unpatched servers and did nothing".
const TELL = set('tell inform warn notify alert');
const TOLD_NOBODY = set('nobody noone');
const WENT_ON = /^\s+\S+(?:\s+\S+)?\s+(?:and|but)\s+(?:kept|still|went on|continued|carried on)\b/iu;
const DID_NOTHING = /\band\s+(?:did|said|does|says)\s+nothing\b(?!\s+(?:wrong|bad|illegal))|\band\s+(?:ignored|sat on|shrugged)\b/iu;
// Sent home, then a grave outcome: "sent a guy home with antacids, he came back in full arrest".
const GRAVE = /\b(?:died|dead|coded|arrest|crashed|septic|sepsis|ruptured|intubated|passed away|stroked|bled out|in the icu)\b/iu;
// Made dependent: "got half my clients hooked on opioids".
const HOOKED = set('hooked addicted dependent');
const ON_DRUG = /\b(?:hooked|addicted|dependent)\s+(?:on|to)\s+(?:\S+\s+)?(?:opioids?|opiates?|pills|painkillers|narcotics|oxy\w*|benzos?|fentanyl|xanax|adderall|percs?|norcos?|meds|drugs)\b/iu;

// Legal and disciplinary action suffered by someone ("has been sued five times", "is being
// investigated", "got written up"): told in the passive, its subject is the one it was done to.
// (A conviction, a fine or an indictment is a public record, passed on as such: see OFFICIAL_SOURCES.)
const LEGAL = set('sue investigate sanction discipline censure reprimand debar decertify disbar subpoena');
const FIRMS = set('hospital hospitals clinic clinics practice practices pharmacy company agency group firm lab chain facility home owner owners director doctor nurse surgeon provider');
const PASSIVE = /^(?:been|being|was|were|got|gets|get|getting|is|are|be)$/;
// Subjects that are the matter, not a party ("the case was investigated", "the complaint got dismissed").
const MATTERS = set('case cases lawsuit lawsuits suit suits claim claims complaint complaints incident incidents death deaths matter matters report reports allegation allegations accident crash issue issues event events it this that which');
// An outcome that clears the party ("investigated and cleared") makes the action no accusation.
const CLEARED = /\b(?:clear(?:ed|s)?|acquitted|exonerated|dismissed|dropped|thrown out|no wrongdoing|found innocent|not guilty|wrongly|falsely)\b/i;

const FIRST = set("i i'm im i've ive i'd me myself we we're we've us ourselves our");
// Things that cannot commit a wrong: a policy, a shortage, a budget is nobody; a reading that
// "came back high" is no one impaired.
const THING = /^(?:test|tests|level|levels|reading|readings|sugar|sugars|glucose|a1c|enzymes|policy|policies|staffing|understaffing|shortage|shortages|cuts?|budget|budgets|auth|authorization|authorizations|ratio|ratios|law|laws|rule|rules|mandate|mandates|change|changes|cost|costs|price|prices|lack|outage|outages|delay|delays|wait|waits|burnout|turnover|insurance|red tape|bureaucracy|system|epic|ehr|emr)$/;
// Verbs that only carry another (auxiliaries, copulas, modals) act on nothing themselves.
const LIGHT = ['Auxiliary', 'Copula', 'Modal'];
const REACH = 5;

const word = bareWord;
const isVerb = (t: DocToken) => t.tags.has('Verb') && !LIGHT.some((l) => t.tags.has(l));
/** A person by name or by what they do ("the vet", "Dr. Lyle", "the CEO"), not a thing. */
const isPerson = (t: DocToken) => !t.tags.has('Pronoun') && (t.tags.has('Person') || t.tags.has('Actor') || wordClasses(word(t)).includes('clinician')) && !VICTIMS.has(word(t));
/** The verb's lemma, or a plain stem where compromise's conjugator guesses wrong ("siphoned" -> "siphone"). */
const lemmaOf = (t: DocToken, known: (l: string) => boolean) => {
  const first = t.tags.has('Verb') ? verbLemma(t) : word(t);
  return known(first) ? first : lemmaCandidates(word(t)).find(known) ?? first;
};
// A liaison: "sleeps with", "hooked up with", "fooling around with", "had an affair with".
const ROMANCE = set('sleep hook fool mess');
const LIAISON_LINK = set('with w up around an affair');
// Whom a liaison is with, when that makes it a matter of work: a person by role or by care, not kin.
const WORK_PARTNER = set('rep reps resident residents attending attendings intern interns student students fellow fellows boss director manager supervisor chief member vendor client clients coach teacher professor employee employees staffer subordinate subordinates tech techs nurse nurses doctor doctors surgeon surgeons physician resident trainee trainees pharmacist therapist counselor');
/** The index in `after` of a work partner past the liaison's "with", or -1. */
function liaisonPartner(after: DocToken[]): number {
  const w = after.map(word);
  const at = w.indexOf('with') >= 0 ? w.indexOf('with') : w.indexOf('w');
  // Only linking words before "with": "slept with", "hooked up with", not "slept through the night with".
  if (at < 0 || w.slice(0, at).some((o) => !LIAISON_LINK.has(o))) return -1;
  let k = w.findIndex((o, j) => j > at && j <= at + 5 && (WORK_PARTNER.has(o) || wordClasses(o).some((c) => c === 'clinician' || c === 'patient')));
  if (k < 0 || w.slice(at + 1, k).some((o) => wordClasses(o).includes('relative'))) return -1;
  // To the head of the partner's phrase ("a student nurse").
  while (after[k + 1]?.tags.has('Noun') && !after[k + 1].tags.has('Pronoun') && !/[,;:.!?]/.test(after[k].post)) k++;
  return k;
}
// A part of a sum, or the sum itself, passed back.
const SHARE = set('cut cuts share percentage percent portion money cash');
// Clinical acts, and the doer's own gain given as their reason.
const CARE_ACTS = set('order prescribe refer schedule perform recommend push admit operate scan test');
const PURPOSE = /^[^.;!?]{0,80}?\b(?:because|since|so|to)\s+([^.;!?]{0,60})/iu;
const GAIN = /\b(?:owns?|owned|stake|piece of|share of|cut of|kickbacks?|juice|pad|boost|inflate)\b[^.;!?]{0,30}?\b(?:lab|labs|company|companies|clinic|center|centre|practice|pharmacy|dme|imaging|stake|share|piece|rvus?|numbers|bonus|billing|wallet|pockets?|them|it)\b/iu;
const selfGain = (rest: string) => GAIN.test(PURPOSE.exec(rest)?.[1] ?? '');
const KNOWN = new Set([...LEGAL, ...FALSIFY, ...TAKE, ...HARM, ...CONCEAL, ...BILL, ...LET, ...MISS, ...EXPOSE, ...IGNORE, ...TELL, ...ROMANCE, ...CARE_ACTS, 'lie', 'kick', 'patch', 'send', 'get', 'make', 'sit', 'keep', 'know', 'lose', 'chart', 'document', 'log', 'report', 'record', 'sign']);
const breaks = (t: DocToken) => t.tags.has('Conjunction') || /^(?:who|whom|whose|which|that|where|when|because|but|while|if|unless|although|though)$/.test(word(t));
const victim = (w: string) => VICTIMS.has(w) || wordClasses(w).some((c) => c === 'patient' || c === 'relative');

/** The subject before verb `i`: the nearest noun or pronoun in the clause. */
function subjectOf(tokens: DocToken[], i: number): DocToken | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 2 * REACH); j--) {
    const t = tokens[j];
    // "asked me to keep it quiet": past the infinitive's "to" to whoever is to do it.
    if (word(t) === 'to' && j === i - 1) continue;
    if (breaks(t) || /[,;:.!?]/.test(t.post)) return undefined;
    if ((t.tags.has('Pronoun') && !t.tags.has('Possessive')) || THING.test(word(t))) return t;
    if (isVerb(t) && !t.tags.has('Participle')) continue;
    if ((t.tags.has('Noun') || t.tags.has('Pronoun')) && !t.tags.has('Possessive')) {
      // "The supervisor at the plant fudged": past a prepositional phrase to its head.
      let k = j - 1;
      while (k >= 0 && j - k <= 3 && (t.tags.has('Noun') && !t.tags.has('Pronoun')) && (tokens[k].tags.has('Determiner') || tokens[k].tags.has('Adjective') || tokens[k].tags.has('Possessive') || (tokens[k].tags.has('Noun') && !tokens[k].tags.has('Pronoun')))) k--;
      if (k > 0 && t.tags.has('Noun') && !t.tags.has('Pronoun') && tokens[k].tags.has('Preposition') && /^(?:at|from|on|in|of|over|across|near|by|with)$/.test(word(tokens[k]))) {
        j = k;
        continue;
      }
      return t;
    }
  }
  return undefined;
}

/** Words after verb `i` in its clause, up to `n`. */
function objectWords(tokens: DocToken[], i: number, n = REACH): DocToken[] {
  const out: DocToken[] = [];
  for (let j = i + 1; j < tokens.length && out.length < n; j++) {
    const t = tokens[j];
    out.push(t);
    if (/[,;:.!?]/.test(t.post) || (j > i + 1 && breaks(t))) break;
  }
  return out;
}

// "the owner bills Medicaid", "their crew pads their mileage": compromise reads a plural noun; a
// doer before it and a payer or a determined object after it make it the verb.
const BILL_FORMS = /^(?:bills|charges|invoices|pads|fakes|fudges|forges|inflates|falsifies|backdates|pockets|skims|siphons|refers|orders|prescribes|kicks)$/;
const PAYER = /^(?:the|a|an|his|her|their|its|every|each|all|medicare|medicaid|insurance|insurers?|patients?|families|people's|people|tricare|payers?|hospitals?)$/;
function billsAsVerb(tokens: DocToken[], i: number): boolean {
  const prev = tokens[i - 1];
  return BILL_FORMS.test(word(tokens[i])) && !!prev && PAYER.test(word(tokens[i + 1] ?? tokens[i])) && (prev.tags.has('Noun') || prev.tags.has('Pronoun')) && !prev.tags.has('Possessive') && !prev.tags.has('Adjective') && !/^(?:medical|hospital|er|the|our|my|your|their|his|her)$/.test(word(prev));
}

/** The work word a few words after `i` that a preposition puts the act inside ("on the job", "during his shift"). */
function atWorkAfter(tokens: DocToken[], i: number): DocToken | undefined {
  for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
    if (AT_WORK.has(word(tokens[j])) && tokens.slice(Math.max(i + 1, j - 2), j).some((o) => DURING.has(word(o)))) return tokens[j];
    if (/[,;:.!?]/.test(tokens[j].post)) return undefined;
  }
  return undefined;
}

const negatedAt = (tokens: DocToken[], i: number) => tokens.slice(Math.max(0, i - 3), i + 1).some((t) => t.tags.has('Negative') || /^(?:never|not|no)$/.test(word(t)) || /n't$/.test(t.normal));

/** Damaging acts read as frames in one sentence; offsets are absolute, like the sentence's tokens. */
export function frameHits(s: DocSentence): FrameHit[] {
  const tokens = s.tokens.filter((t) => word(t));
  const out: FrameHit[] = [];
  const push = (i: number, last: DocToken, kind: FrameHit['kind'], lapse = false) => {
    const subject = subjectOf(tokens, i);
    // "he'd", "they're": the pronoun without its auxiliary.
    const sw = subject ? word(subject).replace(/'(?:d|s|ll|re|ve|m)$/, '') : '';
    if (subject && THING.test(sw) && !subject.tags.has('ProperNoun')) return;
    // A victim as the subject did not do it ("patients got hurt"): the frame reads active voice.
    if (subject && VICTIMS.has(sw) && !subject.tags.has('ProperNoun')) return;
    // "whoever wrote the password on the board": a doer nobody can name accuses no one.
    if (/^(?:whoever|someone|somebody|anyone|anybody|nobody)$/.test(sw)) return;
    const start = tokens[i].start;
    out.push({ start, end: last.end, text: s.text.slice(start - s.start, last.end - s.start), kind, own: FIRST.has(sw), negated: !lapse && negatedAt(tokens, i), subject: sw });
  };
  tokens.forEach((t, i) => {
    const w = word(t);
    if (isVerb(t) || (t.tags.has('Verb') && t.tags.has('Participle')) || billsAsVerb(tokens, i)) {
      const lemma = lemmaOf(t, (l) => KNOWN.has(l) || wordClasses(l).includes('wrongdoing-verb'));
      // The rest of the clause, bounded: a long text without stops must stay linear.
      const rest = s.text.slice(t.end - s.start, t.end - s.start + 200);
      const after = objectWords(tokens, i);
      const objects = after.map(word);
      // The object's whole noun phrase ("her mileage expenses").
      const lastOf = (k: number) => {
        while (after[k + 1]?.tags.has('Noun') && !after[k + 1].tags.has('Pronoun') && !/[,;:.!?]/.test(after[k].post)) k++;
        return after[k] ?? t;
      };
      // An object word counts as the head of its phrase, not as a modifier ("the falls committee").
      const found = (pred: (w: string) => boolean) => objects.findIndex((o, k) => pred(o) && !(after[k + 1]?.tags.has('Noun') && !pred(objects[k + 1]) && !after[k + 1].tags.has('Pronoun')));
      let k: number;
      // Given as the reason someone was let go ("pushed out for padding expense reports"), the act needs no determiner.
      const reason = word(tokens[i - 1] ?? t) === 'for' && /ing$/.test(w);
      if (LEGAL.has(lemma) && /ed$/.test(w) && (PASSIVE.test(word(tokens[i - 1] ?? t)) || /'s$/.test(tokens[i - 1]?.normal ?? ''))) {
        const party = subjectOf(tokens, i);
        // Only a party can be sued or disciplined: a person, a name, a firm; "the lump was investigated" is care.
        if (party && (party.tags.has('Pronoun') || party.tags.has('ProperNoun') || isPerson(party) || FIRMS.has(word(party))) && !MATTERS.has(word(party)) && !CLEARED.test(s.text)) return push(i, t, 'legal');
      }
      if (FALSIFY.has(lemma) && (!LOOSE_FALSIFY.has(lemma) || DETERMINED.test(objects[0] ?? '') || reason) && (k = found((o) => RECORDS.has(o))) >= 0) return push(i, lastOf(k), 'fraud');
      // "made up the numbers", "made the results up"
      if (lemma === 'make' && objects.includes('up') && (k = found((o) => RECORDS.has(o))) >= 0) return push(i, lastOf(Math.max(k, objects.indexOf('up'))), 'fraud');
      if (TAKE.has(lemma) && (k = found((o) => VALUABLES.has(o) || wordClasses(o).some((c) => TAKEN_CLASSES.has(c)))) >= 0) return push(i, lastOf(k), 'crime');
      // "sleeping with one of the residents", "had an affair with the vendor rep": a liaison with
      // someone met through work, where it is misconduct or favour; not family, not a pet.
      // ("messing with the interns" teases: only "messing around with" is a liaison.)
      if ((ROMANCE.has(lemma) && (objects.includes('around') || !/^(?:mess|fool)$/.test(lemma))) || (lemma === 'have' && objects.slice(0, 2).includes('affair'))) {
        const held = objectWords(tokens, i, 9);
        if ((k = liaisonPartner(held)) >= 0) return push(i, held[k], 'sexual');
      }
      if (HARM.has(lemma) || wordClasses(lemma).includes('wrongdoing-verb')) {
        k = found(victim);
        // "beat the others to the lot", "beat them at chess": a race or a game, not a blow.
        const game = lemma === 'beat' && k >= 0 && (objects[k + 1] === 'to' || (objects[k + 1] === 'at' && !DETERMINED.test(objects[k + 2] ?? 'the')));
        if (k >= 0 && !game) return push(i, lastOf(k), CHEAT.has(lemma) ? 'fraud' : 'malpractice');
        if (STRONG_HARM.has(lemma)) return push(i, t, lemma === 'embezzle' ? 'crime' : 'malpractice');
      }
      if (CONCEAL.has(lemma)) {
        const up = objects.indexOf('up');
        if (lemma === 'cover' || lemma === 'hush') {
          if (up >= 0 && up <= 3) return push(i, lastOf(up), 'dishonesty');
        } else if ((k = found((o) => CONCEALABLE.has(o) || (HIDE_ANYTHING.has(lemma) && HIDDEN_PRONOUN.has(o)))) >= 0 && !objects.slice(0, k).some((o) => o === 'for' || o === 'from')) return push(i, lastOf(k), 'dishonesty');
      }
      // "sat on it", "kept it quiet", "kept the results under wraps"
      const on = objects[1] === 'the' || objects[1] === 'those' || objects[1] === 'these' ? 2 : 1;
      if (lemma === 'sit' && objects[0] === 'on' && (CONCEALABLE.has(objects[on] ?? '') || HIDDEN_PRONOUN.has(objects[on] ?? '')) && !after[on + 1]?.tags.has('Noun')) return push(i, lastOf(on), 'dishonesty');
      // "sat on infected feet for weeks": a condition left untreated.
      if (lemma === 'sit' && objects[0] === 'on' && (k = found((o) => FINDINGS.has(o) || UNTREATED.has(o) || wordClasses(o).some((c) => c === 'illness' || c === 'body-part'))) > 0 && FOR_LONG.test(s.text.slice(after[k].end - s.start, after[k].end - s.start + 80))) return push(i, lastOf(k), 'malpractice');
      if (w === 'kept' && (k = found((o) => o === 'quiet' || o === 'secret' || o === 'wraps' || o === 'hidden')) >= 0 && k <= 4 && found((o) => CONCEALABLE.has(o) || HIDDEN_PRONOUN.has(o)) >= 0) return push(i, lastOf(k), 'dishonesty');
      if (lemma === 'know') {
        const knower = word(subjectOf(tokens, i) ?? t);
        if (!ANYBODY.test(knower) && (KNEW_AFTER.test(rest) || (w === 'knew' && KNOWER.test(knower) && KNEW_END.test(rest)))) return push(i, t, 'dishonesty');
      }
      if (lemma === 'lose' && (k = found((o) => LOSABLE.has(o))) >= 0) return push(i, lastOf(k), 'malpractice');
      if (LET.has(lemma)) {
        const held = objectWords(tokens, i, 8);
        const w8 = held.map(word);
        const at = w8.findIndex((o, j) => j > 0 && LEFT_STATE.has(o));
        const someone = w8.slice(0, Math.max(0, at)).some((o, j) => victim(o) || isPerson(held[j]) || /^(?:him|her|them|man|woman|guy|lady|kid|baby|grandma|grandpa|people)$/.test(o));
        // "let her sit with her baby for hours" is kindness: company, not neglect.
        const company = w8[at + 1] === 'with' && !/^(?:a|an)$/.test(w8[at + 2] ?? '');
        if (at > 0 && someone && !company && (FOR_LONG.test(s.text.slice(held[at].end - s.start, held[at].end - s.start + 120)) || /^(?:bleed|bleeding|bled)$/.test(w8[at]))) return push(i, held[at], 'malpractice');
      }
      if (GIVE.has(lemma)) {
        // The one harmed first, then (after "with" for "left") the harm as its own phrase's head.
        const held = objectWords(tokens, i, 9);
        const w9 = held.map(word);
        const who = w9.findIndex((o) => HARMED.has(o) || victim(o));
        const at = who < 0 ? -1 : w9.findIndex((o, j) => j > who && (lemma === 'give' || w9.slice(who + 1, j).includes('with')) && harmWord(o) && !held[j + 1]?.tags.has('Noun'));
        // Only modifiers between the one harmed and the harm: "gave my dad his life back after the stroke" gives life.
        const between = held.slice(who + 1, Math.max(who + 1, at));
        if (who >= 0 && at > who && at - who <= 6 && !between.some((o) => o.tags.has('Possessive') || (o.tags.has('Preposition') && word(o) !== 'with'))) return push(i, held[at], 'malpractice');
      }
      // "a heart defect that Northgate missed": the finding before the relative clause.
      if (MISS.has(lemma) && [2, 3, 4].some((d) => i > d && /^(?:that|which)$/.test(word(tokens[i - d])) && (FINDINGS.has(word(tokens[i - d - 1])) || wordClasses(word(tokens[i - d - 1])).includes('illness')))) return push(i, t, 'malpractice');
      if (TELL.has(lemma) && (TOLD_NOBODY.has(objects[0] ?? '') || (objects[0] === 'no' && objects[1] === 'one')) && (WENT_ON.test(rest) || tokens.some((o) => CONCEALABLE.has(word(o)) || wordClasses(word(o)).includes('illness')))) return push(i, after[0], 'dishonesty');
      if (TELL.has(lemma) && /^(?:was|were|been|got)$/.test(word(tokens[i - 1] ?? t)) && DID_NOTHING.test(rest)) return push(i, t, 'dishonesty');
      if (lemma === 'send' && (k = objects.indexOf('home')) >= 0 && k <= 4 && GRAVE.test(rest)) return push(i, after[k], 'malpractice');
      if (lemma === 'get' && (k = objects.findIndex((o) => HOOKED.has(o))) > 0 && objects.slice(0, k).some(victim) && ON_DRUG.test(rest)) return push(i, after[k], 'malpractice');
      if (MISS.has(lemma) && (k = found((o) => FINDINGS.has(o) || wordClasses(o).includes('illness'))) >= 0) return push(i, lastOf(k), 'malpractice');
      // A lapse needs a doer in the clause ("our CIO kept ..."); "whoever wrote it on the board" is nobody.
      if (EXPOSE.has(lemma) && (lemma === 'sell' || subjectOf(tokens, i)) && (k = found((o) => CREDENTIALS.has(o))) >= 0 && (lemma === 'sell' || EXPOSED.test(s.text.slice(after[k].end - s.start, after[k].end - s.start + 80)))) return push(i, lastOf(k), 'malpractice');
      // "never patched the servers": here the negation is the lapse, not a denial.
      if (lemma === 'patch' && negatedAt(tokens, i) && (k = found((o) => HOLES.has(o))) >= 0) return push(i, lastOf(k), 'malpractice', true);
      if (IGNORE.has(lemma) && (k = found((o) => HOLES.has(o))) >= 0) return push(i, lastOf(k), 'malpractice');
      if (RECORD_VERBS.has(lemma) && !/^(?:to|the|a)$/.test(word(tokens[i - 1] ?? t)) && (k = found((o) => RECORDED.has(o) || RECORDS.has(o))) >= 0 && (ELSEWHERE.test(rest) || NEVER_DONE.test(rest))) return push(i, lastOf(k), 'fraud');
      // Care ordered for the doer's own money: "orders sleep studies because he owns the DME company",
      // "a CT on every admit to juice their RVUs". The purpose clause names the gain.
      if (CARE_ACTS.has(lemma) && selfGain(rest)) return push(i, t, 'fraud');
      // "kicks a cut of the savings back to the CFO": a share of money passed back to whoever sends the business.
      const kicked = lemma === 'kick' ? objectWords(tokens, i, 9).map(word) : [];
      if (lemma === 'kick' && (k = kicked.indexOf('back')) > 0 && kicked[k + 1] === 'to' && kicked.slice(0, k).some((o) => SHARE.has(o) || wordClasses(o).some((c) => c === 'money' || c === 'gift'))) return push(i, tokens[i + 1 + k], 'fraud');
      // "lied under oath": to a court, not a fib.
      if (lemma === 'lie' && objects[0] === 'under' && objects[1] === 'oath') return push(i, after[1], 'dishonesty');
      // "for billing questions" is a topic; "for billing Medicare for ..." names a payer billed, an act.
      const billedPayer = /^(?:for|by)$/.test(word(tokens[i - 1] ?? t)) && /ing$/.test(w) && PAYER.test(word(tokens[i + 1] ?? t)) && !/^(?:the|a|an|his|her|their|its)$/.test(word(tokens[i + 1] ?? t));
      if (BILL.has(lemma) && (billedPayer || !/^(?:in|of|for|the|a|our|their|his|her|to)$/.test(word(tokens[i - 1] ?? t))) && BILLED_FOR.test(rest) && (BILLED_FALSELY.test(rest) || BILLED_AS_OTHER.test(rest) || BILLED_LESS.test(rest))) return push(i, t, 'fraud');
    }
    // "drinks on the job", "was drinking during the case": drink at work, not after it; no object or a drink's.
    if (isVerb(t) && lemmaOf(t, (l) => l === 'drink') === 'drink' && (!tokens[i + 1]?.tags.has('Noun') || DRINK_PLACE.has(word(tokens[i + 1])))) {
      const at = atWorkAfter(tokens, i);
      if (at) return push(i, at, 'impairment');
    }
    // "showed up drunk to his shift", "arrived at your appointment intoxicated"
    const arrivedAt = tokens.slice(Math.max(0, i - 5), i).findIndex((o) => ARRIVE.has(word(o)));
    const idiom = IMPAIRED_PHRASE.exec(s.text.slice(t.start - s.start, t.start - s.start + 40));
    const phrase = idiom !== null;
    const impaired = phrase || ((IMPAIRED.has(w) || (IMPAIRED_AFTER_VERB.has(w) && arrivedAt >= 0)) && !tokens[i + 1]?.tags.has('Noun') && !(word(tokens[i + 1] ?? t) === 'on' && HARMLESS_CAUSE.has(word(tokens[i + 2] ?? t))));
    const verbBefore = () => tokens.slice(Math.max(0, i - 6), i).map((o, j) => (isVerb(o) || ARRIVE.has(word(o)) ? Math.max(0, i - 6) + j : -1)).filter((j) => j >= 0).pop();
    // An idiom ("half in the bag") is flagged whole, to its last word.
    const upTo = idiom ? tokens.slice(i).find((o) => o.end - t.start >= idiom[0].length) ?? t : t;
    if (impaired && tokens.slice(Math.max(0, i - 12), i + 12).some((o) => AT_WORK.has(word(o)))) return push(verbBefore() ?? i, upTo, 'impairment');
    // Anywhere else, a state in the predicate of a person ("the vet was drunk when he...", "is lowkey high half the time").
    if (impaired && arrivedAt >= 0) {
      const at = verbBefore();
      const doer = at === undefined ? undefined : subjectOf(tokens, at);
      if (doer && (PERSON_SUBJECT.test(word(doer).replace(/'\w+$/, '')) || isPerson(doer))) return push(at!, upTo, 'impairment');
    }
    // "shows up smelling like bourbon", "oliendo a alcohol"
    if (SMELL.has(w) && /^(?:like|of|a)$/.test(word(tokens[i + 1] ?? t))) {
      const k = tokens.slice(i + 2, i + 5).findIndex((o) => DRINK_PLACE.has(word(o)) || wordClasses(word(o)).includes('drug'));
      if (k >= 0) return push(i, tokens[i + 2 + k], 'impairment');
    }
  });
  return out;
}

/**
 * Whether the verb at `at` has a thing for its subject ("prior auth is hurting patients",
 * "understaffing hurts residents"): an opinion about a policy or a shortage, not an accusation.
 * Passives ("the data were fabricated") keep their subject: it is what was done to.
 */
export function thingDoes(s: DocSentence, at: number): boolean {
  return doerAt(s, at) === 'thing';
}

/** Whether the verb at `at` has the writer or their team for its subject ("I missed a fracture once"): their own mistake. */
export function ownDoes(s: DocSentence, at: number): boolean {
  return doerAt(s, at) === 'own';
}

function doerAt(s: DocSentence, at: number): 'thing' | 'own' | undefined {
  // Only the words just before the verb: a long text must stay linear.
  const tokens = s.tokens.filter((t) => t.start <= at && t.start >= at - 200 && word(t));
  const i = tokens.findIndex((t) => t.start === at);
  if (i < 0 || !isVerb(tokens[i])) return undefined;
  const prev = tokens[i - 1];
  if (prev && /^(?:is|are|was|were|be|been|being|get|gets|got|gotten)$/.test(word(prev)) && !tokens[i].tags.has('Gerund')) return undefined;
  const subject = subjectOf(tokens, i);
  if (!subject) return undefined;
  if (THING.test(word(subject)) && !subject.tags.has('ProperNoun')) return 'thing';
  // Only a subject right before the verb ("I missed", "we lost"): further back it may be another clause's.
  return FIRST.has(word(subject)) && tokens.indexOf(subject) >= i - 2 ? 'own' : undefined;
}
