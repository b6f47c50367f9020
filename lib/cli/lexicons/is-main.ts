// Lets a generator run as a program (tsx FILE) and be imported by a test without running.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Whether this module was started as the program (tsx FILE), not imported (by a test). */
export function isMain(moduleUrl: string): boolean {
  return !!process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === moduleUrl;
}
