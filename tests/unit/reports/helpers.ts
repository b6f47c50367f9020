import type { GuardrailEvent } from '../../../lib/protocol';

/** A local time on a day of November 2026 (the reports count local days). */
export const at = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();

export const f = (ruleId: string, category: GuardrailEvent['findings'][number]['category'], severity: 'error' | 'warning' = 'error') => ({ ruleId, category, severity });

export function ev(kind: GuardrailEvent['kind'], when: number, extra: Partial<GuardrailEvent> = {}): GuardrailEvent {
  return { at: when, site: 'x.com', kind, packs: [{ id: 'healthcare-core', version: '1.0.0' }], findings: [], ...extra };
}
