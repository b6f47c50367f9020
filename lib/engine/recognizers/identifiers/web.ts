// Email addresses, web addresses and IP addresses: distinctive formats, no context needed.
import { scan, type Found } from './found';
import { gated } from '../../text/regex-gate';

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?){0,6}\.[A-Za-z]{2,24}\b/g;

// Bare domains ("riverbend.org/careers") are URLs only with a well-known top-level domain, so
// "e.g.", "Dr.Smith" or "report.pdf" are not taken for web addresses.
const TLDS = 'com|org|net|edu|gov|mil|int|io|co|us|uk|ca|au|de|fr|es|it|nl|be|ch|se|no|dk|fi|pl|cz|pt|br|mx|ar|cl|uy|in|jp|cn|kr|ru|ie|nz|za|at|hu|gr|cy|il|info|biz|me|ly|health|care|clinic|app|dev|ai|tv|xyz|online|site';
const URL = gated(new RegExp(
  String.raw`\b(?:(?:https?|ftp)://[^\s<>"']+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s<>"']*|(?<![A-Za-z0-9.-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+){0,6}\.(?:${TLDS})(?![A-Za-z0-9-])(?:/[^\s<>"']*)?)`,
  'gi',
));
const TRAILING = /[.,;:!?)\]'"]+$/;

const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]*\d)/g;
// Candidates for IPv6: hex groups and colons; validated by structure below.
const IPV6 = /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g;

function ipv6Valid(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const parts = halves.flatMap(groups);
  if (!parts.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  if (halves.length === 1) return parts.length === 8;
  // "::" alone or with few groups; require a hex letter or 3+ groups so "1::2" clock-like text is rare.
  return parts.length <= 7 && (parts.length >= 3 || /[a-f]/i.test(s) || s === '::1');
}

export function findEmails(text: string): Found[] {
  return scan(EMAIL, text, (m) => ({ kind: 'email', start: m.index, end: m.index + m[0].length, confidence: 0.98 }));
}

export function findUrls(text: string): Found[] {
  return scan(URL, text, (m) => {
    // The part after an "@" is an email's domain, not a link.
    if (m.index > 0 && text[m.index - 1] === '@') return null;
    const raw = m[0].replace(TRAILING, '');
    const explicit = /^(?:https?|ftp):\/\/|^www\./i.test(raw);
    return { kind: 'url', start: m.index, end: m.index + raw.length, confidence: explicit ? 0.97 : 0.8 };
  });
}

export function findIps(text: string): Found[] {
  const v4 = scan(IPV4, text, (m) => ({ kind: 'ip', start: m.index, end: m.index + m[0].length, confidence: 0.9 }));
  const v6 = scan(IPV6, text, (m) =>
    ipv6Valid(m[0]) ? { kind: 'ip', start: m.index, end: m.index + m[0].length, confidence: 0.9 } : null,
  );
  return [...v4, ...v6];
}
