// Strange and huge drafts against the shipped packs: right-to-left text with bidi controls,
// stacked combining marks, emoji sequences, lone surrogates, control characters, 200,000
// characters with and without punctuation or spaces, one 50,000-character token, and thousands
// of hashtags, links and addresses. The engine never throws, never reports a detector failure,
// never gives an offset outside the text or inside a character, and never hangs.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../../lib/engine/checker';
import type { CheckOptions, CheckResult } from '../../lib/engine/types';
import { CORE_PACK_PATH, loadPackFile } from '../../lib/policy/files';
import { loadPack } from '../../lib/policy/load';

/** Only a hang crosses this; it is not a speed target. */
const HANG_GUARD_MS = 20_000;
/** The same for 200,000 characters checked whole, twice the checker's default limit (a busy machine takes seconds). */
const WHOLE_HUGE_GUARD_MS = 60_000;

// Rules that fire on almost any span, so that offsets next to marks and controls get exercised.
const GREEDY = `
pack: greedy-drafts
version: 1.0.0
rules:
  - { id: g/words, type: existence, category: quality, regex: ['[\\pL\\pN]+'] }
  - { id: g/symbols, type: existence, category: brand-voice, regex: ['\\p{So}+'] }
  - { id: g/tags, type: limit, category: quality, count: hashtags, max: 0 }
  - { id: g/swap, type: substitution, category: brand-voice, swap: { nurse: care team member } }
`;

let checkers: { name: string; checker: Checker }[];
/** The slowest single check, reported (not asserted) so that a drift towards the guard shows. */
const slowest = { ms: 0, what: '' };
/** The layered shipped packs only: huge drafts test the product, not the greedy pack's thousands of findings. */
let shipped: { name: string; checker: Checker }[];

beforeAll(() => {
  const core = loadPackFile(CORE_PACK_PATH);
  const riverbend = loadPackFile('policies/examples/riverbend.yaml');
  const greedy = loadPack(GREEDY);
  if (!greedy.ok) throw new Error(greedy.error.message);
  checkers = [
    { name: 'healthcare-core', checker: createChecker([core]) },
    { name: 'healthcare-core + riverbend', checker: createChecker([core, riverbend]) },
    { name: 'greedy', checker: createChecker([greedy.pack]) },
  ];
  shipped = [checkers[1]];
});

afterAll(() => {
  console.log(`slowest check: ${Math.round(slowest.ms)} ms (${slowest.what})`);
});

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const MARK = /^\p{M}$/u;

/** Why an offset is not a place a span may start or end at, or undefined when it is one. */
function badOffset(text: string, o: number): string | undefined {
  if (!Number.isInteger(o) || o < 0 || o > text.length) return `outside the text (length ${text.length})`;
  if (o === 0 || o === text.length) return undefined;
  if (isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))) return 'inside a surrogate pair';
  if (MARK.test(String.fromCodePoint(text.codePointAt(o)!))) return 'before a combining mark (splits it from its base)';
  return undefined;
}

function expectSound(text: string, result: CheckResult, label: string): void {
  expect(result.errors, `${label}: detector failures`).toBeUndefined();
  const spans: [string, number, number][] = [];
  for (const f of result.findings) {
    spans.push([`${f.ruleId}`, f.start, f.end]);
    for (const e of f.evidence) spans.push([`${f.ruleId} evidence ${e.kind}`, e.start, e.end]);
    for (const fix of f.fixes) for (const e of fix.edits) spans.push([`${f.ruleId} fix "${fix.title}"`, e.start, e.end]);
  }
  for (const [what, start, end] of spans) {
    const problem = badOffset(text, start) ?? badOffset(text, end) ?? (start > end ? 'start after end' : undefined);
    expect(problem, `${label}: ${what} [${start}, ${end})`).toBeUndefined();
  }
  if (result.truncated) {
    expect(result.truncated.totalChars).toBe(text.length);
    expect(badOffset(text, result.truncated.checkedChars), `${label}: truncation point`).toBeUndefined();
    for (const [what, , end] of spans) expect(end, `${label}: ${what} beyond the checked part`).toBeLessThanOrEqual(result.truncated.checkedChars);
  }
}

/** Checks with every checker: no exception, sound offsets, within the hang guard. */
function checkAll(text: string, options: CheckOptions = {}, with_ = checkers, guardMs = HANG_GUARD_MS): CheckResult[] {
  return with_.map(({ name, checker }) => {
    const started = performance.now();
    let result: CheckResult | undefined;
    expect(() => (result = checker.check(text, options)), name).not.toThrow();
    const ms = performance.now() - started;
    if (ms > slowest.ms) Object.assign(slowest, { ms, what: `${name}, ${text.length.toLocaleString('en-US')} characters` });
    expect(ms, `${name}: hang guard`).toBeLessThan(guardMs);
    expectSound(text, result!, name);
    return result!;
  });
}

// Risky phrases of several categories, so that real findings land next to the strange parts.
const RISKY = [
  'Sharing the confidential plan today.',
  'Our nurse cared for Mrs. Alvarez in room 412 after her stroke.',
  'Call me at 555-867-5309 or write to jane.doe@example.org.',
  'This supplement cures diabetes, guaranteed!',
  'Dr. Patel is a fraud and a liar.',
  '#RBHealth #nurses https://example.org/a?b=c @someone',
];

describe('right-to-left text', () => {
  const arabic = 'شاركت الممرضة خطة سرية مع المريض في الغرفة ٤١٢ اليوم.';
  const hebrew = 'האחות שיתפה תוכנית סודית עם המטופל בחדר 412 היום.';
  const bidi = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

  it('Arabic and Hebrew, alone and mixed with English findings, with every bidi control', () => {
    checkAll(arabic);
    checkAll(hebrew);
    for (const risky of RISKY) {
      checkAll(`${arabic} ${risky} ${hebrew}`);
      // A bidi control right before and after each word of the risky sentence.
      const marked = risky.split(' ').map((w, i) => `${bidi[i % bidi.length]}${w}${bidi[(i + 5) % bidi.length]}`).join(' ');
      checkAll(`\u202B${hebrew} ${marked}\u202C`);
    }
  });

  it('a confidential marker wrapped in bidi isolates is still found, on the whole word', () => {
    const text = `\u2067${hebrew}\u2069 Sharing the \u2066confidential\u2069 plan today.`;
    const [core] = checkAll(text);
    const found = core.findings.find((f) => f.category === 'confidential');
    expect(found, 'confidential finding').toBeDefined();
    expect(text.slice(found!.start, found!.end)).toContain('confidential');
  });
});

describe('combining marks', () => {
  // Marks that compose with a Latin base (U+0301) and marks that never do (U+20DD, U+0334, U+0489).
  const zalgo = (s: string, marks: string, depth: number) => [...s].map((ch) => ch + marks.repeat(depth)).join('');

  it('stacked marks on every letter of risky drafts (Zalgo)', () => {
    ['\u0301\u0316\u0347', '\u20DD', '\u0334\u0489', '\u0300\u20E3\u0359'].forEach((marks, i) => {
      for (const risky of [RISKY[i], RISKY[i + 2]]) {
        checkAll(zalgo(risky, marks, 1));
        checkAll(zalgo(risky, marks, 12));
      }
    });
  });

  it('a mark right after a flagged word stays with the word', () => {
    // Marks that do not compose with the letter (a composing one makes another letter, another word).
    for (const mark of ['\u20DD', '\u0334', '\u0489', '\u0359']) {
      const text = `Sharing the confidential${mark} plan today.`;
      const [core] = checkAll(text);
      const found = core.findings.find((f) => f.category === 'confidential');
      expect(found, `confidential finding with U+${mark.charCodeAt(0).toString(16)}`).toBeDefined();
      expect(text.slice(found!.start, found!.end)).toContain(`confidential${mark}`);
    }
  });

  it('marks with no base: at the start, after a line break, after a space, after an emoji', () => {
    checkAll('\u0301\u0302\u0303Sharing the confidential plan today.');
    checkAll('Sharing the\n\u0301confidential plan today.\n\u20DD');
    checkAll('Sharing the \u0334\u0334 confidential plan 🙂\u0301 today.');
  });
});

describe('emoji sequences', () => {
  const sequences = ['👨‍👩‍👧‍👦', '👩🏽‍⚕️', '🧑🏿‍🦽‍➡️', '🏳️‍🌈', '🏴‍☠️', '🇺🇸🇲🇽🇮🇱', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1️⃣#️⃣', '👍🏻👍🏼👍🏽👍🏾👍🏿', '❤️‍🔥'];

  it('ZWJ, flag, tag, keycap and skin-tone sequences between and inside risky words', () => {
    sequences.forEach((seq, i) => {
      const risky = RISKY[i % RISKY.length];
      checkAll(`${seq}${risky}${seq}`);
      checkAll(risky.split(' ').join(` ${seq}`));
      checkAll(risky.replace(/([a-z])([a-z])/i, `$1${seq}$2`));
    });
    checkAll(sequences.join('').repeat(100));
  });
});

describe('broken text', () => {
  it('lone surrogates, NUL and control characters, noncharacters and replacement characters', () => {
    const strange = ['\uD800', '\uDFFF', '\uDC00\uD800', '\u0000', '\u0007', '\u001B[31m', '\u007F', '\u0085', '\u009F', '\r', '\u2028', '\u2029', '\uFFFE', '\uFFFF', '\uFFFD', '\uFEFF'];
    strange.forEach((s, i) => {
      const risky = RISKY[i % RISKY.length];
      checkAll(`${s}${risky}${s}`);
      checkAll(risky.split(' ').join(s));
      checkAll(risky.replace(/([a-z])([a-z])/i, `$1${s}$2`));
    });
    checkAll('\u0000'.repeat(10_000));
    checkAll('\uD800'.repeat(10_000));
  });
});

describe('property: any mixture of the above', () => {
  const piece = fc.oneof(
    fc.constantFrom(...RISKY),
    fc.constantFrom('شاركت خطة سرية', 'תוכנית סודית', 'HIV', 'MRN 8675309', 'born 03/14/1962', 'Project Heron', 'nurse'),
    fc.constantFrom('\u200E', '\u200F', '\u202E', '\u2066', '\u2069', '\u061C', '\u200D', '\u200B', '\uFE0F', '\u20E3'),
    fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\u20DD', '\u0489', '\u1AB0', '\u1DC0', '\u0670', '\u05B8', '\u093F'),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('👩🏽‍⚕️', '🇺🇸', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👍🏿', '1️⃣', '❤️‍🔥'),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
    fc.constantFrom(' ', '. ', '\n', '\n\n', '#', '@', '!'),
  );

  it('never throws, never reports a detector failure, and every offset stays on a character boundary', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('x', 'linkedin', 'mastodon', 'generic'), (parts, platform) => {
        checkAll(parts.join(''), { platform });
      }),
      { numRuns: 150 },
    );
  });

  it('a cut through a long mixture never lands inside a character', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 20, maxLength: 80 }), fc.integer({ min: 1, max: 400 }), (parts, maxChars) => {
        const text = parts.join('');
        for (const result of checkAll(text, { maxChars })) if (text.length > maxChars) expect(result.truncated).toBeDefined();
      }),
      { numRuns: 100 },
    );
  });
});

describe('huge drafts', { timeout: 180_000 }, () => {
  const checkShipped = (text: string, options: CheckOptions = {}, guardMs = HANG_GUARD_MS) => checkAll(text, options, shipped, guardMs);
  const sentences = (chars: number) => {
    let text = '';
    for (let i = 1; text.length < chars; i++) text += `${RISKY[i % RISKY.length]} Volunteers handed out ${i} bottles at booth ${i % 97}. `;
    return text;
  };
  const noPunctuation = (chars: number) => {
    let text = '';
    for (let i = 1; text.length < chars; i++) text += `volunteers handed out ${i} bottles at booth ${i % 97} `;
    return text;
  };
  // Letters from a fixed cycle, no spaces and no punctuation: one enormous "word" per line or none.
  const noSpaces = (chars: number) => Array.from({ length: chars }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7) % 26]).join('');

  it('200,000 characters, with punctuation, without punctuation, without spaces: the whole text', () => {
    for (const text of [sentences(200_000), noPunctuation(200_000), noSpaces(200_000)]) {
      const results = checkShipped(text, { maxChars: text.length }, WHOLE_HUGE_GUARD_MS);
      expect(results.every((r) => r.truncated === undefined)).toBe(true);
    }
  });

  it('200,000 characters under the default limit are cut, and say so', () => {
    for (const text of [sentences(200_000), noPunctuation(200_000), noSpaces(200_000), 'confidential\u0301 '.repeat(15_000)]) {
      for (const r of checkShipped(text)) expect(r.truncated).toMatchObject({ totalChars: text.length });
    }
  });

  it('one 50,000-character token, alone and inside a risky draft', () => {
    const token = noSpaces(50_000);
    checkShipped(token);
    checkShipped(`Sharing the confidential plan: ${token} today.`);
    checkShipped(`https://example.org/${token}`);
    checkShipped(`#${token}`);
    checkShipped(`${'9'.repeat(50_000)}`);
  });

  it('thousands of hashtags, links, addresses and mentions', () => {
    const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');
    checkShipped(many(3_000, (i) => `#tag${i}`));
    checkShipped(many(2_000, (i) => `https://site${i}.example.org/path/${i}?q=${i}#frag`));
    checkShipped(many(2_000, (i) => `person${i}@example${i % 50}.org`));
    checkShipped(many(3_000, (i) => `@user${i}`));
    checkShipped(many(1_000, (i) => `#tag${i} https://x${i}.org person${i}@x.org @u${i}`));
    // Glued together with no separators at all.
    checkShipped(Array.from({ length: 2_000 }, (_, i) => `#t${i}@u${i}https://x${i}.org`).join(''));
  });
});
