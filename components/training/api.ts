// What the training page needs from the extension; entrypoints/training/api.ts implements it.
import type { PolicySnapshot } from '../../lib/protocol';

export interface TrainingApi {
  /** The packs in force, as composers get them; undefined when the background does not answer. */
  policy(): Promise<PolicySnapshot | undefined>;
  /** Calls back when packs or settings change. Returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}
