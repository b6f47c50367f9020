// Starts inflating every deflated lexicon in the background of the page (see deflated.ts), for
// a caller that knows checks are coming (the content script, once its policy has loaded).
import { inflateAhead } from './deflated';
import { MEDICAL_LEXICON } from './medical/terms';
import { FIRST_NAMES } from './names/first-names.data';
import { SURNAMES } from './names/surnames.data';
import { WORD_NAMES } from './names/word-names.data';

export const inflateLexiconsAhead = (): Promise<void> => inflateAhead([MEDICAL_LEXICON, FIRST_NAMES, SURNAMES, WORD_NAMES]);
