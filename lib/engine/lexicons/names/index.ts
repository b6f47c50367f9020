// Personal-name lexicons, decoded into Sets once, on first use.
import { decodeToSet } from './codec';
import { FIRST_NAMES } from './first-names.data';
import { SURNAMES } from './surnames.data';
import { WORD_NAMES } from './word-names.data';

export { nameKey } from './codec';

let first: Set<string> | undefined;
let surnames: Set<string> | undefined;
let wordNames: Set<string> | undefined;

/** A known given name (key from nameKey). */
export function isFirstName(key: string): boolean {
  return (first ??= decodeToSet(FIRST_NAMES)).has(key);
}

/** A known family name (key from nameKey). */
export function isSurname(key: string): boolean {
  return (surnames ??= decodeToSet(SURNAMES)).has(key);
}

/** A name that is also an everyday word, a month or a place ("Will", "Hope", "May"): needs context. */
export function isWordName(key: string): boolean {
  return (wordNames ??= decodeToSet(WORD_NAMES)).has(key);
}
