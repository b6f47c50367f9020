// `node --import tsx tests/bench/equivalence.ts OTHER_TREE [THIS_TREE]`: checks the labelled
// corpus, long drafts and a run of one-character edits with this tree's engine (or THIS_TREE's)
// and with another checkout's (the code before a performance change), and reports any finding
// that differs. Not a test.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '../..');
const other = path.resolve(process.argv[2] ?? '');
const CORPUS_DIR = path.resolve(ROOT, '../shared/corpus');

interface Engine {
  check(text: string, options?: object): unknown;
}

async function engine(root: string, fresh: boolean): Promise<() => Engine> {
  const { createChecker } = await import(pathToFileURL(path.join(root, 'lib/engine/checker.ts')).href);
  const { loadPackFile } = await import(pathToFileURL(path.join(root, 'lib/policy/files.ts')).href);
  const packs = [loadPackFile(path.join(root, 'policies/healthcare-core.yaml')), loadPackFile(path.join(root, 'policies/examples/riverbend.yaml'))];
  const shared = createChecker(packs);
  return () => (fresh ? createChecker(shared.policy) : shared);
}

const posts: { text: string; platform?: string; author?: string }[] = [];
for (const f of fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl'))) {
  for (const line of fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8').split('\n')) if (line.trim()) posts.push(JSON.parse(line));
}
const long = (n: number, from: number) => {
  let s = '';
  for (let i = from; s.length < n; i++) s += posts[i % posts.length].text + (i % 3 === 2 ? '\n\n' : ' ');
  return s.slice(0, n);
};

const mine = await engine(process.argv[3] ? path.resolve(process.argv[3]) : ROOT, false);
const theirs = await engine(other, false);
let differences = 0;
let compared = 0;
const compare = (label: string, text: string, options: object) => {
  compared++;
  const a = JSON.stringify(mine().check(text, options));
  const b = JSON.stringify(theirs().check(text, options));
  if (a !== b && differences++ < 5) console.log(`DIFF ${label}\n  this:  ${a.slice(0, 600)}\n  other: ${b.slice(0, 600)}`);
};
for (const [i, p] of posts.entries()) compare(`post ${i}`, p.text, { platform: p.platform ?? 'generic', author: p.author });
for (const n of [1000, 3000, 10000]) for (const from of [0, 50, 200]) compare(`draft ${n}/${from}`, long(n, from), { platform: 'linkedin' });
// Line structures that make compromise join or split lines: open quotes and parentheses,
// lines of punctuation or emoji only, patterns that end a line.
const tricky = [
  'He said "this place is\na fraud" and left.\nDr. Pruitt is a fraud 🙃\n---\nShe was totally crazy (no joke\nreally) today.',
  '"Quote opens\nand closes" here.\n😂😂\n...\nThat patient is so crazy\nMrs. Alvarez in room 412 had her bypass!',
  'Line one (paren\n\nline two) end.\n!!!\nMy Riverbend app is down. Riverbend Health is the best hospital in the state\nuse my code SAVE20 for 20% off',
];
for (const [i, t] of tricky.entries()) compare(`tricky ${i}`, t, { platform: 'x' });
compare('tricky all', tricky.join('\n') + '\n' + long(2000, 3).replace(/\. /g, '.\n'), { platform: 'linkedin' });
// Incremental: the same checker (and cache) across edits, as in the page.
let draft = long(6000, 7);
for (let k = 0; k < 40; k++) {
  const at = (k * 977) % draft.length;
  draft = k % 4 === 3 ? draft.slice(0, at) + draft.slice(at + 1) : draft.slice(0, at) + 'xe .'[k % 4] + draft.slice(at);
  compare(`edit ${k}`, draft, { platform: 'x' });
}
console.log(`${compared} checks compared, ${differences} differ`);
