// The files an extension page loads as it opens (its HTML's scripts, preloads and styles, and
// what those import statically), and with every lazy chunk too: the options budget is on the first.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

function resolve(build: string, from: string, spec: string): string | undefined {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return undefined;
  const file = spec.startsWith('/') ? path.join(build, spec) : path.resolve(path.dirname(from), spec);
  return fs.existsSync(file) ? file : undefined;
}

function closure(build: string, roots: string[], lazy: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = fs.readFileSync(file, 'utf8');
    for (const re of lazy ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT]) {
      for (const m of code.matchAll(re)) {
        const next = resolve(build, file, m[1]);
        if (next) queue.push(next);
      }
    }
  }
  return seen;
}

export interface PageWeight {
  files: number;
  bytes: number;
  gzipBytes: number;
}

function weigh(files: Set<string>): PageWeight {
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const data = fs.readFileSync(f);
    bytes += data.length;
    gzipBytes += zlib.gzipSync(data, { level: 9 }).length;
  }
  return { files: files.size, bytes, gzipBytes };
}

/** Weight of a built page as it opens and with every lazily loaded chunk. */
export function pageWeight(buildDir: string, html: string): { initial: PageWeight; all: PageWeight } {
  // Absolute, so that a file reached from the HTML and from a chunk is counted once.
  const build = path.resolve(buildDir);
  const htmlFile = path.join(build, html);
  const text = fs.readFileSync(htmlFile, 'utf8');
  const roots = [htmlFile];
  for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const f = resolve(build, htmlFile, m[1]);
    if (f) roots.push(f);
  }
  return { initial: weigh(closure(build, roots, false)), all: weigh(closure(build, roots, true)) };
}
