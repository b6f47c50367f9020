// Loads the policy into the engine's worker ahead of the first check, and again on every
// 'policy/changed', so that compiling a new pack never delays a keystroke's check.
import type { PolicySnapshot, Request } from '@/lib/protocol';
import type { WorkerLink } from './worker-link';

/** The engine is not a site: its policy is the packs, the same for every site. */
export const ENGINE_SITE = 'guardrail-engine';

export async function preloadPolicy(link: WorkerLink, ask: (request: Request) => Promise<unknown>): Promise<void> {
  try {
    const snapshot = (await ask({ type: 'policy/get', site: ENGINE_SITE })) as PolicySnapshot | undefined;
    if (snapshot && Array.isArray(snapshot.packs)) link.preload(snapshot.revision, snapshot.packs);
  } catch {
    // The background is starting: the first check brings the packs itself.
  }
}
