// Personal-name lexicons, decoded a first letter at a time, on first use (codec.ts lazySet).
import { lazySet } from './codec';
import { FIRST_NAMES } from './first-names.data';
import { SURNAMES } from './surnames.data';
import { WORD_NAMES } from './word-names.data';
import { SPANISH_WORDS } from './spanish-words';

export { nameKey } from './codec';

type NameSet = ReturnType<typeof lazySet>;
let first: NameSet | undefined;
let surnames: NameSet | undefined;
let wordNames: NameSet | undefined;

/** A known given name (key from nameKey). */
export function isFirstName(key: string): boolean {
  return (first ??= lazySet(FIRST_NAMES)).has(key);
}

/** A known family name (key from nameKey). */
export function isSurname(key: string): boolean {
  return (surnames ??= lazySet(SURNAMES)).has(key);
}

/** A name that is also an everyday word (English or Spanish), a month or a place ("Will", "Hope", "feliz"): needs context. */
export function isWordName(key: string): boolean {
  return (wordNames ??= lazySet(WORD_NAMES)).has(key) || SPANISH_WORDS.has(key);
}
