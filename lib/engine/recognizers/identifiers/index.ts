// HIPAA identifier recognizers: one SentenceRecognizer for the annotated Doc, and
// recognizeIdentifiers(text) for whole texts (the CLI's `identifiers --jsonl`), which runs the
// same per-sentence code and maps spans back to the text as typed.
import type { Mention, SentenceRecognizer } from '../../doc';
import { analyze, type Analysis } from '../../nlp';
import { normalize, toOriginal } from '../../text/normalize';
import { sentences } from '../../text/segment';
import { findAddresses } from './address';
import { joinAddressBlocks } from './blocks';
import { findContextualIds } from './contextual';
import { findAges, findDates } from './dates';
import { findDepictions } from './depictions';
import type { Found } from './found';
import { findNames } from './names';
import { findCards, findIbans, findPhones, findSsns } from './numbers';
import { resolveOverlaps } from './resolve';
import { findEmails, findIps, findUrls } from './web';

export interface IdentifierSpan {
  kind: string;
  start: number;
  end: number;
}

/** Every identifier in one sentence (offsets relative to it), overlaps resolved. */
export function findIdentifiers(text: string, analysis: Analysis): Found[] {
  const all: Found[] = [
    ...findEmails(text),
    ...findUrls(text),
    ...findIps(text),
    ...findSsns(text),
    ...findCards(text),
    ...findIbans(text),
    ...findContextualIds(text),
    ...findDates(text),
    ...findPhones(text),
    ...findAddresses(text),
    ...findAges(text),
    ...findNames(text, analysis),
    ...findDepictions(text),
  ];
  return resolveOverlaps(all);
}

export const identifierRecognizer: SentenceRecognizer = {
  id: 'identifiers',
  run(text: string, analysis: Analysis): Mention[] {
    return findIdentifiers(text, analysis).map((f) => ({ layer: 'identifier', ...f }));
  },
};

/** Every identifier recognized in a text, whatever the context, with offsets into the text as typed. */
export function recognizeIdentifiers(original: string): IdentifierSpan[] {
  const normalized = normalize(original);
  const text = normalized.text;
  const found: Found[] = [];
  for (const s of sentences(text)) {
    const sentence = text.slice(s.start, s.end);
    for (const f of findIdentifiers(sentence, analyze(sentence))) found.push({ ...f, start: f.start + s.start, end: f.end + s.start });
  }
  // Only whole texts see several lines at once, so multi-line addresses are joined here.
  return joinAddressBlocks(text, found).map((f) => {
    const { start, end } = toOriginal(normalized, f.start, f.end);
    return { kind: f.kind, start, end };
  });
}
