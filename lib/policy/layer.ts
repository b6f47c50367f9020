// Orders packs for layering: each pack after the packs it extends, otherwise as given
// (core, then the organization's, then the user's). Extends resolve against the packs given
// and, by id, against packs the caller can supply (the built-in healthcare-core).
import { PolicyError } from './errors';
import type { Pack } from './schema';

export type PackResolver = (id: string) => Pack | undefined;

export function orderPacks(packs: readonly Pack[], resolve?: PackResolver): Pack[] {
  const byId = new Map<string, Pack>();
  for (const p of packs) {
    if (byId.has(p.pack)) throw new PolicyError(`pack "${p.pack}" is given twice`, p.pack, ['pack']);
    byId.set(p.pack, p);
  }
  const out: Pack[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: Pack, chain: string[]) => {
    const s = state.get(p.pack);
    if (s === 'done') return;
    if (s === 'visiting') {
      const cycle = [...chain.slice(chain.indexOf(p.pack)), p.pack].join(' -> ');
      throw new PolicyError(`circular extends: ${cycle}`, p.pack, ['extends']);
    }
    state.set(p.pack, 'visiting');
    (p.extends ?? []).forEach((id, i) => {
      let base = byId.get(id);
      if (!base) {
        base = resolve?.(id);
        if (!base) throw new PolicyError(`extends "${id}", which is not loaded`, p.pack, ['extends', i]);
        byId.set(id, base);
      }
      visit(base, [...chain, p.pack]);
    });
    state.set(p.pack, 'done');
    out.push(p);
  };
  for (const p of packs) visit(p, []);
  return out;
}
