// A token's word without its punctuation, lower-cased: what the frames compare against their word sets.
import type { DocToken } from '../../doc';

export const bareWord = (t: DocToken): string => t.normal.replace(/[^\p{L}\p{N}']/gu, '').toLowerCase();
