// The per-sentence recognizers, in the order they run. Their mentions are cached with the sentence.
import type { SentenceRecognizer } from '../doc';

export const sentenceRecognizers: SentenceRecognizer[] = [];
