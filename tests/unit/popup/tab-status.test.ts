import { describe, expect, it } from 'vitest';
import { isTabStatus, tabStatus } from '../../../lib/tab-status';

describe('tabStatus', () => {
  it('counts findings of every composer by severity', () => {
    const s = tabStatus([[{ severity: 'error' }, { severity: 'warning' }], [{ severity: 'error' }], []]);
    expect(s).toEqual({ composers: 3, findings: { error: 2, warning: 1, info: 0 } });
    expect(isTabStatus(s)).toBe(true);
  });
  it('carries no text even when given findings with messages', () => {
    const s = tabStatus([[{ severity: 'info', message: 'Patient Jane Doe' } as { severity: 'info' }]]);
    expect(JSON.stringify(s)).not.toContain('Jane');
  });
  it('rejects answers that are not a status', () => {
    expect(isTabStatus(undefined)).toBe(false);
    expect(isTabStatus({ composers: 1, findings: { error: 1 } })).toBe(false);
  });
});
