import { describe, expect, it } from 'vitest';
import { readability, syllables } from '../../../lib/engine/detectors/quality/readability';
import { checkerFor } from './helpers';

const dense =
  'Multidisciplinary interprofessional collaboration facilitates comprehensive individualized therapeutic interventions, ' +
  'optimizing longitudinal cardiovascular outcomes through evidence-based pharmacological optimization and ' +
  'systematic institutional quality-improvement methodologies across heterogeneous organizational environments. ' +
  'Consequently, administrative stakeholders prioritize interoperability, accountability and sustainability considerations.';
const plain = 'Flu shots are free this week. Come by the clinic any time. It takes five minutes. Bring a friend and get one too. We will have snacks and stickers for the kids.';

describe('quality detector', () => {
  it('counts syllables well enough for a grade', () => {
    expect(syllables('cat')).toBe(1);
    expect(syllables('hospital')).toBe(3);
    expect(syllables('comprehensive')).toBe(4);
  });

  it('grades dense prose far above plain prose', () => {
    expect(readability([dense]).grade).toBeGreaterThan(18);
    expect(readability(plain.split('. ')).grade).toBeLessThan(6);
  });

  it('reports a hard read as info, never as a warning', () => {
    const findings = checkerFor('quality').check(dense).findings.filter((f) => f.category === 'quality');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', ruleId: 'quality/readability' });
  });

  it('stays quiet on plain prose, short posts, and below the pack’s own grade', () => {
    expect(checkerFor('quality').check(plain).findings).toEqual([]);
    expect(checkerFor('quality').check('Utilization optimization methodologies.').findings).toEqual([]);
    expect(checkerFor('quality', { settings: { maxGrade: 80 } }).check(dense).findings).toEqual([]);
  });
});
