// Profanity, including disguised spellings: masked ("sh*t", "f@#k"), leet ("sh1t") and stretched ("fuuuck").
import { findBySentence } from '../../by-sentence';
import type { Doc } from '../../doc';
import { INSULTS, PROFANITY } from '../../lexicons/policy/language';
import type { Issue } from './issue';

const WORDS = new Set(PROFANITY);
const INSULTING = new Set(INSULTS);
const MASK = /[*@#$%!_.]/;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
// A word with any masking symbols inside it; a leading "#" or "@" (hashtags, handles) is not masking.
const TOKEN = /(?<![\p{L}\p{N}*@#$%!_])[\p{L}\p{N}$@*][\p{L}\p{N}*@#$%!_.]*[\p{L}\p{N}*]/gu;

const PLAIN = /^\p{L}+$/u;

export function isProfane(word: string): boolean {
  const w = word.toLowerCase();
  if (WORDS.has(w)) return true;
  // Stretched letters: "fuuuck".
  if (PLAIN.test(w)) return /(\p{L})\1{2}/u.test(w) && WORDS.has(w.replace(/(\p{L})\1{2,}/gu, '$1'));
  if (WORDS.has([...w].map((c) => LEET[c] ?? c).join(''))) return true;
  // Each masking symbol stands for one letter, so "f***ing" is f + 3 letters + ing.
  if (!MASK.test(w) || !/\p{L}/u.test(w)) return false;
  const shape = new RegExp(`^${[...w].map((c) => (MASK.test(c) ? '\\p{L}' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'u');
  for (const p of WORDS) if (shape.test(p)) return true;
  return false;
}

// Verdicts by word: a re-check reads the same words again, and a masked word costs a scan of
// the whole list. Bounded, since drafts bring new words without end.
const verdicts = new Map<string, boolean>();

function profaneWord(word: string): boolean {
  let v = verdicts.get(word);
  if (v === undefined) {
    if (verdicts.size >= 5_000) verdicts.clear();
    verdicts.set(word, (v = isProfane(word)));
  }
  return v;
}

export function profanity(doc: Doc): readonly Issue[] {
  return findBySentence(doc, profanityIn, profanityIn);
}

function profanityIn(text: string): Issue[] {
  const out: Issue[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0].replace(/[.!]+$/, '');
    const insult = INSULTING.has(word.toLowerCase());
    // Two letters count only as a listed abbreviation in lower case ("who tf knows"), never as an acronym.
    if ((word.length < 3 && !(word === word.toLowerCase() && WORDS.has(word))) || !(insult || profaneWord(word))) continue;
    out.push({
      rule: insult ? 'insult' : 'profanity',
      start: m.index,
      end: m.index + word.length,
      severity: 'warning',
      message: insult ? `"${word}" is an insult.` : `"${word}" is profanity.`,
      explanation: insult
        ? 'Mocking patients, families, colleagues or the public reflects on your employer when you post as one of its people.'
        : 'Profanity, even masked with symbols, reflects on your employer when you post as one of its people.',
      confidence: 0.9,
      fix: { title: 'Remove the word', text: '' },
    });
  }
  return out;
}
