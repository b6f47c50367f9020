// Insinuation by a pattern the reader is left to explain: bad outcomes that keep following one
// person's or one place's care ("Dr. X's patients keep landing in the ER", "every time she is on
// call the NICU fills up"), and money or drugs whose whereabouts are asked about ("where did the
// levy money go?", "where are all those pills going?"). Neither states a wrong; each points at one.
// The detector still needs the target: named in the sentence, or just before an aside.
import type { DocSentence, DocToken } from '../../doc';
import { wordClasses } from '../../lexicons/wordnet';
import { bareWord } from '../shared/bare-word';

const set = (words: string) => new Set(words.split(' '));
const word = bareWord;

// Care that belongs to someone: their patients, cases, the procedures they do.
const CARE = set('patient patients pts case cases surgery surgeries procedure procedures delivery deliveries section sections csection csections replacement replacements injection injections implant implants client clients resident residents admit admits discharge discharges dispo dispos scope scopes repair repairs');
// Where a bad outcome lands, and what it is.
const ESCALATION = set('er ed icu nicu picu ccu morgue hospital emergency infected septic readmitted complications complication infections infection sepsis revision revisions dead dying');
// Verbs of an outcome arriving: ending up, landing, coming or bouncing back, being readmitted, dying, coding.
const ARRIVAL = set('end ends ended ending land lands landed landing wind winds wound winding bounce bounces bounced bouncing come comes came coming return returns returned returning show shows showed go goes went going');
const STATE_VERBS = set('die dies died dying code codes coded coding crash crashes crashed crashing readmit readmitted seize seizes seized');
// A unit that fills up: only a unit for the gravely ill.
const GRAVE_UNITS = set('icu nicu picu ccu morgue');
// Recurrence: the pattern is the insinuation ("keep", "always", "every time", "somehow").
const RECUR = /\b(?:keeps?|kept|always|every (?:time|single|other|third|fourth|one)|whenever|somehow|suddenly|half of|half (?:his|her|their|the)|all (?:seem|end|come|wind|land)|again and again|(?:week|month|year) after (?:week|month|year)|todos)\b/i;
// Whose care: a possessive (a name's, his, her, their), "patients of", "every time <someone> is on", "after his/her".
const OWNER = /(?:\p{L}(?:'s|’s)|\b(?:his|her|their))\s+(?:\S+\s+){0,2}?\S+|\bpatients of\b|\b(?:every time|whenever)\b|\bafter (?:his|her|their)\b/iu;

/** A bad outcome that keeps following someone's care, or undefined. Offsets relative to the sentence. */
export function recurringHarm(s: DocSentence): { start: number; end: number } | undefined {
  if (!RECUR.test(s.text) || !OWNER.test(s.text)) return undefined;
  const toks = s.tokens.filter((t) => word(t));
  const ws = toks.map(word);
  // Someone's care must be spoken of (their patients, cases, or a clause "every time X is on call").
  const cared = ws.some((w) => CARE.has(w)) || /\b(?:every time|whenever)\b/i.test(s.text);
  if (!cared) return undefined;
  for (let i = 0; i < toks.length; i++) {
    const w = ws[i];
    const near = ws.slice(i + 1, i + 6);
    let hit = false;
    if (ARRIVAL.has(w)) hit = near.some((o) => ESCALATION.has(o)) && !near.includes('home');
    else if (STATE_VERBS.has(w)) hit = !toks[i].tags.has('Noun') || w === 'readmitted';
    else if (w === 'fills' || w === 'filled' || w === 'fill') hit = ws.slice(Math.max(0, i - 3), i).some((o) => GRAVE_UNITS.has(o)) && near[0] === 'up';
    else if (w === 'complications' || w === 'complication') hit = /["“'‘]complications?["”'’]/iu.test(s.text) || ws.slice(Math.max(0, i - 4), i).some((o) => /^(?:every|all|always)$/.test(o));
    if (hit) {
      const last = toks[Math.min(toks.length - 1, i + near.findIndex((o) => ESCALATION.has(o)) + 1)];
      const end = ARRIVAL.has(w) && near.some((o) => ESCALATION.has(o)) ? last.end : toks[i].end;
      return { start: toks[i].start - s.start, end: end - s.start };
    }
  }
  return undefined;
}

// Money and drugs that can go missing: WordNet's money and drugs, and the words it files elsewhere.
const VALUABLE = set('money cash funds fund donations donation grant grants levy fees fee dues deposits deposit tips budget pills pill meds narcotics opioids oxy percs');
const GOES = set('go goes went going gone end ends ended ending disappear disappears disappeared disappearing');

/** Whether a sentence asks where money or drugs went ("where did the money go?", "funny where the donations end up"). */
export function asksWhereItWent(s: DocSentence): boolean {
  const toks = s.tokens.filter((t) => word(t));
  const ws = toks.map(word);
  const at = ws.indexOf('where');
  if (at < 0) return false;
  const rest = ws.slice(at + 1, at + 10);
  const thing = rest.findIndex((o) => VALUABLE.has(o) || wordClasses(o).some((c) => c === 'money' || c === 'drug'));
  return thing >= 0 && rest.slice(thing + 1).some((o) => GOES.has(o));
}
