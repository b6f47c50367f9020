// Checks the syntax of a pack's compromise match patterns. compromise's match syntax is part of
// its first layer ('compromise/one', a tenth of the full tagger's load), so that the background
// validates packs without loading the engine's NLP (issue 16); in the engine's Worker it is the
// same compromise instance the engine tags with.
import nlp from 'compromise/one';

/** Returns an error message when a compromise match pattern cannot be parsed, otherwise null. */
export function checkPattern(pattern: string): string | null {
  if (!pattern.trim()) return 'the pattern is empty';
  let depth = 0;
  for (const c of pattern) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth < 0) return 'a ")" has no matching "("';
  }
  if (depth !== 0) return 'a "(" is not closed';
  if ((pattern.match(/\[/g) ?? []).length !== (pattern.match(/\]/g) ?? []).length) return 'a "[" is not closed';
  try {
    const parsed = (nlp as unknown as { parseMatch: (s: string) => unknown[] }).parseMatch(pattern);
    if (!Array.isArray(parsed) || parsed.length === 0) return 'the pattern has no terms';
  } catch (e) {
    return `compromise cannot parse it (${(e as Error).message})`;
  }
  return null;
}
