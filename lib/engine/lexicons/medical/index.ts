// The generated medical vocabulary (terms.ts), parsed once, on first use.
import { MEDICAL_LEXICON } from './terms';

/** What lib/cli/lexicons/medical.ts derives from the public vocabularies. */
export interface MedicalVocabulary {
  /** Match keys by kind, front-coded (see recognizers/health/lexicon.ts decodeFrontCoded). */
  terms: Record<string, string>;
  /** Abbreviations by kind, joined by "|"; "~" marks an ambiguous one. */
  abbreviations: Record<string, string>;
}

let vocabulary: MedicalVocabulary | undefined;

export function medicalVocabulary(): MedicalVocabulary {
  return (vocabulary ??= JSON.parse(MEDICAL_LEXICON) as MedicalVocabulary);
}
