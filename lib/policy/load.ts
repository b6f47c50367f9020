// YAML or JSON text -> a validated Pack, or errors that say where (line, column, path) and
// what was expected. Positions come from the yaml package's syntax tree, which also reads JSON.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { formatPath, type PackError, type PathKey } from './errors';
import { LIMITS, pack as packSchema, type Pack } from './schema';
import { validatePack, type ValidateOptions } from './validate';

export type LoadResult = { ok: true; pack: Pack } | { ok: false; error: PackError; errors: PackError[] };

export type LoadOptions = ValidateOptions;

/** Deeper flow nesting than this is refused before parsing (the parser recurses). */
const MAX_NESTING = 64;
const MAX_ALIASES = 100;

const fail = (errors: PackError[]): LoadResult => ({ ok: false, error: errors[0], errors });
const at = (line: number, column: number, message: string, path = ''): PackError => ({ line, column, path, message });

/** Decodes a file's bytes: UTF-8 (with or without BOM); UTF-16 and invalid UTF-8 are refused. */
export function decodePack(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: PackError } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: at(1, 1, 'the file is UTF-16; save it as UTF-8') };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: at(1, 1, 'the file is not valid UTF-8 text') };
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Scans outside strings for JSON comments and for nesting too deep to parse safely. */
function scan(text: string, json: boolean): PackError | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      else if (c === '\n' && json) quote = '';
      continue;
    }
    if (c === '"' || (c === "'" && !json && /[\s[{,:]/.test(text[i - 1] ?? ' '))) quote = c;
    else if (json && c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const p = position(text, i);
      return at(p.line, p.column, 'JSON does not allow comments; remove them or write the pack in YAML');
    } else if (!json && c === '#' && /\s/.test(text[i - 1] ?? '\n')) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) {
        const p = position(text, i);
        return at(p.line, p.column, `nesting is deeper than ${MAX_NESTING} levels`);
      }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** The node a path leads to, or the deepest existing one; for a key path, the key itself. */
function locate(doc: Document, path: readonly PathKey[]): Node | undefined {
  let node: unknown = doc.contents;
  let last: Node | undefined = (doc.contents as Node | null) ?? undefined;
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return last;
      const value = pair.value as Node | null;
      if (!value || !(value as { range?: unknown }).range) return (pair.key as Node) ?? last;
      node = value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) node = node.items[key];
    else return last;
    last = node as Node;
  }
  return last;
}

/** The YAML key node of a map entry, for "unknown field" errors. */
function locateKey(doc: Document, path: readonly PathKey[], key: string): Node | undefined {
  let node: unknown = locate(doc, path);
  if (isAlias(node)) node = node.resolve(doc);
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair) return pair.key as Node;
  }
  return node as Node | undefined;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  null: 'nothing',
  undefined: 'nothing',
  nan: 'a number',
};

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1] ?? '';
      if (received === 'undefined') return `required: expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${TYPE_NAMES[received] ?? received}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union': {
      const u = issue as z.core.$ZodIssueInvalidUnion & { options?: unknown[]; discriminator?: string };
      if (u.discriminator === 'type') return `unknown rule type; expected one of ${(u.options ?? []).join(', ')}`;
      if (u.discriminator) return `unknown "${u.discriminator}"; expected one of ${(u.options ?? []).join(', ')}`;
      return 'expected text or a list of text';
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      if (issue.origin === 'array') return `too many items: at most ${issue.maximum} allowed (limit)`;
      if (issue.origin === 'string') return `too long: at most ${issue.maximum} characters allowed (limit)`;
      return `too large: at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `too short: at least ${issue.minimum} characters`;
      return `too small: at least ${issue.minimum}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'expected a URL (https://...)' : `expected ${issue.message.replace(/^Invalid string: must match pattern .*$/, 'a different format')}`;
    default:
      return issue.message;
  }
}

function toPackError(text: string, lc: LineCounter, node: Node | undefined, path: readonly PathKey[], message: string): PackError {
  const offset = node?.range?.[0] ?? 0;
  const p = lc.linePos(Math.min(offset, text.length));
  return { line: p.line, column: p.col, path: formatPath(path), message };
}

const byPosition = (a: PackError, b: PackError) => a.line - b.line || a.column - b.column;

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let v = data;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PathKey, unknown>)[k] : undefined;
  return v;
}

/** Parses and validates one pack. Never throws: every failure is a PackError. */
export function loadPack(source: string, options: LoadOptions = {}): LoadResult {
  try {
    return load(source, options);
  } catch (e) {
    // A parser bug or resource limit we did not foresee: still one line, never a stack trace.
    return fail([at(1, 1, `the pack could not be read (${(e as Error).message.split('\n')[0]})`)]);
  }
}

function load(source: string, options: LoadOptions): LoadResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.packBytes) {
    return fail([at(1, 1, `the pack is ${bytes.toLocaleString('en-US')} bytes; the limit is ${LIMITS.packBytes.toLocaleString('en-US')}`)]);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const p = position(text, nul);
    return fail([at(p.line, p.column, 'the file contains NUL characters; is it UTF-16 or binary? Save it as UTF-8 text')]);
  }
  if (!text.trim()) return fail([at(1, 1, 'the file is empty; a pack needs at least "pack" and "version"')]);
  const json = /^\s*[{[]/.test(text);
  const scanned = scan(text, json);
  if (scanned) return fail([scanned]);

  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false });
  const syntax = doc.errors.map((e) => {
    const p = lc.linePos(e.pos[0]);
    const message = e.code === 'MULTIPLE_DOCS' ? 'a pack is one YAML document; remove the "---" separator' : e.message.split('\n')[0];
    return at(p.line, p.col, `${json ? 'JSON' : 'YAML'} syntax: ${message}`);
  });
  if (syntax.length) return fail(syntax.sort(byPosition));

  let data: unknown;
  if (json) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      const message = (e as Error).message.split('\n')[0];
      const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
      const p = position(text, offset);
      return fail([at(p.line, p.column, `JSON syntax: ${message.replace(/ in JSON at position \d+.*$/, '')}`)]);
    }
  } else {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
      const message = /alias/i.test((e as Error).message)
        ? `too many YAML aliases (more than ${MAX_ALIASES} expansions); write the values out`
        : (e as Error).message.split('\n')[0];
      return fail([at(1, 1, message)]);
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail([at(1, 1, 'a pack is a mapping with "pack", "version" and optional "lists", "rules", "detectors", "examples"')]);
  }

  const parsed = packSchema.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const path = issue.path as PathKey[];
      if (issue.code === 'unrecognized_keys') {
        return toPackError(text, lc, locateKey(doc, path, issue.keys[0]), [...path, issue.keys[0]], describe(issue));
      }
      const missing = issue.code === 'invalid_union' && valueAt(data, path) === undefined;
      return toPackError(text, lc, locate(doc, path), path, missing ? `required: ${describe(issue).replace(/^unknown [^;]*; /, '')}` : describe(issue));
    });
    return fail(errors.sort(byPosition));
  }
  const issues = validatePack(parsed.data, options);
  if (issues.length) return fail(issues.map((i) => toPackError(text, lc, locate(doc, i.path), i.path, i.message)).sort(byPosition));
  return { ok: true, pack: parsed.data };
}

/** Line and column of a path in a pack's source, for errors found after loading (compilePolicy's). */
export function locateInSource(source: string, path: readonly PathKey[]): { line: number; column: number } {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const node = locate(doc, path);
  const p = lc.linePos(Math.min(node?.range?.[0] ?? 0, text.length));
  return { line: p.line, column: p.col };
}
