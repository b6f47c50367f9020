// Crisis frames over the analysed text, where a topic is told without its words: who in the
// organization is speaking (IT, HR, the charge nurses, "my manager" said ...), the place's water
// avoided or doubted in a sentence naming the place, and the organization's own euphemism put in
// scare quotes ("the 'network issue'", "'scheduled maintenance' my foot").
import type { Doc, DocSentence, DocToken } from '../../doc';
import { verbLemma } from '../../nlp';
import type { Hit } from '../shared/match';

const word = (t: DocToken) => t.normal.replace(/[^\p{L}\p{N}'&]/gu, '').toLowerCase();
const set = (s: string) => new Set(s.split(' '));

/** The organization's departments and roles, which speak for it inside. */
const UNITS = set('it hr admin administration mgmt management facilities security leadership board ceo cfo coo cno cmo manager managers supervisor sup director charge infection pharmacy gerencia jefa jefe supervisora');
/** What they do when they speak: say, tell, confirm, send word, in English and Spanish. */
const SAY = set('say tell confirm announce send warn inform email text admit dice dicen dijo dijeron confirm mandaron');
/** Helpers between a unit and its verb: "IT just said", "HR has told", "charge nurses were told". */
const BETWEEN = set('just has have had finally already apparently is are was were nurse nurses rep reps team folks people guy guys lady control');

/** Someone of the organization told the writer: "IT says", "HR told managers", "la gerencia dijo". */
export function orgVoice(doc: Doc): boolean {
  for (const s of doc.sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!UNITS.has(word(toks[i]))) continue;
      // "it says" is a pronoun unless written as the department.
      if (word(toks[i]) === 'it' && toks[i].text !== 'IT') continue;
      for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
        const t = toks[j];
        const lemma = t.tags.has('Verb') ? verbLemma(t) : word(t);
        if (SAY.has(lemma) || SAY.has(word(t))) return true;
        if (!BETWEEN.has(word(t))) break;
      }
    }
  }
  return false;
}

/** Where a building's water comes out, in English and Spanish. */
const WATER = set('water waters tap taps faucet faucets fountain fountains sink sinks pipe pipes plumbing shower showers restroom restrooms bathroom bathrooms ice agua tubería tuberías tuberias llaves bebederos baños');
/** Doubt or avoidance of it: not drinking, not filling, whether it is safe, what was found, sickness. */
const WATER_CONCERN =
  /\b(?:(?:not|n't|never|no|don'?t|dont|wouldn'?t|won'?t|skip|avoid|stay out of|stay away from)\b[^.!?]{0,40}\b(?:drink|drinking|fill|filling|use|using|shower|showering|touch)|safe|sick|found|positive|bacteria|bug|tested|retested|testing|covered|knew about|pneumonia|what(?:'s| is| they found) in|bring your own|no tomen|no usen|bacteria|enferm)/i;

/**
 * The place's water avoided or doubted, in a sentence that names the place: "I would not be
 * filling my water bottle at Lakeside", "our ATs got told not to fill the coolers from the taps
 * at Lakeside". `places` are the pack's own names found in the post.
 */
export function placeWaterConcern(doc: Doc, places: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const s of doc.sentences) {
    if (!places.some((p) => p.start >= s.start && p.end <= s.end)) continue;
    const water = s.tokens.find((t) => WATER.has(word(t)));
    if (!water || !WATER_CONCERN.test(s.text)) continue;
    out.push({ start: water.start, end: water.end, text: doc.text.slice(water.start, water.end) });
  }
  return out;
}

/** Vague names an organization gives an incident, and the kind each hides. */
const EUPHEMISM: Record<string, string> = {
  issue: '', issues: '', problem: '', problems: '', incident: '', situation: '', maintenance: 'it-outage', upgrade: 'it-outage', glitch: 'it-outage', downtime: 'it-outage',
  outage: 'it-outage', work: '', staffing: 'labor', plumbing: 'contamination', 'water work': 'contamination',
};
/** Words inside the quotes that give a vague noun its kind. */
const KIND_OF: [RegExp, string][] = [
  [/\b(?:it|network|system|systems|computer|computers|security|cyber|technical|server|email)\b/i, 'it-outage'],
  [/\b(?:plumbing|water|pipe|pipes|facilities)\b/i, 'contamination'],
  [/\b(?:staffing|scheduling|labor)\b/i, 'labor'],
];
const QUOTED = /(?:^|[\s(])['"‘“]([^'"‘’“”\n]{2,40}?)['"’”](?=[\s,.!?;:)]|$)/g;
/** The quoted name is someone else's word for an event: "the", "because of", "they're calling it". */
const ATTRIBUTED = /\b(?:the|this|that|because of|due to|part of|after|during|about|calling it|call it|so-called|aka|bc of|b\/c of)\s*$/i;

/** A vague name for an incident in scare quotes, with the kind it hides: "the 'IT issue'", "'scheduled maintenance'". */
export function scareQuoted(s: DocSentence): (Hit & { kind: string })[] {
  const out: (Hit & { kind: string })[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(s.text); m; m = QUOTED.exec(s.text)) {
    const inner = m[1].trim();
    const words = inner.toLowerCase().split(/\s+/);
    if (words.length > 4) continue;
    const head = words[words.length - 1];
    if (!(head in EUPHEMISM)) continue;
    const kind = EUPHEMISM[head] || KIND_OF.find(([re]) => re.test(inner))?.[1];
    if (!kind) continue;
    const at = m.index + m[0].indexOf(m[1]);
    if (!ATTRIBUTED.test(s.text.slice(Math.max(0, at - 20), at - 1))) continue;
    const start = s.start + at;
    out.push({ start, end: start + m[1].length, text: m[1], kind });
  }
  return out;
}
