// All-caps shouting: three or more capitalized words in a row (acronyms alone are fine).
import type { Doc } from '../../doc';
import type { Issue } from './issue';

// Words are separated by white space, so codes such as "CF-CLIN-STAFF" are not shouting.
const RUN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[\p{P}\d]*\s[\s\p{P}\d]*\p{Lu}{2,}){2,}(?![\p{L}])[!?.]*/gu;

export function shouting(doc: Doc): Issue[] {
  const out: Issue[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(doc.text); m; m = RUN.exec(doc.text)) {
    const letters = m[0].replace(/[^\p{L}]/gu, '').length;
    if (letters < 10) continue;
    const lower = m[0].toLowerCase();
    out.push({
      rule: 'all-caps',
      start: m.index,
      end: m.index + m[0].length,
      severity: 'warning',
      message: 'All-caps shouting',
      explanation: 'Text in capitals reads as shouting; the brand voice is calm, even for urgent messages.',
      confidence: 0.8,
      fix: { title: 'Use sentence case', text: lower.replace(/(^|[.!?]\s+)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) },
    });
  }
  return out;
}
