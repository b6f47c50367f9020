// What every recorded event shares.
import type { GuardrailEvent } from '../../lib/protocol';
import type { PolicyHolder } from './policy';

/** The parts of an event every kind shares: the hour, the host and the packs, never any text. */
export function eventBase(policy: PolicyHolder): Pick<GuardrailEvent, 'at' | 'site' | 'packs'> {
  const hour = 3_600_000;
  const state = policy.state;
  const packs =
    policy.summary?.packs.map((p) => ({ id: p.id, version: p.version })) ?? (state.status === 'ready' ? state.snapshot.packs.map((p) => ({ id: p.pack, version: p.version })) : []);
  return { at: Math.floor(Date.now() / hour) * hour, site: location.hostname, packs };
}
