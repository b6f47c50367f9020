// What is NOT PHI, as a privacy officer reads it: the author's own health, aggregate numbers,
// general education, a clinician's own bio, a public figure's own announcement, an invented case.
import { testDoc } from '../../by-sentence';
import { memoBySentence, type Doc } from '../../doc';
import { gated } from '../../text/regex-gate';
import { toldThemselves } from './told-themselves';

export interface PostContext {
  /** The whole post is an invented or composite case. */
  invented: boolean;
  /** Sentences that report a public figure's own statement about their health. */
  publicStatement: Set<number>;
  /** Sentences about counts of people, not one person. */
  aggregate: Set<number>;
  /** Sentences of general education or advice. */
  education: Set<number>;
  /** Sentences where the author speaks of their own health (and no one else's). */
  self: Set<number>;
  /** Sentences of a clinician's professional bio or a welcome of a new clinician. */
  bio: Set<number>;
  /** Sentences where the author introduces themselves ("hi i'm maya", "about me"): a name there is theirs. */
  intro: Set<number>;
}

const INVENTED = gated(/\b(?:hypothetical(?:ly)?|composite (?:case|patient|character|story)|a composite of|let'?s call (?:her|him|them)|fictional|fictitious|made[- ]up (?:case|patient|example|story)|imaginary|not a real (?:patient|person|case)|(?:imagine|picture) (?:a|this) (?:patient|scenario)|(?:practice|board|exam|test|quiz|nclex) (?:question|case|scenario)|caso (?:ficticio|inventado|hipot[eé]tico)|no es (?:un |una )?paciente real)\b/i);
const PUBLIC_STATEMENT = gated(/\b(?:say|says|saying|said|shared|sharing|announced|revealed|posted|disclosed|opened up|talked|spoke|wrote|told)\b[^.!?\n]{0,80}\b(?:(?:on|in|at) (?:his|her|their) own|on (?:the )?air|on (?:the )?(?:news|radio|tv|television|channel \d+)|publicly|in an interview|on (?:his|her|their) (?:podcast|page|show|channel|blog|account|instagram|website|social)|in (?:a|an|his|her|their|a new) (?:statement|press release|video|post|documentary|interview|memoir|book|podcast|essay|op-ed|special|speech)|at a press conference|told reporters|with the public)\b|\b(?:told (?:reporters|the press|the media)|at a press conference|in a (?:public )?statement)\b/i);
// "Governor Ellison announced she is recovering": a public figure telling their own news.
const PUBLIC_FIGURE_SAID = gated(/\b(?:Governor|Gov\.|Senator|Sen\.|Mayor|President|Congress(?:wo)?man|Rep\.|Representative|Secretary|Commissioner|Chancellor|Prime Minister|Bishop|Sheriff|Chief|Judge|Superintendent|Coach|[Aa]ctor|[Aa]ctress|[Ss]inger|[Rr]apper|[Ss]tar|[Cc]elebrity|[Aa]uthor|[Qq]uarterback|Olympian|[Cc]omedian|[Hh]ost|[Aa]nchor|[Ll]egend|[Ii]con|[Cc]hampion|[Mm]usician|[Aa]thlete)\s+(?:[A-Z][\p{L}'-]+\s+){1,3}(?:,?\s*who\s+)?(?:has\s+|had\s+|just\s+)?(?:announced|revealed|disclosed|shared|confirmed|posted|tweeted|said|told)\b[^.!?\n]{0,20}\b(?:she|he|they|that|her|his|their)\b/u);
// (A percentage read off one person, "satting 79%", "O2 at 88%", is a vital sign, not a rate;
// "your sleep study", told to the reader, is their test, not research: "her study" may be a researcher's.)
const AGGREGATE = /(?<!\b(?:satt?(?:ing|s)?|o2|spo2|pulse ox|at|@|down to|up to|dropped to|to)\s*)\b\d[\d,.]*\+?\s*%|\b(?:\d[\d,]*|hundreds|thousands|dozens)\s+(?:[\w-]+\s+){0,3}?(?:patients|people|visits|babies|admissions|cases|adults|children|kids|women|men|residents|families|deliveries|surgeries|procedures|encounters|screenings|participants|veterans|members|lives)\b|\b\d+ in \d+\b|(?<!\b(?:your|ur|yr)\s+(?:[\w-]+\s+)?)\b(?:median|average|rate|rates|per cent|percent|fewer|study|studies|trial|cohort|data)\b/i;
const EDUCATION = gated(/\b(?:if (?:you|your|someone)|ask your|talk (?:with|to) your|your (?:doctor|clinician|provider|pharmacist|primary care)|call 911|warning signs|signs (?:of|and)|symptoms (?:of|include|can)|can (?:show up|look like|cause|help)|most (?:people|women|men|kids|adults)|many people|in older adults|awareness (?:month|week|day)|psa\b|tip\b|pearl\b|teaching|reminder|when in doubt|don't (?:wait|drive)|schedule (?:that|your)|get (?:screened|checked|your)|know the (?:signs|symptoms|risks|facts|numbers|warning)|learn more|free (?:flu|blood|screenings)|walk-ins|we're hiring|now hiring|enrolling)\b/i);
// A sentence told about the author: it opens with "I", "my" or "got my", and names nobody else.
const SELF = /^\W*(?:i|i'm|i've|i was|i had|my|got my|had my|me)\b/i;
const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|they|them|their|patient|pt|client|guy|man|woman|lady|gentleman|kid|girl|boy|baby|mom|dad|grandma|grandpa|family|son|daughter|wife|husband|sister|brother|cousin|coworker|co-worker|colleague|neighbou?r|friend|roommate|boss|teacher|coach|uncle|aunt|niece|nephew|grandson|granddaughter|grandmother|grandfather|nana|granny|stepmom|stepdad|stepson|stepdaughter|boyfriend|girlfriend|fianc[eé]e?|in-law|mother|father|abuel[oa]|herman[oa]|esposo|esposa|hij[oa]|t[ií]a|t[ií]o|suegr[oa]|cuñad[oa]|prim[oa]|sobrin[oa]|niet[oa])\b/iu;
// ("about me", "hi i'm maya", "7 yrs in labor & delivery": the author introducing themselves.)
// (A greeting may come first: "hi new friends 👋 I'm Dr. Tessa Vogel".)
const GREETING_THEN_NAME = /\b(?:hi|hey|hello)\b[^.!?\n]{0,24}?\bI['’]?m\s+(?:Dr\.?\s+)?\p{Lu}/u;
const INTRO = /\b(?:about me|hi,? i'm|hey,? i'm|hello,? i'm|my name is|\d+\+?\s*(?:yrs?|years)\s+(?:in|of|as)\s+(?:practice|the field|nursing|outpatient|inpatient|labor|l&d|ortho|peds|the er|the ed|the icu|icu|nicu|pt|clinic|healthcare|medicine|dentistry|pharmacy))\b/i;
const BIO = /\b(?:about me|hi,? i'm|hey,? i'm|hello,? i'm|my name is|i'm dr\.?|i am dr\.?|\d+\+?\s*(?:yrs?|years)\s+(?:in|of|as)\s+(?:practice|the field|nursing|outpatient|inpatient|labor|l&d|ortho|peds|the er|the ed|the icu|icu|nicu|pt|clinic|healthcare|medicine|dentistry|pharmacy)|board[- ]certified in|i joined|i've joined|joined the|join(?:ing)? us|welcom(?:e|es|ed|ing)(?!\s+back)|board[- ]certified|specializ(?:es|ing|ed) in|special interest|fellowship|residency|trained (?:in|at)|completed (?:a|my|her|his)|accepting new patients|cares for (?:children|adults|patients|people|older adults|families)|treats (?:children|adults|patients|people)|my practice|our practice|years as an?|i've spent|meet (?:our|the|my) (?:new(?:est)? )?|say hello to|please welcome|\d+\+? years of (?:\S+ ){0,2}experience)\b/i;

/** The sentences where `test` holds, each sentence's answer memoized with it. */
function sentenceSet(doc: Doc, test: (text: string) => boolean): Set<number> {
  const out = new Set<number>();
  for (const s of doc.sentences) if (memoBySentence(s, test, test)) out.add(s.index);
  return out;
}

// "The mayor announced he has ...": a unique public role telling its own news.
const PUBLIC_ROLE_SAID = gated(/\b(?:[Tt]he|[Oo]ur)\s+(?:(?:new|former|town|city|county|local)\s+)?(?:mayor|sheriff|police chief|fire chief|governor|senator|congress(?:man|woman)|superintendent|principal|coach|pastor|bishop|anchor)\s+(?:has\s+|had\s+|just\s+)?(?:announced|revealed|disclosed|shared|confirmed|posted|tweeted|said|told)\b/);

// (Telling "her own mom" is telling a person, not telling one's own story in public.)
const OWN_PEOPLE = 'mom|mother|mama|dad|father|papa|parents?|family|husband|wife|partner|kids?|children|son|daughter|sister|brother|friends?|people|doctor|team|boss|manager';
// "talking openly about his own heart attack", "her candor about her own diagnosis": someone
// telling their own health story in public, as the verb and "own" together say.
const OWN_STORY = gated(new RegExp(String.raw`\b(?:said|talk(?:s|ed|ing)?|post(?:s|ed|ing)?|speak(?:s|ing)?|spoke|writ(?:es|ing|ten)|wrote|shar(?:es|ed|ing)|open(?:s|ed|ing)? up|candou?r|honesty|told|telling|(?:op-eds?|essays?|columns?|memoirs?|speech(?:es)?)|went public|go(?:es|ing)? public|(?:went|go(?:es|ing)?|gone|spoke|spoken) on (?:the )?record|hablando|habla|habló)\b[^.!?\n]{0,80}\b(?:his|her|their|su|sus) (?:own|propi[oa]s?)\b(?!\s+(?:${OWN_PEOPLE})\b)|\b(?:hablando|habla|habló) de su\b`, "i"));
// A press conference, hearing or broadcast is public by its nature ("at yesterday's press conference").
const PUBLIC_VENUE = gated(/\b(?:at|during|on) (?:the|a|an|today's|yesterday's|last night's|this morning's|[\p{L}]+'s) (?:press conference|hearing|broadcast|town hall|rally|commencement|keynote|board meeting|school board meeting|interview)\b[^.!?\n]{0,80}\b(?:(?:his|her|their) (?:own )?[\p{L}-]+|that (?:he|she|they)\b)/iu);

// Telling it oneself, in public: "posted herself that she's doing cardiac rehab", "going public
// with her diagnosis", "the mayor's own post about his knee", "her letter in Sunday's Gazette".
const SELF_TOLD = gated(/\b(?:post(?:ed|ing)|shar(?:ed|ing)|wr(?:ote|iting)|sa(?:id|ying)|announc(?:ed|ing)|tweet(?:ed|ing)|reveal(?:ed|ing)|disclos(?:ed|ing)|explain(?:ed|ing))\s+(?:it\s+)?(?:himself|herself|themselves)\b|\b(?:cont[oó]|dijo|comparti[oó]|public[oó]|anunci[oó]|revel[oó]|escribi[oó])\s+(?:[eé]l|ella|ellos|ellas)\s+mism[oa]s?\b|\b(?:went|goes|going|gone|go)\s+public\s+(?:with|about)\s+(?:his|her|their)\b|\b(?:his|her|their|[\p{L}]+['’]s)\s+own\s+(?:post|posts|statement|announcement|words|video|letter|op-ed|column|update|story|account)\b|\b(?:letter|column|op-ed|essay|interview|statement)\s+(?:in|on|to)\s+(?:the\s+|this\s+|today['’]s\s+|[\p{L}]+['’]s\s+)?(?:[\p{L}]+\s+)?(?:gazette|times|post|herald|tribune|journal|news|paper|newspaper|magazine|podcast|show|register|courier|chronicle|press)\b/iu);
// The next sentence goes on telling what they said: "She shared that she was diagnosed ...".
const RETOLD = gated(/^\W*(?:she|he|they)\s+(?:also\s+|then\s+)?(?:shared|said|wrote|announced|revealed|explained|added|posted|told)\b/i);
const tester = (re: RegExp) => (text: string) => re.test(text);
// Telling it to an audience: "has talked openly about her lupus", "told everybody on the air he got
// his colonoscopy", "told listeners on her radio show".
// Told on air: "talked about her polyp on the news", "did his own prep on camera".
const ON_AIR = gated(/\b(?:talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|said|says|shared|did|does|doing)\b[^.!?\n]{0,60}\b(?:his|her|their)\b[^.!?\n]{0,40}\b(?:on (?:the news|camera|tv|television|air|the air|live tv|the radio|national tv|a livestream)|in a (?:tv|televised|radio) (?:interview|segment|spot))\b/i);
const TOLD_AUDIENCE = gated(/\b(?:talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|writ(?:es|ing)|wrote|post(?:s|ed|ing)?|been)\s+(?:very\s+|so\s+)?(?:openly|publicly|candidly|honestly)\s+(?:(?:in|on|at|during)\s+(?:his|her|their|the|a)\s+[\w-]+\s+)?(?:about|on)\s+(?:his|her|their|[\w-]+ing\s+(?:his|her|their))\b|\btold\s+(?:everybody|everyone|listeners|viewers|fans|followers|the (?:crowd|audience|congregation))\s+(?:on|at|during|in)\s+(?:the air|air|(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:show|podcast|channel|broadcast|stream|concert|page))\b/i);
// A newspaper or a station told by the person themselves ("telling the Millbrook Ledger himself"),
// and a person's own published piece about their health ("Kevin Love's essay about having a panic attack").
const TOLD_OUTLET_THEMSELVES = gated(/\b(?:[Tt]old|[Tt]elling|[Tt]ells)\s+the\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:himself|herself|themselves)\b/u);
const OWN_PIECE = gated(/\b\p{Lu}[\p{L}'’-]+['’]s\s+(?:new\s+|recent\s+|viral\s+|famous\s+)?(?:essay|memoir|op-ed|column|interview|podcast|documentary|book|speech|video|statement|announcement)\s+(?:about|on)\s+(?:having|being|living|surviving|battling|fighting|his|her|their)\b/u);
const isPublicStatement = (text: string) =>
  toldThemselves(text) || TOLD_OUTLET_THEMSELVES.test(text) || OWN_PIECE.test(text) ||
  TOLD_AUDIENCE.test(text) || ON_AIR.test(text) || PUBLIC_STATEMENT.test(text) || PUBLIC_FIGURE_SAID.test(text) || PUBLIC_ROLE_SAID.test(text) || OWN_STORY.test(text) || PUBLIC_VENUE.test(text) || SELF_TOLD.test(text);

// The next sentence praises them for telling it in public: "Love that she's sharing the hard parts publicly."
// (Saying it oneself may be to the nurse: only posting, sharing or writing it oneself is public.)
const SHARED_PUBLICLY = gated(/\b(?:shar|talk|post|writ|open|announc)(?:e|es|ed|ing|s)?\b[^.!?\n]{0,40}\b(?:publicly|in public|herself|himself|themselves)\b|\b(?:(?:say|tell)(?:s|ing)?|said|told)\b[^.!?\n]{0,40}\b(?:publicly|in public|on (?:the )?air)\b/i);

function publicStatements(doc: Doc): Set<number> {
  const out = sentenceSet(doc, isPublicStatement);
  for (const s of doc.sentences) if (out.has(s.index - 1) && RETOLD.test(s.text)) out.add(s.index);
  for (const s of doc.sentences) if (s.index > 0 && SHARED_PUBLICLY.test(s.text) && /\b(?:she|he|they|her|his|their|herself|himself|themselves)\b/i.test(s.text)) out.add(s.index - 1);
  return out;
}
const isAggregate = tester(AGGREGATE);
const isEducation = tester(EDUCATION);
// "I'm glad the new hip has you back in your garden": the one addressed is who it is about.
const READER = /\b(?:you|your|you're|you've|ur|yr)\b/i;
const FEELING_FOR = gated(/^\W*(?:i'm|i am|i was|i)\s+(?:so\s+|really\s+|very\s+)?(?:glad|sorry|happy|thrilled|relieved|proud|honou?red|grateful|thankful|remember)\b/i);
// "... for my own palpitations": "my own" says whose health it is, wherever the sentence starts.
const MY_OWN = /\bmy own\b/i;
const isSelf = (text: string) => (SELF.test(text) || MY_OWN.test(text)) && !THIRD_PERSON.test(text) && !(READER.test(text) && FEELING_FOR.test(text));
const isBio = tester(BIO);

// A post that opens as a lesson ("PSA:", "Teaching pearl:") is general education throughout.
const LESSON_OPENING = gated(/^\W*(?:(?:[\p{L}]+\s+){0,2}psa\s*:|(?:[\p{L}]+\s+){1,2}101\b[^:.!?\n]{0,30}:\s*|psa|teaching (?:pearl|point|film|case)|pearl|tip|reminder|fun fact|did you know|(?:practice|board|review|exam|test|quiz|nclex)\s+(?:question|case|scenario)s?|nclex|quiz)\b/iu);

// A greeting to new readers on its own ("👋 new followers!", "hi new friends!") opens a
// self-introduction: the sentence after it is the writer's ("sports PT, 42, boy mom x2").
const GREETING_ONLY = /^\W*(?:(?:hi|hey|hello|welcome)\s+)?(?:to\s+)?(?:all\s+)?(?:my\s+)?new\s+(?:followers|friends|folks|people|faces)\W*$/iu;

function introSentences(doc: Doc): Set<number> {
  const out = sentenceSet(doc, (text) => INTRO.test(text) || GREETING_THEN_NAME.test(text));
  for (const s of doc.sentences) if (GREETING_ONLY.test(s.text)) out.add(s.index).add(s.index + 1);
  return out;
}

// A post that opens with a name signed with a credential ("Walter Brennan, MD.", "Ana Ruiz, RN, CNM")
// is a professional bio throughout: the roles and specialties in it are the author's.
const CREDENTIAL_OPENING = /^\W*(?:Dr\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s*(?:MD|M\.D\.|DO|RN|BSN|MSN|NP|FNP|APRN|CNM|CRNA|PA-C|PA|PharmD|DPT|PT|OT|OTR|DDS|DMD|DC|PhD|PsyD|LCSW|LPC|LMFT|RD|RDN|IBCLC|CNA|LPN)\b/u;

function bioSentences(doc: Doc): Set<number> {
  const first = doc.sentences[0];
  if (first && CREDENTIAL_OPENING.test(first.text)) return new Set(doc.sentences.map((s) => s.index));
  return sentenceSet(doc, isBio);
}

export function readContext(doc: Doc): PostContext {
  const lesson = testDoc(doc, LESSON_OPENING);
  return {
    invented: testDoc(doc, INVENTED),
    publicStatement: publicStatements(doc),
    aggregate: sentenceSet(doc, isAggregate),
    education: lesson ? new Set(doc.sentences.map((s) => s.index)) : sentenceSet(doc, isEducation),
    self: sentenceSet(doc, isSelf),
    bio: bioSentences(doc),
    intro: introSentences(doc),
  };
}
