// HIPAA identifier recognizers. Placeholder until the recognizers land: recognizes nothing.
export interface IdentifierSpan {
  kind: string;
  start: number;
  end: number;
}

/** Every identifier recognized in a text, whatever the context, with offsets into the text as typed. */
export function recognizeIdentifiers(_text: string): IdentifierSpan[] {
  return [];
}
