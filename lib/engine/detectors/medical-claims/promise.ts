// The promise frame: a result promised to the reader as certain, after what they are told to
// take or do ("chlorophyll water every morning and you will never get a UTI again", "2 droppers
// a day and you won't catch a cold all winter", "you'll be off insulin in a month", "you can
// forget about a heart attack"). Read over tokens: the reader as subject, a future or a "can",
// a verb of getting, needing or being rid of, and an illness or a treatment after it. A
// vaccine or a medicine in the promise's condition is care the reader was prescribed, and a
// qualified result ("as often", "less likely") is education.
import type { DocSentence, DocToken } from '../../doc';
import { VACCINE_WORDS } from '../../lexicons/policy/remedies';
import { gated } from '../../text/regex-gate';
import { ailmentAt, endsClause, remedyAt, word } from './efficacy';
import { isCare } from './unneeded';

const READER = /^(?:you|u|ya|y'all|yall|you'll|youll|u'll|ull)$/;
const FUTURE = /^(?:will|'ll|wont|won't|can|never|not|ever|basically|literally|honestly|totally|just|even|probably|definitely|be|again)$/;
const GET = /^(?:get|catch|need|have|deal|see|worry|forget|toss|throw|ditch|trash|quit|drop|off)$/;
const NEGATION = /^(?:never|not|wont|won't|cant|can't)$/;
const QUALIFIED = gated(/\b(?:as (?:often|much|sick|bad|badly|many)|less (?:likely|often)|likely|may|might|probably not|chances?|risk)\b/i);
const VACCINE = new Set(VACCINE_WORDS);
// Monitoring a condition needs ("never have to check your sugar again"): care promised away.
const MONITORING = /^(?:check|test|prick|poke|inject|monitor)$/;

export interface ResultPromise {
  start: number;
  end: number;
}

/** The reader at `i` followed by a future and a verb of getting or riddance: the verb's index. */
function promisedVerb(s: DocSentence, i: number): { verb: number; negated: boolean } | undefined {
  const toks = s.tokens;
  const contracted = /'ll$|^youll$|^ull$/.test(word(toks[i]));
  let negated = false;
  let future = contracted;
  for (let j = i + 1; j < Math.min(toks.length, i + 6); j++) {
    const x = word(toks[j]);
    if (NEGATION.test(x) || /n't$/.test(x)) negated = true;
    // "you never have to ...": a present "never" promises as much as a future.
    if (/^(?:will|'ll|wont|won't|can|cant|can't|never)$/.test(x)) future = true;
    if (GET.test(x) && future && j > i) {
      // "be off insulin", "get off the meds": riddance; "never get a UTI": prevention.
      if (x === 'off' && word(toks[j - 1]) !== 'be') return undefined;
      return { verb: j, negated: negated || /^(?:forget|toss|throw|ditch|trash|quit|drop|off)$/.test(x) };
    }
    if (!FUTURE.test(x) && !/n't$/.test(x)) return undefined;
  }
  return undefined;
}

const isVaccine = (t: DocToken) => VACCINE.has(word(t));

/**
 * Promises of a certain result to the reader in one sentence; with `remedyNear` (a remedy or a
 * product named in this sentence or the one before) the promise needs no condition joined to it
 * ("The drip is $149. You'll never need your inhaler again"); `productHere`, a pack product named
 * in the sentence, is the remedy whatever it is ("their insulin pump ..., you never have to check").
 */
export function resultPromises(s: DocSentence, remedyNear = false, productHere = false): ResultPromise[] {
  const toks = s.tokens;
  if (/\?\s*$/.test(s.text.trim()) || QUALIFIED.test(s.text)) return [];
  const out: ResultPromise[] = [];
  for (let i = remedyNear ? 0 : 1; i < toks.length; i++) {
    if (!READER.test(word(toks[i]))) continue;
    const found = promisedVerb(s, i);
    if (!found?.negated) continue;
    // What is promised away: an illness or a treatment, a few words on.
    let target = -1;
    for (let j = found.verb + 1; j < Math.min(toks.length, found.verb + 6) && target < 0; j++) {
      if (ailmentAt(s, j) || isCare(s, toks[j]) || (MONITORING.test(word(toks[j])) && word(toks[j - 1]) === 'to')) target = j;
      if (endsClause(toks[j])) break;
    }
    if (target < 0) continue;
    // The condition: what comes before the reader, joined to the promise ("... and you", "... = you").
    const before = toks.slice(0, i);
    const prev = toks[i - 1];
    const joined = !!prev && (/^(?:and|&|=|then)$/.test(word(prev)) || /[=,]\s*$/.test(prev.post) || prev.text === '=' || prev.tags.has('Emoji'));
    const remedy = productHere || before.some((_, k) => remedyAt(s, k) === 'remedy');
    if (!joined && !remedy && !remedyNear) continue;
    // "take your statin and you won't need ...", "get the shot and you won't get ...": prescribed care.
    if (before.some(isVaccine) || (!remedy && before.some((_, k) => remedyAt(s, k) === 'drug'))) continue;
    // The whole of what is promised away ("a flu shot", "the ADHD meds").
    while (target + 1 < toks.length && !endsClause(toks[target]) && (isCare(s, toks[target + 1]) || ailmentAt(s, target + 1))) target++;
    out.push({ start: toks[i].start, end: toks[target].end });
  }
  return out;
}

// An illness promised gone: "your eczema will disappear", "ur migraines will be history by
// Friday", "your labs will fix themselves". The reader's illness, a future, a verb of riddance.
const OWNER = /^(?:your|ur|yr|her|his|their)$/;
const WILL = /^(?:will|'ll|gonna|shall)$/;
const RIDDANCE = /^(?:clear|disappear|vanish|go|melt|fade|heal|fix|resolve|normalize|shrink|be|stop|reverse|improve|drop|come)$/;
const GONE = /^(?:gone|history|cured|healed|fixed|normal|reversed|over|away|clear|clean|done)$/;

/**
 * Promises that the reader's illness will be gone, in a sentence whose remedy is named near it
 * (`remedyNear`), before it as the condition ("do the cleanse for ten days and your eczema will
 * disappear") or after it ("... in a week on these gummies"); prescribed care in the condition
 * is education ("take the antibiotics and your strep will clear").
 */
export function ailmentPromises(s: DocSentence, remedyNear = false): ResultPromise[] {
  const toks = s.tokens;
  if (/\?\s*$/.test(s.text.trim()) || QUALIFIED.test(s.text)) return [];
  const out: ResultPromise[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!OWNER.test(word(toks[i]))) continue;
    // The illness within two words ("your type 2 diabetes", "ur skin").
    let ill = -1;
    for (let j = i + 1; j < Math.min(toks.length, i + 4) && ill < 0; j++) if (ailmentAt(s, j) || word(toks[j]) === 'skin') ill = j;
    if (ill < 0) continue;
    let k = ill + 1;
    while (k < toks.length && ailmentAt(s, k)) k++;
    // "will", or a contraction the tokenizer left on the noun ("migraines'll").
    if (!WILL.test(word(toks[k])) && !/'ll$/.test(toks[k - 1].text)) continue;
    if (WILL.test(word(toks[k]))) k++;
    if (/^(?:not|never)$/.test(word(toks[k]))) continue;
    const verb = word(toks[k]);
    if (!RIDDANCE.test(verb)) continue;
    const end = verb === 'be' ? (GONE.test(word(toks[k + 1])) ? k + 1 : -1) : /^(?:go|come)$/.test(verb) ? (/^(?:away|down)$/.test(word(toks[k + 1])) ? k + 1 : -1) : k;
    if (end < 0) continue;
    const before = toks.slice(0, i);
    const remedyBefore = before.some((_, n) => remedyAt(s, n) === 'remedy');
    const after = toks.slice(end + 1).some((_, n) => remedyAt(s, end + 1 + n) === 'remedy');
    if (!remedyNear && !remedyBefore && !after) continue;
    if (before.some(isVaccine) || (!remedyBefore && !after && before.some((_, n) => remedyAt(s, n) === 'drug'))) continue;
    out.push({ start: toks[i].start, end: toks[end].end });
  }
  return out;
}

// A recovery promised to a person on a deadline or on the writer's word: "he'll be fine by
// morning, I promise", "you'll sleep like a baby in three days, trust me", "she'll be over the
// cold by tomorrow". Someone (the reader, a third person, their illness) + a future + a state
// of health or a verb of recovery, made certain by a promise ("I promise", "guaranteed",
// "every time") or a deadline ("by tomorrow", "within a week"), where a remedy is what brings it.
const PERSON = /^(?:you|u|ya|y'all|yall|he|she|they|your|ur|his|her|their)$/;
const CONTRACTED_FUTURE = /^(?:you'll|youll|u'll|ull|he'll|she'll|they'll|hell|shell|theyll)$/;
const FUTURE_WORD = /^(?:will|'ll|gonna)$/;
// A healthy state or a verb of recovery just after the future ("be fine", "be over the cold",
// "feel like new", "sleep better", "clear up", "be talking perfectly").
const WELL = /^(?:fine|better|good|great|okay|ok|normal|new|cured|healed|clear|over|himself|herself|yourself|themselves|different|healthy|pain-free|symptom-free)$/;
const RECOVER = /^(?:feel|sleep|heal|recover|clear|bounce|walk|talk|talking|breathe|poop|eat|run|conceive|deliver)$/;
const PROMISED = gated(/\b(?:i promise|promise(?: you)?[.!,]?\s*$|promise\b(?! to)|guarantee[ds]?|guaranteed|trust me|every (?:single )?time|i swear|se los juro|te lo juro)\b/i);
const DEADLINE = gated(/\b(?:by (?:tomorrow|morning|tonight|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)|(?:in|within) (?:\d+|a|one|two|three|four|five|six|a few|a couple(?: of)?|like a|like) ?(?:hours?|hrs?|days?|weeks?|wks?|months?)|overnight)\b/i);
// The deadline or the writer's word, hedged or made conditional: education, not a promise.
const HEDGED_OUTCOME = gated(/\b(?:should|may|might|usually|most people|many people|probably|likely|hopefully|call (?:us|your|the)|if (?:not|it doesn't|they don't|symptoms))\b/i);

/** The future's position and what follows it, when a person or their illness is its subject. */
function futureAfterPerson(s: DocSentence, i: number): number {
  const toks = s.tokens;
  const x = word(toks[i]);
  if (CONTRACTED_FUTURE.test(x) || /^(?:you|he|she|they|u)'ll$/.test(x)) return i + 1;
  if (!PERSON.test(x)) return -1;
  // "your eczema will", "his cough is gonna", "she will".
  for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
    const y = word(toks[j]);
    if (FUTURE_WORD.test(y) || /'ll$/.test(toks[j].text)) return FUTURE_WORD.test(y) ? j + 1 : j + 1;
    if (endsClause(toks[j]) || /^(?:is|are|was|were)$/.test(y)) return -1;
  }
  return -1;
}

export function outcomePromises(s: DocSentence, remedyNear: boolean): ResultPromise[] {
  const toks = s.tokens;
  if (/\?\s*$/.test(s.text.trim()) || HEDGED_OUTCOME.test(s.text) || QUALIFIED.test(s.text)) return [];
  const promised = PROMISED.test(s.text);
  if (!promised && !DEADLINE.test(s.text)) return [];
  const remedy = remedyNear || toks.some((_, k) => remedyAt(s, k) === 'remedy');
  // A medicine in the condition is prescribed care unless the writer stakes their word on it.
  const drug = toks.some((_, k) => remedyAt(s, k) === 'drug');
  if (!remedy && !(drug && promised)) return [];
  const out: ResultPromise[] = [];
  for (let i = 0; i < toks.length; i++) {
    let j = futureAfterPerson(s, i);
    if (j < 0) continue;
    while (j < toks.length && /^(?:be|totally|completely|literally|just|all|back|so|much|like|to|a)$/.test(word(toks[j])) && !WELL.test(word(toks[j]))) j++;
    const x = word(toks[j]);
    if (!WELL.test(x) && !RECOVER.test(x)) continue;
    if (/^(?:not|never)$/.test(word(toks[j - 1]))) continue;
    out.push({ start: toks[i].start, end: toks[j].end });
    break;
  }
  return out;
}
