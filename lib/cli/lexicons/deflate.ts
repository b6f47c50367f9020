// How the generators ship big lexicon data: raw DEFLATE at level 9, base64 in a string literal
// (lib/engine/lexicons/deflated.ts inflates it). Front-coded lists shrink about threefold.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync, strToU8 } from 'fflate';

export function deflateText(text: string): string {
  return Buffer.from(deflateSync(strToU8(text), { level: 9 })).toString('base64');
}

/** Whether this module was started as the program (tsx FILE), not imported (by a test). */
export function isMain(moduleUrl: string): boolean {
  return !!process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === moduleUrl;
}
