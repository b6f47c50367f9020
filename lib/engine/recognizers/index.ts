// The per-sentence recognizers, in the order they run. Their mentions are cached with the sentence.
import type { SentenceRecognizer } from '../doc';
import { healthRecognizer } from './health';
import { identifierRecognizer } from './identifiers';

export const sentenceRecognizers: SentenceRecognizer[] = [identifierRecognizer, healthRecognizer];
