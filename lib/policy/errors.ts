// Errors a pack can produce, with where (line, column, path) and what was expected.

/** A problem found while loading one pack; line and column are 1-based. */
export interface PackError {
  line: number;
  column: number;
  /** Where in the pack, as "rules[2].severity"; "" for the whole file. */
  path: string;
  message: string;
}

export type PathKey = string | number;

/** A problem found while combining packs (extends, overrides, locks). */
export class PolicyError extends Error {
  constructor(
    message: string,
    readonly pack?: string,
    readonly path: PathKey[] = [],
  ) {
    super(message);
    this.name = 'PolicyError';
  }
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (PLAIN_KEY.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** One line: `FILE:LINE:COL: path: message`. Line breaks in the message are folded. */
export function formatPackError(file: string, e: PackError): string {
  const message = e.message.replace(/\s*\n\s*/g, ' ').trim();
  return `${file}:${e.line}:${e.column}: ${e.path || '(file)'}: ${message}`;
}
