// The frame of claims against proven care: a vaccine, a medicine or a class of them, said to
// be a fraud, a poison, harmful, worthless or unneeded ("antidepressants are a scam", "flu
// shots do more harm than good", "the HPV vaccine isn't worth it", "the flu shot tanks your
// mood for weeks"), or to harm more people than the illness it prevents ("more bad reactions
// to the flu shot than to the flu"). Read over tokens: the care word, then its predicate in
// the same clause; reported speech and negation ("vaccines are not poison") are not the claim.
import type { DocSentence, DocToken } from '../../doc';
import { wordClasses } from '../../lexicons/wordnet';
import { MEDICINE } from '../../lexicons/policy/health-claims';
import { BODY_SYSTEMS, CARE_CLASSES, DISPARAGING, HARM_VERBS, VACCINE_WORDS } from '../../lexicons/policy/remedies';
import { gated } from '../../text/regex-gate';
import { endsClause, word } from './efficacy';

const CARE = new Set([...VACCINE_WORDS, ...CARE_CLASSES]);
const MEDICINE_WORD = gated(new RegExp(`^${MEDICINE}$`, 'iu'));
const DISPARAGE = new Set(DISPARAGING);
const HARM = new Set(HARM_VERBS);
const SYSTEMS = new Set(BODY_SYSTEMS);
const NEGATION = /^(?:not|no|never|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|cannot|can't|nothing)$/;
// Whoever is quoted says it, not the writer ("people say the shot is poison").
const REPORTED = /^(?:say|says|said|claim|claims|claimed|think|thinks|believe|believes|heard|hear|myth|rumor|told)$/;
// "isn't worth it", "isn't even necessary": here the negation is the claim.
const UNNEEDED = /^(?:worth|necessary|needed|required)$/;
const HARM_COMPARED = /^(?:reactions?|harm|damage|problems|injuries|deaths|complications|side)$/;

const isCare = (s: DocSentence, t: DocToken): boolean => {
  const x = word(t);
  if (CARE.has(x) || MEDICINE_WORD.test(x) || wordClasses(x).includes('drug')) return true;
  return s.mentions.some((m) => m.layer === 'health' && m.kind === 'medication' && m.start <= t.start && t.end <= m.end);
};

export interface CareAttack {
  start: number;
  end: number;
  /** Against a vaccine, rather than a medicine. */
  vaccine: boolean;
}

/** The predicate after the care word at `c`: its last token, or -1. */
function predicateAfter(s: DocSentence, c: number): number {
  const toks = s.tokens;
  let negated = false;
  for (let i = c + 1; i < Math.min(toks.length, c + 8); i++) {
    const x = word(toks[i]);
    if (NEGATION.test(x) || /n't$/.test(x)) negated = true;
    // "can be dangerous", "may weaken": a risk stated as a possibility is education.
    if (/^(?:can|could|may|might|sometimes|rarely|occasionally)$/.test(x)) return -1;
    if (UNNEEDED.test(x) && negated) return i;
    // "antidepressants only mask the problem": care said to hide an illness, never to treat it.
    if (/^(?:hides?|masks?|covers?)$/.test(x) && /^(?:only|just)$/.test(word(toks[i - 1])) && !negated) return x.startsWith('cover') && word(toks[i + 1]) === 'up' ? i + 1 : i;
    // "the flu shot doesn't even work": care denied any effect at all, said of nothing in
    // particular ("antibiotics don't work on viruses" says what it does not work on).
    if (/^(?:work|works|help|helps)$/.test(x) && negated && (i + 1 >= toks.length || endsClause(toks[i]) || /^(?:anyway|anyways|period|lol)$/.test(word(toks[i + 1])))) return i;
    // "childhood vaccines are unnecessary": declared needless for everyone, not for a case ("for most colds").
    if (/^(?:unnecessary|needless)$/.test(x) && !negated && !toks.slice(i + 1, i + 4).some((t) => /^(?:for|in|if|unless|with)$/.test(word(t)))) return i;
    if (DISPARAGE.has(x) && !negated) return i;
    // "do(es) more harm than good", "causes more problems than it prevents".
    if (x === 'more' && HARM_COMPARED.test(word(toks[i + 1])) && !negated) return i + 1;
    // "weakens your immune system", "tanks your mood", "just make it worse".
    if (HARM.has(x) && !negated) {
      for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
        const y = word(toks[j]);
        if (SYSTEMS.has(`${y} ${word(toks[j + 1])}`)) return j + 1;
        if (SYSTEMS.has(y) || /^(?:mood|heart|kidneys|liver|gut|brain|body|skin|stomach|memory|fertility)$/.test(y)) return j;
      }
    }
    // "just make it worse", "make depression worse in the long run": care said to worsen what it treats.
    if (/^(?:makes?|made)$/.test(x) && !negated) {
      for (let j = i + 2; j < Math.min(toks.length, i + 5); j++) {
        if (/^(?:worse|sicker)$/.test(word(toks[j]))) return j;
        if (endsClause(toks[j - 1])) break;
      }
    }
    // "chemo kills more people than the cancer": harm counted above the illness's own.
    if (HARM.has(x) && word(toks[i + 1]) === 'more' && /^(?:people|patients|kids|children|babies|folks)$/.test(word(toks[i + 2])) && !negated) return i + 2;
    if (endsClause(toks[i])) break;
  }
  return -1;
}

/**
 * Whether the care word at `c` heads its clause's subject: not quoted from someone else ("people
 * say the shot is ..."), not negated, and not the object of something else ("mixing alcohol
 * with benzos is dangerous", "overuse of antibiotics").
 */
function headOfSubject(s: DocSentence, c: number): boolean {
  for (let i = c - 1; i >= Math.max(0, c - 6); i--) {
    const t = s.tokens[i];
    if (endsClause(t)) return true;
    const x = word(t);
    if (REPORTED.test(x) || NEGATION.test(x)) return false;
    if (/^(?:with|of|without|on|off|from|to|for|after|before|about)$/.test(x) || t.tags.has('Gerund') || (t.tags.has('Verb') && !t.tags.has('Copula'))) return false;
  }
  return true;
}

// Grave harms a vaccine is blamed for by timing ("stopped talking right after their shots",
// "buried young people who were healthy until they got that booster").
const GRAVE_HARM = /\b(?:buried|died|dead|deaths?|dying|stop(?:ped)? talking|regress\w*|autis\w*|paraly\w*|sterile|infertil\w*|(?:went|go|going) down ?hill)\b/i;
// What keeps such a timing education: rarity, harm said to fall, a denied link, a report of what others claim.
const TIMING_HEDGE = /\b(?:rare|rarely|coincidence|drop\w*|fell|fall\w*|declin\w*|plummet\w*|decreas\w*|fewer|reduc\w*|prevent\w*|saved?|protect\w*|no (?:link|evidence|connection)|not (?:caused|linked)|myths?|claim\w*|rumou?rs?)\b/i;

/**
 * A grave harm laid on a vaccine by timing alone: the vaccine after "after", "since" or
 * "until" in a sentence that names the harm. The span runs from the timing word to the vaccine.
 */
function harmByTiming(s: DocSentence): CareAttack | undefined {
  if (!GRAVE_HARM.test(s.text) || TIMING_HEDGE.test(s.text)) return undefined;
  const toks = s.tokens;
  for (let c = 1; c < toks.length; c++) {
    if (!VACCINE_WORDS.includes(word(toks[c]))) continue;
    for (let i = c - 1; i >= Math.max(0, c - 5); i--) {
      if (/^(?:after|since|until|following)$/.test(word(toks[i]))) return { start: toks[i].start, end: toks[c].end, vaccine: true };
      if (endsClause(toks[i])) break;
    }
  }
  return undefined;
}

/** Claims against vaccines and proven treatments in one sentence. */
export function careAttacks(s: DocSentence): CareAttack[] {
  const toks = s.tokens;
  if (/\?\s*$/.test(s.text.trim())) return [];
  const out: CareAttack[] = [];
  const timed = harmByTiming(s);
  if (timed) out.push(timed);
  for (let c = 0; c < toks.length; c++) {
    if (!isCare(s, toks[c])) continue;
    const end = headOfSubject(s, c) ? predicateAfter(s, c) : -1;
    if (end >= 0) {
      out.push({ start: toks[c].start, end: toks[end].end, vaccine: VACCINE_WORDS.includes(word(toks[c])) });
      c = end;
      continue;
    }
    // "more bad reactions to the flu shot than to the flu": the care set against its illness.
    for (let m = c - 1; m >= Math.max(0, c - 6); m--) {
      if (word(toks[m]) !== 'more') continue;
      const harm = toks.slice(m + 1, c).some((t) => HARM_COMPARED.test(word(t)) || /^(?:sick|down|worse)$/.test(word(t)));
      const than = toks.slice(c + 1, c + 5).some((t) => word(t) === 'than');
      if (harm && than) out.push({ start: toks[m].start, end: toks[c].end, vaccine: VACCINE_WORDS.includes(word(toks[c])) });
      break;
    }
  }
  return out;
}
