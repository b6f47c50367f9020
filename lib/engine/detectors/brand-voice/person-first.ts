// Person-first language and safe messaging about suicide, each with its rewording. The built-in
// lexicon holds the general wordings; the pack's list `person-first` adds its own, each written
// "term -> preferred" ("senior citizens -> older adults"), so one place decides them all.
import type { Doc } from '../../doc';
import { CONDITION_ADJECTIVES, PERSON_FIRST, PERSON_NOUNS } from '../../lexicons/policy/language';
import { execAllDoc } from '../../by-sentence';
import { tokenEndingAt, tokenFrom } from '../../token-index';
import { alternation, findTermsInDoc } from '../shared/match';
import { finiteVerb } from '../../nlp';
import { WORDNET_CLASSES } from '../../lexicons/wordnet/classes';
import type { Issue } from './issue';

const PACK_WHY = 'The organization follows person-first language: name the person before the condition or circumstance.';

/** A pack wording "term -> preferred"; an item without an arrow names a term with no rewording. */
export function parseWording(item: string): { term: string; say?: string } | undefined {
  const [term, say] = item.split(/\s*->\s*/, 2).map((x) => x.trim());
  return term ? { term, say: say || undefined } : undefined;
}

/** The rewording in the case the writer typed it: "Senior citizens" -> "Older adults", a hashtag stays one. */
const inCase = (typed: string, say: string) =>
  typed.startsWith('#') ? '#' + say.split(/\s+/).map((w) => w[0].toUpperCase() + w.slice(1)).join('') : (/^\p{Lu}/u.test(typed) && !/^\p{Lu}{2}/u.test(typed) ? say[0].toUpperCase() + say.slice(1) : say);

const RULES = PERSON_FIRST.map((r) => ({ ...r, re: alternation([r.pattern]) }));
const PATTERNS = RULES.map((r) => r.re);

// Autism is left out: many autistic people prefer identity-first wording.
const ADJECTIVE_PERSON = new RegExp(`\\b(${Object.keys(CONDITION_ADJECTIVES).filter((a) => a !== 'autistic').join('|')}) (${PERSON_NOUNS})\\b`, 'giu');

/** "my schizophrenic uncle" -> "my uncle with schizophrenia": the person before the condition. */
function adjectivePeople(doc: Doc, taken: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  ADJECTIVE_PERSON.lastIndex = 0;
  for (let m = ADJECTIVE_PERSON.exec(doc.text); m; m = ADJECTIVE_PERSON.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((i) => i.start < end && start < i.end)) continue;
    const say = `${m[2]} with ${CONDITION_ADJECTIVES[m[1].toLowerCase()]}`;
    out.push({ rule: 'person-first', start, end, severity: 'warning', message: `Say "${say}"`, explanation: PACK_WHY.replace('The organization follows person-first language: name', 'Person-first language names'), confidence: 0.8, fix: { title: `Replace with "${say}"`, text: say } });
  }
  return out;
}

// People named by their condition: WordNet's kinds of sick person ("insomniac", "hemophiliac"),
// without the words that name a patient neutrally ("outpatient", "convalescent") or name an
// insult rather than a condition (the stigmatizing reading's), plus the adjectives above.
const NEUTRAL = new Set(['patient', 'inpatient', 'outpatient', 'convalescent', 'sufferer', 'vaccinee', 'analysand', 'invalid', 'bleeder', 'spewer', 'vomiter', 'crazy', 'obsessive', 'paranoid', 'depressive', 'hypertensive', 'hypotensive', 'rheumatic', 'incurable', 'melancholic', 'consumptive', 'hysteric', 'neurotic', 'lazar', 'bedlamite', 'madman', 'madwoman', 'maniac', 'monomaniac', 'pyromaniac', 'lunatic', 'looney', 'loony', 'nutcase', 'psycho', 'psychopath', 'sociopath', 'valetudinarian']);
const CONDITION_PEOPLE = new Set([...WORDNET_CLASSES.patient.split('|').filter((w) => !/\s/.test(w) && !NEUTRAL.has(w)), ...Object.keys(CONDITION_ADJECTIVES).filter((a) => a !== 'autistic')]);
const PLURAL_LABEL = /\b(\p{L}+)s\b/giu;

/** "the insomniacs on my feed", "hemophiliacs": people in the plural, named by a condition. */
function conditionPlurals(doc: Doc, taken: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  PLURAL_LABEL.lastIndex = 0;
  for (let m = PLURAL_LABEL.exec(doc.text); m; m = PLURAL_LABEL.exec(doc.text)) {
    const word = m[1].toLowerCase();
    // "Alcoholics Anonymous": a name, not people labelled.
    if (!CONDITION_PEOPLE.has(word) || /^\p{Lu}/u.test(m[0]) && /^\s+\p{Lu}/u.test(doc.text.slice(m.index + m[0].length))) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((i) => i.start < end && start < i.end) || followedByNoun(doc, end)) continue;
    const condition = CONDITION_ADJECTIVES[word];
    const say = condition ? `people with ${condition}` : undefined;
    out.push({ rule: 'person-first', start, end, severity: 'warning', message: say ? `Say "${say}"` : `"${m[0]}" names people by their condition.`, explanation: PACK_WHY.replace('The organization follows person-first language: name', 'Person-first language names'), confidence: 0.75, fix: say ? { title: `Replace with "${say}"`, text: say } : undefined });
  }
  return out;
}

export function personFirst(doc: Doc, packWordings: readonly string[] = []): Issue[] {
  const own = builtIn(doc);
  const out: Issue[] = [...own, ...adjectivePeople(doc, own)];
  out.push(...conditionPlurals(doc, out));
  const wordings = packWordings.map(parseWording).filter((w) => !!w);
  // Keyed without spaces, hyphens or "#", so "#SeniorCitizens" finds its rewording too.
  const key = (t: string) => t.toLowerCase().replace(/[\s#-]+/g, '');
  const said = new Map(wordings.map((w) => [key(w.term), w.say]));
  for (const h of findTermsInDoc(doc, wordings.map((w) => w.term))) {
    // A wording the built-in lexicon already names is said once.
    if (out.some((i) => i.start < h.end && h.start < i.end)) continue;
    // "the aged" names people only as a noun: "the aged cheddar" is cheese.
    if (/^the\s+\S+$/i.test(h.text) && followedByNoun(doc, h.end)) continue;
    const say = said.get(key(h.text));
    out.push({
      rule: 'person-first',
      start: h.start,
      end: h.end,
      severity: 'warning',
      message: say ? `Say "${say}"` : `"${h.text}" is not person-first language.`,
      explanation: PACK_WHY,
      confidence: 0.8,
      fix: say ? { title: `Replace with "${say}"`, text: inCase(h.text, say) } : undefined,
    });
  }
  return out;
}

function builtIn(doc: Doc): Issue[] {
  const out: Issue[] = [];
  const matches = execAllDoc(doc, PATTERNS);
  for (const [k, r] of RULES.entries()) {
    for (const { start: at, end, match } of matches[k]) {
      const h = { start: at, end, text: match[0] };
      if (r.nounOnly && followedByNoun(doc, h.end, SINGULAR.test(h.text))) continue;
      // Keep the determiner the writer chose ("every diabetic" -> "every person with diabetes"); an
      // article goes with the words, since "an addict" becomes "a person with ...".
      const word = /^(?:a|an|the|my|our|your|every|each|one|favou?rite)\s+/i.exec(h.text)?.[0] ?? '';
      const lead = /^an?\s/i.test(word) && /^an?\s/.test(r.say) ? '' : word;
      const start = h.start + lead.length;
      out.push({
        rule: /suicide/i.test(h.text) ? 'safe-messaging' : 'person-first',
        start,
        end: h.end,
        severity: 'warning',
        message: `Say "${r.say}"`,
        explanation: r.why,
        confidence: 0.8,
        fix: { title: `Replace with "${r.say}"`, text: lead ? r.say.replace(/^an?\s/, '') : r.say },
      });
    }
  }
  return out;
}

// One person, counted: "a diabetic needs", where "the diabetic supplies" may be things.
const SINGULAR = /^(?:a|an|every|each|any|another|one|that|this)\s/i;

/**
 * "diabetic diet", "schizophrenic episode": the word is an adjective, not a label for a person.
 * After one counted person, a verb that agrees ("a schizophrenic walked out", "every diabetic
 * needs") shows the label is the subject, whatever the tagger read.
 */
function followedByNoun(doc: Doc, end: number, singular = false): boolean {
  const next = tokenFrom(doc, end);
  if (!next || next.sentence !== tokenEndingAt(doc, end)?.sentence) return false;
  if (singular && finiteVerb(next.normal)) return false;
  return /^\s*$/.test(doc.text.slice(end, next.start)) && next.tags.has('Noun') && !next.tags.has('Pronoun');
}
