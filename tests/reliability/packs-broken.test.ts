// A table of broken packs: each yields one error line naming where (line:column and path) and
// what was expected, never an exception or a stack trace, and never hangs.
import { describe, expect, it } from 'vitest';
import { formatPackError } from '../../lib/policy/errors';
import { decodePack, loadPack } from '../../lib/policy/load';

const head = 'pack: broken\nversion: 1.0.0\n';
const rule = (body: string) => `${head}rules:\n  - id: r1\n    category: quality\n${body}`;

function aliasBomb(): string {
  let s = `${head}lists:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n`;
  for (let i = 1; i < 9; i++) s += `  a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  return s;
}

interface Case {
  name: string;
  source: string | Uint8Array;
  line: number;
  column?: number;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  { name: 'bad YAML (unclosed flow sequence)', source: 'pack: broken\nversion: [1.0.0\n', line: 3, path: '', message: /YAML syntax/ },
  { name: 'tab indentation', source: 'pack: broken\n\tversion: 1.0.0\n', line: 2, column: 1, path: '', message: /Tabs/ },
  { name: 'unknown rule type', source: rule('    type: regexp\n'), line: 6, column: 11, path: 'rules[0].type', message: /unknown rule type; expected one of substitution, existence, pattern, require, limit/ },
  { name: 'missing rule type', source: `${head}rules:\n  - id: r1\n    category: quality\n`, line: 4, path: 'rules[0].type', message: /required: expected one of substitution/ },
  { name: 'terms is a number', source: rule('    type: existence\n    terms: 5\n'), line: 7, column: 12, path: 'rules[0].terms', message: /expected text or a list of text/ },
  { name: 'severity not in the enum', source: rule('    type: existence\n    severity: fatal\n    terms: [x]\n'), line: 7, column: 15, path: 'rules[0].severity', message: /expected one of "error", "warning", "info"/ },
  { name: 'max is text', source: rule('    type: limit\n    count: hashtags\n    max: three\n'), line: 8, column: 10, path: 'rules[0].max', message: /expected a number, found text/ },
  { name: 'unknown field', source: rule('    type: existence\n    term: [x]\n'), line: 7, column: 5, path: 'rules[0].term', message: /unknown field "term"/ },
  { name: 'unknown top-level field', source: `${head}rulez: []\n`, line: 3, column: 1, path: 'rulez', message: /unknown field "rulez"/ },
  { name: 'unknown list reference', source: rule('    type: existence\n    terms: [$nope]\n'), line: 7, column: 13, path: 'rules[0].terms[0]', message: /unknown list "\$nope"/ },
  { name: 'unknown list in a regex', source: rule('    type: existence\n    regex: ["{{nope}} x"]\n'), line: 7, path: 'rules[0].regex[0]', message: /unknown list "\{\{nope\}\}"/ },
  { name: 'duplicate rule ids', source: rule('    type: existence\n    terms: [x]\n  - id: r1\n    category: quality\n    type: existence\n    terms: [y]\n'), line: 8, column: 9, path: 'rules[1].id', message: /duplicate rule id "r1"/ },
  { name: 'circular extends (itself)', source: `${head}extends: [broken]\n`, line: 3, column: 11, path: 'extends[0]', message: /circular extends/ },
  { name: 'invalid regex', source: rule('    type: existence\n    regex: ["(a"]\n'), line: 7, column: 13, path: 'rules[0].regex[0]', message: /invalid regular expression: missing closing \)/ },
  { name: 'lookahead', source: rule('    type: existence\n    regex: ["foo(?=bar)"]\n'), line: 7, path: 'rules[0].regex[0]', message: /lookahead and lookbehind .* not supported/ },
  { name: 'backreference', source: rule('    type: existence\n    regex: ["(a)\\\\1"]\n'), line: 7, path: 'rules[0].regex[0]', message: /backreferences/ },
  { name: 'invalid compromise pattern', source: rule('    type: pattern\n    match: "(doctor|nurse"\n'), line: 7, column: 12, path: 'rules[0].match', message: /invalid compromise pattern: a "\(" is not closed/ },
  { name: 'limit without max', source: rule('    type: limit\n    count: hashtags\n'), line: 4, path: 'rules[0].max', message: /needs "max" or "perPlatform"/ },
  { name: 'link is not a URL', source: rule('    type: existence\n    terms: [x]\n    link: see the intranet\n'), line: 8, column: 11, path: 'rules[0].link', message: /expected a URL/ },
  { name: 'unknown platform', source: rule('    type: existence\n    terms: [x]\n    platforms: [myspace]\n'), line: 8, column: 17, path: 'rules[0].platforms[0]', message: /expected one of "x", "linkedin"/ },
  { name: 'version is not semantic', source: 'pack: broken\nversion: one\n', line: 2, column: 10, path: 'version', message: /semantic version/ },
  { name: 'pack id with spaces', source: 'pack: Broken Pack\nversion: 1.0.0\n', line: 1, column: 7, path: 'pack', message: /lower-case letters/ },
  { name: 'missing version', source: 'pack: broken\n', line: 1, path: 'version', message: /required: expected text/ },
  { name: 'duplicate key', source: 'pack: broken\npack: other\nversion: 1.0.0\n', line: 2, column: 1, path: '', message: /Map keys must be unique/ },
  { name: 'two documents', source: `${head}---\npack: other\n`, line: 3, path: '', message: /one YAML document/ },
  { name: 'empty file', source: '', line: 1, column: 1, path: '', message: /the file is empty/ },
  { name: 'only white space and comments', source: '  \n# nothing\n\n', line: 1, path: '', message: /a pack is a mapping|empty/ },
  { name: 'a scalar instead of a mapping', source: 'hello', line: 1, column: 1, path: '', message: /a pack is a mapping/ },
  { name: 'a list instead of a mapping', source: '- pack: broken\n', line: 1, column: 1, path: '', message: /a pack is a mapping/ },
  { name: 'a 5 MB file', source: `${head}description: "${'x'.repeat(5_000_000)}"\n`, line: 1, column: 1, path: '', message: /the pack is 5,000,0\d\d bytes; the limit is 1,000,000/ },
  { name: 'BOM, then a wrong type (positions unaffected)', source: `\uFEFF${head}rules: 3\n`, line: 3, column: 8, path: 'rules', message: /expected a list, found a number/ },
  { name: 'JSON with a line comment', source: '{\n  "pack": "broken", // the id\n  "version": "1.0.0"\n}', line: 2, column: 21, path: '', message: /JSON does not allow comments/ },
  { name: 'JSON with a block comment', source: '{\n  /* pack */ "pack": "broken",\n  "version": "1.0.0"\n}', line: 2, column: 3, path: '', message: /JSON does not allow comments/ },
  { name: 'JSON trailing comma', source: '{"pack": "broken", "version": "1.0.0",}', line: 1, path: '', message: /JSON syntax/ },
  { name: 'JSON wrong type', source: '{"pack": "broken",\n "version": 1}', line: 2, column: 13, path: 'version', message: /expected text, found a number/ },
  { name: 'YAML alias bomb', source: aliasBomb(), line: 1, path: '', message: /too many YAML aliases/ },
  { name: 'deep flow nesting', source: `${head}x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, line: 3, path: '', message: /nesting is deeper than 64 levels/ },
  { name: 'NUL characters', source: 'pack: broken\u0000\nversion: 1.0.0\n', line: 1, path: '', message: /NUL characters/ },
  { name: 'UTF-16 bytes', source: new Uint8Array([0xff, 0xfe, 0x70, 0x00]), line: 1, column: 1, path: '', message: /UTF-16/ },
  { name: 'invalid UTF-8 bytes', source: new Uint8Array([0x70, 0x61, 0xc3, 0x28]), line: 1, column: 1, path: '', message: /not valid UTF-8/ },
  { name: 'term too long', source: rule(`    type: existence\n    terms: ["${'x'.repeat(300)}"]\n`), line: 7, path: 'rules[0].terms[0]', message: /too long: at most 200 characters/ },
  { name: 'pattern too long', source: rule(`    type: pattern\n    match: "${'doctor '.repeat(100)}"\n`), line: 7, path: 'rules[0].match', message: /too long: at most 500 characters/ },
  { name: 'list too long', source: `${head}lists:\n  big: [${Array.from({ length: 5001 }, (_, i) => `t${i}`).join(', ')}]\n`, line: 4, path: 'lists.big', message: /too many items: at most 5000/ },
  { name: 'too many rules', source: `${head}rules:\n${Array.from({ length: 2001 }, (_, i) => `  - {id: r${i}, type: existence, category: quality, terms: [x]}`).join('\n')}\n`, line: 4, path: 'rules', message: /too many items: at most 2000/ },
  { name: 'a list item referencing a list', source: `${head}lists:\n  a: [x]\n  b: [$a]\n`, line: 5, path: 'lists.b[0]', message: /cannot reference another list/ },
];

function load(source: string | Uint8Array) {
  if (typeof source === 'string') return loadPack(source);
  const decoded = decodePack(source);
  return decoded.ok ? loadPack(decoded.text) : { ok: false as const, error: decoded.error, errors: [decoded.error] };
}

describe('broken packs', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)('$name', ({ source, line, column, path, message }) => {
    const started = Date.now();
    const r = load(source);
    // A bound far above normal (milliseconds), only to catch a parser that hangs.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = formatPackError('pack.yaml', r.error);
    expect(text).not.toContain('\n');
    expect(text).not.toMatch(/\n\s+at |Error:|undefined|\[object/);
    expect(text).toMatch(/^pack\.yaml:\d+:\d+: /);
    expect(r.error.line).toBe(line);
    if (column !== undefined) expect(r.error.column).toBe(column);
    expect(r.error.path).toBe(path);
    expect(r.error.message).toMatch(message);
  });
});
