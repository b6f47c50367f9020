// Test helper: what recognizeIdentifiers finds, as "kind:text" strings.
import { recognizeIdentifiers } from '../../../../lib/engine/recognizers/identifiers';

export function found(text: string): string[] {
  return recognizeIdentifiers(text).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);
}

export function kindsOf(text: string): string[] {
  return recognizeIdentifiers(text).map((f) => f.kind);
}
