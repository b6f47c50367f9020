// Arbitrary text for property tests: any code point, lone surrogates, combining marks, emoji
// ZWJ sequences, mathematical alphanumerics, confusables, zero-width and spaced-out letters.
import fc from 'fast-check';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const combining = fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c));
const mathLetter = fc.integer({ min: 0x1d400, max: 0x1d6a3 }).map((c) => String.fromCodePoint(c));
const emojiZwj = fc.constantFrom('👨‍👩‍👧‍👦', '👩🏽‍⚕️', '🏳️‍🌈', '❤️', '🇺🇸', '👍🏿', '🧑‍🦽');
const special = fc.constantFrom('\u200B', '\u200D', '\uFEFF', '\u00AD', '“', '”', '’', '—', '\u00A0', 'а', 'о', 'Ω', 'ﬁ', '①', '㎒', 'Ａ', '\n', '\n\n', '. ', '#', '@');
const word = fc.constantFrom('nurse', 'Mrs.', 'Dr.', 'room 412', 'H I V', 'committed suicide', 'RB Health', 'https://x.org/a', '#RBHealth', 'Project Heron', 'the strike');

export const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4 }),
  loneSurrogate,
  combining,
  mathLetter,
  emojiZwj,
  special,
  word,
  fc.constant(' '),
);

/** Strings assembled from the pieces above, up to `max` pieces. */
export const hostileText = (max = 40) => fc.array(piece, { maxLength: max }).map((parts) => parts.join(''));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when an offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}
