// A tab's status for the popup from its composers' findings: counts by severity, no text, so
// nothing the user wrote leaves the page through it.
import { SEVERITIES, type Severity } from './engine/types';
import type { TabStatus } from './protocol';

export function tabStatus(composers: readonly (readonly { severity: Severity }[])[]): TabStatus {
  const findings = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const list of composers) for (const f of list) findings[f.severity]++;
  return { composers: composers.length, findings };
}

export function isTabStatus(v: unknown): v is TabStatus {
  const s = v as TabStatus | null;
  return !!s && typeof s === 'object' && typeof s.composers === 'number' && !!s.findings && SEVERITIES.every((k) => typeof s.findings[k] === 'number');
}
