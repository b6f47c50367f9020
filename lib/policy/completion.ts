// What the pack editor offers at the cursor: field names, rule types, enum values and list
// names. Every candidate is read from the zod schema in schema.ts, so a field added there is
// offered here without a second list to keep in step.
import { parseDocument, isMap, isScalar } from 'yaml';
import type { z } from 'zod';
import { example, pack, rule, detectorSettings } from './schema';

export type CandidateKind = 'field' | 'type' | 'value' | 'list';

export interface Candidate {
  label: string;
  kind: CandidateKind;
  /** Text inserted; fields get ": " so the author can go on typing the value. */
  apply: string;
}

export interface CompletionResult {
  /** Offset where the word being completed starts; the candidates replace text from..cursor. */
  from: number;
  candidates: Candidate[];
}

type AnySchema = z.ZodType;
type Def = { type: string; innerType?: AnySchema; in?: AnySchema; options?: AnySchema[]; shape?: Record<string, AnySchema>; entries?: Record<string, string>; values?: unknown[]; element?: AnySchema; valueType?: AnySchema };

const def = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional, default, pipe (transforms) and the like down to the schema that says what is allowed. */
function unwrap(s: AnySchema): AnySchema {
  for (;;) {
    const d = def(s);
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

function shapeOf(s: AnySchema): Record<string, AnySchema> {
  const d = def(unwrap(s)) as Def & { shape?: Record<string, AnySchema> };
  return d.shape ?? {};
}

/** The allowed values of an enum or literal field, through arrays and unions; [] for free text. */
function valuesOf(s: AnySchema): string[] {
  const u = unwrap(s);
  const d = def(u);
  if (d.type === 'enum' && d.entries) return Object.values(d.entries);
  if (d.type === 'literal' && d.values) return d.values.map(String);
  if (d.type === 'array' && d.element) return valuesOf(d.element);
  if (d.type === 'union' && d.options) return [...new Set(d.options.flatMap(valuesOf))];
  if (d.type === 'boolean') return ['true', 'false'];
  return [];
}

const ruleVariants = (): AnySchema[] => def(rule).options ?? [];

/** Rule types in the order the schema lists them. */
export const ruleTypes = (): string[] => ruleVariants().flatMap((v) => valuesOf(shapeOf(v).type));

/** Fields of a rule of the given type, or of any type when unknown. */
export function ruleFields(type?: string): string[] {
  const variants = ruleVariants().filter((v) => !type || valuesOf(shapeOf(v).type).includes(type));
  return [...new Set((variants.length ? variants : ruleVariants()).flatMap((v) => Object.keys(shapeOf(v))))];
}

export const packFields = (): string[] => Object.keys(shapeOf(pack));
export const exampleFields = (): string[] => Object.keys(shapeOf(example));

/** The allowed values of a field, looked up in the section the cursor is in. */
function fieldValues(section: Section, field: string, type?: string): string[] {
  const schemas: AnySchema[] =
    section === 'rule'
      ? ruleVariants().filter((v) => !type || valuesOf(shapeOf(v).type).includes(type)).map((v) => shapeOf(v)[field]).filter(Boolean)
      : section === 'example'
        ? [shapeOf(example)[field]].filter(Boolean)
        : section === 'detector'
          ? [shapeOf(detectorSettings)[field]].filter(Boolean)
          : section === 'matcher' || section === 'fix'
            ? []
            : [shapeOf(pack)[field]].filter(Boolean);
  return [...new Set(schemas.flatMap(valuesOf))];
}

function childFields(section: Section, type?: string): string[] {
  const rules = shapeOf(ruleVariants()[0] ?? rule);
  switch (section) {
    case 'pack':
      return packFields();
    case 'rule':
      return ruleFields(type);
    case 'example':
      return exampleFields();
    case 'detector':
      return Object.keys(shapeOf(detectorSettings));
    case 'fix':
      return Object.keys(shapeOf(def(unwrap(rules.fixes)).element ?? rule));
    case 'matcher': {
      const requireVariant = ruleVariants().find((v) => valuesOf(shapeOf(v).type).includes('require'));
      const ifOptions = requireVariant ? def(unwrap(shapeOf(requireVariant).if)).options ?? [] : [];
      return ifOptions.flatMap((o) => Object.keys(shapeOf(o)));
    }
    default:
      return [];
  }
}

/** Names of the lists the pack defines, for "$name" references. Tolerates half-typed text. */
export function listNames(text: string): string[] {
  const doc = parseDocument(text, { prettyErrors: false });
  const lists = isMap(doc.contents) ? doc.contents.get('lists') : undefined;
  if (!isMap(lists)) return [];
  return lists.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []));
}

type Section = 'pack' | 'rule' | 'example' | 'detector' | 'matcher' | 'fix' | 'other';

const SECTION_OF_PARENT: Record<string, Section> = { rules: 'rule', examples: 'example', fixes: 'fix', if: 'matcher' };

interface Line {
  text: string;
  /** Column where the key starts, counting "- " as indentation. */
  indent: number;
}

const keyIndent = (line: string) => /^(\s*(?:-\s+)*)/.exec(line)![1].length;

/** The section the line at `index` is in, and the rule type when it is inside a rule. */
function sectionAt(lines: Line[], index: number): { section: Section; type?: string } {
  const here = lines[index];
  let parent: string | undefined;
  let grand: string | undefined;
  let indent = here.indent;
  for (let i = index - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l.text.trim() || l.text.trim().startsWith('#')) continue;
    if (l.indent < indent) {
      const key = /^\s*(?:-\s+)*([\w$-]+):/.exec(l.text)?.[1];
      if (parent === undefined) {
        parent = key;
        indent = l.indent;
        if (key === undefined) continue;
      } else {
        grand = key;
        break;
      }
    }
  }
  if (here.indent === 0) return { section: 'pack' };
  let section: Section = (parent !== undefined ? SECTION_OF_PARENT[parent] : undefined) ?? 'other';
  if (grand === 'detectors') section = 'detector';
  if (section !== 'rule') return { section };
  // The rule's type, from the lines of the same list item.
  let type: string | undefined;
  const first = lines.findLastIndex((l, i) => i <= index && /^\s*-\s/.test(l.text) && keyIndent(l.text) === here.indent);
  for (let i = Math.max(first, 0); i < lines.length; i++) {
    if (i > index && (/^\s*-\s/.test(lines[i].text) || (lines[i].text.trim() && lines[i].indent < here.indent))) break;
    const m = /^\s*(?:-\s+)?type:\s*([\w-]+)/.exec(lines[i].text);
    if (m && lines[i].indent === here.indent) type = m[1];
  }
  return { section, type };
}

/** Candidates for the cursor at `offset` in a pack's YAML; null when there is nothing to offer. */
export function completePack(text: string, offset: number): CompletionResult | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const all = text.split('\n');
  const index = text.slice(0, lineStart).split('\n').length - 1;
  const lines: Line[] = all.map((t) => ({ text: t, indent: keyIndent(t) }));

  // A list reference: "$na|" anywhere in a value.
  const ref = /\$([\w.-]*)$/.exec(before);
  if (ref) {
    const names = listNames(text);
    return { from: offset - ref[1].length, candidates: names.map((n) => ({ label: n, kind: 'list', apply: n })) };
  }

  // A value: "key: par|" or "key: [a, par|".
  const value = /^\s*(?:-\s+)*([\w-]+):\s*(?:\[(?:[^\]]*,\s*)?)?([\w-]*)$/.exec(before);
  if (value) {
    const [, field, word] = value;
    const { section, type } = sectionAt(lines, index);
    const values = field === 'type' && section === 'rule' ? ruleTypes() : fieldValues(section, field, type);
    if (!values.length) return null;
    const kind: CandidateKind = field === 'type' ? 'type' : 'value';
    return { from: offset - word.length, candidates: values.map((v) => ({ label: v, kind, apply: v })) };
  }

  // A key: "  par|" or "  - par|".
  const key = /^(\s*(?:-\s+)*)([\w-]*)$/.exec(before);
  if (key) {
    const { section, type } = sectionAt(lines, index);
    const fields = childFields(section, type);
    if (!fields.length) return null;
    return { from: offset - key[2].length, candidates: fields.map((f) => ({ label: f, kind: 'field', apply: `${f}: ` })) };
  }
  return null;
}
