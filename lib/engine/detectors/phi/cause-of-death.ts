// How a recognizable person died, when it was by their own hand or by an overdose ("the Larsen
// boy died by suicide", "our old pharmacist Tom Ferris took his own life", "Javier M., the young
// man from the carwash, overdosed", "drank himself to death"): a cause of death is health
// information about them, with no disease word from the health lexicon. Figures of speech
// ("killed himself laughing", "overdosed on Christmas cookies"), talks and campaigns about
// suicide, and celebrities' deaths in the news are not.
import { memoBySentence, type Doc } from '../../doc';
import type { Fact } from './facts';
import type { Link } from './link';
import type { Subject } from './subjects';

const CAUSE = String.raw`(?:committed|commits|died\s+by|died\s+of|death\s+by|lost\s+(?:his|her|their)\s+(?:battle|fight)\s+(?:to|with))\s+suicide|took\s+(?:his|her|their)\s+own\s+life|ended\s+(?:his|her|their)\s+(?:own\s+)?life|killed\s+(?:himself|herself|themselves)(?!\s+(?:laughing|working|trying|for\s+(?:us|them|you|this|that|the\s+team)|to\s+(?:get|make|finish|keep|help)|at\s+(?:work|the\s+gym)|with\s+(?:work|laughter)))|(?:hanged|hung|shot)\s+(?:himself|herself|themselves)|(?:fatal(?:ly)?\s+)?overdosed?(?!\s+on\s+(?:sugar|candy|cookies|coffee|caffeine|cuteness|netflix|tv|pie|cake|chocolate|carbs|puns|love|christmas|holiday|pumpkin|halloween|memes))|od['’]?d|died\s+of\s+(?:an?\s+)?(?:overdose|od|fentanyl|heroin)|drank\s+(?:himself|herself|themselves)\s+to\s+death|drinking\s+(?:himself|herself|themselves)\s+to\s+death`;
// After the person, in the same clause (an aside with commas may come between: "Javier M., the young man ..., died by suicide").
const TOLD_AFTER = new RegExp(String.raw`^(?:['’]s)?[^.!?;\n]{0,80}?\b(${CAUSE})\b`, 'iu');
// A campaign, a talk or a statistic about suicide; a celebrity in the news.
const NOT_A_DEATH = /\b(?:prevention|awareness|hotline|lifeline|rate|rates|stats?|statistics|talk(?:s|ed)?\s+about|spoke|speaks|book|song|movie|film|show|series|documentary|podcast|article|attempt(?:ed|s)?|almost|nearly|tried|thought\s+about|threaten(?:s|ed)?)\b/i;
const FAMOUS = /\b(?:actor|actress|singer|rapper|star|celebrity|comedian|musician|legend|icon|rock\s*star|band|frontman|athlete|nfl|nba|mlb|hollywood|famous)\b/i;
const WHO = new Set(['name', 'descriptor', 'unique', 'old-age', 'relative', 'colleague']);
const OTHER_DOER = /\b(?:i|we|you|my\s+(?:mom|dad|son|daughter|wife|husband|brother|sister))\b/i;

/** Recognizable people told dying by suicide or an overdose; not already linked. */
export function causeOfDeath(doc: Doc, subjects: Subject[], linked: ReadonlySet<Subject>): Link[] {
  const out: Link[] = [];
  for (const s of subjects) {
    if (!WHO.has(s.kind) || s.addressed || s.kin || linked.has(s)) continue;
    const sentence = doc.sentences[s.sentence];
    if (!sentence) continue;
    // (Bounded: the cause is told within the clause after the person; the sentence is read once.)
    const after = doc.text.slice(s.end, Math.min(sentence.end, s.end + 140));
    const m = TOLD_AFTER.exec(after);
    if (!m || memoBySentence(sentence, NOT_A_DEATH, (t) => NOT_A_DEATH.test(t) || FAMOUS.test(t)) || OTHER_DOER.test(after.slice(0, m[0].length - m[1].length))) continue;
    const start = s.end + m[0].length - m[1].length;
    const fact: Fact = { kind: 'care-event', start, end: s.end + m[0].length, sentence: s.sentence, weak: false };
    const attributes = subjects.filter((o) => o !== s && o.sentence === s.sentence && (o.kind === 'date' || o.kind === 'age' || o.kind === 'old-age' || o.kind === 'place'));
    out.push({ subject: s, attributes, facts: [fact], cues: [], tight: true });
  }
  return out;
}
