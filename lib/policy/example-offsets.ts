// Where each of a pack's examples starts in its source, so an editor can show the example's
// pass or fail on its own line. Tolerates half-typed text (YAML or JSON).
import { isNode, isSeq, parseDocument } from 'yaml';

/** Offset of the start of examples[i] for every example, or undefined where none can be placed. */
export function exampleOffsets(text: string): (number | undefined)[] {
  const doc = parseDocument(text, { prettyErrors: false });
  const examples = doc.get('examples', true);
  if (!isSeq(examples)) return [];
  return examples.items.map((item) => (isNode(item) && item.range ? item.range[0] : undefined));
}
