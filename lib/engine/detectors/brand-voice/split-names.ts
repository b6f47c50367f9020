// The organization's one-word CamelCase names written apart ("My Riverbend", "My-Riverbend"
// for MyRiverbend). Case-sensitive, and not at the start of a sentence, where "My Riverbend
// colleagues" is ordinary English rather than the app's name.
import type { Doc } from '../../doc';
import { scanDoc } from '../../by-sentence';
import type { Issue } from './issue';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The parts of a CamelCase name ("MyRiverbend" -> ["My", "Riverbend"]); none for a plain word. */
function camelParts(name: string): string[] {
  if (/\s/.test(name)) return [];
  const parts = name.match(/\p{Lu}[\p{Ll}\p{N}']*/gu) ?? [];
  return parts.length > 1 && parts.join('') === name ? parts : [];
}

// One regex per name, kept: the per-sentence memo is keyed on it.
const patterns = new Map<string, RegExp>();

function splitName(name: string, parts: string[]): RegExp {
  let re = patterns.get(name);
  if (!re) {
    if (patterns.size > 200) patterns.clear();
    patterns.set(name, (re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.map(escape).join('[ \\t.-]')}(?![\\p{L}\\p{N}])`, 'gu')));
  }
  return re;
}

export function splitNames(doc: Doc, names: readonly string[]): Issue[] {
  const out: Issue[] = [];
  for (const name of names) {
    const parts = camelParts(name);
    if (!parts.length) continue;
    const re = splitName(name, parts);
    for (const h of scanDoc(doc, re)) {
      const sentence = doc.sentenceAt(h.start);
      if (!sentence || doc.text.slice(sentence.start, h.start).trim() === '') continue;
      out.push({
        rule: 'split-name',
        start: h.start,
        end: h.end,
        severity: 'warning',
        message: `Write "${name}" as one word`,
        explanation: `The organization's name is written "${name}", so that people recognize it and can search for it.`,
        confidence: 0.75,
        fix: { title: `Replace with "${name}"`, text: name },
      });
    }
  }
  return out;
}
