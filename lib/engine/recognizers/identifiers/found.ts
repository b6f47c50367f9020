import { mayMatch } from '../../text/regex-gate';
import { warm } from '../../text/regex-warm';

// What each identifier module returns: a span of the sentence it was given, with its HIPAA kind.
export interface Found {
  kind: string;
  start: number;
  end: number;
  confidence: number;
  /** What made the match, e.g. 'title+surname', 'context:mrn', 'relative'. */
  value?: string;
}

/** Runs a global regex over the text; `make` turns a match into a finding or skips it (null). */
export function scan(re: RegExp, text: string, make: (m: RegExpExecArray) => Found | null): Found[] {
  const out: Found[] = [];
  re.lastIndex = 0;
  if (!mayMatch(re, text)) return out;
  warm(re);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const f = make(m);
    if (f) out.push(f);
  }
  return out;
}

/** The lower-cased text up to `chars` characters before `start`. */
export function before(text: string, start: number, chars: number): string {
  return text.slice(Math.max(0, start - chars), start).toLowerCase();
}

/** The lower-cased text up to `chars` characters after `end`. */
export function after(text: string, end: number, chars: number): string {
  return text.slice(end, end + chars).toLowerCase();
}
