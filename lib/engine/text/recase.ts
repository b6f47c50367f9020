// Case restoration for lines typed without case (all lower case) or shouted (all capitals).
// People write "mrs alvarez in 7 finally ate" and "MRS ALVAREZ IN 7": the NLP tagger and the
// name recognizers read capitals as evidence of names, so a caseless line gets the capitals an
// ordinary writer would have used (sentence starts, "I", titles and the name after them, known
// personal names that are not everyday words). Only ASCII letters change, so the text keeps its
// length and every offset stays valid.
import { isFirstName, isSurname, isWordName, nameKey } from '../lexicons/names';
import { pinnedAsName } from './name-frames';

/** Short words that are names in the lists but function words in English or Spanish text. */
const FUNCTION_WORDS = new Set(
  'a al an and as at by de del señor señora senor senora di do ed el en es et la las le les lo los mi na no of on or por se si su te the to tu un una y ya con para pero que como mas sin sus mis tus bueno buena neta mejor toda todo otra vez hay bien muy nada dice mira pues solo nunca siempre gracias amor vida dios cielo aire hoy ayer alta casa cama'.split(' '),
);
const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'miss', 'sr', 'sra', 'srta']);
// Words that are titles only before a name ("coach miller", "aunt rosa"): the name must be a
// known one, though it may also be an everyday word ("Miller", "Rose").
const SOFT_TITLES = new Set(['coach', 'pastor', 'nurse', 'aunt', 'uncle', 'officer', 'deputy', 'sheriff', 'grandma', 'grandpa', 'nana', 'papa', 'judge', 'mayor', 'principal', 'professor', 'don', 'doña', 'dona', 'tia', 'tio', 'tía', 'tío']);
// Greetings that put the reader's name next: "hi jenna,", "dear linda,".
const GREETINGS = new Set(['hi', 'hey', 'hello', 'dear', 'hola', 'thanks', 'congrats', 'congratulations']);
// Everyday words that are in the name lists but almost never the name after a title or greeting.
const NOT_AFTER_TITLE = new Set('will may can all there everyone everybody folks guys team friends family again so you ya yall y just hope love care said says page call bill mark'.split(' '));
const LETTERS = /[A-Za-z]/;
const WORD_START = /\p{L}/u;
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

// Only ASCII letters change case: others could change the text's length ("ß" -> "SS").
const cap = (w: string) => (/^[a-z]/.test(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w);

// "miss" is mostly the verb ("i miss", "we all miss"): it is a title only at a line's start or
// after a word that addresses or points at a person ("hi miss rosa", "thanks to miss lee").
const TITLE_BEFORE_MISS = new Set(['', 'hi', 'hey', 'hello', 'dear', 'thanks', 'to', 'with', 'for', 'and', 'from', 'by', 'of', 'at', 'our', 'sweet', 'little', 'old']);
// Words that start a place name, never a person's: "miss san antonio", "dr in new york".
const PLACE_STARTS = new Set('san santa st fort ft port mount mt lake new los las el la'.split(' '));

/**
 * A caseless courtesy title is one only before a name: a known one, an initial, or any word when the title
 * carries its period ("mrs. okafor"). Never before a place, and "miss" after a subject is the verb.
 */
function titleBefore(parts: string[], words: string[], i: number, next: string, prev: string): boolean {
  if (!next || PLACE_STARTS.has(next)) return false;
  if (words[i] === 'miss' && !TITLE_BEFORE_MISS.has(prev)) return false;
  const period = /^\./.test(parts[i + 1] ?? '');
  // A lone letter is an initial ("miss d from the laundromat").
  if (next.length === 1 && next !== 'a' && next !== 'i') return true;
  return isAnyName(next) || (period && next.length > 1 && !FUNCTION_WORDS.has(next) && !NOT_AFTER_TITLE.has(next));
}

const DETERMINERS = new Set('the a an your my his her our their this that these those some any every no'.split(' '));

/** Any known name, including those that are also everyday words ("miller", "tom"). */
function isAnyName(word: string): boolean {
  // A verb form is the sentence going on, not a name: "a nurse reading this".
  if (word.length < 2 || FUNCTION_WORDS.has(word) || NOT_AFTER_TITLE.has(word) || /(?:ing|ed)$/.test(word)) return false;
  const key = nameKey(word);
  return isFirstName(key) || isSurname(key);
}

function isName(word: string): boolean {
  if (word.length < 3 || FUNCTION_WORDS.has(word)) return false;
  const key = nameKey(word);
  return (isFirstName(key) || isSurname(key)) && !isWordName(key);
}

/**
 * Gives a caseless line the capitals of names: titles and the word after them, known personal
 * names that are not everyday words, a given name right before such a name ("maria gonzalez"),
 * and "I". Sentence starts stay as typed: they carry no meaning the detectors use.
 */
function restore(line: string): string {
  const parts = line.match(/[\p{L}\p{M}]+|[^\p{L}\p{M}]+/gu) ?? [];
  const words = parts.map((p) => (WORD_START.test(p) ? p : ''));
  const nextWord = (i: number) => (/^[ .'-]{1,2}$/.test(parts[i + 1] ?? '') ? words[i + 2] ?? '' : '');
  const prevWord = (i: number) => (/^[ .'-]{1,2}$/.test(parts[i - 1] ?? '') ? words[i - 2] ?? '' : '');
  const offsets: number[] = [];
  parts.reduce((at, p) => (offsets.push(at), at + p.length), 0);
  // A given name that is also a word ("carol", "amber"), pinned by its frame (name-frames.ts).
  const framed = (i: number) => isAnyName(words[i]) && isFirstName(nameKey(words[i])) &&
    pinnedAsName(words[i], line.slice(Math.max(0, offsets[i] - 60), offsets[i]), line.slice(offsets[i] + words[i].length, offsets[i] + words[i].length + 60));
  return parts.map((part, i) => {
    const word = words[i];
    if (!word) return part;
    if (word === 'i') return 'I';
    // A greeting's name is followed by a comma, "!" or the end: "hi tom, ...", "hey jen!!".
    const greeted = (j: number) => GREETINGS.has(prevWord(j)) && /^\s*(?:[,!.:]|$)/.test(parts[j + 1] ?? '') && isAnyName(words[j]);
    // A unit named by floor and wing: "5 north", "4 west".
    const unit = /^(?:north|south|east|west)$/.test(word) && /(?:^|\s)\d{1,2} $/.test(parts[i - 1] ?? '');
    // Not a name: part of a contraction ("aren't"), or a noun after a determiner ("your endo").
    if ((/^['’]$/.test(parts[i + 1] ?? '') && /^(?:t|re|ve|ll|d|m)$/.test(words[i + 2] ?? '')) || DETERMINERS.has(prevWord(i))) return part;
    const named = unit ||
      // A title is one only before a word: "it's ms" is multiple sclerosis, not "Ms".
      (TITLES.has(word) && titleBefore(parts, words, i, nextWord(i), prevWord(i))) ||
      (TITLES.has(prevWord(i)) && titleBefore(parts, words, i - 2, word, prevWord(i - 2))) || isName(word) ||
      greeted(i) || (GREETINGS.has(word) && !!nextWord(i) && greeted(i + 2)) ||
      (SOFT_TITLES.has(prevWord(i)) && isAnyName(word)) || (SOFT_TITLES.has(word) && isAnyName(nextWord(i))) ||
      (word.length >= 3 && !FUNCTION_WORDS.has(word) && isFirstName(nameKey(word)) && isName(nextWord(i))) || framed(i);
    return named ? cap(word) : part;
  }).join('');
}

/** Restores case in lines that have none: no capitals at all, or capitals only. */
export function recase(text: string): string {
  if (!LETTERS.test(text)) return text;
  return text.split('\n').map((line) => {
    const upper = line.replace(/[^A-Z]/g, '').length;
    const lower = line.replace(/[^a-z]/g, '').length;
    if (upper === 0 && lower >= 3) return restore(line);
    if (lower === 0 && upper >= 8) return restore(asciiLower(line));
    return line;
  }).join('\n');
}
