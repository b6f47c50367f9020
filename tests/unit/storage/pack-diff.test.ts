import { describe, expect, it } from 'vitest';
import { diffPacks } from '../../../components/options/pack-diff';
import type { Pack } from '../../../lib/policy/schema';

const base: Pack = {
  pack: 'acme',
  version: '1.0.0',
  enforcement: 'confirm',
  rules: [
    { id: 'acme/a', category: 'confidential', type: 'existence', severity: 'error', terms: ['Heron'] },
    { id: 'acme/b', category: 'brand-voice', type: 'substitution', severity: 'warning', swap: { 'RB Health': 'Riverbend Health' } },
    { id: 'acme/c', category: 'quality', type: 'limit', severity: 'info', count: 'hashtags', max: 5 },
  ],
  examples: [{ text: 'x', expect: [] }],
};

describe('diffPacks', () => {
  it('names rules added, removed and changed (with the fields), and changed settings', () => {
    const next: Pack = {
      ...base,
      version: '1.1.0',
      enforcement: 'block',
      rules: [
        { id: 'acme/a', category: 'confidential', type: 'existence', severity: 'error', terms: ['Heron', 'Bluebird'] },
        { id: 'acme/b', category: 'brand-voice', type: 'substitution', severity: 'error', swap: { 'RB Health': 'Riverbend Health' } },
        { id: 'acme/d', category: 'crisis', type: 'existence', severity: 'error', terms: ['strike'] },
      ],
      examples: [],
    };
    expect(diffPacks(base, next)).toEqual({
      from: '1.0.0',
      to: '1.1.0',
      added: ['acme/d'],
      removed: ['acme/c'],
      changed: [
        { id: 'acme/a', fields: ['terms'] },
        { id: 'acme/b', fields: ['severity'] },
      ],
      settings: ['enforcement'],
    });
  });

  it('a new version with the same content has no changes (examples and version do not count)', () => {
    const d = diffPacks(base, { ...base, version: '1.0.1', examples: [] });
    expect([d.added, d.removed, d.changed, d.settings]).toEqual([[], [], [], []]);
  });
});
