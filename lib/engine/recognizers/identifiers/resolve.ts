// When two findings overlap, the more specific kind wins: a validated format beats a context
// match, which beats a name or a loose address. Depictions and biometrics describe, so they
// may overlap anything.
import type { Found } from './found';

const PRIORITY: Record<string, number> = {
  email: 0, url: 1, ip: 1, ssn: 2, account: 2, mrn: 3, 'health-plan': 3, license: 3, vehicle: 3, device: 3,
  'other-id': 4, date: 5, fax: 6, phone: 6, age: 7, address: 8, name: 9,
};
const FREE = new Set(['photo', 'biometric']);
const WEAK_INSIDE = new Set(['phone', 'fax']);

export function resolveOverlaps(found: Found[]): Found[] {
  const free = found.filter((f) => FREE.has(f.kind));
  const ranked = found
    .filter((f) => !FREE.has(f.kind))
    .sort((a, b) => (PRIORITY[a.kind] ?? 10) - (PRIORITY[b.kind] ?? 10) || b.confidence - a.confidence || b.end - b.start - (a.end - a.start));
  let kept: Found[] = [];
  for (const f of ranked) {
    const clashes = kept.filter((k) => k.start < f.end && f.start < k.end);
    if (clashes.length === 0) kept.push(f);
    // Bare digit groups read as a phone number give way to the address around them
    // ("17151 2450" in "17151 2450 Crown St").
    else if (clashes.every((k) => WEAK_INSIDE.has(k.kind) && k.confidence <= 0.5 && k.start >= f.start && k.end <= f.end && k.confidence < f.confidence)) {
      kept = kept.filter((k) => !clashes.includes(k));
      kept.push(f);
    }
  }
  return [...kept, ...free].sort((a, b) => a.start - b.start || a.end - b.end);
}
